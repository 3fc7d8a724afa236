import { useState } from "preact/hooks";
import { StatusLine, useStatus } from "../ui/StatusLine";
import { t } from "../i18n/nl-BE";
import type { MailboxVerification, OcmwDto, ProposalDto } from "../api/types";
import { Cell, Row, RowHeader, StackTable } from "../ui/StackTable";
import { OcmwForm } from "./OcmwForm";
import { EndDialog } from "./EndDialog";
import { formatDate } from "../ui/dates";
import { Breakable } from "../ui/Breakable";

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
  const f = t.admin.fields;
  const status = t.admin.consents.columns.status;
  const [editing, setEditing] = useState<OcmwDto | "new" | null>(null);
  const [ending, setEnding] = useState<OcmwDto | null>(null);
  const [said, say] = useStatus();
  const done = (text: string) => {
    setEditing(null);
    setEnding(null);
    say(text);
    onChanged();
  };
  return (
    <div>
      <StatusLine status={said} />
      {editing ? (
        <OcmwForm
          initial={editing === "new" ? null : editing}
          onSaved={(proposed) => done(!proposed ? t.admin.saved : editing === "new" ? t.admin.proposed : t.admin.proposedChange)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          <button type="button" class="primary" onClick={() => setEditing("new")}>
            {t.admin.add}
          </button>
          <StackTable
            caption={t.admin.tabs.ocmws}
            columns={[f.name, f.mailboxes, f.postalCodes, f.inForceFrom, status, <span class="sr-only">{t.admin.edit}</span>]}
          >
            {ocmws.map((o) => (
              <Row key={o.id} data-ocmw={o.id}>
                <RowHeader>{o.name}</RowHeader>
                <Cell label={f.mailboxes}><Breakable text={o.mailboxes.join(", ")} /></Cell>
                <Cell label={f.postalCodes}>{o.postalCodes.join(", ")}</Cell>
                <Cell label={f.inForceFrom}>
                  <span>
                    {formatDate(o.inForceFrom)}
                    {o.endedOn ? ` – ${formatDate(o.endedOn)}` : ""}
                  </span>
                </Cell>
                <Cell label={status}>
                  <States o={o} verifications={verifications} />
                </Cell>
                <Cell>
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
                </Cell>
              </Row>
            ))}
            {created.map((p) => (
              <Row key={p.id} data-ocmw={p.ocmwId} data-proposal="create">
                <RowHeader>{p.ocmwName}</RowHeader>
                <Cell label={f.mailboxes}><Breakable text={p.proposed.mailboxes.join(", ")} /></Cell>
                <Cell label={f.postalCodes}>{p.proposed.postalCodes.join(", ")}</Cell>
                <Cell label={f.inForceFrom}>{formatDate(p.proposed.inForceFrom)}</Cell>
                <Cell label={status}>
                  <span class="badge pending">{t.admin.state.awaitingApproval}</span>
                </Cell>
                <Cell />
              </Row>
            ))}
          </StackTable>
        </>
      )}
      {ending ? <EndDialog ocmw={ending} onEnded={() => done(t.admin.ended)} onCancel={() => setEnding(null)} /> : null}
    </div>
  );
}
