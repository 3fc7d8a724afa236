import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api, NetworkError, postJson, putJson } from "../api/client";
import type { OcmwDto } from "../api/types";
import { ErrorSummary } from "../ui/ErrorSummary";
import { TextField } from "../ui/TextField";
import type { FieldErrors } from "../ui/ids";
import { ListEditor } from "./ListEditor";

const blank = (): OcmwDto => ({
  id: "", name: "", kboNumber: "", address: "", referringTeam: "", mailboxes: [""], domains: [""], postalCodes: [""], teamGroupIds: [""],
  signedOn: "", inForceFrom: "", noticeMonths: 3, endedOn: null,
  opgroeienDpo: { organisation: "Opgroeien", email: "" }, ocmwDpo: { organisation: "", email: "" },
  socialServicePhone: null, teamMailbox: null, teamPhone: null,
});

const f = t.admin.fields;
const labels: Record<string, string> = {
  id: f.id, name: f.name, kboNumber: f.kboNumber, address: f.address, referringTeam: f.referringTeam, mailboxes: f.mailboxes,
  domains: f.domains, postalCodes: f.postalCodes, teamGroupIds: f.teamGroupIds, signedOn: f.signedOn, inForceFrom: f.inForceFrom, noticeMonths: f.noticeMonths,
  "opgroeienDpo.organisation": `${f.opgroeienDpo} – ${f.organisation}`, "opgroeienDpo.email": `${f.opgroeienDpo} – ${f.email}`,
  "ocmwDpo.organisation": `${f.ocmwDpo} – ${f.organisation}`, "ocmwDpo.email": `${f.ocmwDpo} – ${f.email}`,
  socialServicePhone: f.socialServicePhone, teamMailbox: f.teamMailbox, teamPhone: f.teamPhone,
};

