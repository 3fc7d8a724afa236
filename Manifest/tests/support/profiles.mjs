// Outlook clients as Microsoft documents them, each a stand-in built on fake-office.mjs whose isSetSupported answers
// exactly as that client, which has only that client's APIs, and which accepts only the completion options its
// Mailbox version defines. The guide's table "Per client" (Manifest/README.md) is the same list in prose.
// Sources:
//   [sets]    https://learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets
//             (classic Windows: 1.12 from Version 2206, 1.13 from 2304, 1.14 from 2404; Mac new UI up to 1.13;
//             Android and iOS up to 1.5)
//   [mobile]  https://learn.microsoft.com/office/dev/add-ins/outlook/outlook-mobile-apis (1.5 plus a listed set; no
//             getAttachmentsAsync; only OnNewMessageCompose, OnMessageRecipientsChanged, OnMessageFromChanged)
//   [options] https://learn.microsoft.com/javascript/api/outlook/office.smartalertseventcompletedoptions
//   [action]  https://learn.microsoft.com/javascript/api/outlook/office.notificationmessageaction (contextData a string
//             before classic Version 2402)
//   [trouble] https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-event-based-and-spam-reporting-add-ins
//             (classic before 2403: ES2016, no conditional operator; JavaScript-only runtime without DOM/localStorage)
import { addin, atMost, fakeStorage } from "./fake-office.mjs";

const ALL_EVENTS = [addin.events.recipientsChanged, addin.events.messageSend, addin.events.appointmentSend];

/** The SmartAlertsEventCompletedOptions a client of Mailbox `version` knows [options]. */
export function completionOptions(version) {
  const known = ["allowEvent", "errorMessage"];
  if (atMost("1.14", version)) known.push("cancelLabel", "commandId", "contextData", "sendModeOverride");
  if (atMost("1.15", version)) known.push("errorMessageMarkdown");
  return known;
}

export const PROFILES = [
  {
    id: "classic-2206",
    name: "classic Outlook on Windows 2206-2303",
    mailbox: "1.12",
    events: ALL_EVENTS,
    jsOnly: true,
    stringContextData: true,
    missing: [],
  },
  {
    id: "classic-2304",
    name: "classic Outlook on Windows 2304-2401",
    mailbox: "1.13",
    events: ALL_EVENTS,
    jsOnly: true,
    stringContextData: true,
    missing: [],
  },
  {
    id: "classic-current",
    name: "classic Outlook on Windows, current",
    mailbox: "1.15",
    events: ALL_EVENTS,
    jsOnly: true,
    stringContextData: false,
    missing: [],
  },
  { id: "new-outlook", name: "new Outlook on Windows", mailbox: "1.15", events: ALL_EVENTS, jsOnly: false, stringContextData: false, missing: [] },
  { id: "web", name: "Outlook on the web", mailbox: "1.15", events: ALL_EVENTS, jsOnly: false, stringContextData: false, missing: [] },
  { id: "mac", name: "Outlook on Mac (new UI)", mailbox: "1.13", events: ALL_EVENTS, jsOnly: false, stringContextData: false, missing: [] },
  {
    id: "mobile",
    name: "Outlook on iOS and Android",
    mailbox: "1.5",
    events: [addin.events.recipientsChanged],
    jsOnly: true,
    stringContextData: false,
    // Not in Mailbox 1.5 and not in Microsoft's list of later APIs enabled on mobile [mobile].
    missing: ["getAttachmentsAsync", "getAttachmentContentAsync", "getSharedPropertiesAsync"],
  },
];

/** fakeItem's options for this profile: its missing APIs, its notification rules. */
export function itemOptions(profile, extra = {}) {
  return {
    ...extra,
    // Insight messages are Mailbox 1.10; a client below refuses them.
    insight: atMost("1.10", profile.mailbox),
    stringContextData: profile.stringContextData,
    missing: [...profile.missing, ...(extra.missing ?? [])],
  };
}

/** loadHandlers' options for this profile: its requirement sets and its runtime (localStorage only in a browser). */
export function runtimeOptions(profile) {
  return { mailbox: profile.mailbox, localStorage: profile.jsOnly ? undefined : fakeStorage() };
}
