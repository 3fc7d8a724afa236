/*
 * Compose-window checks of the OCMW referral add-in: warns while the recipients change and holds the send when a
 * referral archive would leave for a mailbox outside the protocols, or a recipient looks like an OCMW mailbox
 * without being one. Covers mails (OnMessageSend) and meeting invites (OnAppointmentSend).
 *
 * Built (build.mjs) into one self-contained classic script: classic Outlook on Windows runs it in a JavaScript-only
 * runtime that allows no imports, has no DOM and no localStorage, never runs Office.onReady, and before Version 2403
 * loads only ECMAScript 2016 without the conditional operator
 * (https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-event-based-and-spam-reporting-add-ins).
 * So the source avoids `?:`, `?.`, `??`, spread and async; the build's syntax gate refuses any that slip through.
 */
import { assess } from "./assess";
import { decide, type Completable } from "./completion";
import { HANDLERS, NOTE_ARCHIVE, NOTE_LOOKALIKE } from "./config";
import { informationalNote, lookalikeNote, showOrRemove } from "./notifications";
import { log } from "./office";

function currentItem(): object {
  return Office.context.mailbox.item as object;
}

function onMessageRecipientsChanged(event: Completable): void {
  const item = currentItem();
  assess(item).then(function (found) {
    let lookalike = null;
    if (found.lookalikes.length) {
      lookalike = lookalikeNote(found.lookalikes[0]);
    }
    let archive = null;
    if (found.unchecked) {
      archive = informationalNote("Doorverwijzing in bijlage: de ontvangers konden nu niet gecontroleerd worden.");
    } else if (found.strangers.length) {
      archive = informationalNote("Doorverwijzing in bijlage: " + found.strangers[0] + " is geen afgesproken OCMW-mailbox.");
    }
    return Promise.all([showOrRemove(item, NOTE_LOOKALIKE, lookalike), showOrRemove(item, NOTE_ARCHIVE, archive)]);
  }).catch(function (error: unknown) {
    log("recipients check failed", error);
  }).then(function () { event.completed(); });
}

function sendHandler(isMail: boolean): (event: Completable) => void {
  return function (event) {
    assess(currentItem()).then(function (found) { decide(event, found, isMail); }).catch(function (error: unknown) {
      // Nothing could be decided: this check is a guard, not the only gate, so the item goes through.
      log("send check failed", error);
      event.completed({ allowEvent: true });
    });
  };
}

if (typeof Office !== "undefined" && Office.actions && Office.actions.associate) {
  Office.actions.associate(HANDLERS.recipientsChanged, onMessageRecipientsChanged);
  Office.actions.associate(HANDLERS.messageSend, sendHandler(true));
  Office.actions.associate(HANDLERS.appointmentSend, sendHandler(false));
}
