import { useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { DirectoryOcmw } from "../api/types";
import { alphabetName, spell } from "./spelling";

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

/** The passphrase as the worker reads it out; gone from the pane once it was passed on. */
export function PassphraseEntry({ passphrase }: { passphrase: string }) {
  return (
    <>
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
    </>
  );
}

/** Whom to call, how to say it, and the copy and spelling aids: only while the passphrase is still to be passed on. */
export function Dictation({ passphrase, name, phone }: { passphrase: string; name: string; phone: DirectoryOcmw["socialServicePhone"] }) {
  const [copyState, setCopyState] = useState<"" | "ok" | "failed">("");
  const [spelled, setSpelled] = useState(false);
  const l = t.life;
  return (
    <>
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
    </>
  );
}
