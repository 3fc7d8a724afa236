import { useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { postJson } from "../api/client";
import type { OcmwDto, ProposalDto } from "../api/types";
import { TextField } from "../ui/TextField";
import type { FieldErrors } from "../ui/ids";
import { formatDate, formatDateTime } from "../ui/dates";
import { Breakable } from "../ui/Breakable";

const p = t.admin.proposals;
const f = t.admin.fields as Record<string, string>;
const dateFields = new Set(["signedOn", "inForceFrom", "endedOn"]);

/** A field's value as one line of text (lists joined, DPO contacts as "organisation, e-mail"). */
function shown(dto: OcmwDto | null, field: string): string {
  const value = dto ? (dto as unknown as Record<string, unknown>)[field] : null;
  if (value == null || value === "") return "–";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return Object.values(value as Record<string, string>).filter(Boolean).join(", ");
  return dateFields.has(field) ? formatDate(String(value)) : String(value);
}

/**
 * Four eyes: the proposals that wait for a second administrator. Either administrator sees the same list; the host
 * refuses the proposer's own approval (the message shows at the card), and a rejection needs a reason.
 */
export function Proposals({ proposals, onDecided }: { proposals: ProposalDto[]; onDecided: (message: string) => void }) {
  return (
    <div data-testid="proposals">
      <p class="intro">{p.intro}</p>
      {proposals.length ? (
        <ul class="cards">
          {proposals.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} onDecided={onDecided} />
          ))}
        </ul>
      ) : (
        <p>{p.empty}</p>
      )}
    </div>
  );
}

function ProposalCard({ proposal, onDecided }: { proposal: ProposalDto; onDecided: (message: string) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState("");
  const [busy, setBusy] = useState(false);
  const reasonPath = `reason-${proposal.id}`;
  const base = `/api/admin/proposals/${encodeURIComponent(proposal.id)}`;
  async function approve() {
    setBusy(true);
    const r = await postJson(`${base}/approval`, {});
    setBusy(false);
    if (r.ok) return onDecided(p.approved(proposal.ocmwName));
    setGeneral(r.problem.errors ? [r.problem.title, ...Object.values(r.problem.errors).flat()].join(" ") : (r.problem.title ?? t.common.unexpected));
  }
  async function reject(e: Event) {
    e.preventDefault();
    setBusy(true);
    const r = await postJson(`${base}/rejection`, { reason });
    setBusy(false);
    if (r.ok) return onDecided(p.rejected(proposal.ocmwName));
    setErrors(r.problem.errors?.reason ? { [reasonPath]: r.problem.errors.reason } : {});
    setGeneral(r.problem.errors?.reason ? "" : (r.problem.title ?? t.common.unexpected));
  }
  const titleId = `proposal-${proposal.id}`;
  return (
    <li class="card" data-proposal={proposal.ocmwId} data-kind={proposal.kind}>
      <p class="card-title" id={titleId}>
        <strong>{proposal.ocmwName}</strong> <span class="badge pending">{p.kinds[proposal.kind]}</span>
      </p>
      <table class="changes">
        <caption class="sr-only">{`${p.changes}: ${proposal.ocmwName}`}</caption>
        <thead>
          <tr>
            <th scope="col">{p.changes}</th>
            {proposal.current ? <th scope="col">{p.before}</th> : null}
            <th scope="col">{p.after}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.changes.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{f[field] ?? field}</th>
              {proposal.current ? (
                <td class="mono" data-label={p.before}>
                  <Breakable text={shown(proposal.current, field)} />
                </td>
              ) : null}
              {/* In a narrow pane the columns stack: "Nu" and "Voorgesteld" then label the values (a new protocol has one). */}
              <td class="mono" data-label={proposal.current ? p.after : undefined}>
                <Breakable text={shown(proposal.proposed, field)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{p.by(proposal.proposedBy, formatDateTime(proposal.proposedAt))}</p>
      <p class="hint">{p.expires(formatDateTime(proposal.expiresAt))}</p>
      {proposal.outdated ? <p class="notice">{p.outdated}</p> : null}
      {proposal.mine ? <p class="notice">{p.own}</p> : null}
      {rejecting ? (
        <form onSubmit={reject} noValidate>
          <TextField path={reasonPath} label={p.reason} hint={p.reasonHint} value={reason} errors={errors} onInput={setReason} required />
          <div class="actions">
            <button type="submit" class="danger" disabled={busy}>
              {p.confirmReject}
            </button>
            <button type="button" class="secondary" onClick={() => setRejecting(false)}>
              {t.common.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          {/* The host refuses the proposer's approval; offering the button would only lead to that refusal. */}
          {proposal.mine ? null : (
            <button type="button" class="primary" disabled={busy || proposal.outdated} onClick={approve} aria-label={`${p.approve}: ${proposal.ocmwName}`}>
              {p.approve}
            </button>
          )}
          <button type="button" class="secondary" disabled={busy} onClick={() => setRejecting(true)} aria-label={`${p.reject}: ${proposal.ocmwName}`}>
            {p.reject}
          </button>
        </div>
      )}
      {general ? (
        <p class="field-error" role="alert">
          {general}
        </p>
      ) : null}
    </li>
  );
}
