import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { ReferralCreated } from "../api/types";

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

export function SentView({ result, passphrase, recipient, onNew }: { result: ReferralCreated; passphrase: string; recipient: string; onNew: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<"" | "ok" | "failed">("");
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="sent" aria-labelledby="sent-title">
      <h2 id="sent-title" tabIndex={-1} ref={heading}>
        {t.taskpane.sentTitle}
      </h2>
      <p>{t.taskpane.sentTo(recipient)}</p>
      <dl>
        <dt>{t.taskpane.reference}</dt>
        <dd class="mono reference" data-testid="reference">
          {result.reference}
        </dd>
        <dt>{t.taskpane.passphrase}</dt>
        <dd class="mono passphrase" data-testid="passphrase" data-value={passphrase}>
          {groups(passphrase).map((g, i) => (
            <span key={i} class={g === "-" ? "dash" : "group"}>
              {g}
            </span>
          ))}
        </dd>
      </dl>
      <p class="instruction">{t.taskpane.passphraseInstruction}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={async () => setCopyState((await copy(passphrase)) ? "ok" : "failed")}>
          {t.taskpane.copy}
        </button>
        <button type="button" class="primary" onClick={onNew}>
          {t.taskpane.newReferral}
        </button>
      </div>
      <p class="status-line" aria-live="polite">
        {copyState === "ok" ? t.taskpane.copied : copyState === "failed" ? t.taskpane.copyFailed : ""}
      </p>
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
