import type { DirectoryOcmw } from "../api/types";
import type { FieldErrors } from "../ui/ids";
import type { FormState } from "./form";

/** The form's field → the host's field path, so that a change can clear the errors it caused. */
const pathOf: Partial<Record<keyof FormState, string>> = {
  givenName: "client.givenName", familyName: "client.familyName", street: "client.address.street",
  houseNumber: "client.address.houseNumber", box: "client.address.box", postalCode: "client.address.postalCode",
  municipality: "client.address.municipality", phone: "client.phone", email: "client.email", ocmwId: "ocmwId",
  recipient: "recipient", informed: "consent.informed", given: "consent.given", method: "consent.method", date: "consent.date",
};

/** The postcode, the OCMW and its mailbox are judged together: a change to one may answer a refusal of another. */
const together = ["client.address.postalCode", "ocmwId", "recipient"];

/**
 * The errors still true after `changed` fields got new values: a refusal stays on screen only while its cause does.
 * Returns null when nothing was cleared (the form keeps the same object).
 */
export function clearedErrors(errors: FieldErrors, changed: (keyof FormState)[]): FieldErrors | null {
  const paths = new Set(changed.map((k) => pathOf[k]).filter((p): p is string => !!p));
  if (changed.includes("phone") || changed.includes("email")) paths.add("client.phone").add("client.email");
  if ([...paths].some((p) => together.includes(p))) together.forEach((p) => paths.add(p));
  const kept = Object.fromEntries(Object.entries(errors).filter(([path]) => !paths.has(path)));
  return Object.keys(kept).length === Object.keys(errors).length ? null : kept;
}

/** True when a change of these fields may also answer a general refusal (a team or OCMW the host refused). */
export const touchesRecipient = (changed: (keyof FormState)[]) => changed.some((k) => k === "postalCode" || k === "ocmwId" || k === "recipient");

const serves = (o: DirectoryOcmw | undefined, postcode: string) => !!o && o.postalCodes.includes(postcode.trim());

/**
 * The OCMW that follows a new postcode: the postcode's own OCMW when the worker can choose it; none when the OCMW on
 * screen came from the old postcode and does not serve the new one (3980 → 1000 must not keep Tessenderlo-Ham);
 * undefined to keep the worker's own choice.
 */
export function ocmwForPostcode(ocmws: DirectoryOcmw[], form: FormState, postalCode: string): DirectoryOcmw | null | undefined {
  const match = ocmws.find((o) => o.status === "inForce" && serves(o, postalCode));
  if (match) return match.id === form.ocmwId ? undefined : match;
  const current = ocmws.find((o) => o.id === form.ocmwId);
  return current && serves(current, form.postalCode) && !serves(current, postalCode) ? null : undefined;
}
