import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { ConsentItem, OcmwDto, Page } from "../api/types";
import { Cell, Row, StackTable } from "../ui/StackTable";
import { Pager } from "./Pager";
import { downloadCsv } from "./download";
import { formatDate, formatDateTime } from "../ui/dates";
import { Email } from "../ui/Breakable";

const pageSize = 50;
interface Filter { from: string; to: string; ocmwId: string; team: string; status: string }

function query(f: Filter, extra: Record<string, string>): string {
  const q = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  return q.toString();
}

/** The consent register with filters and a CSV export (fetched with the worker's credentials, then saved). */
export function ConsentRegister({ ocmws, refresh }: { ocmws: OcmwDto[]; refresh: number }) {
  const [draft, setDraft] = useState<Filter>({ from: "", to: "", ocmwId: "", team: "", status: "" });
  const [filter, setFilter] = useState<Filter>(draft);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<ConsentItem> | null>(null);
  const c = t.admin.consents;
  const col = c.columns;
  useEffect(() => {
    api<Page<ConsentItem>>(`/api/admin/consents?${query(filter, { page: String(page), pageSize: String(pageSize) })}`).then((r) =>
      setData(r.ok ? r.data : { items: [], total: 0 }),
    );
  }, [filter, page, refresh]);
  const input = (key: keyof Filter, label: string, type: "date") => (
    <div class="field">
      <label for={`filter-${key}`}>{label}</label>
      <input id={`filter-${key}`} type={type} value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value })} />
    </div>
  );
  const select = (key: keyof Filter, label: string, options: [string, string][]) => (
    <div class="field">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLSelectElement).value })}>
        <option value="">{c.all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setFilter(draft);
        }}
      >
        {input("from", c.from, "date")}
        {input("to", c.to, "date")}
        {select("ocmwId", c.ocmw, ocmws.map((o) => [o.id, o.name]))}
        {select("team", c.team, [...new Set(ocmws.map((o) => o.referringTeam))].map((team) => [team, team]))}
        {select("status", c.status, Object.entries(c.statuses))}
        <button type="submit" class="primary">
          {c.filter}
        </button>
        <button type="button" class="secondary" onClick={() => downloadCsv(`/api/admin/consents?${query(filter, { format: "csv" })}`)}>
          {c.exportCsv}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {data ? c.total(data.total) : t.common.loading}
      </p>
      {data && data.items.length ? (
        <StackTable caption={t.admin.tabs.consents} columns={Object.values(col)}>
          {data.items.map((i) => (
            <Row key={i.referralId}>
              <Cell label={col.reference} class="mono">{i.reference}</Cell>
              <Cell label={col.createdAt}>{formatDateTime(i.createdAt)}</Cell>
              <Cell label={col.worker}>
                <Email value={i.workerUpn} />
              </Cell>
              <Cell label={col.ocmw}>{i.ocmwName}</Cell>
              <Cell label={col.method}>{i.method}</Cell>
              <Cell label={col.consentDate}>{formatDate(i.consentDate)}</Cell>
              <Cell label={col.version}>{i.statementVersion}</Cell>
              <Cell label={col.status}>{c.statuses[i.status] ?? i.status}</Cell>
            </Row>
          ))}
        </StackTable>
      ) : data ? (
        <p>{c.empty}</p>
      ) : null}
      {data ? <Pager page={page} total={data.total} pageSize={pageSize} onPage={setPage} /> : null}
    </div>
  );
}
