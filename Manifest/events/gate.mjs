// The syntax gate for the compose-window script, run by the build (build.mjs) on what it wrote and by the tests on
// the file exactly as the host serves it. Classic Outlook on Windows before Version 2403 loads the script as
// ECMAScript 2016 and refuses the conditional operator; async/await makes the add-in time out
// (https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-event-based-and-spam-reporting-add-ins).
// Its JavaScript-only runtime allows no imports. A real parser decides, not a regular expression.
//   node gate.mjs <file> [--served]   (--served: the origin placeholder must already be replaced)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as acorn from "acorn";

export const ORIGIN_PLACEHOLDER = '"__OCMW_ADDIN_ORIGIN__"';

// Node types that ES2016 does not have, or that classic Outlook refuses although ES2016 has them.
const REFUSED = {
  ConditionalExpression: "conditional operator (?:), refused by classic Outlook before 2403",
  AwaitExpression: "await (ES2017)",
  ImportDeclaration: "import",
  ImportExpression: "import()",
  ExportNamedDeclaration: "export",
  ExportDefaultDeclaration: "export",
  ExportAllDeclaration: "export",
  ChainExpression: "optional chaining (ES2020)",
  ImportAttribute: "import attributes",
  PrivateIdentifier: "private class member (ES2022)",
  StaticBlock: "static block (ES2022)",
  PropertyDefinition: "class field (ES2022)",
};

/** Every problem with `source` as a classic-Outlook script; empty when it passes. */
export function checkClassicScript(source, { placeholder = "kept" } = {}) {
  const problems = [];
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion: 2016, sourceType: "script", locations: true });
  } catch (error) {
    return [`does not parse as an ES2016 script: ${error.message}`];
  }
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    const where = node.loc ? ` at line ${node.loc.start.line}` : "";
    if (REFUSED[node.type]) problems.push(`${REFUSED[node.type]}${where}`);
    if (node.async) problems.push(`async function (ES2017)${where}`);
    if (node.type === "LogicalExpression" && node.operator === "??") problems.push(`?? (ES2020)${where}`);
    if (node.type === "Literal" && typeof node.bigint === "string") problems.push(`BigInt literal (ES2020)${where}`);
    for (const key of Object.keys(node)) {
      if (key === "loc") continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child.type === "string") visit(child);
    }
  };
  visit(ast);
  const count = source.split(ORIGIN_PLACEHOLDER).length - 1;
  if (placeholder === "kept" && count !== 1) problems.push(`the origin placeholder ${ORIGIN_PLACEHOLDER} occurs ${count} times, not once`);
  if (placeholder === "replaced" && source.includes("__OCMW_ADDIN_ORIGIN__")) problems.push("the host did not replace the origin placeholder");
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, flag] = process.argv.slice(2);
  const problems = checkClassicScript(readFileSync(file, "utf8"), { placeholder: flag === "--served" ? "replaced" : "kept" });
  if (problems.length) {
    console.error(`${file} fails the classic-Outlook syntax gate:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`${file}: ES2016 script, no conditional operator, no async, no modules`);
}
