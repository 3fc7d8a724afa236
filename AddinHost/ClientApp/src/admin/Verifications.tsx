import { useEffect, useState } from "preact/hooks";
import { StatusLine, useStatus } from "../ui/StatusLine";
import { t } from "../i18n/nl-BE";
import { api, postJson } from "../api/client";
import type { MailboxVerification, OcmwDto, VerificationSent } from "../api/types";
import { TextField } from "../ui/TextField";
import type { FieldErrors } from "../ui/ids";
import { groups } from "../taskpane/PassphraseDictation";
import { formatDateTime } from "../ui/dates";
import { Breakable } from "../ui/Breakable";

const v = t.admin.verification;
const when = (iso: string | null) => (iso ? formatDateTime(iso) : "");

/**
 * Verification of each agreed mailbox with the OCMW: send an archive (the passphrase shows here once, to phone),
 * then enter the code the OCMW reads back from it. Until then the workers cannot refer to that mailbox.
 * `refresh` changes when the page reloads its data (window focus): the list follows. `ocmws`: the entries as the page
 * loaded them; a verified mailbox of an entry without a team still receives nothing.
 */
export function Verifications({ refresh, ocmws }: { refresh: number; ocmws: OcmwDto[] }) {
  const [items, setItems] = useState<MailboxVerification[] | null>(null);
  const [version, setVersion] = useState(0);
  const [sent, setSent] = useState<VerificationSent | null>(null);
  const [status, say] = useStatus();
  useEffect(() => {
    api<MailboxVerification[]>("/api/admin/verifications").then((r) => setItems(r.ok ? r.data : []));
  }, [version, refresh]);
  if (!items) return <p aria-busy="true">{t.common.loading}</p>;
  const reload = (text: string) => {
    say(text);
    setVersion((n) => n + 1);
  };
  return (
    <div data-testid="verifications">
      <p class="intro">{v.intro}</p>
      <StatusLine status={status} />
      {sent ? <SentPassphrase sent={sent} onClose={() => setSent(null)} /> : null}
      <ul class="cards">
        {items.map((item) => (
          <MailboxCard
            key={`${item.ocmwId}/${item.mailbox}`}
            item={item}
            onSent={(s) => {
              setSent(s);
              reload(v.sentStatus(s.mailbox));
            }}
            onConfirmed={() => {
              const entry = ocmws.find((o) => o.id === item.ocmwId);
              reload(entry && !entry.teamGroupIds?.length ? v.confirmedTeamless(item.ocmwName) : v.confirmed);
            }}
            onChanged={reload}
          />
        ))}
      </ul>
    </div>
  );
}

function MailboxCard({ item, onSent, onConfirmed, onChanged }: {
  item: MailboxVerification;
  onSent: (s: VerificationSent) => void;
  onConfirmed: () => void;
  onChanged: (message: string) => void;
}) {
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState("");
  const [busy, setBusy] = useState(false);
  // The count after a wrong code comes with the refusal; the card must not go on saying one attempt more than the error.
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => setLeft(null), [item.verificationId, item.attemptsLeft]);
  const path = `code-${item.ocmwId}-${item.mailbox.replace(/[^a-z0-9]/gi, "-")}`;
  async function send() {
    setBusy(true);
    const r = await postJson<VerificationSent>(`/api/admin/ocmws/${encodeURIComponent(item.ocmwId)}/verifications`, { mailbox: item.mailbox });
    setBusy(false);
    if (r.ok) return onSent(r.data);
    setGeneral(r.problem.errors ? Object.values(r.problem.errors).flat().join(" ") : (r.problem.title ?? t.common.unexpected));
  }
  async function confirm(e: Event) {
    e.preventDefault();
    if (!item.verificationId) return;
    setBusy(true);
    const r = await postJson(`/api/admin/verifications/${item.verificationId}/confirmation`, { code });
    setBusy(false);
    if (r.ok) return onConfirmed();
    const message = r.problem.errors?.code?.join(" ") ?? r.problem.title ?? t.common.unexpected;
    setErrors({ [path]: [message] });
    if (typeof r.problem.attemptsLeft === "number") setLeft(r.problem.attemptsLeft);
    // A voided or superseded archive changes the card's state: reload it, keeping the explanation.
    if (r.status === 409) onChanged(message);
  }
  const state = item.state;
  return (
    <li class="card" data-mailbox={item.mailbox} data-state={state}>
      <p class="card-title">
        <strong>{item.ocmwName}</strong> <span class={`badge ${state}`}>{v.states[state]}</span>
      </p>
      <p class="mono"><Breakable text={item.mailbox} /></p>
      {state === "verified" ? <p class="hint">{v.verifiedBy(item.verifiedBy ?? "", when(item.verifiedAt))}</p> : null}
      {state === "pending" ? <p class="hint">{v.pendingSince(item.sentBy ?? "", when(item.sentAt), left ?? item.attemptsLeft ?? 0)}</p> : null}
      {state === "unverified" && item.lastOutcome === "voided" ? <p class="hint">{v.voidedBefore}</p> : null}
      {state === "pending" && item.sentByYou ? (
        <>
          <p class="notice" data-testid="own-archive">
            {v.ownArchive}
          </p>
          <div class="actions">
            <button type="button" class="secondary" disabled={busy} onClick={send} aria-label={`${v.resend}: ${item.mailbox}`}>
              {v.resend}
            </button>
          </div>
        </>
      ) : null}
      {state === "pending" && !item.sentByYou ? (
        <form onSubmit={confirm} noValidate>
          <TextField path={path} label={v.codeLabel} value={code} errors={errors} onInput={setCode} inputMode="numeric" hint={v.codeHint} required />
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {v.confirm}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={send} aria-label={`${v.resend}: ${item.mailbox}`}>
              {v.resend}
            </button>
          </div>
        </form>
      ) : null}
      {state === "unverified" ? (
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={send} aria-label={`${v.send}: ${item.mailbox}`}>
            {v.send}
          </button>
        </div>
      ) : null}
      {general ? (
        <p class="field-error" role="alert">
          {general}
        </p>
      ) : null}
    </li>
  );
}

/** The passphrase of the archive just sent: shown once, here only; the host keeps no copy. */
function SentPassphrase({ sent, onClose }: { sent: VerificationSent; onClose: () => void }) {
  return (
    <section class="sent" aria-labelledby="verification-sent-title" data-testid="verification-sent">
      <h2 id="verification-sent-title">{v.sentTitle}</h2>
      <p>{v.sentTo(sent.mailbox, sent.reference)}</p>
      <p class="label">{v.passphrase}</p>
      <p class="mono passphrase" data-testid="verification-passphrase" data-value={sent.passphrase}>
        {groups(sent.passphrase).map((g, i) => (
          <span key={i} class={g === "-" ? "dash" : "group"}>
            {g}
          </span>
        ))}
      </p>
      <p class="instruction">{v.passphraseInstruction}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          {v.hidePassphrase}
        </button>
      </div>
    </section>
  );
}
