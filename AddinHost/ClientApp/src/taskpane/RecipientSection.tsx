import { useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { DirectoryOcmw } from "../api/types";
import type { ComposeRecipients } from "../office/adapter";
import { Email } from "../ui/Breakable";
import { FieldError } from "../ui/TextField";
import { describedBy, fieldId, type FieldErrors } from "../ui/ids";
import { VerdictBadge } from "./VerdictBadge";
import type { Verdicts } from "./hooks";

interface Props {
  ocmws: DirectoryOcmw[];
  suggested: DirectoryOcmw | undefined;
  ocmwId: string;
  recipient: string;
  compose: ComposeRecipients | null;
  verdicts: Verdicts;
  /** The postcode refuses this OCMW: its mailbox is then not "allowed" either, and the postcode's verdict says why. */
  residenceRefused: boolean;
  errors: FieldErrors;
  onOcmw: (id: string) => void;
  onRecipient: (address: string) => void;
  onFixCompose: (from: string, to: string) => void;
}

export function RecipientSection(p: Props) {
  const [changing, setChanging] = useState(false);
  const inForce = p.ocmws.filter((o) => o.status === "inForce");
  const chosen = inForce.find((o) => o.id === p.ocmwId);
  const composeAll = p.compose ? [...p.compose.to, ...p.compose.cc, ...p.compose.bcc] : [];
  const verdictId = `${fieldId("recipient")}-verdict`;
  const verdict = p.recipient ? p.verdicts[p.recipient.toLowerCase()] : undefined;
  // One verdict at a time: no green mailbox beside a red postcode.
  const shownVerdict = p.residenceRefused && verdict && verdict !== "checking" && verdict.verdict === "allowed" ? undefined : verdict;
  const recipientDescribedBy = [describedBy("recipient", p.errors), shownVerdict ? verdictId : ""].filter(Boolean).join(" ");
  return (
    <fieldset>
      <legend>{t.taskpane.ocmwLegend}</legend>
      <div class="field">
        <label for={fieldId("ocmwId")}>
          {t.taskpane.ocmw} <span class="req" aria-hidden="true" title={t.common.required}>*</span>
        </label>
        {p.suggested ? <p class="hint" id={`${fieldId("ocmwId")}-hint`}>{t.taskpane.ocmwSuggested(p.suggested.name)}</p> : null}
        <select
          id={fieldId("ocmwId")}
          value={p.ocmwId}
          aria-invalid={p.errors.ocmwId?.length ? "true" : undefined}
          aria-describedby={describedBy("ocmwId", p.errors) ?? (p.suggested ? `${fieldId("ocmwId")}-hint` : undefined)}
          onChange={(e) => p.onOcmw((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t.taskpane.ocmwChoose}</option>
          {inForce.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError path="ocmwId" errors={p.errors} />
      </div>
      <div class="field">
        <label for={fieldId("recipient")}>{t.taskpane.recipient}</label>
        {changing && chosen && chosen.verifiedMailboxes.length > 1 ? (
          <select
            id={fieldId("recipient")}
            value={p.recipient}
            aria-describedby={recipientDescribedBy || undefined}
            onChange={(e) => p.onRecipient((e.currentTarget as HTMLSelectElement).value)}
          >
            {chosen.verifiedMailboxes.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={fieldId("recipient")}
            type="email"
            readOnly
            value={p.recipient}
            aria-invalid={p.errors.recipient?.length ? "true" : undefined}
            aria-describedby={recipientDescribedBy || undefined}
          />
        )}
        {chosen && chosen.verifiedMailboxes.length > 1 && !changing ? (
          <button type="button" class="link-button" onClick={() => setChanging(true)}>
            {t.taskpane.recipientChange}
          </button>
        ) : null}
        {shownVerdict ? <VerdictBadge id={verdictId} verdict={shownVerdict} onUseSuggestion={p.onRecipient} /> : null}
        <FieldError path="recipient" errors={p.errors} />
      </div>
      {composeAll.length ? (
        <div class="compose-recipients">
          <h2 class="subhead">{t.taskpane.composeLegend}</h2>
          <p class="hint">{t.taskpane.composeHint}</p>
          <ul>
            {composeAll.map((address) => (
              <li key={address}>
                <span class="address">
                  <Email value={address} />
                </span>
                <VerdictBadge verdict={p.verdicts[address.toLowerCase()]} onUseSuggestion={(s) => p.onFixCompose(address, s)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
