#!/usr/bin/env bash
# Regenerates the PNG icons from the two SVG sources (our own art: a house with an arrow).
# Needs rsvg-convert (apt-get install librsvg2-bin). The PNGs are committed; run this only after editing an SVG.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 20 24 32 40 48 64 80 128; do
  rsvg-convert -w "$size" -h "$size" glyph.svg -o "icon-$size.png"
done
rsvg-convert -w 192 -h 192 glyph.svg -o color.png
rsvg-convert -w 32 -h 32 outline.svg -o outline.png
