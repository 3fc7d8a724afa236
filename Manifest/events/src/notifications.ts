/*
 * The warning in the compose window (OnMessageRecipientsChanged), from
 * https://learn.microsoft.com/office/dev/add-ins/outlook/notifications: at most 150 characters; an insight message
 * with a button to the task pane needs Mailbox 1.10 (phones have 1.5: informational only), and the button's
 * contextData must be a string for classic Outlook before Version 2402 (NotificationMessageAction).
 */
import { type Lookalike } from "./assess";
import { describeLookalike } from "./completion";
import { CANCEL_LABEL, MAX_NOTE, NOTE_ICON, PANE_BUTTON_ID } from "./config";
import { clip, officeCall, supports } from "./office";

type Details = Office.NotificationMessageDetails;

function informational(message: string): Details {
  return { type: "informationalMessage" as Office.MailboxEnums.ItemNotificationMessageType, message: message, icon: NOTE_ICON, persistent: false };
}

export function informationalNote(text: string): Details {
  return informational(clip(text, MAX_NOTE));
}

/** The warning offers the fix, as Microsoft's Smart Alerts samples do: the right address and a button to the pane. */
export function lookalikeNote(lookalike: Lookalike): Details {
  let text = "Let op: " + describeLookalike(lookalike);
  if (lookalike.suggestion) {
    text = "Let op: " + lookalike.address + " is geen OCMW-mailbox. Bedoelt u " + lookalike.suggestion + "?";
  }
  const message = clip(text, MAX_NOTE);
  if (!supports("1.10")) {
    return informational(message);
  }
  return {
    type: "insightMessage" as Office.MailboxEnums.ItemNotificationMessageType,
    message: message,
    icon: NOTE_ICON,
    actions: [{
      actionType: "showTaskPane" as Office.MailboxEnums.ActionType,
      actionText: CANCEL_LABEL,
      commandId: PANE_BUTTON_ID,
      contextData: "{\"bron\":\"waarschuwing\"}",
    }],
  };
}

/** Shows, replaces or removes one notification; never rejects (a notification is advice, not the decision). */
export function showOrRemove(item: object, key: string, details: Details | null): Promise<void> {
  const messages = (item as { notificationMessages?: Office.NotificationMessages }).notificationMessages;
  if (!messages) {
    return Promise.resolve();
  }
  if (!details) {
    return officeCall<void>(messages, "removeAsync", [key]).catch(function () { /* nothing was shown */ });
  }
  let method = "addAsync";
  if (typeof messages.replaceAsync === "function") {
    method = "replaceAsync";
  }
  return officeCall<void>(messages, method, [key, details]).catch(function () {
    // A client that refuses the insight message shows the same text without the button.
    if (String(details.type) !== "insightMessage") {
      return undefined;
    }
    return officeCall<void>(messages, method, [key, informational(details.message)]).catch(function () { /* advice only */ });
  });
}
