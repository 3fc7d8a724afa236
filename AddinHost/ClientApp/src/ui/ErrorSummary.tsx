import { useEffect, useRef } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { fieldId, type FieldErrors } from "./ids";

interface Props {
  errors: FieldErrors;
  general: string[];
  labels: Record<string, string>;
  /** Bumped on every failed submit so focus moves here again. */
  focusKey: number;
}

/** The error summary at the top of a form; receives focus after a failed submit. */
export function ErrorSummary({ errors, general, labels, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = inFormOrder(Object.entries(errors).filter(([, m]) => m.length));
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (!entries.length && !general.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t.common.errorSummaryTitle}</h2>
      <ul>
        {general.map((m) => (
          <li key={m}>{m}</li>
        ))}
        {entries.map(([path, messages]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(path))?.focus();
              }}
            >
              {labelFor(labels, path)}
              {messages.join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The host reports errors in its own order; the summary lists them as the fields stand on screen, top to bottom, so
 * the first link is the first field to fix. A path without a field on screen goes last.
 */
function inFormOrder(entries: [string, string[]][]): [string, string[]][] {
  const at = (path: string) => document.getElementById(fieldId(path));
  return [...entries].sort(([a], [b]) => {
    const [x, y] = [at(a), at(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** "mailboxes[1]" → "Mailboxen … 2: " when only the list itself has a label. */
function labelFor(labels: Record<string, string>, path: string): string {
  const item = /^(.*)\[(\d+)\]$/.exec(path);
  const label = labels[path] ?? (item && labels[item[1]] ? `${labels[item[1]]} ${Number(item[2]) + 1}` : "");
  return label ? `${label.replace(/[?:]$/, "")}: ` : "";
}
