/*
 * The constants of the compose-window checks. The rules themselves live on the host (Core's RecipientPolicy behind
 * POST /api/recipients/screen); this script only decides what to do when the host answers, and when it does not.
 */

/**
 * Replaced with the host's origin when the host serves the built file (ManifestApi.OriginToken): a JavaScript-only
 * runtime cannot fetch relative URLs. The build and its gate check that this exact literal survives bundling.
 */
export const HOST_ORIGIN: string = "__OCMW_ADDIN_ORIGIN__";

/**
 * Outlook shows "taking longer than expected" after 5 s
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events). A cold TLS
 * connection plus a CORS preflight can take more than a second, so the host gets 3 s in all; then the cache decides.
 */
export const BUDGET_MS = 3000;

export const ARCHIVE_NAME = /^doorverwijzing-[^\\/]*\.7z$/i;
/** The archive's name inside an attached message (MIME name= or filename=, RFC 2231 form included). */
export const ARCHIVE_IN_MESSAGE = /name\*?=\s*(?:"|[A-Za-z0-9_-]*'[A-Za-z-]*')?doorverwijzing-[^"\\\/\r\n;]*\.7z/i;
/** A contact group named like an OCMW's social service is not that mailbox, whatever its members. */
export const OCMW_LIKE_NAME = /ocmw|cpas|sociale?\s*dienst|socialedienst|sociaal\s*huis/i;

export const CACHE_KEY = "ocmwDirectory";
export const NOTE_LOOKALIKE = "ocmwLookalike";
export const NOTE_ARCHIVE = "ocmwArchive";
export const NOTE_ICON = "Icon.16x16";
export const PANE_BUTTON_ID = "ocmwReferralComposeButton";
export const PANE_BUTTON_LABEL = "Doorverwijzen naar OCMW";
/** Smart Alerts allow at most 20 characters on the dialog's button (SmartAlertsEventCompletedOptions.cancelLabel). */
export const CANCEL_LABEL = "Veilig doorverwijzen";
/** errorMessage holds at most 500 characters, a notification message 150. */
export const MAX_ALERT = 500;
export const MAX_NOTE = 150;

/** The handler names the manifests give (addin.json "events"); Office.actions.associate registers them. */
export const HANDLERS = {
  recipientsChanged: "onMessageRecipientsChangedHandler",
  messageSend: "onMessageSendHandler",
  appointmentSend: "onAppointmentSendHandler",
};
