// Independent reader for client.vcf: parses the file with ical.js (which reads vCard 3.0 and 4.0) and prints
// the fields as JSON, so the xunit tests can compare them with what Core wrote.
// Usage: node check.mjs <file.vcf>   exit 0 + JSON on stdout, exit 1 + message on stderr.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check.mjs <file.vcf>");
  process.exit(2);
}

try {
  const text = readFileSync(file, "utf8");
  const card = new ICAL.Component(ICAL.parse(text));
  if (card.name !== "vcard") throw new Error(`expected a vcard component, got ${card.name}`);
  const first = (name) => card.getFirstProperty(name);
  const value = (name) => first(name)?.getFirstValue() ?? null;
  const structured = (name) => {
    const v = first(name)?.getFirstValue();
    return v == null ? null : (Array.isArray(v) ? v : [v]).map((c) => (Array.isArray(c) ? c.join(",") : c));
  };
  const param = (name, p) => {
    const v = first(name)?.getParameter(p);
    return v == null ? [] : (Array.isArray(v) ? v : [v]).map((t) => String(t).toUpperCase()).sort();
  };
  const result = {
    version: value("version"),
    uid: value("uid"),
    prodid: value("prodid"),
    fn: value("fn"),
    n: structured("n"),
    adr: structured("adr"),
    adrTypes: param("adr", "type"),
    tel: value("tel"),
    telTypes: param("tel", "type"),
    telValueType: first("tel")?.type ?? null,
    email: value("email"),
    emailTypes: param("email", "type"),
    charsets: Object.fromEntries(card.getAllProperties().map((p) => [p.name, p.getParameter("charset") ?? null])),
    rev: first("rev") ? String(value("rev")) : null,
    propertyNames: card.getAllProperties().map((p) => p.name),
    lineEndingsAllCrlf: !/[^\r]\n/.test(text) && text.endsWith("\r\n"),
    continuationLines: text.split("\r\n").filter((l) => l.startsWith(" ") || l.startsWith("\t")).length,
  };
  process.stdout.write(JSON.stringify(result));
} catch (error) {
  console.error(`vCard parse failed: ${error.message}`);
  process.exit(1);
}
