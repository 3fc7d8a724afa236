// The built launchevent.js under each Outlook client Microsoft documents (support/profiles.mjs): the table
// "Per client" in Manifest/README.md, one test per cell.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALLOWED, addin, atMost, fakeHost, fakeItem, loadHandlers, run } from "./support/fake-office.mjs";
import { PROFILES, completionOptions, itemOptions, runtimeOptions } from "./support/profiles.mjs";

const ARCHIVE = "doorverwijzing-R-2026-000123.7z";
const LOOKALIKE = "socialedienst@kluisbergen-be.com";
const STRANGER = "jan.peeters@example.be";
const verdicts = { [LOOKALIKE]: { verdict: "blocked", code: "lookalike_domain", message: "Lijkt op een OCMW-adres.", suggestion: ALLOWED } };
const { recipientsChanged: RECIPIENTS, messageSend: SEND } = addin.events;

for (const profile of PROFILES) {
  const canPrompt = atMost("1.14", profile.mailbox);

  function setup(item, mode = "up") {
    const host = fakeHost({ mode, verdicts });
    const { handlers } = loadHandlers({ host, item, ...runtimeOptions(profile) });
    assert.deepEqual(Object.keys(handlers).sort(), [...new Set([...profile.events, addin.events.messageSend, addin.events.appointmentSend, RECIPIENTS])].sort());
    return { changed: () => run(handlers[RECIPIENTS]), send: () => run(handlers[SEND]) };
  }

  function assertKnownOptions(options) {
    const unknown = Object.keys(options).filter((name) => !completionOptions(profile.mailbox).includes(name));
    assert.deepEqual(unknown, [], `${profile.name} (Mailbox ${profile.mailbox}) does not know ${unknown.join(", ")}`);
  }

  describe(`${profile.name} (Mailbox ${profile.mailbox})`, () => {
    it("recipients changed: a lookalike gets its warning", async () => {
      const item = fakeItem(itemOptions(profile, { to: [LOOKALIKE] }));
      await setup(item).changed();
      const note = item.shown.get("ocmwLookalike");
      assert.ok(note, "a warning is shown");
      assert.ok(note.message.includes(`Bedoelt u ${ALLOWED}?`), note.message);
      if (atMost("1.10", profile.mailbox)) {
        assert.equal(note.type, "insightMessage");
        assert.equal(typeof note.actions[0].contextData, "string", "classic Outlook before 2402 accepts only a string");
      } else {
        assert.equal(note.type, "informationalMessage", "no insight messages below Mailbox 1.10");
      }
    });

    it("recipients changed: attachments that cannot be read degrade only the archive check", async () => {
      const item = fakeItem(itemOptions(profile, { to: [LOOKALIKE], failing: ["getAttachmentsAsync"] }));
      await setup(item).changed();
      assert.ok(item.shown.get("ocmwLookalike"), "the lookalike warning still comes");
    });

    it("recipients changed: a recipient field that cannot be read degrades only that field", async () => {
      const item = fakeItem(itemOptions(profile, { to: [LOOKALIKE], bcc: [STRANGER], failing: ["bcc"] }));
      await setup(item).changed();
      assert.ok(item.shown.get("ocmwLookalike"), "the lookalike in To is still found");
    });

    if (!profile.events.includes(SEND)) {
      it("has no send check: the manifest gives this client only OnMessageRecipientsChanged", () => {
        assert.deepEqual(profile.events, [RECIPIENTS]);
      });
      return;
    }

    it("send: a referral archive to a mailbox outside the protocols is held, with only the options the client knows", async () => {
      const { options } = await setup(fakeItem(itemOptions(profile, { to: [STRANGER], attachments: [ARCHIVE] }))).send();
      assert.equal(options.allowEvent, false);
      assert.ok(options.errorMessage.includes(STRANGER), options.errorMessage);
      assertKnownOptions(options);
      assert.equal(options.commandId, canPrompt ? addin.commands.composeButtonId : undefined);
    });

    it("send: a lookalike is held even when the attachments cannot be read", async () => {
      const { options } = await setup(fakeItem(itemOptions(profile, { to: [LOOKALIKE], failing: ["getAttachmentsAsync"] }))).send();
      assert.equal(options.allowEvent, false);
      assert.ok(options.errorMessage.includes(ALLOWED), options.errorMessage);
      assertKnownOptions(options);
    });

    it("send: an archive whose attachment list fails goes on to the recipient check, not to a blanket decision", async () => {
      const { options } = await setup(fakeItem(itemOptions(profile, { to: [ALLOWED], attachments: [ARCHIVE], failing: ["getAttachmentsAsync"] }))).send();
      assert.deepEqual(options, { allowEvent: true });
    });

    it("send: in a team's shared mailbox the archive is held just the same, naming the mailbox where the client can tell", async () => {
      const team = "team.oudenaarde@opgroeien.be";
      const { options } = await setup(fakeItem(itemOptions(profile, { to: [STRANGER], attachments: [ARCHIVE], sharedOwner: team }))).send();
      assert.equal(options.allowEvent, false);
      assert.ok(options.errorMessage.includes(STRANGER), options.errorMessage);
      // getSharedPropertiesAsync: Mailbox 1.8 (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access).
      assert.equal(options.errorMessage.includes(team), atMost("1.8", profile.mailbox), options.errorMessage);
      const failing = await setup(fakeItem(itemOptions(profile, { to: [STRANGER], attachments: [ARCHIVE], sharedOwner: team, failing: ["getSharedPropertiesAsync"] }))).send();
      assert.equal(failing.options.allowEvent, false, "a failing getSharedPropertiesAsync changes nothing but the wording");
    });

    it(`host down with an archive: ${canPrompt ? "the worker decides (PromptUser)" : "held with a clear message (no PromptUser below 1.14)"}`, async () => {
      const { options } = await setup(fakeItem(itemOptions(profile, { to: [ALLOWED], attachments: [ARCHIVE] })), "down").send();
      assert.equal(options.allowEvent, false);
      assert.match(options.errorMessage, /niet gecontroleerd/);
      assertKnownOptions(options);
      if (canPrompt) {
        assert.equal(options.sendModeOverride, "promptUser");
      } else {
        assert.equal(options.sendModeOverride, undefined);
        assert.match(options.errorMessage, /probeer het over enkele minuten opnieuw/);
      }
    });
  });
}
