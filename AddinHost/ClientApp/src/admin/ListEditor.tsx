import { t } from "../i18n/nl-BE";
import { FieldError } from "../ui/TextField";
import { describedBy, fieldId, type FieldErrors } from "../ui/ids";

interface Props { path: string; label: string; values: string[]; errors: FieldErrors; onChange: (values: string[]) => void; required?: boolean }

/** An editable list (mailboxes, domains, postcodes); each item's errors arrive at `path[i]`. */
export function ListEditor({ path, label, values, errors, onChange, required }: Props) {
  const set = (i: number, v: string) => onChange(values.map((x, j) => (j === i ? v : x)));
  return (
    <fieldset class="list-editor" id={fieldId(path)} tabIndex={-1} aria-describedby={describedBy(path, errors)}>
      <legend>
        {label} {required ? <span class="req" aria-hidden="true" title={t.common.required}>*</span> : null}
      </legend>
      <ul>
        {values.map((value, i) => {
          const itemPath = `${path}[${i}]`;
          return (
            <li key={i}>
              <input
                type="text"
                id={fieldId(itemPath)}
                value={value}
                aria-label={t.admin.itemLabel(label, i + 1)}
                aria-required={required && i === 0 ? "true" : undefined}
                aria-invalid={errors[itemPath]?.length ? "true" : undefined}
                aria-describedby={describedBy(itemPath, errors)}
                onInput={(e) => set(i, (e.currentTarget as HTMLInputElement).value)}
              />
              <button type="button" class="secondary" aria-label={t.admin.removeItem(t.admin.itemLabel(label, i + 1), value.trim())} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                ✕
              </button>
              <FieldError path={itemPath} errors={errors} />
            </li>
          );
        })}
      </ul>
      {/* Seen inside its fieldset the button needs no more than "Toevoegen"; heard on its own, it names the list. */}
      <button type="button" class="link-button" aria-label={`${t.admin.addItem}: ${label}`} onClick={() => onChange([...values, ""])}>
        {t.admin.addItem}
      </button>
      <FieldError path={path} errors={errors} />
    </fieldset>
  );
}
