// The unified manifest (JSON) as the host renders it: schema-valid offline, and wired the way Outlook needs it.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import { ManifestUtil } from "@microsoft/app-manifest";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { ORIGIN, outDir, readJson, readOut, scriptFacts } from "./support/rendered.mjs";

const require = createRequire(import.meta.url);
const schemaRoot = require.resolve("@microsoft/app-manifest/package.json").replace(/package\.json$/, "build/json-schemas/teams/");
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;

// The bundled copy is used only for this exact URL form; anything else would make the package download a schema.
function bundledSchema(url, file) {
  const match = SCHEMA_URL.exec(url);
  assert.ok(match, `$schema ${url} is not the exact form whose copy @microsoft/app-manifest bundles`);
  const path = `${schemaRoot}${match[1]}/${file}`;
  assert.ok(existsSync(path), `no bundled schema at ${path}`);
  return JSON.parse(readFileSync(path, "utf8").replace(/\\a/g, "\\x07"));
}

describe("manifest.json", () => {
  const manifest = readJson("manifest.json");
  const extension = manifest.extensions[0];
  const originalFetch = globalThis.fetch;
  before(() => {
    globalThis.fetch = () => Promise.reject(new Error("validation must stay offline"));
  });
  after(() => {
    globalThis.fetch = originalFetch;
  });

  it("validates against the schema bundled in @microsoft/app-manifest", async () => {
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, bundledSchema(manifest.$schema, "MicrosoftTeams.schema.json"));
    assert.deepEqual(errors, []);
    assert.ok(Number(manifest.manifestVersion) >= 1.17, "extensions need manifest 1.17 or later");
    assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it("fails validation when the manifest is broken (the check can fail)", async () => {
    const broken = structuredClone(manifest);
    broken.extensions[0].autoRunEvents[0].events[1].options.sendMode = "sometimes";
    delete broken.developer;
    const errors = await ManifestUtil.validateManifestAgainstSchema(broken, bundledSchema(manifest.$schema, "MicrosoftTeams.schema.json"));
    assert.ok(errors.some((e) => e.includes("sendMode")) && errors.some((e) => e.includes("developer")), errors.join("\n"));
  });

  it("is the same manifest as the one in the package, with the files it names", () => {
    assert.deepEqual(readJson("package/manifest.json"), manifest);
    for (const file of [manifest.icons.color, manifest.icons.outline, ...manifest.localizationInfo.additionalLanguages.map((l) => l.file)]) {
      assert.ok(existsSync(outDir + "package/" + file), `the package lacks ${file}`);
    }
  });

  it("is Dutch (nl-BE) with an English localization file that validates", () => {
    assert.equal(manifest.localizationInfo.defaultLanguageTag, "nl-BE");
    assert.equal(manifest.name.short, "OCMW-doorverwijzing (M365)", "not the XML add-in's name (duplicate-legacy-metaos-add-ins)");
    const [english] = manifest.localizationInfo.additionalLanguages;
    assert.equal(english.languageTag.toLowerCase(), "en-us");
    const strings = readJson("package/" + english.file);
    // The localization schema's patterns use \b inside brackets, which only non-unicode regular expressions accept.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    const validate = ajv.compile(bundledSchema(strings.$schema.replace("Localization.", ""), "MicrosoftTeams.Localization.schema.json"));
    assert.ok(validate(strings), JSON.stringify(validate.errors));
    assert.equal(strings["name.short"], "OCMW referral (M365)");
    assert.equal(strings["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"], "Refer to OCMW");
  });

  it("has a task pane runtime and a short-lived event runtime with page and script", () => {
    const pane = extension.runtimes.find((r) => r.actions.some((a) => a.type === "openPage"));
    assert.equal(pane.code.page, `${ORIGIN}/taskpane.html`);
    const events = extension.runtimes.find((r) => r.actions.some((a) => a.type === "executeFunction"));
    assert.deepEqual(events.code, { page: `${ORIGIN}/events/runtime.html`, script: `${ORIGIN}/events/launchevent.js` });
    assert.equal(events.lifetime, "short");
    assert.deepEqual(events.actions.map((a) => a.id).sort(), [...scriptFacts().associated].sort());
  });

  it("puts the button on the compose and read ribbons, opening the pane the Smart Alert names", () => {
    const [ribbon] = extension.ribbons;
    assert.deepEqual([...ribbon.contexts].sort(), ["mailCompose", "mailRead"]);
    const control = ribbon.tabs[0].groups[0].controls[0];
    assert.equal(control.label, "Doorverwijzen naar OCMW");
    assert.equal(control.id, scriptFacts().paneButton);
    const action = extension.runtimes.flatMap((r) => r.actions).find((a) => a.id === control.actionId);
    assert.equal(action.type, "openPage");
  });

  it("runs the handlers on recipient changes and on sending a mail or a meeting invite, soft-blocking", () => {
    const events = extension.autoRunEvents.flatMap((e) => e.events);
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    assert.deepEqual(Object.keys(byType).sort(), ["appointmentSending", "messageRecipientsChanged", "messageSending"]);
    assert.equal(byType.messageSending.options.sendMode, "softBlock");
    assert.equal(byType.appointmentSending.options.sendMode, "softBlock");
    const actions = extension.runtimes.flatMap((r) => r.actions.map((a) => a.id));
    for (const event of events) assert.ok(actions.includes(event.actionId), `${event.actionId} is not a runtime action`);
    const minVersion = extension.autoRunEvents[0].requirements.capabilities.find((c) => c.name === "Mailbox").minVersion;
    assert.ok(Number(minVersion) >= 1.12, "Smart Alerts need Mailbox 1.12");
  });

  it("has its own id, name and icons, and hides the XML add-in where both are deployed", () => {
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(readOut("manifest.xml"))[1];
    assert.notEqual(manifest.id, xmlId, "Microsoft requires distinct ids for the unified and the add-in-only manifest");
    const [alternate] = extension.alternates;
    assert.deepEqual(alternate.hide, { customOfficeAddin: { officeAddinId: xmlId } });
    assert.equal(alternate.alternateIcons.icon.url, `${ORIGIN}/addin-icons/unified-64.png`);
    assert.equal(alternate.alternateIcons.highResolutionIcon.url, `${ORIGIN}/addin-icons/unified-128.png`);
    assert.notEqual(manifest.name.short, /<DisplayName DefaultValue="([^"]+)"/.exec(readOut("manifest.xml"))[1]);
    assert.deepEqual([manifest.icons.color, manifest.icons.outline], ["color-unified.png", "outline-unified.png"]);
  });

  it("names the Entra app, the item permission and shared mailboxes (Mailbox.SharedFolder, the XML's SupportsSharedFolders)", () => {
    assert.match(manifest.webApplicationInfo.id, /^[0-9a-f-]{36}$/);
    assert.equal(manifest.webApplicationInfo.resource, `api://addin.test.example/${manifest.webApplicationInfo.id}`);
    assert.deepEqual(manifest.authorization.permissions.resourceSpecific, [
      { name: "MailboxItem.ReadWrite.User", type: "Delegated" },
      { name: "Mailbox.SharedFolder", type: "Delegated" },
    ]);
    assert.deepEqual(manifest.validDomains, ["addin.test.example"]);
  });
});
