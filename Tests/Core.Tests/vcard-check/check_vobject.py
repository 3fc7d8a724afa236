#!/usr/bin/env python3
"""Independent reader for client.vcf: Debian's python3-vobject. Prints the fields as JSON (same shape as CheckEzVcard).
Usage: /usr/bin/python3 check_vobject.py <file.vcf>...   one JSON object per file and line on stdout; a file it
cannot read gives {"error": ...} on its line."""
import json
import sys

import vobject


def types(prop):
    return sorted(t.upper() for value in prop.params.get("TYPE", []) for t in value.split(","))


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    card = vobject.readOne(text)
    adr = card.adr.value
    result = {
        "reader": "python3-vobject",
        "version": card.version.value,
        "uid": card.uid.value,
        "fn": card.fn.value,
        "n": [card.n.value.family, card.n.value.given],
        "adr": [adr.street, adr.city, adr.code, adr.country],
        "adrTypes": types(card.adr),
        "tel": card.tel.value if hasattr(card, "tel") else None,
        "telTypes": types(card.tel) if hasattr(card, "tel") else [],
        "email": card.email.value if hasattr(card, "email") else None,
        "emailTypes": types(card.email) if hasattr(card, "email") else [],
        "charsets": sorted({p.params["CHARSET"][0].upper() for p in card.getChildren() if "CHARSET" in p.params}),
    }
    return result


if __name__ == "__main__":
    for path in sys.argv[1:]:
        try:
            line = read(path)
        except Exception as error:  # the test shows the reader's own words
            line = {"error": f"vobject could not read {path}: {error!r}"}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
