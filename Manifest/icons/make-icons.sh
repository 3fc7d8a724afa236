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
# The unified manifest's own app icons (Microsoft: a version deployed beside the XML add-in needs different icons).
rsvg-convert -w 192 -h 192 color-unified.svg -o color-unified.png
rsvg-convert -w 32 -h 32 outline-unified.svg -o outline-unified.png
# Its alternate icons (64 and 128 pixels), for Office versions that show the unified add-in with classic icons.
rsvg-convert -w 64 -h 64 color-unified.svg -o unified-64.png
rsvg-convert -w 128 -h 128 color-unified.svg -o unified-128.png
