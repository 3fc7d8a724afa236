// Runs launchevent.js, exactly as a live host serves it, the way classic Outlook for Windows does: in a context with
// no DOM and no localStorage, and an HTTP client that does full CORS with the add-in's own origin plus a trailing
// slash as its Origin (office-js #3907), refusing any answer without a matching Access-Control-Allow-Origin
// ("No valid origin in response", office-js #4144). Used by Tests/AddinHost.Tests/Events/ClassicRuntimeTests.
//   node classic-runtime.mjs <host url> '<{"to":[...],"attachments":[...],"mailbox":"1.13"}>'
// `mailbox` is the highest Mailbox requirement set the client answers for (classic Outlook 2304-2403: 1.13, the
// default; 2206-2303: 1.12; from 2404: 1.14, https://learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets).
// Prints one JSON line: what event.completed received and every request with its CORS outcome.
import vm from "node:vm";
import { atMost } from "./fake-office.mjs";

const [hostUrl, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);
const origin = new URL(hostUrl).origin + "/";
const requests = [];

const simpleTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
function unsafeHeaders(headers) {
  return Object.keys(headers).filter((name) => {
    const lower = name.toLowerCase();
    if (["accept", "accept-language", "content-language"].includes(lower)) return false;
    return !(lower === "content-type" && simpleTypes.includes(String(headers[name]).split(";")[0].trim().toLowerCase()));
  });
}

async function corsFetch(url, init = {}) {
  const method = (init.method || "GET").toUpperCase();
  const headers = init.headers || {};
  const unsafe = unsafeHeaders(headers);
  const entry = { method, path: new URL(url).pathname, preflight: null, allowOrigin: null };
  requests.push(entry);
  if (unsafe.length > 0 || !["GET", "HEAD", "POST"].includes(method)) {
    const preflight = await fetch(url, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": unsafe.join(",").toLowerCase() },
    });
    const allowed = (preflight.headers.get("access-control-allow-headers") || "").toLowerCase().split(",").map((h) => h.trim());
    entry.preflight = { status: preflight.status, allowOrigin: preflight.headers.get("access-control-allow-origin"), allowHeaders: allowed };
    if (preflight.headers.get("access-control-allow-origin") !== origin || !unsafe.every((h) => allowed.includes(h.toLowerCase()))) {
      throw new TypeError("[0x80070057] preflight refused");
    }
  }
  const response = await fetch(url, { method, headers: { ...headers, Origin: origin }, body: init.body, signal: init.signal });
  entry.status = response.status;
  entry.allowOrigin = response.headers.get("access-control-allow-origin");
  if (entry.allowOrigin !== origin) throw new TypeError("[0x80070057] No valid origin in response");
  return response;
}

const succeeded = (value) => ({ status: "succeeded", value });
const later = (callback, value) => setImmediate(() => callback(succeeded(value)));
const field = (list) => ({ getAsync: (cb) => later(cb, list.map((a) => ({ emailAddress: a, displayName: a, recipientType: "externalUser" }))) });
const item = {
  to: field(scenario.to || []),
  cc: field([]),
  bcc: field([]),
  getAttachmentsAsync: (cb) => later(cb, (scenario.attachments || []).map((name, i) => ({ id: String(i), name, attachmentType: "file" }))),
  notificationMessages: {},
};
const handlers = {};
const Office = {
  actions: { associate: (name, handler) => (handlers[name] = handler) },
  context: { mailbox: { item }, requirements: { isSetSupported: (name, version) => name === "Mailbox" && atMost(version, scenario.mailbox || "1.13") } },
  MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
};

const script = await (await fetch(new URL("/events/launchevent.js", hostUrl))).text();
const sandbox = { Office, fetch: corsFetch, AbortController, setTimeout, clearTimeout, console: { log() {} } };
vm.runInContext(script, vm.createContext(sandbox), { filename: "launchevent.js" });
const options = await new Promise((resolve) => handlers.onMessageSendHandler({ completed: resolve }));
// Let the directory request (not awaited by the handler once the screening answered) finish for the log.
await new Promise((resolve) => setTimeout(resolve, 300));
process.stdout.write(JSON.stringify({ options, requests, sandbox: Object.keys(sandbox) }) + "\n");
