/*
 * Which shared or delegate mailbox the item is composed in, if any, so the alert can name it: a team's shared
 * mailbox is where a referral forwarded "by hand" is likeliest to leave from. getSharedPropertiesAsync needs Mailbox
 * 1.8 (shared folders) or 1.13 (shared mailboxes), and in compose mode answers only for items Microsoft lists
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access). Anything else, missing or failing,
 * means "not known": the checks themselves read recipients and attachments the same way in every mailbox.
 */
import { officeCall, supports } from "./office";

export function sharedMailbox(item: object): Promise<string | null> {
  if (!supports("1.8") || typeof (item as { getSharedPropertiesAsync?: unknown }).getSharedPropertiesAsync !== "function") {
    return Promise.resolve(null);
  }
  return officeCall<Office.SharedProperties>(item, "getSharedPropertiesAsync", []).then(
    function (properties) {
      const owner = properties && properties.owner;
      if (owner) {
        return String(owner);
      }
      return null;
    },
    function () { return null; });
}
