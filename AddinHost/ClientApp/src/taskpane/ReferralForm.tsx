import { useEffect, useMemo, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { DirectoryOcmw, ReferralCreated } from "../api/types";
import type { OfficeAdapter } from "../office/adapter";
import { Breakable } from "../ui/Breakable";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FieldError, TextField } from "../ui/TextField";
import { fieldId, type FieldErrors } from "../ui/ids";
import { ConsentSection } from "./ConsentSection";
import { DuplicateDialog } from "./DuplicateDialog";
import { RecipientSection } from "./RecipientSection";
import { clearedErrors, ocmwForPostcode, touchesRecipient } from "./followOcmw";
import { fieldLabels, validate, type FormState } from "./form";
import { useRecipientCheck, useResidence, useStatements } from "./hooks";
import { Submitter, type SubmitOutcome } from "./submit";
import { summaryErrors } from "./summary";

interface Props {
  office: OfficeAdapter;
  ocmws: DirectoryOcmw[];
  form: FormState;
  setForm: (f: FormState) => void;
  onSent: (result: ReferralCreated) => void;
}

export function ReferralForm({ office, ocmws, form, setForm, onSent }: Props) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [sending, setSending] = useState(false);
  const [tick, setTick] = useState(0);
  const submitter = useMemo(() => new Submitter(), []);
  const [duplicate, setDuplicate] = useState<Extract<SubmitOutcome, { kind: "duplicate" }> | null>(null);
  const [stopped, setStopped] = useState(false);
  const statements = useStatements(form.ocmwId);
  const { compose, verdicts } = useRecipientCheck(office, form.recipient, form.ocmwId, tick);
  const residence = useResidence(form.postalCode, form.ocmwId, ocmws);
  const residenceId = `${fieldId("client.address.postalCode")}-residence`;
  const suggested = ocmws.find((o) => o.status === "inForce" && o.postalCodes.includes(form.postalCode.trim()));

  const set = (patch: Partial<FormState>) => {
    const next = { ...form, ...patch };
    // Follow the postcode: its own OCMW, or none when the one on screen came from the old postcode.
    const follow = patch.postalCode !== undefined ? ocmwForPostcode(ocmws, form, patch.postalCode) : undefined;
    if (follow !== undefined && patch.ocmwId === undefined) next.ocmwId = follow?.id ?? "";
    if (next.ocmwId !== form.ocmwId && patch.recipient === undefined) {
      next.recipient = ocmws.find((o) => o.id === next.ocmwId)?.verifiedMailboxes[0] ?? "";
      // The statements name the OCMW: a different OCMW needs fresh confirmation.
      Object.assign(next, { informed: false, given: false });
    }
    setForm(next);
    // One verdict at a time: a refusal goes as soon as the field that caused it changes.
    const changed = (Object.keys(next) as (keyof FormState)[]).filter((k) => next[k] !== form[k]);
    const kept = clearedErrors(errors, changed);
    if (kept) setErrors(kept);
    if (touchesRecipient(changed) && general.length) setGeneral([]);
  };

  // The list changed under the form (an OCMW confirmed while the pane was in the background): follow the postcode again.
  useEffect(() => {
    if (!form.ocmwId && suggested) set({ ocmwId: suggested.id });
  }, [ocmws]);

  const field = (key: keyof FormState, path: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField path={path} label={label} value={form[key] as string} errors={errors} onInput={(v) => set({ [key]: v })} {...extra} />
  );

  async function onSubmit(e: Event) {
    e.preventDefault();
    if (sending) return;
    const local = validate(form);
    const recipientVerdict = verdicts[form.recipient.toLowerCase()];
    if (recipientVerdict && recipientVerdict !== "checking" && recipientVerdict.verdict === "blocked")
      local.recipient = [recipientVerdict.message];
    if (residence && !residence.allowed && !local["client.address.postalCode"]) local["client.address.postalCode"] = [residence.message];
    if (Object.keys(local).length) return fail(local, []);
    await send(false);
  }

  async function send(confirmDuplicate: boolean) {
    setDuplicate(null);
    setStopped(false);
    setSending(true);
    const outcome = await submitter.submit(form, confirmDuplicate);
    setSending(false);
    if (outcome.kind === "sent") return onSent(outcome.result);
    if (outcome.kind === "duplicate") return setDuplicate(outcome);
    fail(outcome.errors, outcome.general);
  }

  function fail(fieldErrors: FieldErrors, messages: string[]) {
    setErrors(fieldErrors);
    setGeneral(messages);
    setFocusKey((k) => k + 1);
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={sending ? "true" : "false"}>
      <ErrorSummary errors={summaryErrors(errors, !!statements && statements !== "loading")} general={general} labels={fieldLabels} focusKey={focusKey} />
      <p class="intro">
        {t.taskpane.intro} {t.common.requiredNote}
      </p>
      <fieldset>
        <legend>{t.taskpane.clientLegend}</legend>
        {field("givenName", "client.givenName", t.taskpane.givenName, { required: true, autoComplete: "off" })}
        {field("familyName", "client.familyName", t.taskpane.familyName, { required: true })}
      </fieldset>
      <fieldset>
        <legend>{t.taskpane.addressLegend}</legend>
        {field("street", "client.address.street", t.taskpane.street, { required: true })}
        <div class="row">
          {field("houseNumber", "client.address.houseNumber", t.taskpane.houseNumber, { required: true, className: "narrow" })}
          {field("box", "client.address.box", t.taskpane.box, { className: "narrow" })}
        </div>
        <div class="row">
          {field("postalCode", "client.address.postalCode", t.taskpane.postalCode, { required: true, inputMode: "numeric", className: "narrow", describedBy: residence ? residenceId : undefined, errorBelow: true })}
          {field("municipality", "client.address.municipality", t.taskpane.municipality, { required: true })}
        </div>
        {/* Under the row, at full width: a refusal names two OCMWs and what to do, too long for the postcode's column. */}
        <FieldError path="client.address.postalCode" errors={errors} />
        {/* Always in the page, so a screen reader hears the verdict change as the postcode or the OCMW changes. */}
        <p id={residenceId} class={`residence ${residence?.allowed ? "ok" : "blocked"}`} data-code={residence?.code} aria-live="polite">
          {residence && !errors["client.address.postalCode"]?.includes(residence.message) ? <Breakable text={residence.message} /> : null}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t.taskpane.contactLegend}</legend>
        <p class="hint">{t.taskpane.contactHint}</p>
        {field("phone", "client.phone", t.taskpane.phone, { type: "tel", inputMode: "tel" })}
        {field("email", "client.email", t.taskpane.email, { type: "email", inputMode: "email" })}
      </fieldset>
      <RecipientSection
        ocmws={ocmws}
        suggested={suggested}
        ocmwId={form.ocmwId}
        recipient={form.recipient}
        compose={office.mode === "compose" ? compose : null}
        verdicts={verdicts}
        residenceRefused={!!residence && !residence.allowed}
        errors={errors}
        onOcmw={(id) => set({ ocmwId: id })}
        onRecipient={(r) => set({ recipient: r })}
        onFixCompose={async (from, to) => {
          await office.replaceRecipient(from, to);
          setTick((n) => n + 1);
        }}
      />
      <ConsentSection form={form} statements={statements} errors={errors} set={set} />
      <button type="submit" class="primary send" disabled={sending} aria-busy={sending ? "true" : "false"}>
        {sending ? <span class="spinner" aria-hidden="true" /> : null}
        {sending ? t.taskpane.sending : t.taskpane.send}
      </button>
      <p role="status" class="confirmation" data-testid="duplicate-stopped">
        {stopped ? t.taskpane.duplicateStopped : ""}
      </p>
      {duplicate ? (
        <DuplicateDialog
          earlierReference={duplicate.earlierReference}
          earlierSentAt={duplicate.earlierSentAt}
          ocmw={ocmws.find((o) => o.id === form.ocmwId)?.name ?? form.ocmwId}
          onSend={() => send(true)}
          onStop={() => {
            setDuplicate(null);
            setStopped(true);
          }}
        />
      ) : null}
    </form>
  );
}
