/*
 * Whether a referral archive travels with the item. getAttachmentsAsync needs Mailbox 1.8 and does not exist on
 * phones (https://learn.microsoft.com/office/dev/add-ins/outlook/outlook-mobile-apis): where it is missing or
 * fails, this one check says so (`unavailable`) and the recipient checks go on without it.
 */
import { ARCHIVE_IN_MESSAGE, ARCHIVE_NAME } from "./config";
import { log, officeCall } from "./office";

export interface AttachmentFindings {
  /** A referral archive is attached, directly or inside an attached message. */
  archive: boolean;
  /** An attached message could not be read: it may carry one. */
  uncertain: boolean;
  /** The attachments could not be listed at all (API missing or failing). */
  unavailable: boolean;
}

// An attached message (a forward "as attachment") may carry the archive inside it: read its MIME text (Mailbox 1.8).
function messageCarriesArchive(item: object, attachment: Office.AttachmentDetailsCompose): Promise<boolean> {
  return officeCall<Office.AttachmentContent>(item, "getAttachmentContentAsync", [attachment.id]).then(function (content) {
    return ARCHIVE_IN_MESSAGE.test(String(content && content.content || ""));
  });
}

type Verdict = "archive" | "clean" | "unknown";

export function inspectAttachments(item: object): Promise<AttachmentFindings> {
  if (typeof (item as { getAttachmentsAsync?: unknown }).getAttachmentsAsync !== "function") {
    return Promise.resolve({ archive: false, uncertain: false, unavailable: true });
  }
  return officeCall<Office.AttachmentDetailsCompose[]>(item, "getAttachmentsAsync", []).then(function (attachments) {
    const list = attachments || [];
    const direct = list.some(function (attachment) { return ARCHIVE_NAME.test(String(attachment.name || "")); });
    const messages = list.filter(function (attachment) { return String(attachment.attachmentType) === "item"; });
    if (direct || messages.length === 0) {
      return { archive: direct, uncertain: false, unavailable: false };
    }
    return Promise.all(messages.map(function (attachment) {
      return messageCarriesArchive(item, attachment).then(
        function (found): Verdict {
          if (found) {
            return "archive";
          }
          return "clean";
        },
        function (): Verdict { return "unknown"; });
    })).then(function (verdicts) {
      return { archive: verdicts.indexOf("archive") >= 0, uncertain: verdicts.indexOf("unknown") >= 0, unavailable: false };
    });
  }, function (error: unknown) {
    log("attachments could not be read", error);
    return { archive: false, uncertain: false, unavailable: true };
  });
}
