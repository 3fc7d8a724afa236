import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { postJson } from "../api/client";
import type { DirectoryOcmw, ReferralCreated, ReferralView } from "../api/types";
import { alphabetName, spell } from "./spelling";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { Breakable } from "../ui/Breakable";
import { formatDateTime } from "../ui/dates";
import { useLeaveGuard } from "../ui/leaveGuard";

/**
 * Splits the passphrase into dictation groups and the dashes between them. The dashes are part of the passphrase
 * (7-Zip refuses it without them), so they stay visible: what the worker reads out is exactly what the OCMW types.
 */
export function groups(passphrase: string): string[] {
  return passphrase.split(/(-)/).filter(Boolean);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fallback for hosts where the async clipboard API is blocked (older Office webviews).
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

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
  const [copyState, setCopyState] = useState<"" | "ok" | "failed">("");
  const [spelled, setSpelled] = useState(false);
  const [delivered, setDelivered] = useState<{ at: string; by: string } | null>(null);
  const [deliverError, setDeliverError] = useState("");
  const [confirmLeave, setConfirmLeave] = useState(false);
  const l = t.life;
  useEffect(() => heading.current?.focus(), []);
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
        <dt>{t.taskpane.passphrase}</dt>
        <dd
          class="mono passphrase"
          data-testid="passphrase"
          data-value={passphrase}
          onCopy={(e) => {
            // Whatever part of the box is selected, the clipboard gets the passphrase exactly: no spaces, no breaks.
            e.clipboardData?.setData("text/plain", passphrase);
            e.preventDefault();
          }}
        >
          {groups(passphrase).map((g, i) => (
            <span key={i} class={g === "-" ? "dash" : "group"}>
              {g}
            </span>
          ))}
        </dd>
      </dl>
      <div class="call" data-testid="call">
        <h3>{l.callTitle}</h3>
        {phone ? (
          <p>
            {l.call(name)}{" "}
            <a href={`tel:${phone.tel}`} class="phone">
              {phone.display}
            </a>
          </p>
        ) : (
          <p>{l.noPhone(name)}</p>
        )}
        <p class="instruction">
          <strong>{l.howToType}</strong> {t.taskpane.passphraseInstruction}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={async () => setCopyState((await copy(passphrase)) ? "ok" : "failed")}>
          {t.taskpane.copy}
        </button>
        <button type="button" class="secondary" aria-expanded={spelled ? "true" : "false"} aria-controls="spelling" onClick={() => setSpelled(!spelled)}>
          {spelled ? l.spellHide : l.spellShow}
        </button>
      </div>
      <p class="status-line" aria-live="polite">
        {copyState === "ok" ? t.taskpane.copied : copyState === "failed" ? t.taskpane.copyFailed : ""}
      </p>
      <div id="spelling" hidden={!spelled}>
        {spelled ? (
          <>
            <p>{l.spellCaption(alphabetName)}</p>
            <ol class="spelling" data-testid="spelling">
              {[...passphrase].map((c, i) => (
                <li key={i}>{spell(c)}</li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
      {delivered ? (
        <p class="confirmation" role="status" data-testid="delivered">
          {l.deliveredAt(formatDateTime(delivered.at), delivered.by)}
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
