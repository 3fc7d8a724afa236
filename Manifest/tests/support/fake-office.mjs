// A fake of what launchevent.js touches in Office.js (the mailbox item, notifications, roaming settings, the event)
// plus a fake host behind `fetch`. The script runs in its own vm context, as in Outlook's JavaScript-only runtime.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

// Build output of Manifest/events (the host's build runs it): the tests run the script Outlook gets, not its sources.
export const scriptPath = fileURLToPath(new URL("../../events/dist/launchevent.js", import.meta.url));
export const addin = JSON.parse(readFileSync(fileURLToPath(new URL("../../addin.json", import.meta.url)), "utf8"));
export const ORIGIN = "https://addin.test";
export const ALLOWED = "socialedienst@kluisbergen.be";

const succeeded = (value) => ({ status: "succeeded", value });
const failed = (name) => ({ status: "failed", error: { name, message: name } });
const later = (callback, result) => setImmediate(() => callback(result));

/**
 * A compose item whose recipients and attachments a test can change between events. A recipient is an address or
 * { emailAddress, displayName, recipientType }; an attachment is a file name or { name, attachmentType, content }
 * (content undefined: the item's content cannot be read). `kind: "appointment"` gives a meeting organizer's item
 * with required and optional attendees instead of To, Cc and Bcc.
 * `missing` names APIs the client lacks (absent from the item: "getAttachmentsAsync", "replaceAsync", ...), `failing`
 * names calls that answer with a failure ("getAttachmentsAsync", or a recipient field such as "bcc"), and
 * `stringContextData` makes a notification action whose contextData is not a string fail, as classic Outlook before
 * Version 2402 does (https://learn.microsoft.com/javascript/api/outlook/office.notificationmessageaction).
 */
