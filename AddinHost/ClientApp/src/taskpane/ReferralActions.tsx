import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api, postJson } from "../api/client";
import type { IncidentView, ReferralView } from "../api/types";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { TextField } from "../ui/TextField";
import type { FieldErrors } from "../ui/ids";
import { today } from "./form";
import { brusselsWallTimeToIso } from "../ui/dates";
import { StatusLine, useStatus } from "../ui/StatusLine";

type Open = "" | "withdraw" | "incident";

/**
 * Withdrawal and incident report for one referral; each asks for confirmation and says what was done. A passphrase not
 * yet registered as passed on can be registered here later: the pane showed it once, and the worker may have phoned it
 * without pressing the button (or must send again, since the OCMW cannot open the archive without it).
 */
export function ReferralActions({ referral, onChanged }: { referral: ReferralView; onChanged: (v: ReferralView) => void }) {
  const l = t.life;
  const [open, setOpen] = useState<Open>("");
  const [date, setDate] = useState(today());
  const [kind, setKind] = useState("");
  const [when, setWhen] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  // The dialog or button that was used is gone: the message saying what was done takes the focus (StatusLine).
  const [message, setMessage] = useStatus();

  // A refused confirmation keeps its dialog open: focus goes to the field at fault, not stays on the button pressed.
  useEffect(() => {
    const first = ["kind", "occurredAt", "date"].find((k) => errors[k]?.length);
    if (first === "kind") document.querySelector<HTMLInputElement>("input[name=kind]")?.focus();
    else if (first) document.getElementById(`f-${first}`)?.focus();
  }, [errors]);

  async function markDelivered() {
    const r = await postJson<ReferralView>(`/api/referrals/${referral.referralId}/passphrase-delivered`, {});
    setMessage(r.ok ? l.deliveredLater(referral.reference) : (r.problem.title ?? l.deliverFailed));
    if (r.ok) onChanged(r.data);
  }

  async function withdraw() {
    const r = await postJson<ReferralView>(`/api/referrals/${referral.referralId}/withdrawal`, { date });
    if (!r.ok) return setErrors(r.problem.errors ?? { date: [r.problem.title ?? t.common.unexpected] });
    setOpen("");
    const noticeSent = r.data.history?.some((h) => h.kind === "withdrawalNoticeSent");
    setMessage(noticeSent ? l.withdrawn(referral.reference) : l.withdrawnNoticeFailed(referral.reference));
    onChanged(r.data);
  }

  async function report() {
    const occurredAt = when ? brusselsWallTimeToIso(when) : null;
    const r = await postJson<IncidentView>(`/api/referrals/${referral.referralId}/incidents`, { kind, occurredAt });
    if (!r.ok) return setErrors(r.problem.errors ?? { kind: [r.problem.title ?? t.common.unexpected] });
    setOpen("");
    setMessage(l.incidentReported(referral.reference));
    const view = await api<ReferralView>(`/api/referrals/${referral.referralId}`);
    if (view.ok) onChanged(view.data);
  }

  const start = (o: Open) => {
    setErrors({});
    setMessage("");
    setOpen(o);
  };
  const undelivered = referral.status === "sent" && !referral.passphraseDeliveredAt;
  return (
    <div>
      {undelivered ? (
        <div class="notice undelivered" data-testid="undelivered">
          <p>{l.undelivered}</p>
          <div class="actions">
            <button type="button" class="secondary" onClick={markDelivered}>
              {l.registerDelivered}
            </button>
          </div>
        </div>
      ) : null}
      <div class="actions">
        {referral.status !== "withdrawn" ? (
          <button type="button" class="secondary" onClick={() => start("withdraw")}>
            {l.withdraw}
          </button>
        ) : null}
        <button type="button" class="secondary" onClick={() => start("incident")}>
          {l.incident}
        </button>
      </div>
      <StatusLine status={message} className="confirmation" testId="action-message" />
      {open === "withdraw" ? (
        <ConfirmDialog
          id="withdraw"
          title={l.withdrawTitle(referral.reference)}
          body={l.withdrawBody}
          confirm={l.withdrawConfirm}
          cancel={t.common.cancel}
          danger
          onConfirm={withdraw}
          onCancel={() => setOpen("")}
        >
          <TextField path="date" label={l.withdrawDate} type="date" value={date} max={today()} errors={errors} onInput={setDate} required />
        </ConfirmDialog>
      ) : null}
      {open === "incident" ? (
        <ConfirmDialog
          id="incident"
          title={l.incidentTitle(referral.reference)}
          body={l.incidentBody}
          confirm={l.incidentConfirm}
          cancel={t.common.cancel}
          danger
          onConfirm={report}
          onCancel={() => setOpen("")}
        >
          <fieldset class="stack" aria-describedby={errors.kind ? "f-kind-error" : undefined}>
            <legend>{l.incidentKind}</legend>
            {Object.entries(l.incidentKinds).map(([value, label]) => (
              <label key={value} class="radio">
                <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} /> {label}
              </label>
            ))}
            {errors.kind ? (
              <p class="field-error" id="f-kind-error">
                {errors.kind.join(" ")}
              </p>
            ) : null}
          </fieldset>
          <div class="field">
            <label for="f-occurredAt">{l.incidentWhen}</label>
            <input id="f-occurredAt" type="datetime-local" value={when} onInput={(e) => setWhen((e.currentTarget as HTMLInputElement).value)} />
            {errors.occurredAt ? <p class="field-error">{errors.occurredAt.join(" ")}</p> : null}
          </div>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
