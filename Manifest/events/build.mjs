// Builds the compose-window script: the TypeScript modules in src/ become one self-contained, readable classic
// script (an IIFE, ES2016, not minified) in dist/launchevent.js, which the host embeds and serves as
// /events/launchevent.js. Then the syntax gate (gate.mjs) runs on the result and fails the build on any problem.
// AddinHost/EventScript.targets runs `npm run build` (tsc first: types checked against @types/office-js).
import { mkdirSync, readFileSync, renameSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { checkClassicScript } from "./gate.mjs";

// `node build.mjs [entry] [out dir]`: the defaults are what the host embeds; the tests build a probe elsewhere.
const [entryArg, outArg] = process.argv.slice(2);
const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const outDir = outArg ? resolve(outArg) : here("dist");
const outfile = join(outDir, "launchevent.js");
mkdirSync(outDir, { recursive: true });

await esbuild.build({
  entryPoints: [entryArg ? resolve(entryArg) : here("src/main.ts")],
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
  // Kept for reading under another name: the next incremental build must not find a refused file up to date.
  const refused = join(outDir, "launchevent.refused.js");
  renameSync(outfile, refused);
  // MSBuild's canonical error format, so `dotnet build` shows each problem at any verbosity.
  for (const problem of problems) {
    const line = /at line (\d+)/.exec(problem)?.[1] ?? "1";
    console.log(`${refused}(${line},1): error OCMWGATE: classic Outlook would refuse this script: ${problem}`);
  }
  process.exit(1);
}
console.log(`built ${outfile}: passes the classic-Outlook syntax gate`);
