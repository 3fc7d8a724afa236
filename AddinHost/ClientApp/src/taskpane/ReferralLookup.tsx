import { useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { postJson } from "../api/client";
import type { DirectoryOcmw, ReferralSummary, ReferralView } from "../api/types";
import { formatDate } from "../ui/dates";
import { TextField } from "../ui/TextField";
import type { FieldErrors } from "../ui/ids";
import { ocmwName } from "./names";

/**
 * "Werd deze cliënt al doorverwezen?": the host turns the name into the keyed pseudonym and forgets it. `changed` is a
 * referral the worker just changed above (a withdrawal): its row here follows, without a new (audited) look-up.
 */
export function ReferralLookup({ ocmws, changed }: { ocmws: DirectoryOcmw[]; changed?: ReferralView | null }) {
  const l = t.life;
  const [q, setQ] = useState({ givenName: "", familyName: "", postalCode: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [answer, setAnswer] = useState<{ matches: ReferralSummary[]; compared: string } | null>(null);
  const matches = answer?.matches.map((m) => (changed?.referralId === m.referralId ? { ...m, status: changed.status } : m)) ?? null;
  const [failure, setFailure] = useState<string | null>(null);
  async function search(e: Event) {
    e.preventDefault();
    setAnswer(null);
    const r = await postJson<{ matches: ReferralSummary[]; compared: string }>("/api/referrals/lookup", q);
    setErrors(r.ok ? {} : (r.problem.errors ?? {}));
    // A refusal without field errors (too many look-ups: 429) is said as the host worded it.
    setFailure(r.ok || r.problem.errors ? null : (r.problem.title ?? null));
    if (r.ok) setAnswer(r.data);
  }
  return (
    <form class="lookup" onSubmit={search} noValidate aria-labelledby="lookup-title">
      <h3 id="lookup-title">{l.lookupTitle}</h3>
      <p class="hint">{l.lookupHint}</p>
      <p class="hint" data-testid="lookup-recorded">
        {l.lookupRecorded}
      </p>
      <TextField path="givenName" label={l.lookupGiven} value={q.givenName} errors={errors} onInput={(v) => setQ({ ...q, givenName: v })} required />
      <TextField path="familyName" label={l.lookupFamily} value={q.familyName} errors={errors} onInput={(v) => setQ({ ...q, familyName: v })} required />
      <TextField
        path="postalCode"
        label={l.lookupPostal}
        value={q.postalCode}
        errors={errors}
        inputMode="numeric"
        onInput={(v) => setQ({ ...q, postalCode: v })}
        required
      />
      <button type="submit" class="primary">
        {l.lookupSubmit}
      </button>
      {failure ? (
        <p role="alert" class="field-error" data-testid="lookup-failure">
          {failure}
        </p>
      ) : null}
      <div role="status" aria-live="polite" data-testid="lookup-result">
        {matches && !matches.length ? <p>{l.lookupNone}</p> : null}
        {matches && matches.length ? (
          <>
            <p>{l.lookupFound(matches.length)}</p>
            <ul>
              {matches.map((m) => (
                <li key={m.referralId}>
                  <span class="mono">{m.reference}</span> · {formatDate(m.createdAt)} · {ocmwName(ocmws, m.ocmwId)} ·{" "}
                  {l.statuses[m.status] ?? m.status}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {answer ? (
        <p class="hint" data-testid="lookup-compared">
          {answer.compared}
        </p>
      ) : null}
    </form>
  );
}
