// The compose-window handlers in Manifest/events/launchevent.js, run against a fake Outlook item and a fake host.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { checkClassicScript } from "../events/gate.mjs";

// The bundler the build uses (Manifest/events/node_modules, installed by the host's build).
const esbuild = createRequire(new URL("../events/build.mjs", import.meta.url))("esbuild");
import { ALLOWED, addin, fakeHost, fakeItem, fakeStorage, loadHandlers, run, scriptPath } from "./support/fake-office.mjs";

const ARCHIVE = "doorverwijzing-R-2026-000123.7z";
const LOOKALIKE = "socialedienst@kluisbergen-be.com";
const STRANGER = "jan.peeters@example.be";
const lookalikeVerdict = { verdict: "blocked", code: "lookalike_domain", message: "Lijkt op een OCMW-adres.", suggestion: ALLOWED };
const RECIPIENTS = addin.events.recipientsChanged;
const SEND = addin.events.messageSend;
const APPOINTMENT_SEND = addin.events.appointmentSend;
const BUDGET_MS = 3000;

function setup({ item, mode = "up", verdicts = { [LOOKALIKE]: lookalikeVerdict }, localStorage, http, mailbox } = {}) {
  const host = fakeHost({ mode, verdicts });
  const { handlers, timers, sandbox } = loadHandlers({ host, item, localStorage, http, mailbox });
  return {
    host,
    handlers,
    timers,
    sandbox,
    send: () => run(handlers[SEND]),
    sendInvite: () => run(handlers[APPOINTMENT_SEND]),
    changed: () => run(handlers[RECIPIENTS]),
  };
}

function assertHeld(options, ...mentions) {
  assert.equal(options.allowEvent, false);
  assert.ok(options.errorMessage.length <= 500, "Smart Alerts cut errorMessage at 500 characters");
  for (const text of mentions) assert.ok(options.errorMessage.includes(text), `message should name ${text}: ${options.errorMessage}`);
}

function assertBlocked(options, ...mentions) {
  assertHeld(options, ...mentions);
  assert.ok(options.cancelLabel.length <= 20, `cancelLabel may hold 20 characters, not ${options.cancelLabel.length}: ${options.cancelLabel}`);
  assert.equal(options.cancelLabel, "Veilig doorverwijzen");
  assert.equal(options.commandId, addin.commands.composeButtonId);
}

const group = (displayName, emailAddress = "") => ({ displayName, emailAddress, recipientType: "distributionList" });
const forwarded = (content) => ({ name: "Doorgestuurd: gezin", attachmentType: "item", content });
const EML_WITH_ARCHIVE = [
  "From: collega@opgroeien.be", "Subject: gezin", "Content-Type: multipart/mixed; boundary=b", "", "--b",
  "Content-Type: application/x-7z-compressed; name=\"doorverwijzing-R-2026-000123.7z\"",
  "Content-Disposition: attachment; filename=\"doorverwijzing-R-2026-000123.7z\"", "Content-Transfer-Encoding: base64", "",
  "N3q8ryccAAQ=", "--b--", "",
].join("\r\n");
const EML_WITHOUT_ARCHIVE = EML_WITH_ARCHIVE.replace(/doorverwijzing-R-2026-000123\.7z/g, "verslag.pdf");

