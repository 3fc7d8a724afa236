import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { AuditItem, Page } from "../api/types";
import { Cell, Row, StackTable } from "../ui/StackTable";
import { Pager } from "./Pager";
import { formatDate, formatDateTime } from "../ui/dates";
import { Breakable, Email } from "../ui/Breakable";

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

const words = t.admin.audit;
const dateFields = new Set(["signedOn", "inForceFrom", "endedOn"]);

/** A value as a person reads it: lists joined, empty as "–", yes/no in words, dates in the Belgian form. */
const show = (v: unknown, key = ""): string =>
  v === undefined || v === null || v === "" ? "–"
  : Array.isArray(v) ? (v.length ? v.join(", ") : "–")
  : typeof v === "boolean" ? (v ? words.yes : words.no)
  : dateFields.has(key) ? formatDate(String(v))
  : String(v);

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
    .map((k) => ({ label: labelOf(k), before: before ? show(b[k], k) : null, after: show(a[k], k) }));
}

/**
 * What an entry that is no protocol snapshot records (a verification, a client lookup), in Dutch words. The OCMW's key
 * is left out: the Protocol column names the OCMW.
 */
export function details(after: Snapshot): Change[] {
  return Object.entries(after ?? {})
    .filter(([k]) => k !== "ocmwId")
    .map(([k, v]) => ({ label: words.details[k] ?? k, before: null, after: words.values[k]?.[String(v)] ?? show(v, k) }));
}

/** The read-only audit trail of protocol changes; `refresh` changes when the page reloads its data (window focus). */
export function AuditTrail({ refresh }: { refresh: number }) {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<AuditItem> | null>(null);
  useEffect(() => {
    api<Page<AuditItem>>(`/api/admin/audit?page=${page}`).then((r) => setData(r.ok ? r.data : { items: [], total: 0 }));
  }, [page, refresh]);
  if (!data) return <p aria-busy="true">{t.common.loading}</p>;
  if (!data.items.length) return <p>{t.admin.audit.empty}</p>;
  const a = words;
  return (
    <div data-testid="audit">
      <StackTable caption={t.admin.tabs.audit} columns={[a.at, a.actor, a.action, a.entity, a.change]}>
        {data.items.map((item) => (
          <Row key={item.id}>
            <Cell label={a.at}>{formatDateTime(item.at)}</Cell>
            <Cell label={a.actor}>
              <span>
                <Email value={item.actor} />
                {item.proposedBy && item.proposedBy !== item.actor ? (
                  <span class="hint">
                    <Breakable text={` (${a.proposedBy(item.proposedBy, formatDateTime(item.proposedAt ?? item.at))})`} />
                  </span>
                ) : null}
              </span>
            </Cell>
            <Cell label={a.action}>{a.actions[item.action] ?? item.action}</Cell>
            <Cell label={a.entity}>{show(item.entityName)}</Cell>
            <Cell label={a.change}>
              <div>
                {item.reason ? (
                  <p class="reason" data-testid="audit-reason">
                    <span class="change-label">{a.reason}:</span> <Breakable text={item.reason} />
                  </p>
                ) : null}
                <ul class="changes">
                  {(item.entityType === "ocmw" ? changes(item.before, item.after) : details(item.after)).map((c) => (
                    <li key={c.label}>
                      <span class="change-label">{c.label}:</span>{" "}
                      <Breakable text={c.before === null ? c.after : `${c.before} → ${c.after}`} />
                    </li>
                  ))}
                </ul>
              </div>
            </Cell>
          </Row>
        ))}
      </StackTable>
      <Pager page={page} total={data.total} pageSize={pageSize} onPage={setPage} />
    </div>
  );
}
