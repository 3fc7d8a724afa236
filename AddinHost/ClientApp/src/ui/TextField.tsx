import { t } from "../i18n/nl-BE";
import { Breakable } from "./Breakable";
import { describedBy, errorId, fieldId, hintId, type FieldErrors } from "./ids";

interface Props {
  path: string;
  label: string;
  value: string;
  errors: FieldErrors;
  onInput: (value: string) => void;
  required?: boolean;
  type?: "text" | "email" | "tel" | "date" | "number";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email" | "text";
  hint?: string;
  max?: string;
  readOnly?: boolean;
  className?: string;
  /** Ids of more text that describes the field (a verdict shown next to it). */
  describedBy?: string;
  /** The caller shows the error itself (`FieldError`), e.g. under a row of narrow fields, at full width. */
  errorBelow?: boolean;
}

/** A labelled input whose errors are tied to it with aria-describedby / aria-invalid. */
export function TextField(p: Props) {
  const messages = p.errors[p.path] ?? [];
  return (
    <div class={`field ${p.className ?? ""}`}>
      <label for={fieldId(p.path)}>
        {p.label} {p.required ? <span class="req" aria-hidden="true" title={t.common.required}>*</span> : null}
      </label>
      {p.hint ? <p class="hint" id={hintId(p.path)}>{p.hint}</p> : null}
      <input
        id={fieldId(p.path)}
        name={p.path}
        type={(p.type ?? "text") as "text"}
        value={p.value}
        required={p.required}
        aria-required={p.required ? "true" : undefined}
        aria-invalid={messages.length ? "true" : undefined}
        aria-describedby={[describedBy(p.path, p.errors, !!p.hint), p.describedBy].filter(Boolean).join(" ") || undefined}
        autoComplete={p.autoComplete ?? "off"}
        inputMode={p.inputMode}
        max={p.max}
        readOnly={p.readOnly}
        onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {p.errorBelow ? null : <FieldError path={p.path} errors={p.errors} />}
    </div>
  );
}

export function FieldError({ path, errors }: { path: string; errors: FieldErrors }) {
  const messages = errors[path] ?? [];
  if (!messages.length) return null;
  return (
    <p class="field-error" id={errorId(path)}>
      <Breakable text={messages.join(" ")} />
    </p>
  );
}
