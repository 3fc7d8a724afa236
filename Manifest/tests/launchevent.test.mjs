// The compose-window handlers in Manifest/events/launchevent.js, run against a fake Outlook item and a fake host.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import * as acorn from "acorn";
import { ALLOWED, addin, fakeHost, fakeItem, fakeStorage, loadHandlers, run, scriptPath } from "./support/fake-office.mjs";

const ARCHIVE = "doorverwijzing-R-2026-000123.7z";
const LOOKALIKE = "socialedienst@kluisbergen-be.com";
const STRANGER = "jan.peeters@example.be";
const lookalikeVerdict = { verdict: "blocked", code: "lookalike_domain", message: "Lijkt op een OCMW-adres.", suggestion: ALLOWED };
const RECIPIENTS = addin.events.recipientsChanged;
const SEND = addin.events.messageSend;

function setup({ item, mode = "up", verdicts = { [LOOKALIKE]: lookalikeVerdict }, localStorage } = {}) {
  const host = fakeHost({ mode, verdicts });
  const { handlers, timers } = loadHandlers({ host, item, localStorage });
  return { host, handlers, timers, send: () => run(handlers[SEND]), changed: () => run(handlers[RECIPIENTS]) };
}

function assertBlocked(options, ...mentions) {
  assert.equal(options.allowEvent, false);
  assert.ok(options.errorMessage.length <= 500, "Smart Alerts cut errorMessage at 500 characters");
  assert.equal(options.cancelLabel, "Doorverwijzen naar OCMW");
  assert.equal(options.commandId, addin.commands.composeButtonId);
  for (const text of mentions) assert.ok(options.errorMessage.includes(text), `message should name ${text}: ${options.errorMessage}`);
}

describe("launchevent.js as a file", () => {
  const source = readFileSync(scriptPath, "utf8");

  it("parses as an ES2017 script (the classic Windows runtime)", () => {
    assert.doesNotThrow(() => acorn.parse(source, { ecmaVersion: 2017, sourceType: "script" }));
  });

  it("has no imports and does not rely on Office.onReady", () => {
    assert.doesNotMatch(source, /^\s*import\s/m);
    assert.doesNotMatch(source, /Office\.onReady\s*\(|Office\.initialize\s*=/);
  });

  it("associates exactly the handlers the manifests name", () => {
    const { handlers } = loadHandlers({ host: fakeHost(), item: fakeItem() });
    assert.deepEqual(Object.keys(handlers).sort(), [RECIPIENTS, SEND].sort());
  });
});

describe("OnMessageSend", () => {
  it("lets mail to an allowed OCMW mailbox through", async () => {
    const { send } = setup({ item: fakeItem({ to: [ALLOWED] }) });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("lets ordinary mail to anyone through", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], cc: ["collega@opgroeien.be"] }) });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("blocks a lookalike of an OCMW mailbox, naming it and the suggestion", async () => {
    const { send, host } = setup({ item: fakeItem({ to: [STRANGER], bcc: [LOOKALIKE.toUpperCase()] }) });
    const { options } = await send();
    assertBlocked(options, LOOKALIKE.toUpperCase(), ALLOWED);
    assert.equal(options.sendModeOverride, undefined, "a blocked verdict stays a soft block");
    const screened = JSON.parse(host.calls.find((c) => c.url.endsWith("/api/recipients/screen")).init.body);
    assert.deepEqual(screened.recipients, [STRANGER, LOOKALIKE.toUpperCase()], "To, Cc and Bcc are re-read and sent as typed");
  });

  it("asks about each address once, however often and in whatever case it appears", async () => {
    const { send, host } = setup({ item: fakeItem({ to: [ALLOWED, " " + ALLOWED.toUpperCase()], cc: [STRANGER], bcc: [STRANGER] }) });
    await send();
    const screened = JSON.parse(host.calls.find((c) => c.url.endsWith("/api/recipients/screen")).init.body);
    assert.deepEqual(screened.recipients, [ALLOWED, STRANGER]);
  });

  it("lets the user send anyway when the policy only warns", async () => {
    const verdicts = { [LOOKALIKE]: { ...lookalikeVerdict, verdict: "warning" } };
    const { send } = setup({ item: fakeItem({ to: [LOOKALIKE] }), verdicts });
    const { options } = await send();
    assertBlocked(options, LOOKALIKE);
    assert.equal(options.sendModeOverride, "promptUser");
  });

  it("blocks a referral archive to a stranger", async () => {
    const { send } = setup({ item: fakeItem({ to: [ALLOWED], cc: [STRANGER], attachments: [ARCHIVE] }) });
    const { options } = await send();
    assertBlocked(options, STRANGER);
    assert.ok(!options.errorMessage.includes(ALLOWED + ","), "the allowed mailbox is not named as a problem");
  });

  it("lets a referral archive to the agreed mailbox through", async () => {
    const { send } = setup({ item: fakeItem({ to: [ALLOWED], attachments: ["brief.pdf", ARCHIVE] }) });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("ignores attachments that only resemble the archive name", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], attachments: ["doorverwijzing-R-1.7z.pdf", "mijn-doorverwijzing-1.7z"] }) });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("host down: ordinary mail goes through", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER] }), mode: "down" });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("host answering 503: ordinary mail goes through, a referral archive is held", async () => {
    assert.deepEqual((await setup({ item: fakeItem({ to: [STRANGER] }), mode: "error" }).send()).options, { allowEvent: true });
    assertBlocked((await setup({ item: fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] }), mode: "error" }).send()).options, "niet gecontroleerd");
  });

  it("host down, nothing cached: a referral archive is held with an explanation", async () => {
    const { send } = setup({ item: fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] }), mode: "down" });
    const { options } = await send();
    assertBlocked(options, "niet gecontroleerd");
  });

  it("host down: the cached directory vouches for the agreed mailbox, even from a new runtime", async () => {
    const storage = fakeStorage();
    const item = fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] });
    await setup({ item, localStorage: storage }).send(); // warms the cache while the host is up
    assert.ok(storage.data.get("ocmwDirectory").includes(ALLOWED));
    const { send } = setup({ item, mode: "down", localStorage: storage });
    assert.deepEqual((await send()).options, { allowEvent: true });
    item.state.cc = [STRANGER];
    assertBlocked((await send()).options, STRANGER);
  });

  it("revalidates the cached directory with If-None-Match", async () => {
    const item = fakeItem({ to: [ALLOWED] });
    const { send, host } = setup({ item });
    await send();
    await send();
    const directoryCalls = host.calls.filter((c) => c.url.endsWith("/api/directory"));
    assert.equal(directoryCalls.length, 2);
    assert.equal(directoryCalls[1].init.headers["If-None-Match"], '"dir-1"');
  });

  it("slow host: gives up within a second; ordinary mail goes through", async () => {
    const { send, timers } = setup({ item: fakeItem({ to: [STRANGER] }), mode: "hang" });
    const { options, ms } = await send();
    assert.deepEqual(options, { allowEvent: true });
    assert.ok(timers.length > 0 && Math.max(...timers) <= 800, `deadlines asked for: ${timers}`);
    assert.ok(ms < 1000, `completed after ${ms} ms`);
    assert.ok(ms >= 700, `the host was given its ~800 ms (${ms} ms)`);
  });

  it("slow host: a referral archive is held within a second", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], attachments: [ARCHIVE] }), mode: "hang" });
    const { options, ms } = await send();
    assertBlocked(options, "niet gecontroleerd");
    assert.ok(ms < 1000, `completed after ${ms} ms`);
  });
});

