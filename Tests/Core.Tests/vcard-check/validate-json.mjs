// Independent validator for doorverwijzing.json: checks a document against the published
// JSON Schema (draft 2020-12) with ajv. Usage: node validate-json.mjs <schema.json> <document.json>
// exit 0 + "valid" on stdout, exit 1 + the errors as JSON on stderr.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaFile, documentFile] = process.argv.slice(2);
if (!schemaFile || !documentFile) {
  console.error("usage: node validate-json.mjs <schema.json> <document.json>");
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// ajv-formats has no idn-email; a loose shape check (one @, a dotted domain, no spaces) is enough here:
// Core's own e-mail rules are tested separately.
ajv.addFormat("idn-email", /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u);

try {
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  const document = JSON.parse(readFileSync(documentFile, "utf8"));
  if (validate(document)) {
    process.stdout.write("valid");
  } else {
    console.error(JSON.stringify(validate.errors));
    process.exit(1);
  }
} catch (error) {
  console.error(`schema validation failed to run: ${error.message}`);
  process.exit(1);
}
