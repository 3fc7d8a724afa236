import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api, postJson } from "../api/client";
import type { IncidentView, OcmwDto } from "../api/types";
import { Cell, Row, StackTable } from "../ui/StackTable";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { formatDateTime } from "../ui/dates";
import { Email } from "../ui/Breakable";

const when = formatDateTime;

/** Time left on the 72-hour clock as a DPO reads it: "nog 2 u 05 min", "1 u 10 min over tijd". */
export function clock(i: IncidentView): string {
  const c = t.admin.incidents;
  if (i.closedAt) return c.closedClock;
  const m = Math.abs(i.minutesLeft);
  const text = `${Math.floor(m / 60)} u ${String(m % 60).padStart(2, "0")} min`;
  return i.overdue ? c.overdue(text) : c.left(text);
}

/** Incidents (protocol article 9) with the 72-hour clock; open ones first, the most urgent on top. */
export function Incidents({ ocmws, refresh }: { ocmws: OcmwDto[]; refresh: number }) {
  const c = t.admin.incidents;
  const col = c.columns;
  const [items, setItems] = useState<IncidentView[] | null>(null);
  const [closing, setClosing] = useState<IncidentView | null>(null);
  const [message, setMessage] = useState("");
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api<{ items: IncidentView[] }>("/api/admin/incidents").then((r) => setItems(r.ok ? r.data.items : []));
  }, [version, refresh]);
  async function close(incident: IncidentView) {
    const r = await postJson<IncidentView>(`/api/admin/incidents/${incident.incidentId}/closure`, {});
    setClosing(null);
    setMessage(r.ok ? c.closed(incident.reference) : (r.problem.title ?? t.common.unexpected));
    setVersion((v) => v + 1);
  }
  const name = (id: string) => ocmws.find((o) => o.id === id)?.name ?? id;
  return (
    <div>
      <p role="status" aria-live="polite" class="confirmation" data-testid="incident-message">
        {message}
      </p>
      {!items ? <p aria-busy="true">{t.common.loading}</p> : null}
      {items && !items.length ? <p>{c.empty}</p> : null}
      {items && items.length ? (
        <StackTable caption={t.admin.tabs.incidents} columns={Object.values(col)} testId="incidents-table">
          {items.map((i) => (
            <Row key={i.incidentId}>
              <Cell label={col.reference} class="mono">{i.reference}</Cell>
              <Cell label={col.ocmw}>{name(i.ocmwId)}</Cell>
              <Cell label={col.kind}>{t.life.incidentKinds[i.kind] ?? i.kindLabel}</Cell>
              <Cell label={col.occurredAt}>{when(i.occurredAt)}</Cell>
              <Cell label={col.reported}>
                <span>
                  {when(i.reportedAt)}
                  <br />
                  {i.reporter}
                </span>
              </Cell>
              <Cell label={col.clock} class={i.overdue ? "overdue" : undefined}>{clock(i)}</Cell>
              <Cell label={i.closedAt ? col.closed : undefined}>
                {i.closedAt ? (
                  <span>
                    {when(i.closedAt)}
                    <br />
                    <Email value={i.closedBy ?? ""} />
                  </span>
                ) : (
                  <button type="button" class="secondary" onClick={() => setClosing(i)}>
                    {c.close(i.reference)}
                  </button>
                )}
              </Cell>
            </Row>
          ))}
        </StackTable>
      ) : null}
      {closing ? (
        <ConfirmDialog
          id="close-incident"
          title={c.closeTitle(closing.reference)}
          body={c.closeBody}
          confirm={c.closeConfirm}
          cancel={t.common.cancel}
          onConfirm={() => close(closing)}
          onCancel={() => setClosing(null)}
        />
      ) : null}
    </div>
  );
}
