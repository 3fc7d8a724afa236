import { t } from "../i18n/nl-BE";
import type { ConsentStatements } from "../api/types";
import { FieldError } from "../ui/TextField";
import { describedBy, fieldId, type FieldErrors } from "../ui/ids";
import { today, type FormState } from "./form";

interface Props {
  form: FormState;
  statements: ConsentStatements | null | "loading";
  errors: FieldErrors;
  set: (patch: Partial<FormState>) => void;
}

/** The two versioned consent statements, how consent was given, and when. */
export function ConsentSection({ form, statements, errors, set }: Props) {
  const box = (path: "consent.informed" | "consent.given", key: "informed" | "given", text: string) => (
    <div class="check">
      <input
        type="checkbox"
        id={fieldId(path)}
        checked={form[key]}
        aria-invalid={errors[path]?.length ? "true" : undefined}
        aria-describedby={describedBy(path, errors)}
        onChange={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).checked })}
      />
      <label for={fieldId(path)}>{text}</label>
      <FieldError path={path} errors={errors} />
    </div>
  );
  return (
    <fieldset>
      <legend>{t.taskpane.consentLegend}</legend>
      {statements === null ? <p class="hint">{t.taskpane.consentPickOcmw}</p> : null}
      {statements === "loading" ? <p class="hint">{t.taskpane.consentLoading}</p> : null}
      {statements && statements !== "loading" ? (
        <>
          <p class="hint version" data-version={statements.version}>
            {t.taskpane.consentVersion(statements.version)}
          </p>
          {box("consent.informed", "informed", statements.informed)}
          {box("consent.given", "given", statements.given ?? statements.consent ?? "")}
        </>
      ) : null}
      <FieldError path="consent" errors={errors} />
      <fieldset
        class="radios"
        id={fieldId("consent.method")}
        tabIndex={-1}
        aria-invalid={errors["consent.method"]?.length ? "true" : undefined}
        aria-describedby={describedBy("consent.method", errors)}
      >
        <legend>
          {t.taskpane.method} <span class="req" aria-hidden="true" title={t.common.required}>*</span>
        </legend>
        {(["mondeling", "schriftelijk"] as const).map((m) => (
          <label key={m} class="radio">
            <input type="radio" name="consent-method" required value={m} checked={form.method === m} onChange={() => set({ method: m })} />
            {m === "mondeling" ? t.taskpane.methodOral : t.taskpane.methodWritten}
          </label>
        ))}
        <FieldError path="consent.method" errors={errors} />
      </fieldset>
      <div class="field">
        <label for={fieldId("consent.date")}>{t.taskpane.date}</label>
        <input
          type="date"
          id={fieldId("consent.date")}
          value={form.date}
          max={today()}
          aria-invalid={errors["consent.date"]?.length ? "true" : undefined}
          aria-describedby={describedBy("consent.date", errors)}
          onInput={(e) => set({ date: (e.currentTarget as HTMLInputElement).value })}
        />
        <FieldError path="consent.date" errors={errors} />
      </div>
    </fieldset>
  );
}
