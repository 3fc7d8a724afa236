// Builds the compose-window script: the TypeScript modules in src/ become one self-contained, readable classic
// script (an IIFE, ES2016, not minified) in dist/launchevent.js, which the host embeds and serves as
// /events/launchevent.js. Then the syntax gate (gate.mjs) runs on the result and fails the build on any problem.
// AddinHost/EventScript.targets runs `npm run build` (tsc first: types checked against @types/office-js).
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { checkClassicScript } from "./gate.mjs";

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const outfile = here("dist/launchevent.js");
mkdirSync(here("dist"), { recursive: true });

await esbuild.build({
  entryPoints: [here("src/main.ts")],
  outfile,
  bundle: true,
  format: "iife",
  platform: "neutral",
  target: "es2016",
  minify: false,
  sourcemap: false,
  charset: "utf8",
  legalComments: "inline",
  logLevel: "warning",
  banner: {
    js: "// Built from Manifest/events/src/*.ts by Manifest/events/build.mjs: do not edit; change the modules.",
  },
});

const problems = checkClassicScript(readFileSync(outfile, "utf8"));
if (problems.length) {
  console.error(`${outfile} fails the classic-Outlook syntax gate:\n  ${problems.join("\n  ")}`);
  // No output left behind: the next incremental build must not find a refused file up to date.
  rmSync(outfile, { force: true });
  process.exit(1);
}
console.log(`built ${outfile}: passes the classic-Outlook syntax gate`);
