// Prints the gzipped size of what each page loads up front (its JS entry, modulepreloads and CSS), from dist/.
// Lazy chunks (MSAL, loaded only for Entra sign-in) are listed separately. Usage: npm run size [-- --max-kb 150]
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const dist = join(import.meta.dirname, "..", "dist");
const maxKb = Number(process.argv[process.argv.indexOf("--max-kb") + 1]) || 150;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let failed = false;

for (const page of ["taskpane.html", "admin.html"]) {
  const html = readFileSync(join(dist, page), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  const kb = total / 1024;
  console.log(`${page}: ${files.length} files, ${kb.toFixed(1)} KB gzipped (JS+CSS loaded up front)`);
  if (page === "taskpane.html" && kb > maxKb) failed = true;
}
const lazy = readdirSync(join(dist, "assets")).filter((f) => f.startsWith("PublicClientApplication"));
for (const f of lazy) console.log(`lazy (Entra sign-in only): ${f} ${(gz(join("assets", f)) / 1024).toFixed(1)} KB gzipped`);
if (failed) {
  console.error(`taskpane exceeds the ${maxKb} KB budget`);
  process.exit(1);
}
