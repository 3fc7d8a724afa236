/*
 * Who the item goes to. Never trust the event payload: OnMessageRecipientsChanged misses address-book picks and
 * in-place edits, so every recipient field is read again (To/Cc/Bcc of a mail, required and optional attendees of a
 * meeting). Each field is read on its own: one that fails is left out and reported, the others still count.
 */
import { normalise, officeCall, settle } from "./office";

export interface ContactGroup {
  name: string;
  address: string;
}

export interface Recipients {
  /** As typed (only trimmed): case can matter to the lookalike check (a capital I for an l). */
  addresses: string[];
  /** Contact groups often have no address, and their members cannot be checked from here. */
  groups: ContactGroup[];
  /** At least one field could not be read. */
  incomplete: boolean;
}

const FIELDS = ["to", "cc", "bcc", "requiredAttendees", "optionalAttendees"];

export function readRecipients(item: object): Promise<Recipients> {
  const holder = item as Record<string, unknown>;
  const reads = FIELDS
    .filter(function (name) { return Boolean(holder[name]); })
    .map(function (name) {
      return settle(officeCall<Office.EmailAddressDetails[]>(holder[name], "getAsync", []), []);
    });
  return Promise.all(reads).then(function (lists) {
    const seen: { [key: string]: boolean } = {};
    const read: Recipients = { addresses: [], groups: [], incomplete: false };
    lists.forEach(function (list) {
      if (list.failed) {
        read.incomplete = true;
      }
      (list.value || []).forEach(function (recipient) {
        if (!recipient) {
          return;
        }
        const address = String(recipient.emailAddress || "").trim();
        const key = normalise(address);
        if (String(recipient.recipientType) === "distributionList") {
          const name = String(recipient.displayName || address || "contactgroep").trim();
          const groupKey = "group:" + name.toLowerCase();
          if (!seen[groupKey]) {
            seen[groupKey] = true;
            read.groups.push({ name: name, address: address });
          }
        }
        if (key && !seen[key]) {
          seen[key] = true;
          read.addresses.push(address);
        }
      });
    });
    return read;
  });
}
