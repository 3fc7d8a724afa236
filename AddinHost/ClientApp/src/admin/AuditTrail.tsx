import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { AuditItem, Page } from "../api/types";
import { Pager } from "./Pager";

const pageSize = 50;

/** Only the fields that changed, as "field: before → after". */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const show = (v: unknown) => (v === undefined ? "–" : JSON.stringify(v));
  return keys
    .filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]))
    .map((k) => (before ? `${k}: ${show(before[k])} → ${show(after?.[k])}` : `${k}: ${show(after?.[k])}`))
    .join("\n");
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
              <td>{item.entityId}</td>
              <td>
                <pre class="diff">{diff(item.before, item.after)}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} total={data.total} pageSize={pageSize} onPage={setPage} />
    </div>
  );
}
