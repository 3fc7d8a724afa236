import { useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { postJson } from "../api/client";
import type { ImportResult, ImportRow } from "../api/types";

const m = t.admin.import;

/** `mailboxes[0]` → "Mailboxen van de sociale dienst 1": the same message on two fields must say which. */
function fieldLabel(field: string): string {
  const [, root, index] = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(field) ?? [];
  const label = (t.admin.fields as Record<string, string>)[root ?? ""];
  if (!label) return "";
  return index !== undefined ? `${label} ${Number(index) + 1}` : label;
}

const withField = (field: string, message: string) => (fieldLabel(field) ? `${fieldLabel(field)}: ${message}` : message);

/**
 * Bulk import of the spreadsheet of signed protocols (CSV, `;`-separated). The preview runs every entry check per row;
 * the import turns the acceptable rows into proposals that a second administrator approves one by one.
 */
export function Import({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const [result, setResult] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function choose(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setResult(null);
    setImported(false);
    setError("");
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
  }

  async function run(path: string, body: unknown, done: boolean) {
    setBusy(true);
    const r = await postJson<ImportResult>(path, body);
    setBusy(false);
    if (!r.ok) {
      setResult(null);
      setError(r.problem.errors ? Object.values(r.problem.errors).flat().join(" ") : (r.problem.title ?? t.common.unexpected));
      return;
    }
    setError("");
    setResult(r.data);
    setImported(done);
    if (done) onImported();
  }

  const warnings = result?.rows.some((r) => r.status === "warning") ?? false;
  return (
    <div data-testid="import">
      <p class="intro">{m.intro}</p>
      <div class="field">
        <label for="import-file">{m.file}</label>
        <p class="hint" id="import-file-hint">{m.fileHint}</p>
        <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint" onChange={choose} />
      </div>
      <div class="actions">
        <button type="button" class="secondary" disabled={!csv || busy} onClick={() => run("/api/admin/import/preview", { csv }, false)}>
          {m.preview}
        </button>
      </div>
      {error ? (
        <p class="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <p class="status-line" role="status" aria-live="polite">
        {result ? (imported ? m.importedSummary(result.proposed, result.total) : m.previewSummary(fileName, result.importable, result.total)) : ""}
      </p>
      {result ? (
        <>
          <ul class="cards" aria-label={m.rows}>
            {result.rows.map((row) => (
              <RowCard key={row.line} row={row} />
            ))}
          </ul>
          {!imported ? (
            <div class="import-actions">
              {warnings ? (
                <div class="check">
                  <input id="import-confirm" type="checkbox" checked={confirm} onChange={(e) => setConfirm((e.currentTarget as HTMLInputElement).checked)} />
                  <label for="import-confirm">{m.confirmWarnings}</label>
                </div>
              ) : null}
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  disabled={busy || result.importable === 0}
                  onClick={() => run("/api/admin/import", { csv, confirmWarnings: confirm }, true)}
                >
                  {m.importButton}
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function RowCard({ row }: { row: ImportRow }) {
  return (
    <li class="card" data-line={row.line} data-status={row.status}>
      <p class="card-title">
        <strong>{m.line(row.line)}: {row.name ?? row.id ?? m.unnamed}</strong> <span class={`badge ${row.status}`}>{m.statuses[row.status]}</span>
      </p>
      <p class="hint">{row.kind === "update" ? m.update(row.id ?? "") : m.create(row.id ?? "")}</p>
      {row.errors.length ? (
        <ul class="issues errors">
          {row.errors.map((e, i) => (
            <li key={i} data-code={e.code}>
              {withField(e.field, e.message)}
            </li>
          ))}
        </ul>
      ) : null}
      {row.warnings.length ? (
        <ul class="issues warnings">
          {row.warnings.map((e, i) => (
            <li key={i} data-code={e.code}>
              {m.warning}: {withField(e.field, e.message)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