/** Add or edit one protocol entry; the host's field errors appear at the fields (paths like `mailboxes[1]`). */
export function OcmwForm({ initial, onSaved, onCancel }: {
  initial: OcmwDto | null;
  /** `proposed`: the host answered 202, the change waits for a second administrator. */
  onSaved: (proposed: boolean) => void;
  onCancel: () => void;
}) {
  const [dto, setDto] = useState<OcmwDto>(() => (initial ? structuredClone(initial) : blank()));
  const [etag, setEtag] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  // Warnings (domain not under .be, without the municipality's name) go through only when confirmed explicitly.
  const [warnings, setWarnings] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  // Opened from a button the form replaces: focus starts at its title, not at the page.
  useEffect(() => title.current?.focus(), []);
  useEffect(() => {
    if (!initial) return;
    // The ETag makes the save conditional: a concurrent edit gives 412 instead of silently losing a change.
    api<OcmwDto>(`/api/admin/ocmws/${encodeURIComponent(initial.id)}`).then((r) => r.ok && setEtag(r.headers.get("ETag")));
  }, [initial]);

  const text = (path: string, value: string, on: (v: string) => void, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField path={path} label={labels[path] ?? path} value={value} errors={errors} onInput={on} {...extra} />
  );
  const patch = (p: Partial<OcmwDto>) => setDto({ ...dto, ...p });

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    const { status: _status, pendingProposalId: _pending, ...body } = dto;
    const clean = {
      ...body, mailboxes: trim(dto.mailboxes), domains: trim(dto.domains), postalCodes: trim(dto.postalCodes),
      teamGroupIds: trim(dto.teamGroupIds ?? []),
      confirmWarnings: warnings && confirmed,
    };
    try {
      const r = initial
        ? await putJson(`/api/admin/ocmws/${encodeURIComponent(initial.id)}`, clean, etag ? { "If-Match": etag } : {})
        : await postJson("/api/admin/ocmws", clean);
      if (r.ok) return onSaved(r.status === 202);
      setErrors(r.problem.errors ?? {});
      const warned = !!r.problem.warnings?.length;
      if (warned !== warnings) setConfirmed(false);
      setWarnings(warned);
      setGeneral(r.problem.errors ? [] : [r.status === 412 ? t.admin.conflict : (r.problem.detail ?? r.problem.title ?? t.common.unexpected)]);
    } catch (error) {
      setErrors({});
      setGeneral([error instanceof NetworkError ? t.common.networkError : t.common.unexpected]);
    } finally {
      setBusy(false);
    }
    setFocusKey((k) => k + 1);
  }

  return (
    <form noValidate onSubmit={save} aria-busy={busy ? "true" : "false"} aria-labelledby="ocmw-form-title">
      <h2 id="ocmw-form-title" tabIndex={-1} ref={title}>{initial ? t.admin.formEditTitle(initial.name) : t.admin.formAddTitle}</h2>
      <p class="hint required-legend">
        <span class="req" aria-hidden="true">*</span> {t.admin.requiredLegend}
      </p>
      <ErrorSummary errors={errors} general={general} labels={labels} focusKey={focusKey} />
      <div class="grid2">
        {text("id", dto.id, (v) => patch({ id: v }), { required: true, readOnly: !!initial, hint: initial ? undefined : t.admin.idHint })}
        {text("name", dto.name, (v) => patch({ name: v }), { required: true })}
        {text("kboNumber", dto.kboNumber, (v) => patch({ kboNumber: v }), { required: true })}
        {text("address", dto.address, (v) => patch({ address: v }), { required: true })}
        {text("referringTeam", dto.referringTeam, (v) => patch({ referringTeam: v }), { required: true })}
        {text("signedOn", dto.signedOn, (v) => patch({ signedOn: v }), { type: "date", required: true })}
        {text("inForceFrom", dto.inForceFrom, (v) => patch({ inForceFrom: v }), { type: "date", required: true })}
        {text("noticeMonths", String(dto.noticeMonths), (v) => patch({ noticeMonths: Number(v) }), { type: "number", required: true })}
      </div>
      <div class="grid2">
        <ListEditor path="mailboxes" label={f.mailboxes} values={dto.mailboxes} errors={errors} onChange={(v) => patch({ mailboxes: v })} required />
        <ListEditor path="domains" label={f.domains} values={dto.domains} errors={errors} onChange={(v) => patch({ domains: v })} required />
        <ListEditor path="postalCodes" label={f.postalCodes} values={dto.postalCodes} errors={errors} onChange={(v) => patch({ postalCodes: v })} required />
        <ListEditor path="teamGroupIds" label={f.teamGroupIds} values={dto.teamGroupIds?.length ? dto.teamGroupIds : [""]} errors={errors} onChange={(v) => patch({ teamGroupIds: v })} />
      </div>
      <div class="grid2">
        {text("opgroeienDpo.organisation", dto.opgroeienDpo.organisation, (v) => patch({ opgroeienDpo: { ...dto.opgroeienDpo, organisation: v } }), { required: true })}
        {text("opgroeienDpo.email", dto.opgroeienDpo.email, (v) => patch({ opgroeienDpo: { ...dto.opgroeienDpo, email: v } }), { type: "email", required: true })}
        {text("ocmwDpo.organisation", dto.ocmwDpo.organisation, (v) => patch({ ocmwDpo: { ...dto.ocmwDpo, organisation: v } }), { required: true })}
        {text("ocmwDpo.email", dto.ocmwDpo.email, (v) => patch({ ocmwDpo: { ...dto.ocmwDpo, email: v } }), { type: "email", required: true })}
      </div>
      <div class="grid2">
        {text("socialServicePhone", dto.socialServicePhone ?? "", (v) => patch({ socialServicePhone: v || null }), { type: "tel", required: true })}
        {text("teamMailbox", dto.teamMailbox ?? "", (v) => patch({ teamMailbox: v || null }), { type: "email" })}
        {text("teamPhone", dto.teamPhone ?? "", (v) => patch({ teamPhone: v || null }), { type: "tel" })}
      </div>
      {warnings ? (
        <div class="check warnings-confirm">
          <input type="checkbox" id="f-confirmWarnings" checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />
          <label for="f-confirmWarnings">{t.admin.confirmWarnings}</label>
        </div>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t.common.save}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

const trim = (values: string[]) => values.map((v) => v.trim()).filter(Boolean);
