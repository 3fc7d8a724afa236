import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { DirectoryOcmw, ReferralPage, ReferralSummary, ReferralView } from "../api/types";
import { ReferralActions } from "./ReferralActions";
import { ReferralLookup } from "./ReferralLookup";
import { formatDate, formatDateTime } from "../ui/dates";
import { Email } from "../ui/Breakable";
import { ocmwName } from "./names";

const pageSize = 20;

/** "Mijn doorverwijzingen": the worker's own referrals, newest first, and what can still be done with one. */
export function MyReferrals({ ocmws }: { ocmws: DirectoryOcmw[] }) {
  const l = t.life;
  const [page, setPage] = useState<ReferralPage | null>(null);
  const [selected, setSelected] = useState<ReferralView | null>(null);
  const [version, setVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    api<ReferralPage>(`/api/referrals?pageSize=${pageSize}`)
      .then((r) => setPage(r.ok ? r.data : { items: [], total: 0, page: 1, pageSize }))
      .catch(() => setPage({ items: [], total: 0, page: 1, pageSize }));
  }, [version]);

  async function open(item: ReferralSummary) {
    const r = await api<ReferralView>(`/api/referrals/${item.referralId}`);
    if (r.ok) setSelected(r.data);
  }

  return (
    <section class="mine" aria-labelledby="mine-title" data-testid="mine">
      <h2 id="mine-title" tabIndex={-1} ref={heading}>
        {l.mineTitle}
      </h2>
      {!page ? <p aria-busy="true">{t.common.loading}</p> : null}
      {page && !page.items.length ? <p>{l.mineEmpty}</p> : null}
      {page && page.items.length ? (
        <div class="table-wrap">
          <table class="compact" data-testid="mine-table">
            <caption class="sr-only">{l.mineTitle}</caption>
            <thead>
              <tr>
                {Object.values(l.columns).map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((i) => (
                <tr key={i.referralId} aria-selected={selected?.referralId === i.referralId ? "true" : undefined}>
                  <td>
                    <button type="button" class="link-button mono" aria-label={l.choose(i.reference)} onClick={() => open(i)}>
                      {i.reference}
                    </button>
                    {/* The date under the reference and the passphrase under the status: three columns fit 320 px. */}
                    <span class="when">{formatDate(i.createdAt)}</span>
                  </td>
                  <td>{ocmwName(ocmws, i.ocmwId).replace(/^OCMW /, "")}</td>
                  <td>
                    {l.statuses[i.status] ?? i.status}{" "}
                    <span class="when">{i.passphraseDeliveredAt ? l.passphraseGiven : l.passphraseNotGiven}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {selected ? (
        <ReferralDetail
          key={selected.referralId}
          referral={selected}
          ocmws={ocmws}
          onChanged={(view) => {
            setSelected(view);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      <ReferralLookup ocmws={ocmws} changed={selected} />
    </section>
  );
}

function ReferralDetail({ referral, ocmws, onChanged }: { referral: ReferralView; ocmws: DirectoryOcmw[]; onChanged: (v: ReferralView) => void }) {
  const l = t.life;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [referral.referralId]);
  return (
    <section class="detail" aria-labelledby="detail-title" data-testid="detail">
      <h3 id="detail-title" tabIndex={-1} ref={heading}>
        {l.selected(referral.reference)}
      </h3>
      <p>
        {ocmwName(ocmws, referral.ocmwId)} · {l.statuses[referral.status] ?? referral.status}
      </p>
      <h4>{l.history}</h4>
      <ol class="history" data-testid="history">
        {(referral.history ?? []).map((h, i) => (
          <li key={i}>
            <span class="when">{formatDateTime(h.at)}</span> {eventLabel(h.kind, ocmwName(ocmws, referral.ocmwId))}
            {h.kind === "withdrawn" && h.onDate ? ` (${formatDate(h.onDate)})` : ""}
            {h.kind === "incidentReported" && h.code ? ` (${l.incidentKinds[h.code] ?? h.code})` : ""} · <Email value={h.actor} />
          </li>
        ))}
      </ol>
      <ReferralActions referral={referral} onChanged={onChanged} />
    </section>
  );
}

/** What happened, in words; a notice to a DPO says which DPO (the incident notice goes to two). */
function eventLabel(kind: string, ocmw: string): string {
  const l = t.life;
  if (kind === "ocmwDpoNoticeSent") return l.ocmwDpoNoticeSent(ocmw);
  if (kind === "ocmwDpoNoticeFailed") return l.ocmwDpoNoticeFailed(ocmw);
  return l.events[kind] ?? kind;
}
