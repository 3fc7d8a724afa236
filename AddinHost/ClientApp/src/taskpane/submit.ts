import { t } from "../i18n/nl-BE";
import { NetworkError, postJson } from "../api/client";
import type { ReferralCreated } from "../api/types";
import type { FieldErrors } from "../ui/ids";
import { newIdempotencyKey, toRequest, type FormState } from "./form";

export type SubmitOutcome =
  | { kind: "sent"; result: ReferralCreated }
  | { kind: "duplicate"; earlierReference: string; earlierSentAt: string }
  | { kind: "failed"; errors: FieldErrors; general: string[] };

/**
 * One Idempotency-Key per attempt of the same form content: retrying after a lost answer (network error, a gateway's
 * 502) reuses the key, so the host answers with the first result instead of sending twice. Once the host has recorded
 * an outcome that a retry cannot change (invalid input, a failed send), the next try is a new attempt with a new key.
 */
export class Submitter {
  private attempt: { key: string; body: string } | undefined;

  /** `confirmDuplicate`: the worker saw the team's earlier referral of this client and sends anyway (a new attempt). */
  async submit(form: FormState, confirmDuplicate = false): Promise<SubmitOutcome> {
    const request = confirmDuplicate ? { ...toRequest(form), confirmDuplicate } : toRequest(form);
    const body = JSON.stringify(request);
    if (this.attempt?.body !== body) this.attempt = { key: newIdempotencyKey(), body };
    try {
      const r = await postJson<ReferralCreated>("/api/referrals", request, { "Idempotency-Key": this.attempt.key });
      if (r.ok) {
        this.attempt = undefined;
        return { kind: "sent", result: r.data };
      }
      const p = r.problem;
      if (r.status === 409 && p.code === "possible_duplicate" && p.earlierReference && p.earlierSentAt) {
        // Nothing was recorded or sent: sending anyway is another body, so another key.
        this.attempt = undefined;
        return { kind: "duplicate", earlierReference: p.earlierReference, earlierSentAt: p.earlierSentAt };
      }
      const errors: FieldErrors = { ...(p.errors ?? {}) };
      for (const v of p.verdicts ?? []) if (v.verdict === "blocked") errors.recipient = [...(errors.recipient ?? []), v.message];
      const general = Object.keys(errors).length ? [] : [p.detail ?? p.title ?? t.common.unexpected];
      // Neither a validation failure nor a recorded failed send changes on replay: the next try gets a new key.
      if (r.status === 400 || r.status === 422 || p.code === "mail_send_failed") this.attempt = undefined;
      return { kind: "failed", errors, general };
    } catch (error) {
      return { kind: "failed", errors: {}, general: [error instanceof NetworkError ? t.common.networkError : t.common.unexpected] };
    }
  }
}
