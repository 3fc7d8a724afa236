// The add-in-only manifest (XML) as the host renders it: well-formed, in the XSD's element order, and convertible.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { DOMParser } from "@xmldom/xmldom";
import { ORIGIN, outDir, readOut, scriptFacts } from "./support/rendered.mjs";

const require = createRequire(import.meta.url);

// The documented sequences ("How to find the proper order of manifest elements", mail add-ins).
const OFFICE_APP_ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule",
  "DisableEntityHighlighting", "VersionOverrides"];
const OFFICE_APP_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts",
  "Requirements", "FormSettings", "Permissions", "Rule", "VersionOverrides"];
const VO10_ORDER = ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"];
const VO11_ORDER = ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins",
  "ConnectedServiceControls", "ExtendedPermissions"];
const HOST_ORDER = ["Runtimes", "DesktopFormFactor", "MobileFormFactor"];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];
const CONTROL_ORDER = ["Label", "Supertip", "Icon", "Action"];

function parse(text) {
  const problems = [];
  const report = (msg) => problems.push(String(msg));
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(text, "text/xml");
  assert.deepEqual(problems, [], "the XML is not well-formed");
  return doc;
}

const elements = (node) => Array.from(node.childNodes).filter((n) => n.nodeType === 1);
const child = (node, name) => elements(node).find((n) => n.localName === name);
const all = (doc, name) => Array.from(doc.getElementsByTagNameNS("*", name));
const xsiType = (node) => node.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");

function assertOrder(node, order, what) {
  const names = elements(node).map((n) => n.localName);
  const positions = names.map((name) => {
    const at = order.indexOf(name);
    assert.ok(at >= 0, `${what}: <${name}> is not a child the schema allows here (children: ${names.join(", ")})`);
    return at;
  });
  positions.forEach((at, i) => assert.ok(i === 0 || positions[i - 1] < at, `${what}: <${names[i]}> is out of order (${names.join(", ")})`));
  return names;
}