describe("launchevent.js as a file", () => {
  const source = readFileSync(scriptPath, "utf8");

  it("passes the syntax gate: an ES2016 script, no conditional operator, no async, no modules, the origin placeholder kept", () => {
    assert.deepEqual(checkClassicScript(source), []);
  });

  it("the gate refuses what classic Outlook before 2403 refuses, and what down-levelling would turn into it", () => {
    const refused = {
      "var a = b ? 1 : 2;": /conditional operator/,
      "var a = b?.c;": /ES2016 script/,
      "var a = b ?? c;": /ES2016 script/,
      "async function f() { await g(); }": /ES2016 script/,
      "import x from 'y';": /ES2016 script/,
      "var o = { ...p };": /ES2016 script/,
    };
    for (const [code, problem] of Object.entries(refused)) {
      const problems = checkClassicScript(`var HOST_ORIGIN = "__OCMW_ADDIN_ORIGIN__"; ${code}`);
      assert.ok(problems.some((p) => problem.test(p)), `${code}: ${problems.join("; ")}`);
    }
    assert.match(checkClassicScript("var a = 1;").join(), /placeholder/);
  });

  it("the build itself fails on a module with a conditional operator, naming the line, and leaves no launchevent.js", () => {
    const dir = mkdtempSync(join(tmpdir(), "ocmw-gate-"));
    const build = (source) => {
      writeFileSync(join(dir, "probe.ts"), `const HOST_ORIGIN: string = "__OCMW_ADDIN_ORIGIN__";\n${source}\nOffice.actions.associate(HOST_ORIGIN, probe);\n`);
      try {
        return { exit: 0, out: execFileSync(process.execPath, [new URL("../events/build.mjs", import.meta.url).pathname, join(dir, "probe.ts"), join(dir, "out")], { encoding: "utf8" }) };
      } catch (error) {
        return { exit: error.status, out: String(error.stdout) + String(error.stderr) };
      }
    };
    assert.equal(build("function probe(e: { completed(): void }) { e.completed(); }").exit, 0);
    const refused = build("function probe(e: { ok: boolean; completed(o: object): void }) { e.completed({ allowEvent: e.ok ? true : false }); }");
    assert.equal(refused.exit, 1, refused.out);
    assert.match(refused.out, /launchevent\.refused\.js\(\d+,1\): error OCMWGATE: .*conditional operator/);
    assert.equal(existsSync(join(dir, "out", "launchevent.js")), false);
  });

  it("the build's down-levelling of ?., ??, object spread and async yields what the gate refuses", async () => {
    for (const code of ["export const f = (o: any) => o?.a;", "export const f = (a: any, b: any) => a ?? b;",
      "export const f = (o: object) => ({ ...o, x: 1 });", "export async function f(g: () => Promise<void>) { await g(); }"]) {
      const { code: lowered } = await esbuild.transform(code, { loader: "ts", target: "es2016", format: "iife" });
      const problems = checkClassicScript(`var HOST_ORIGIN = "__OCMW_ADDIN_ORIGIN__";\n${lowered}`);
      assert.ok(problems.some((p) => /conditional operator/.test(p)), `${code} slipped through: ${lowered}`);
    }
  });

  it("has no imports and does not rely on Office.onReady", () => {
    assert.doesNotMatch(source, /^\s*import\s/m);
    assert.doesNotMatch(source, /Office\.onReady\s*\(|Office\.initialize\s*=/);
  });

  it("associates exactly the handlers the manifests name", () => {
    const { handlers } = loadHandlers({ host: fakeHost(), item: fakeItem() });
    assert.deepEqual(Object.keys(handlers).sort(), [RECIPIENTS, SEND, APPOINTMENT_SEND].sort());
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

  it("host down: ordinary mail goes through at once", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER] }), mode: "down" });
    const { options, ms } = await send();
    assert.deepEqual(options, { allowEvent: true });
    assert.ok(ms < 300, `completed after ${ms} ms`);
  });

  it("host answering 503: ordinary mail goes through, a referral archive waits for the worker's decision", async () => {
    assert.deepEqual((await setup({ item: fakeItem({ to: [STRANGER] }), mode: "error" }).send()).options, { allowEvent: true });
    const { options } = await setup({ item: fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] }), mode: "error" }).send();
    assertBlocked(options, "niet gecontroleerd");
    assert.equal(options.sendModeOverride, "promptUser");
  });

  it("host down, nothing cached: a referral archive gets PromptUser (office-js #5676), not a soft block", async () => {
    const { send } = setup({ item: fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] }), mode: "down" });
    const { options, ms } = await send();
    assertBlocked(options, "niet gecontroleerd", "niet bereikbaar");
    assert.equal(options.sendModeOverride, "promptUser", "the worker decides when the host is down");
    assert.ok(ms < 300, `completed after ${ms} ms`);
  });

  it("host down: the cached directory vouches for the agreed mailbox, even from a new runtime", async () => {
    const storage = fakeStorage();
    const item = fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] });
    await setup({ item, localStorage: storage }).send(); // warms the cache while the host is up
    assert.ok(storage.data.get("ocmwDirectory").includes(ALLOWED));
    const { send } = setup({ item, mode: "down", localStorage: storage });
    assert.deepEqual((await send()).options, { allowEvent: true });
    item.state.cc = [STRANGER];
    const { options } = await send();
    assertBlocked(options, STRANGER, "laatst bekende lijst");
    assert.equal(options.sendModeOverride, undefined, "the cached list names the stranger: a soft block");
  });

  it("sends no header that forces a CORS preflight to the directory, and only Content-Type to the screening", async () => {
    const { send, host } = setup({ item: fakeItem({ to: [ALLOWED] }) });
    await send();
    await send(); // with a cached directory, which once sent If-None-Match
    const directory = host.calls.filter((c) => c.url.endsWith("/api/directory"));
    assert.equal(directory.length, 2);
    for (const call of directory) {
      assert.deepEqual(Object.keys(call.init.headers ?? {}), []);
      assert.equal(call.init.method ?? "GET", "GET");
    }
    const screen = host.calls.find((c) => c.url.endsWith("/api/recipients/screen"));
    assert.deepEqual(Object.keys(screen.init.headers), ["Content-Type"]);
  });

  it("slow host: waits the 3 s budget, well within Outlook's 5 s; ordinary mail then goes through", async () => {
    const { send, timers } = setup({ item: fakeItem({ to: [STRANGER] }), mode: "hang" });
    const { options, ms } = await send();
    assert.deepEqual(options, { allowEvent: true });
    assert.ok(timers.length > 0 && Math.max(...timers) <= BUDGET_MS, `deadlines asked for: ${timers}`);
    assert.ok(ms >= BUDGET_MS - 150, `the host was given its ~3 s (${ms} ms)`);
    assert.ok(ms < 4000, `completed after ${ms} ms`);
  });

  it("slow host: a referral archive for a stranger is decided within the budget", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], attachments: [ARCHIVE] }), mode: "hang" });
    const { options, ms } = await send();
    assertBlocked(options, "niet gecontroleerd");
    assert.ok(ms < 4000, `completed after ${ms} ms`);
  });
});

