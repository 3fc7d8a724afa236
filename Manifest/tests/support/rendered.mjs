// The manifests as the host rendered them. Tests/AddinHost.Tests/Manifest/NodeManifestTests writes them to out/
// (from the running host, for https://addin.test.example) before it runs `node --test`.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const outDir = fileURLToPath(new URL("../out/", import.meta.url));
export const ORIGIN = "https://addin.test.example";

export function readOut(relative) {
  const path = outDir + relative;
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: it is written by the xunit test NodeManifestTests ` +
        "(dotnet test Tests/AddinHost.Tests --filter NodeManifestTests), which renders the manifests from the host.");
  }
  return readFileSync(path, "utf8");
}

export const readJson = (relative) => JSON.parse(readOut(relative));

/** The handler names and the pane button the built launchevent.js uses, read from the built file. */
export function scriptFacts() {
  const source = readFileSync(fileURLToPath(new URL("../../events/dist/launchevent.js", import.meta.url)), "utf8");
  const handlers = /var HANDLERS = \{([^}]*)\}/.exec(source)[1];
  const associated = [...handlers.matchAll(/:\s*"([^"]+)"/g)].map((m) => m[1]);
  const paneButton = /var PANE_BUTTON_ID = "([^"]+)"/.exec(source)[1];
  const noteIcon = /var NOTE_ICON = "([^"]+)"/.exec(source)[1];
  return { associated, paneButton, noteIcon };
}
