// A fake of what launchevent.js touches in Office.js (the mailbox item, notifications, roaming settings, the event)
// plus a fake host behind `fetch`. The script runs in its own vm context, as in Outlook's JavaScript-only runtime.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const scriptPath = fileURLToPath(new URL("../../events/launchevent.js", import.meta.url));
export const addin = JSON.parse(readFileSync(fileURLToPath(new URL("../../addin.json", import.meta.url)), "utf8"));
export const ORIGIN = "https://addin.test";
export const ALLOWED = "socialedienst@kluisbergen.be";

const succeeded = (value) => ({ status: "succeeded", value });
const failed = (name) => ({ status: "failed", error: { name, message: name } });
const later = (callback, result) => setImmediate(() => callback(result));

/** A compose item whose recipients and attachments a test can change between events. */
export function fakeItem({ to = [], cc = [], bcc = [], attachments = [] } = {}) {
  const state = { to, cc, bcc, attachments };
  const shown = new Map();
  const log = [];
  const field = (name) => ({
    getAsync: (callback) => later(callback, succeeded(state[name].map((a) => ({ emailAddress: a, displayName: a })))),
  });
  return {
    state,
    shown,
    log,
    to: field("to"),
    cc: field("cc"),
    bcc: field("bcc"),
    getAttachmentsAsync: (callback) =>
      later(callback, succeeded(state.attachments.map((name, i) => ({ id: String(i), name, attachmentType: "file" })))),
    notificationMessages: {
      addAsync(key, details, callback) {
        if (shown.has(key)) return later(callback, failed("DuplicateNotificationKey"));
        shown.set(key, details);
        log.push(["add", key]);
        later(callback, succeeded());
      },
      replaceAsync(key, details, callback) {
        shown.set(key, details);
        log.push(["replace", key]);
        later(callback, succeeded());
      },
      removeAsync(key, callback) {
        if (!shown.delete(key)) return later(callback, failed("KeyNotFound"));
        log.push(["remove", key]);
        later(callback, succeeded());
      },
    },
  };
}

const response = (status, body, headers = {}) => ({
  ok: status >= 200 && status < 300,
  status,
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  json: async () => body,
});

/**
 * The host as the handler sees it. `verdicts` maps an address to a screening result (default: allowed, not an
 * OCMW mailbox); `mode` is "up", "down" (connection refused), "error" (503 to everything) or "hang" (never answers,
 * ignores the abort signal).
 */
export function fakeHost({ mode = "up", verdicts = {} } = {}) {
  const calls = [];
  const directory = { ocmws: [{ id: "kluisbergen", mailboxes: [ALLOWED], status: "inForce" }, { id: "oud", mailboxes: ["oud@ocmw.example"], status: "ended" }] };
  const host = {
    mode,
    calls,
    fetch(url, init = {}) {
      calls.push({ url, init });
      if (host.mode === "down") return Promise.reject(new TypeError("Failed to fetch"));
      if (host.mode === "hang") return new Promise(() => {});
      if (host.mode === "error") return Promise.resolve(response(503, { code: "unavailable" }));
      const path = url.slice(ORIGIN.length);
      if (path === "/api/recipients/screen") {
        const { recipients } = JSON.parse(init.body);
        const results = recipients.map((address) => ({
          address,
          verdict: "allowed",
          code: "ok",
          message: "In orde.",
          allowedMailbox: address.toLowerCase() === ALLOWED,
          ...verdicts[address.toLowerCase()],
        }));
        return Promise.resolve(response(200, { results }));
      }
      if (path === "/api/directory") {
        const etag = '"dir-1"';
        if ((init.headers ?? {})["If-None-Match"] === etag) return Promise.resolve(response(304, null, { etag }));
        return Promise.resolve(response(200, directory, { etag }));
      }
      return Promise.resolve(response(404, null));
    },
  };
  return host;
}

export function fakeStorage() {
  const data = new Map();
  return { data, getItem: (k) => (data.has(k) ? data.get(k) : null), setItem: (k, v) => data.set(k, String(v)) };
}

/** Loads launchevent.js as Outlook would (with the origin filled in) and returns the handlers it associated. */
export function loadHandlers({ host, item, localStorage } = {}) {
  const handlers = {};
  const roaming = new Map();
  const Office = {
    actions: { associate: (name, handler) => (handlers[name] = handler) },
    context: {
      mailbox: { item },
      roamingSettings: { get: (k) => roaming.get(k), set: (k, v) => roaming.set(k, v), saveAsync: (cb) => cb && cb(succeeded()) },
    },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  };
  // Every timer the script sets, so a test can check the deadline it asked for, not only the wall clock.
  const timers = [];
  const recordingSetTimeout = (fn, ms) => (timers.push(ms), setTimeout(fn, ms));
  const sandbox = { Office, fetch: host.fetch, AbortController, setTimeout: recordingSetTimeout, clearTimeout, console: { log() {} } };
  if (localStorage) sandbox.localStorage = localStorage;
  const source = readFileSync(scriptPath, "utf8").replace('"__OCMW_ADDIN_ORIGIN__"', JSON.stringify(ORIGIN));
  vm.runInContext(source, vm.createContext(sandbox), { filename: scriptPath });
  return { handlers, Office, roaming, timers };
}

/** Runs one handler and resolves with what `event.completed` received and how long it took. */
export function run(handler) {
  return new Promise((resolve) => {
    const started = performance.now();
    handler({
      type: "test",
      // Plain copy: objects from the script's vm realm are not deep-equal to this realm's literals.
      completed: (options) => resolve({ options: options === undefined ? undefined : JSON.parse(JSON.stringify(options)), ms: performance.now() - started }),
    });
  });
}
