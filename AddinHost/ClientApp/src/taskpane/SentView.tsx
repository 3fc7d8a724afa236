import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { postJson } from "../api/client";
import type { DirectoryOcmw, ReferralCreated, ReferralView } from "../api/types";
import { Dictation, PassphraseEntry } from "./PassphraseDictation";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { Breakable } from "../ui/Breakable";
import { formatDateTime } from "../ui/dates";
import { useLeaveGuard } from "../ui/leaveGuard";

interface Props {
  result: ReferralCreated;
  passphrase: string;
  recipient: string;
  ocmw: DirectoryOcmw | undefined;
  /** Tells the pane whether leaving would lose a passphrase nobody has passed on yet. */
  onPending: (pending: boolean) => void;
  onNew: () => void;
}

export function SentView({ result, passphrase, recipient, ocmw, onPending, onNew }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [delivered, setDelivered] = useState<{ at: string; by: string } | null>(null);
  const [deliverError, setDeliverError] = useState("");
  const [confirmLeave, setConfirmLeave] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const l = t.life;
  useEffect(() => heading.current?.focus(), []);
  // The button that was pressed goes with the passphrase: focus moves to what replaced them, not to the page.
  useEffect(() => {
    if (delivered) confirmation.current?.focus();
  }, [delivered]);
  useEffect(() => onPending(delivered === null), [delivered]);
  // Reload or closing the pane: the browser asks, since the passphrase exists nowhere else.
  useLeaveGuard(delivered === null);

  async function markDelivered() {
    setDeliverError("");
    try {
      const r = await postJson<ReferralView>(`/api/referrals/${result.referralId}/passphrase-delivered`, {});
      const entry = r.ok ? r.data.history?.find((h) => h.kind === "passphraseDelivered") : undefined;
      if (r.ok && entry) setDelivered({ at: entry.at, by: entry.actor });
      else setDeliverError(r.ok ? l.deliverFailed : (r.problem.title ?? l.deliverFailed));
    } catch {
      setDeliverError(l.deliverFailed);
    }
  }

  const name = ocmw?.name ?? recipient;
  const phone = ocmw?.socialServicePhone ?? null;
  return (
    <section class="sent" aria-labelledby="sent-title">
      <h2 id="sent-title" tabIndex={-1} ref={heading}>
        {t.taskpane.sentTitle}
      </h2>
      <p>
        <Breakable text={t.taskpane.sentTo(recipient)} />
      </p>
      <dl>
        <dt>{t.taskpane.reference}</dt>
        <dd class="mono reference" data-testid="reference">
          {result.reference}
        </dd>
        {delivered ? null : <PassphraseEntry passphrase={passphrase} />}
      </dl>
      {delivered ? null : <Dictation passphrase={passphrase} name={name} phone={phone} />}
      {delivered ? (
        <p class="confirmation" role="status" data-testid="delivered" tabIndex={-1} ref={confirmation}>
          {l.deliveredAt(formatDateTime(delivered.at), delivered.by)} {l.passphraseGone}
        </p>
      ) : (
        <div class="actions">
          <button type="button" class="primary" onClick={markDelivered}>
            {l.delivered}
          </button>
        </div>
      )}
      {deliverError ? (
        <p class="field-error" role="alert">
          {deliverError}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" class={delivered ? "primary" : "secondary"} onClick={() => (delivered ? onNew() : setConfirmLeave(true))}>
          {t.taskpane.newReferral}
        </button>
      </div>
      {confirmLeave ? (
        <ConfirmDialog
          id="leave"
          title={l.leaveTitle}
          body={l.leaveBody}
          confirm={l.leaveConfirm}
          cancel={l.leaveCancel}
          cancelIsPrimary
          onConfirm={onNew}
          onCancel={() => setConfirmLeave(false)}
        />
      ) : null}
    </section>
  );
}

/**
 * A retry with the same Idempotency-Key found the referral already sent. The host returned its passphrase once, to the
 * attempt whose answer was lost, and kept no copy; so the archive at the OCMW cannot be opened and the worker sends
 * again. The form is kept filled in: a new attempt gets a new key, a new reference and a new passphrase.
 */
export function ReplayedView({ result, onBack }: { result: ReferralCreated; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="sent replayed" aria-labelledby="replayed-title" data-testid="replayed">
      <h2 id="replayed-title" tabIndex={-1} ref={heading}>
        {t.taskpane.replayedTitle}
      </h2>
      <p>{t.taskpane.replayedExplanation(result.reference)}</p>
      <p class="instruction">{t.taskpane.replayedAdvice(result.reference)}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onBack}>
          {t.taskpane.backToForm}
        </button>
      </div>
    </section>
  );
}
