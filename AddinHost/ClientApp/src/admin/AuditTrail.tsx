import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { AuditItem, Page } from "../api/types";
import { Pager } from "./Pager";

const pageSize = 50;

type Snapshot = Record<string, unknown> | null;
export interface Change { label: string; before: string | null; after: string }

const fields = t.admin.fields as Record<string, string>;

/** "opgroeienDpo.email" → "DPO Opgroeien – E-mail": the admin form's own Dutch labels, never the JSON keys. */
const labelOf = (key: string) =>
  key
    .split(".")
    .map((part) => fields[part] ?? part)
    .join(" – ");

const show = (v: unknown): string =>
  v === undefined || v === null || v === "" ? "–" : Array.isArray(v) ? (v.length ? v.join(", ") : "–") : String(v);

/** Nested objects (the DPO contacts) become one entry per field, keyed "parent.child". */
function flatten(o: Snapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o ?? {})) {
    if (v && typeof v === "object" && !Array.isArray(v)) for (const [ck, cv] of Object.entries(v)) out[`${k}.${ck}`] = cv;
    else out[k] = v;
  }
  return out;
}

/** Only the fields that changed, with Dutch labels and readable values (lists joined, empty as "–"). */
export function changes(before: Snapshot, after: Snapshot): Change[] {
  const b = flatten(before);
  const a = flatten(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => show(b[k]) !== show(a[k]))
    .map((k) => ({ label: labelOf(k), before: before ? show(b[k]) : null, after: show(a[k]) }));
}

/** The read-only audit trail of protocol changes. */
export function AuditTrail() {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<AuditItem> | null>(null);
  useEffect(() => {
    api<Page<AuditItem>>(`/api/admin/audit?page=${page}`).then((r) => setData(r.ok ? r.data : { items: [], total: 0 }));
  }, [page]);
  if (!data) return <p aria-busy="true">{t.common.loading}</p>;
  if (!data.items.length) return <p>{t.admin.audit.empty}</p>;
  const a = t.admin.audit;
  return (
    <div class="table-wrap" data-testid="audit">
      <table>
        <caption class="sr-only">{t.admin.tabs.audit}</caption>
        <thead>
          <tr>
            <th scope="col">{a.at}</th>
            <th scope="col">{a.actor}</th>
            <th scope="col">{a.action}</th>
            <th scope="col">{a.entity}</th>
            <th scope="col">{a.change}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => (
            <tr key={item.id}>
              <td>{new Date(item.at).toLocaleString("nl-BE")}</td>
              <td>
                {item.actor}
                {item.proposedBy && item.proposedBy !== item.actor ? (
                  <span class="hint">{` (${a.proposedBy(item.proposedBy, new Date(item.proposedAt ?? item.at).toLocaleString("nl-BE"))})`}</span>
                ) : null}
              </td>
              <td>{a.actions[item.action] ?? item.action}</td>
              <td>{show(item.after?.name ?? item.before?.name ?? item.entityId)}</td>
              <td>
                <ul class="changes">
                  {changes(item.before, item.after).map((c) => (
                    <li key={c.label}>
                      <span class="change-label">{c.label}:</span>{" "}
                      {c.before === null ? c.after : `${c.before} → ${c.after}`}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} total={data.total} pageSize={pageSize} onPage={setPage} />
    </div>
  );
}
