#!/usr/bin/env bash
# Refreshes the vendored lists from their npm packages (run by hand, then commit the diff and the new versions/dates
# in the files' headers). The build never downloads: the lists are embedded resources of Core.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent tlds free-email-domains >/dev/null
for f in *.tgz; do mkdir "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
node -e '
const fs = require("fs");
const [tlds, free] = [JSON.parse(fs.readFileSync(process.argv[1])), JSON.parse(fs.readFileSync(process.argv[2]))];
const keep = f => fs.readFileSync(f, "utf8").split("\n").filter(l => l.startsWith("#")).join("\n") + "\n";
fs.writeFileSync(process.argv[3], keep(process.argv[3]) + tlds.join("\n") + "\n");
fs.writeFileSync(process.argv[4], keep(process.argv[4]) + free.join("\n") + "\n");
' tlds-*/package/index.json free-email-domains-*/package/domains.json "$here/tlds.txt" "$here/free-email-domains.txt"
ls "$work"/*.tgz
# The Public Suffix List (https://publicsuffix.org) comes from Debian's publicsuffix package, copied as it is.
if [ -f /usr/share/publicsuffix/public_suffix_list.dat ]; then
  cp /usr/share/publicsuffix/public_suffix_list.dat "$here/public-suffix-list.txt"
fi