describe("OnMessageSend: contact groups and attached messages", () => {
  it("holds a referral archive to a contact group: its members cannot be checked", async () => {
    const { send } = setup({ item: fakeItem({ to: [ALLOWED], cc: [group("Team Oudenaarde")], attachments: [ARCHIVE] }) });
    const { options } = await send();
    assertBlocked(options, "contactgroep 'Team Oudenaarde'");
    assert.equal(options.sendModeOverride, undefined);
  });

  it("holds a referral archive to a contact group even when the host is down and the list is cached", async () => {
    const storage = fakeStorage();
    await setup({ item: fakeItem({ to: [ALLOWED] }), localStorage: storage }).send();
    const { send } = setup({ item: fakeItem({ bcc: [group("Collega's")], attachments: [ARCHIVE] }), mode: "down", localStorage: storage });
    assertBlocked((await send()).options, "contactgroep 'Collega's'");
  });

  it("warns about a contact group named like an OCMW's social service, and lets the worker decide", async () => {
    const { send } = setup({ item: fakeItem({ to: [group("OCMW Kluisbergen sociale dienst")] }) });
    const { options } = await send();
    assertBlocked(options, "OCMW Kluisbergen sociale dienst", "geen afgesproken OCMW-mailbox");
    assert.equal(options.sendModeOverride, "promptUser");
  });

  it("lets ordinary mail to an ordinary contact group through", async () => {
    const { send } = setup({ item: fakeItem({ to: [group("Team Oudenaarde")] }) });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("finds a referral archive inside a forwarded message attached as an item", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], attachments: [forwarded(EML_WITH_ARCHIVE)] }) });
    assertBlocked((await send()).options, STRANGER);
  });

  it("lets an attached message without an archive through", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], attachments: [forwarded(EML_WITHOUT_ARCHIVE)] }) });
    assert.deepEqual((await send()).options, { allowEvent: true });
  });

  it("asks the worker when an attached message cannot be read", async () => {
    const { send } = setup({ item: fakeItem({ to: [STRANGER], attachments: [forwarded(undefined)] }) });
    const { options } = await send();
    assertBlocked(options, "bijgevoegd bericht", STRANGER);
    assert.equal(options.sendModeOverride, "promptUser");
  });
});

describe("OnAppointmentSend", () => {
  it("holds a meeting invite carrying a referral archive for an attendee outside the protocols", async () => {
    const { sendInvite } = setup({ item: fakeItem({ kind: "appointment", to: [ALLOWED], cc: [STRANGER], attachments: [ARCHIVE] }) });
    const { options } = await sendInvite();
    assertHeld(options, STRANGER, "uitnodiging");
    assert.equal(options.commandId, undefined, "the task pane exists only for mails");
    assert.equal(options.cancelLabel, undefined);
  });

  it("lets a meeting invite without an archive, or with one for the agreed mailbox, through", async () => {
    assert.deepEqual((await setup({ item: fakeItem({ kind: "appointment", to: [STRANGER] }) }).sendInvite()).options, { allowEvent: true });
    assert.deepEqual((await setup({ item: fakeItem({ kind: "appointment", to: [ALLOWED], attachments: [ARCHIVE] }) }).sendInvite()).options, { allowEvent: true });
  });

  it("warns about a lookalike attendee", async () => {
    const { sendInvite } = setup({ item: fakeItem({ kind: "appointment", cc: [LOOKALIKE] }) });
    assertHeld((await sendInvite()).options, LOOKALIKE, ALLOWED);
  });
});

