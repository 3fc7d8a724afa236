import { t } from "../i18n/nl-BE";
import type { ReferralRequest } from "../api/types";
import type { FieldErrors } from "../ui/ids";
import { todayInBrussels } from "../ui/dates";

export interface FormState {
  givenName: string; familyName: string; street: string; houseNumber: string; box: string;
  postalCode: string; municipality: string; phone: string; email: string;
  ocmwId: string; recipient: string;
  informed: boolean; given: boolean; method: "" | "mondeling" | "schriftelijk"; date: string;
}

/** Today as the host counts it (Brussels), yyyy-MM-dd: the default and the latest date a worker can give. */
export const today = () => todayInBrussels();

export const emptyForm = (): FormState => ({
  givenName: "", familyName: "", street: "", houseNumber: "", box: "", postalCode: "", municipality: "",
  phone: "", email: "", ocmwId: "", recipient: "", informed: false, given: false, method: "", date: today(),
});

/** True when the worker typed anything about the client (the OCMW, consent and date alone are quickly redone). */
export const hasClientData = (f: FormState) =>
  [f.givenName, f.familyName, f.street, f.houseNumber, f.box, f.postalCode, f.municipality, f.phone, f.email].some((v) => v.trim() !== "");

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function toRequest(f: FormState): ReferralRequest {
  return {
    ocmwId: f.ocmwId,
    recipient: f.recipient,
    client: {
      givenName: f.givenName.trim(),
      familyName: f.familyName.trim(),
      address: {
        street: f.street.trim(), houseNumber: f.houseNumber.trim(), box: orNull(f.box),
        postalCode: f.postalCode.trim(), municipality: f.municipality.trim(),
      },
      phone: orNull(f.phone),
      email: orNull(f.email),
    },
    consent: { informed: f.informed, given: f.given, method: f.method, date: f.date },
  };
}

/** Field path (as the host names it) → label, for the error summary. */
export const fieldLabels: Record<string, string> = {
  "client.givenName": t.taskpane.givenName,
  "client.familyName": t.taskpane.familyName,
  "client.address.street": t.taskpane.street,
  "client.address.houseNumber": t.taskpane.houseNumber,
  "client.address.box": t.taskpane.box,
  "client.address.postalCode": t.taskpane.postalCode,
  "client.address.municipality": t.taskpane.municipality,
  "client.phone": t.taskpane.phone,
  "client.email": t.taskpane.email,
  ocmwId: t.taskpane.ocmw,
  recipient: t.taskpane.recipient,
  "consent.informed": t.taskpane.consentLegend,
  "consent.given": t.taskpane.consentLegend,
  "consent.method": t.taskpane.method,
  "consent.date": t.taskpane.date,
};

/** Quick checks before sending; the host validates everything again (phone numbers, addresses, policy). */
export function validate(f: FormState): FieldErrors {
  const e: FieldErrors = {};
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) e[path] = [message];
  };
  const m = t.taskpane.errors;
  need(!!f.givenName.trim(), "client.givenName", m.givenName);
  need(!!f.familyName.trim(), "client.familyName", m.familyName);
  need(!!f.street.trim(), "client.address.street", m.street);
  need(!!f.houseNumber.trim(), "client.address.houseNumber", m.houseNumber);
  need(/^\d{4}$/.test(f.postalCode.trim()), "client.address.postalCode", m.postalCode);
  need(!!f.municipality.trim(), "client.address.municipality", m.municipality);
  need(!!(f.phone.trim() || f.email.trim()), "client.phone", m.contact);
  need(!f.email.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim()), "client.email", m.email);
  need(!!f.ocmwId, "ocmwId", m.ocmw);
  // Without an OCMW there is no mailbox either: the OCMW's own error says what to do.
  need(!f.ocmwId || !!f.recipient, "recipient", m.recipient);
  need(f.informed, "consent.informed", m.informed);
  need(f.given, "consent.given", m.given);
  need(!!f.method, "consent.method", m.method);
  need(!!f.date && f.date <= today(), "consent.date", m.date);
  return e;
}

/** Stable RFC 4122 v4 id; crypto.randomUUID exists only in secure contexts. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