export function fakeItem({ to = [], cc = [], bcc = [], attachments = [], kind = "message", insight = true, missing = [], failing = [], stringContextData = false, sharedOwner } = {}) {
  const state = kind === "appointment" ? { requiredAttendees: to, optionalAttendees: cc, attachments } : { to, cc, bcc, attachments };
  const shown = new Map();
  const log = [];
  const asRecipient = (r) => (typeof r === "string" ? { emailAddress: r, displayName: r, recipientType: "externalUser" } : r);
  const asAttachment = (a, i) => (typeof a === "string" ? { id: String(i), name: a, attachmentType: "file" } : { id: String(i), attachmentType: "file", ...a });
  const field = (name) => ({
    getAsync: (callback) => later(callback, failing.includes(name) ? failed("GenericResponseError") : succeeded(state[name].map(asRecipient))),
  });
  const show = (op) => (key, details, callback) => {
    if (op === "add" && shown.has(key)) return later(callback, failed("DuplicateNotificationKey"));
    if (!insight && details.type === "insightMessage") return later(callback, failed("InvalidNotificationType"));
    if (stringContextData && (details.actions ?? []).some((a) => a.contextData !== undefined && typeof a.contextData !== "string")) {
      return later(callback, failed("InvalidParameter"));
    }
    shown.set(key, details);
    log.push([op, key]);
    later(callback, succeeded());
  };
  const fields = kind === "appointment"
    ? { itemType: "appointment", requiredAttendees: field("requiredAttendees"), optionalAttendees: field("optionalAttendees") }
    : { itemType: "message", to: field("to"), cc: field("cc"), bcc: field("bcc") };
  const item = {
    state,
    shown,
    log,
    ...fields,
    getAttachmentsAsync: (callback) =>
      later(callback, failing.includes("getAttachmentsAsync")
        ? failed("GenericResponseError")
        : succeeded(state.attachments.map(asAttachment).map(({ content, ...details }) => details))),
    getAttachmentContentAsync: (id, callback) => {
      const attachment = state.attachments.map(asAttachment).find((a) => a.id === id);
      if (!attachment || attachment.content === undefined) return later(callback, failed("AttachmentTypeNotSupported"));
      later(callback, succeeded({ format: attachment.attachmentType === "item" ? "eml" : "base64", content: attachment.content }));
    },
    notificationMessages: {
      addAsync: show("add"),
      replaceAsync: show("replace"),
      removeAsync(key, callback) {
        if (!shown.delete(key)) return later(callback, failed("KeyNotFound"));
        log.push(["remove", key]);
        later(callback, succeeded());
      },
    },
  };
  if (sharedOwner !== undefined) {
    item.getSharedPropertiesAsync = (callback) =>
      later(callback, failing.includes("getSharedPropertiesAsync") ? failed("GenericResponseError") : succeeded({ owner: sharedOwner, permissions: 31 }));
  }
  for (const name of missing) {
    delete item[name];
    delete item.notificationMessages[name];
  }
  return item;
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
    fetch: (url, init = {}) => host.answer(url, init, "fetch"),
    answer(url, init = {}, via = "fetch") {
      calls.push({ url, init, via });
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

/** XMLHttpRequest in front of the same fake host, for runtimes where fetch is missing or fails. */
export function fakeXhr(host) {
  return class FakeXMLHttpRequest {
    open(method, url) {
      this.method = method;
      this.url = url;
      this.headers = {};
    }
    setRequestHeader(name, value) {
      this.headers[name] = value;
    }
    abort() {}
    send(body) {
      host.answer(this.url, { method: this.method, headers: this.headers, body: body ?? undefined }, "xhr").then(
        async (answer) => {
          this.status = answer.status;
          this.responseText = JSON.stringify(await answer.json());
          this.onload();
        },
        () => this.onerror());
    }
  };
}

/** "1.10" is above "1.5": requirement-set versions compare part by part, not as decimal numbers. */
export function atMost(version, highest) {
  const [a, b] = [String(version), String(highest)].map((v) => v.split(".").map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

/**
 * Loads launchevent.js as Outlook would (with the origin filled in) and returns the handlers it associated.
 * The context has what the JavaScript-only runtime has: no DOM, no localStorage unless given. `http` chooses the
 * HTTP clients: "fetch" (default), "xhr" (no fetch), "both" (fetch fails at the network level, XHR works).
 * `mailbox` is the highest Mailbox requirement set the client supports (isSetSupported answers for nothing else).
 */
export function loadHandlers({ host, item, localStorage, http = "fetch", mailbox = "1.14" } = {}) {
  const handlers = {};
  const roaming = new Map();
  const Office = {
    actions: { associate: (name, handler) => (handlers[name] = handler) },
    context: {
      mailbox: { item },
      roamingSettings: { get: (k) => roaming.get(k), set: (k, v) => roaming.set(k, v), saveAsync: (cb) => cb && cb(succeeded()) },
      requirements: { isSetSupported: (name, version) => name === "Mailbox" && atMost(version, mailbox) },
    },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  };
  // Every timer the script sets, so a test can check the deadline it asked for, not only the wall clock.
  const timers = [];
  const recordingSetTimeout = (fn, ms) => (timers.push(ms), setTimeout(fn, ms));
  const sandbox = { Office, AbortController, setTimeout: recordingSetTimeout, clearTimeout, console: { log() {} } };
  if (http === "fetch") sandbox.fetch = host.fetch;
  if (http === "both") sandbox.fetch = (url, init) => (host.calls.push({ url, init, via: "fetch" }), Promise.reject(new TypeError("Network request failed")));
  if (http === "xhr" || http === "both") sandbox.XMLHttpRequest = fakeXhr(host);
  if (localStorage) sandbox.localStorage = localStorage;
  const source = readFileSync(scriptPath, "utf8").replace('"__OCMW_ADDIN_ORIGIN__"', JSON.stringify(ORIGIN));
  vm.runInContext(source, vm.createContext(sandbox), { filename: scriptPath });
  return { handlers, Office, roaming, timers, sandbox };
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
