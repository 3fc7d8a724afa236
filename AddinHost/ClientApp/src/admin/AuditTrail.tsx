import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { AuditItem, Page } from "../api/types";
import { Cell, Row, StackTable } from "../ui/StackTable";
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
    <div data-testid="audit">
      <StackTable caption={t.admin.tabs.audit} columns={[a.at, a.actor, a.action, a.entity, a.change]}>
        {data.items.map((item) => (
          <Row key={item.id}>
            <Cell label={a.at}>{new Date(item.at).toLocaleString("nl-BE")}</Cell>
            <Cell label={a.actor}>
              <span>
                {item.actor}
                {item.proposedBy && item.proposedBy !== item.actor ? (
                  <span class="hint">{` (${a.proposedBy(item.proposedBy, new Date(item.proposedAt ?? item.at).toLocaleString("nl-BE"))})`}</span>
                ) : null}
              </span>
            </Cell>
            <Cell label={a.action}>{a.actions[item.action] ?? item.action}</Cell>
            <Cell label={a.entity}>{show(item.after?.name ?? item.before?.name ?? item.entityId)}</Cell>
            <Cell label={a.change}>
              <ul class="changes">
                {changes(item.before, item.after).map((c) => (
                  <li key={c.label}>
                    <span class="change-label">{c.label}:</span>{" "}
                    {c.before === null ? c.after : `${c.before} → ${c.after}`}
                  </li>
                ))}
              </ul>
            </Cell>
          </Row>
        ))}
      </StackTable>
      <Pager page={page} total={data.total} pageSize={pageSize} onPage={setPage} />
    </div>
  );
}
