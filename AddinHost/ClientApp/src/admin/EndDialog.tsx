import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { postJson } from "../api/client";
import type { OcmwDto } from "../api/types";
import { TextField } from "../ui/TextField";
import type { FieldErrors } from "../ui/ids";
import { today } from "../taskpane/form";

/** Confirmation before ending a protocol: a modal <dialog> (focus trapped, Escape cancels). */
export function EndDialog({ ocmw, onEnded, onCancel }: { ocmw: OcmwDto; onEnded: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [endedOn, setEndedOn] = useState(today());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState("");
  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  async function confirm(e: Event) {
    e.preventDefault();
    const r = await postJson(`/api/admin/ocmws/${encodeURIComponent(ocmw.id)}/end`, { endedOn });
    if (r.ok) return onEnded();
    setErrors(r.problem.errors ?? {});
    setGeneral(r.problem.errors ? "" : (r.problem.detail ?? r.problem.title ?? t.common.unexpected));
  }
  return (
    <dialog ref={ref} aria-labelledby="end-title" aria-describedby="end-body" onCancel={onCancel}>
      <form onSubmit={confirm} noValidate>
        <h2 id="end-title">{t.admin.endTitle(ocmw.name)}</h2>
        <p id="end-body">{t.admin.endBody}</p>
        <TextField path="endedOn" label={t.admin.fields.endedOn} type="date" value={endedOn} errors={errors} onInput={setEndedOn} required />
        {general ? (
          <p class="field-error" role="alert">
            {general}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="danger">
            {t.admin.endConfirm}
          </button>
          <button type="button" class="secondary" onClick={onCancel} autoFocus>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
