import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api, postJson } from "../api/client";
import type { IncidentView, OcmwDto } from "../api/types";
import { ConfirmDialog } from "../ui/ConfirmDialog";

const when = (iso: string) => new Date(iso).toLocaleString("nl-BE", { dateStyle: "short", timeStyle: "short" });

/** Time left on the 72-hour clock as a DPO reads it: "nog 2 u 05 min", "1 u 10 min over tijd". */
export function clock(i: IncidentView): string {
  const c = t.admin.incidents;
  if (i.closedAt) return c.closedClock;
  const m = Math.abs(i.minutesLeft);
  const text = `${Math.floor(m / 60)} u ${String(m % 60).padStart(2, "0")} min`;
  return i.overdue ? c.overdue(text) : c.left(text);
}

/** Incidents (protocol article 9) with the 72-hour clock; open ones first, the most urgent on top. */
export function Incidents({ ocmws }: { ocmws: OcmwDto[] }) {
  const c = t.admin.incidents;
  const [items, setItems] = useState<IncidentView[] | null>(null);
  const [closing, setClosing] = useState<IncidentView | null>(null);
  const [message, setMessage] = useState("");
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api<{ items: IncidentView[] }>("/api/admin/incidents").then((r) => setItems(r.ok ? r.data.items : []));
  }, [version]);
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
        <div class="table-wrap">
          <table data-testid="incidents-table">
            <caption class="sr-only">{t.admin.tabs.incidents}</caption>
            <thead>
              <tr>
                {Object.values(c.columns).map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.incidentId}>
                  <td class="mono">{i.reference}</td>
                  <td>{name(i.ocmwId)}</td>
                  <td>{t.life.incidentKinds[i.kind] ?? i.kindLabel}</td>
                  <td>{when(i.occurredAt)}</td>
                  <td>
                    {when(i.reportedAt)}
                    <br />
                    {i.reporter}
                  </td>
                  <td class={i.overdue ? "overdue" : undefined}>{clock(i)}</td>
                  <td>
                    {i.closedAt ? (
                      <>
                        {when(i.closedAt)}
                        <br />
                        {i.closedBy}
                      </>
                    ) : (
                      <button type="button" class="secondary" onClick={() => setClosing(i)}>
                        {c.close(i.reference)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