describe("OnMessageRecipientsChanged", () => {
  it("shows no warning for an allowed mailbox and completes", async () => {
    const item = fakeItem({ to: [ALLOWED] });
    const { options } = await setup({ item }).changed();
    assert.equal(options, undefined);
    assert.equal(item.shown.size, 0);
    assert.deepEqual(item.log, []);
  });

  it("warns about a lookalike, naming the address and the suggestion", async () => {
    const item = fakeItem({ cc: [LOOKALIKE] });
    await setup({ item }).changed();
    const note = item.shown.get("ocmwLookalike");
    assert.ok(note, "a lookalike notification is shown");
    assert.equal(note.type, "informationalMessage");
    assert.equal(note.icon, "Icon.16x16");
    assert.ok(note.message.length <= 150, "notifications hold at most 150 characters");
    assert.ok(note.message.includes(LOOKALIKE) && note.message.includes(ALLOWED), note.message);
  });

  it("warns about a referral archive for a stranger", async () => {
    const item = fakeItem({ to: [STRANGER], attachments: [ARCHIVE] });
    await setup({ item }).changed();
    assert.ok(item.shown.get("ocmwArchive").message.includes(STRANGER));
    assert.equal(item.shown.has("ocmwLookalike"), false);
  });

  it("host down: says the recipients of a referral archive could not be checked", async () => {
    const item = fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] });
    await setup({ item, mode: "down" }).changed();
    assert.match(item.shown.get("ocmwArchive").message, /niet gecontroleerd/);
  });

  it("removes the warning once the problem is gone", async () => {
    const item = fakeItem({ to: [LOOKALIKE], attachments: [ARCHIVE] });
    const { changed } = setup({ item });
    await changed();
    assert.deepEqual([...item.shown.keys()].sort(), ["ocmwArchive", "ocmwLookalike"]);
    item.state.to = [ALLOWED];
    await changed();
    assert.equal(item.shown.size, 0);
    assert.deepEqual(item.log.filter(([op]) => op === "remove").map(([, key]) => key).sort(), ["ocmwArchive", "ocmwLookalike"]);
  });

  it("slow host: completes within a second without a warning for ordinary mail", async () => {
    const item = fakeItem({ to: [STRANGER] });
    const { ms } = await setup({ item, mode: "hang" }).changed();
    assert.ok(ms < 1000, `completed after ${ms} ms`);
    assert.equal(item.shown.size, 0);
  });
});