describe("manifest.xml", () => {
  const doc = parse(readOut("manifest.xml"));
  const root = doc.documentElement;
  const vo10 = child(root, "VersionOverrides");
  const vo11 = child(vo10, "VersionOverrides");

  it("is a mail app in the add-in manifest namespace", () => {
    assert.equal(root.localName, "OfficeApp");
    assert.equal(root.namespaceURI, "http://schemas.microsoft.com/office/appforoffice/1.1");
    assert.equal(xsiType(root), "MailApp");
    assert.equal(xsiType(vo10), "VersionOverridesV1_0");
    assert.equal(xsiType(vo11), "VersionOverridesV1_1");
    assert.equal(vo11.namespaceURI, "http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
  });

  it("has an order check that rejects a swapped pair", () => {
    assert.throws(() => assertOrder(parse("<OfficeApp><Version/><Id/></OfficeApp>").documentElement, OFFICE_APP_ORDER, "x"), /out of order/);
  });

  it("keeps the documented order of OfficeApp children, with every required one", () => {
    const names = assertOrder(root, OFFICE_APP_ORDER, "OfficeApp");
    for (const name of OFFICE_APP_REQUIRED) assert.ok(names.includes(name), `OfficeApp lacks <${name}>`);
  });

  it("keeps the documented order inside both VersionOverrides levels", () => {
    assertOrder(vo10, VO10_ORDER, "VersionOverrides 1.0");
    assert.deepEqual(assertOrder(vo11, VO11_ORDER, "VersionOverrides 1.1"), ["Requirements", "Hosts", "Resources", "WebApplicationInfo"]);
    for (const host of all(doc, "Host").filter((h) => xsiType(h) === "MailHost")) assertOrder(host, HOST_ORDER, "Host");
    for (const resources of all(doc, "Resources")) assertOrder(resources, RESOURCES_ORDER, "Resources");
    for (const control of all(doc, "Control")) assertOrder(control, CONTROL_ORDER, "Control");
  });

  it("falls back from nl-BE to en-US", () => {
    assert.equal(child(root, "DefaultLocale").textContent, "nl-BE");
    const name = child(root, "DisplayName");
    assert.equal(name.getAttribute("DefaultValue"), "Doorverwijzen naar OCMW");
    assert.equal(child(name, "Override").getAttribute("Locale"), "en-US");
    for (const text of all(doc, "String")) assert.equal(child(text, "Override").getAttribute("Locale"), "en-US");
  });

  it("puts the button on the read and compose surfaces of both levels, showing the task pane", () => {
    for (const level of [vo10, vo11]) {
      const surfaces = all(level, "ExtensionPoint").filter((e) => e.parentNode.parentNode.parentNode.parentNode === level).map(xsiType);
      assert.ok(surfaces.includes("MessageReadCommandSurface") && surfaces.includes("MessageComposeCommandSurface"), surfaces.join());
    }
    const composeButtons = all(vo11, "ExtensionPoint").filter((e) => xsiType(e) === "MessageComposeCommandSurface").flatMap((e) => all(e, "Control"));
    assert.deepEqual(composeButtons.map((c) => c.getAttribute("id")), [scriptFacts().paneButton]);
    for (const action of all(doc, "Action")) assert.equal(xsiType(action), "ShowTaskpane");
  });

  it("declares the event runtime, the launch events and Mailbox 1.12", () => {
    const resources = Object.fromEntries(all(vo11, "Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
    const runtime = all(vo11, "Runtime")[0];
    assert.equal(resources[runtime.getAttribute("resid")], `${ORIGIN}/events/runtime.html`);
    const override = child(runtime, "Override");
    assert.equal(override.getAttribute("type"), "javascript");
    assert.equal(resources[override.getAttribute("resid")], `${ORIGIN}/events/launchevent.js`);
    const desktop = all(vo11, "DesktopFormFactor")[0];
    // First child, as Microsoft's reference shows it; desktop only (https://learn.microsoft.com/javascript/api/manifest/supportssharedfolders).
    assert.deepEqual([elements(desktop)[0].localName, elements(desktop)[0].textContent], ["SupportsSharedFolders", "true"]);
    assert.equal(all(child(child(vo11, "Hosts"), "Host"), "SupportsSharedFolders").length, 1, "not in MobileFormFactor");
    const events = all(desktop, "LaunchEvent").map((e) => [e.getAttribute("Type"), e.getAttribute("FunctionName"), e.getAttribute("SendMode") || ""]);
    const [recipients, send, appointmentSend] = scriptFacts().associated;
    assert.deepEqual(events, [["OnMessageRecipientsChanged", recipients, ""], ["OnMessageSend", send, "SoftBlock"], ["OnAppointmentSend", appointmentSend, "SoftBlock"]]);
  });

  it("declares for Outlook on iOS and Android only what they run: the recipients-changed warning", () => {
    // Outlook mobile supports Mailbox 1.5 (plus the event APIs): a higher minimum would hide this level from it.
    assert.equal(child(child(vo11, "Requirements"), "Sets").getAttribute("DefaultMinVersion"), "1.5");
    const host = all(vo11, "Host")[0];
    const mobile = child(host, "MobileFormFactor");
    assert.ok(mobile, "no MobileFormFactor");
    const points = elements(mobile);
    assert.deepEqual(points.map(xsiType), ["LaunchEvent"]);
    assert.deepEqual(all(mobile, "LaunchEvent").map((e) => [e.getAttribute("Type"), e.getAttribute("FunctionName")]), [["OnMessageRecipientsChanged", scriptFacts().associated[0]]]);
    assert.equal(child(points[0], "SourceLocation").getAttribute("resid"), all(vo11, "Runtime")[0].getAttribute("resid"));
  });

  it("resolves every resid and names the notification icon", () => {
    const ids = new Set(all(doc, "*").filter((e) => e.parentNode && ["Images", "Urls", "ShortStrings", "LongStrings"].includes(e.parentNode.localName)).map((e) => e.getAttribute("id")));
    for (const ref of all(doc, "*").filter((e) => e.hasAttribute("resid"))) assert.ok(ids.has(ref.getAttribute("resid")), `unknown resid ${ref.getAttribute("resid")}`);
    assert.ok(ids.has(scriptFacts().noteIcon), "the notification icon must be an image id of the manifest");
  });

  it("names the Entra app registration", () => {
    const info = child(vo11, "WebApplicationInfo");
    const id = child(info, "Id").textContent;
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.equal(child(info, "Resource").textContent, `api://addin.test.example/${id}`);
  });

  it("converts to a unified manifest with the same runtimes and events (office-addin-manifest-converter)", () => {
    const target = outDir + "converted/";
    rmSync(target, { recursive: true, force: true });
    const cli = require.resolve("office-addin-manifest-converter/cli.js");
    execFileSync(process.execPath, [cli, "convert", outDir + "manifest.xml", "-o", target], { stdio: "pipe", timeout: 60000 });
    // The converter exits 0 even without input: only its output counts.
    assert.ok(existsSync(target + "manifest.json"), "the converter wrote no manifest.json");
    const converted = JSON.parse(readFileSync(target + "manifest.json", "utf8"));
    const extension = converted.extensions[0];
    const actions = extension.runtimes.flatMap((r) => r.actions.map((a) => `${a.type}:${a.id}`));
    for (const name of scriptFacts().associated) assert.ok(actions.includes(`executeFunction:${name}`), actions.join());
    const byFormFactor = (factor) => extension.autoRunEvents.filter((e) => (e.requirements?.formFactors ?? ["desktop"]).includes(factor)).flatMap((e) => e.events);
    const events = byFormFactor("desktop");
    assert.deepEqual(events.map((e) => e.type).sort(), ["appointmentSending", "messageRecipientsChanged", "messageSending"]);
    assert.deepEqual(byFormFactor("mobile").map((e) => e.type), ["messageRecipientsChanged"]);
    assert.equal(events.find((e) => e.type === "messageSending").options.sendMode, "softBlock");
    assert.equal(converted.webApplicationInfo.resource.startsWith("api://addin.test.example/"), true);
  });
});
