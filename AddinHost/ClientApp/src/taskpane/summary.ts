import type { FieldErrors } from "../ui/ids";

/**
 * The error summary lists only what the worker can fix on screen, each entry a link to its field. The mailbox is
 * read-only (it follows the OCMW): its refusal is answered at the OCMW list, or said already by the OCMW's own error.
 * The consent boxes exist only once an OCMW is chosen (their text names it): before that the OCMW's error says it.
 */
export function summaryErrors(errors: FieldErrors, consentShown: boolean): FieldErrors {
  const { recipient, ...rest } = errors;
  const shown: FieldErrors = consentShown
    ? rest
    : Object.fromEntries(Object.entries(rest).filter(([path]) => path !== "consent.informed" && path !== "consent.given"));
  if (recipient?.length && !shown.ocmwId?.length) shown.ocmwId = recipient;
  return shown;
}
