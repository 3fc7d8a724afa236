import { useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { MailboxVerification, OcmwDto, ProposalDto } from "../api/types";
import { OcmwForm } from "./OcmwForm";
import { EndDialog } from "./EndDialog";

/**
 * Each entry's state: its protocol dates (in force, not yet in force, ended), and whether a proposal waits for a second
 * administrator or a mailbox waits for verification. A new entry that waits for approval is listed too, without actions.
 */
function States({ o, verifications }: { o: OcmwDto; verifications: MailboxVerification[] }) {
  const awaitingVerification = verifications.some((v) => v.ocmwId === o.id && v.state !== "verified");
  return (
    <span class="states">
      {o.status ? <span class={`badge ${o.status}`}>{t.admin.status[o.status]}</span> : null}
      {o.pendingProposalId ? <span class="badge pending">{t.admin.state.awaitingApproval}</span> : null}
      {awaitingVerification && o.status !== "ended" ? <span class="badge unverified">{t.admin.state.awaitingVerification}</span> : null}
    </span>
  );
}

/** The protocol list, with the add/edit form and the end dialog. */
export function OcmwPanel({ ocmws, proposals, verifications, onChanged }: {
  ocmws: OcmwDto[]; proposals: ProposalDto[]; verifications: MailboxVerification[]; onChanged: () => void;
}) {
  const created = proposals.filter((p) => p.kind === "create");
  const [editing, setEditing] = useState<OcmwDto | "new" | null>(null);
  const [ending, setEnding] = useState<OcmwDto | null>(null);
  const [message, setMessage] = useState("");
  const done = (text: string) => {
    setEditing(null);
    setEnding(null);
    setMessage(text);
    onChanged();
  };
  return (
    <div>
      <p class="status-line" role="status" aria-live="polite">
        {message}
      </p>
      {editing ? (
        <OcmwForm
          initial={editing === "new" ? null : editing}
          onSaved={(proposed) => done(proposed ? t.admin.proposed : t.admin.saved)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          <button type="button" class="primary" onClick={() => setEditing("new")}>
            {t.admin.add}
          </button>
          <div class="table-wrap">
            {/* Explicit roles: the narrow layout stacks the cells, and without them Chromium would drop the table semantics. */}
            <table class="stack" role="table">
              <caption class="sr-only">{t.admin.tabs.ocmws}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t.admin.fields.name}</th>
                  <th scope="col" role="columnheader">{t.admin.fields.mailboxes}</th>
                  <th scope="col" role="columnheader">{t.admin.fields.postalCodes}</th>
                  <th scope="col" role="columnheader">{t.admin.fields.inForceFrom}</th>
                  <th scope="col" role="columnheader">{t.admin.consents.columns.status}</th>
                  <th scope="col" role="columnheader">
                    <span class="sr-only">{t.admin.edit}</span>
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {ocmws.map((o) => (
                  <tr key={o.id} data-ocmw={o.id} role="row">
                    <th scope="row" role="rowheader">{o.name}</th>
                    <td role="cell" data-label={t.admin.fields.mailboxes}>{o.mailboxes.join(", ")}</td>
                    <td role="cell" data-label={t.admin.fields.postalCodes}>{o.postalCodes.join(", ")}</td>
                    <td role="cell" data-label={t.admin.fields.inForceFrom}>
                      {o.inForceFrom}
                      {o.endedOn ? ` – ${o.endedOn}` : ""}
                    </td>
                    <td role="cell" data-label={t.admin.consents.columns.status}>
                      <States o={o} verifications={verifications} />
                    </td>
                    <td role="cell">
                      <div class="actions">
                      <button type="button" class="secondary" aria-label={`${t.admin.edit}: ${o.name}`} onClick={() => setEditing(o)}>
                        {t.admin.edit}
                      </button>
                      {o.status !== "ended" ? (
                        <button type="button" class="secondary" aria-label={`${t.admin.end}: ${o.name}`} onClick={() => setEnding(o)}>
                          {t.admin.end}
                        </button>
                      ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
                {created.map((p) => (
                  <tr key={p.id} data-ocmw={p.ocmwId} data-proposal="create" role="row">
                    <th scope="row" role="rowheader">{p.ocmwName}</th>
                    <td role="cell" data-label={t.admin.fields.mailboxes}>{p.proposed.mailboxes.join(", ")}</td>
                    <td role="cell" data-label={t.admin.fields.postalCodes}>{p.proposed.postalCodes.join(", ")}</td>
                    <td role="cell" data-label={t.admin.fields.inForceFrom}>{p.proposed.inForceFrom}</td>
                    <td role="cell" data-label={t.admin.consents.columns.status}>
                      <span class="badge pending">{t.admin.state.awaitingApproval}</span>
                    </td>
                    <td role="cell" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {ending ? <EndDialog ocmw={ending} onEnded={() => done(t.admin.ended)} onCancel={() => setEnding(null)} /> : null}
    </div>
  );
}