describe("The alert's text", () => {
  it("comes as Markdown too where the client supports it (Mailbox 1.15)", async () => {
    const { options } = await setup({ item: fakeItem({ to: [STRANGER], attachments: [ARCHIVE] }), mailbox: "1.15" }).send();
    assertBlocked(options, STRANGER);
    assert.ok(options.errorMessageMarkdown.startsWith("**"), options.errorMessageMarkdown);
    assert.match(options.errorMessageMarkdown, new RegExp(`\\n- ${STRANGER.replace(/\./g, "\\.")} is geen afgesproken OCMW-mailbox\\.\\r`));
    assert.ok(options.errorMessageMarkdown.length <= 500);
  });

  it("stays plain on clients before Mailbox 1.15, and when an address holds Markdown characters", async () => {
    assert.equal((await setup({ item: fakeItem({ to: [STRANGER], attachments: [ARCHIVE] }), mailbox: "1.14" }).send()).options.errorMessageMarkdown, undefined);
    const odd = "jan_peeters*1@example.be";
    const { options } = await setup({ item: fakeItem({ to: [odd], attachments: [ARCHIVE] }), mailbox: "1.15" }).send();
    assertBlocked(options, odd);
    assert.equal(options.errorMessageMarkdown, undefined);
  });

  it("offers the fix: the suggested address and the button that opens the task pane", async () => {
    const { options } = await setup({ item: fakeItem({ to: [LOOKALIKE] }) }).send();
    assertBlocked(options, `Bedoelt u ${ALLOWED}?`);
  });
});

describe("The JavaScript-only runtime", () => {
  it("runs without DOM and without localStorage", async () => {
    const { send, sandbox } = setup({ item: fakeItem({ to: [LOOKALIKE] }) });
    for (const name of ["window", "document", "localStorage", "location", "XMLHttpRequest"]) assert.equal(name in sandbox, false, name);
    assertBlocked((await send()).options, LOOKALIKE);
  });

  it("uses XMLHttpRequest where there is no fetch", async () => {
    const { send, host } = setup({ item: fakeItem({ to: [LOOKALIKE] }), http: "xhr" });
    assertBlocked((await send()).options, LOOKALIKE, ALLOWED);
    assert.ok(host.calls.some((c) => c.via === "xhr" && c.url.endsWith("/api/recipients/screen")));
  });

  it("falls back to XMLHttpRequest when fetch fails at the network level", async () => {
    const { send, host } = setup({ item: fakeItem({ to: [ALLOWED], attachments: [ARCHIVE] }), http: "both" });
    assert.deepEqual((await send()).options, { allowEvent: true });
    const screens = host.calls.filter((c) => c.url.endsWith("/api/recipients/screen")).map((c) => c.via);
    assert.deepEqual(screens, ["fetch", "xhr"]);
    const [xhr] = host.calls.filter((c) => c.via === "xhr" && c.url.endsWith("/api/recipients/screen"));
    assert.deepEqual(JSON.parse(xhr.init.body).recipients, [ALLOWED]);
    assert.equal(xhr.init.headers["Content-Type"], "application/json");
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

  it("warns about a lookalike, offering the suggested address and a button that opens the task pane", async () => {
    const item = fakeItem({ cc: [LOOKALIKE] });
    await setup({ item }).changed();
    const note = item.shown.get("ocmwLookalike");
    assert.ok(note, "a lookalike notification is shown");
    assert.equal(note.type, "insightMessage");
    assert.equal(note.icon, "Icon.16x16");
    assert.ok(note.message.length <= 150, "notifications hold at most 150 characters");
    assert.ok(note.message.includes(LOOKALIKE) && note.message.includes(`Bedoelt u ${ALLOWED}?`), note.message);
    assert.deepEqual(JSON.parse(JSON.stringify(note.actions.map((a) => [a.actionType, a.commandId]))), [["showTaskPane", addin.commands.composeButtonId]]);
    assert.ok(note.actions[0].actionText.length <= 20);
  });

  it("shows the same warning without the button where insight messages do not exist (mobile)", async () => {
    const item = fakeItem({ cc: [LOOKALIKE], insight: false });
    await setup({ item }).changed();
    const note = item.shown.get("ocmwLookalike");
    assert.equal(note.type, "informationalMessage");
    assert.ok(note.message.includes(ALLOWED), note.message);
  });

  it("warns about a contact group named like an OCMW", async () => {
    const item = fakeItem({ to: [group("Sociale Dienst OCMW Ronse")] });
    await setup({ item }).changed();
    assert.match(item.shown.get("ocmwLookalike").message, /contactgroep 'Sociale Dienst OCMW Ronse' is geen afgesproken OCMW-mailbox/);
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

  it("slow host: completes within the budget without a warning for ordinary mail", async () => {
    const item = fakeItem({ to: [STRANGER] });
    const { ms } = await setup({ item, mode: "hang" }).changed();
    assert.ok(ms < 4000, `completed after ${ms} ms`);
    assert.equal(item.shown.size, 0);
  });
});
