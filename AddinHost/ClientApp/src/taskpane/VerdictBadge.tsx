import { t } from "../i18n/nl-BE";
import type { RecipientResult } from "../api/types";
import { Breakable } from "../ui/Breakable";

interface Props {
  verdict: RecipientResult | "checking" | undefined;
  id?: string;
  onUseSuggestion?: (address: string) => void;
}

/** The policy verdict for one address: colour and word (never colour alone), reason, and a one-click fix. */
export function VerdictBadge({ verdict, id, onUseSuggestion }: Props) {
  if (!verdict) return null;
  if (verdict === "checking")
    return (
      <p class="verdict checking" id={id}>
        {t.taskpane.verdict.checking}
      </p>
    );
  const label = t.taskpane.verdict[verdict.verdict];
  return (
    <div class={`verdict ${verdict.verdict}`} id={id} data-verdict={verdict.verdict}>
      <span class="verdict-label">
        <span aria-hidden="true">{verdict.verdict === "allowed" ? "✓" : verdict.verdict === "warning" ? "!" : "✕"}</span> {label}
      </span>
      {verdict.verdict !== "allowed" && verdict.message ? (
        <span class="verdict-message">
          <Breakable text={verdict.message} />
        </span>
      ) : null}
      {verdict.suggestion && onUseSuggestion ? (
        <button type="button" class="link-button" onClick={() => onUseSuggestion(verdict.suggestion!)}>
          <Breakable text={t.taskpane.useSuggestion(verdict.suggestion)} />
        </button>
      ) : null}
    </div>
  );
}
