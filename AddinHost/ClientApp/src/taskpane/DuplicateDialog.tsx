import { useEffect, useRef } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { formatDate } from "../ui/dates";

interface Props {
  earlierReference: string;
  earlierSentAt: string;
  ocmw: string;
  onSend: () => void;
  onStop: () => void;
}

/**
 * The team sent this client to this OCMW less than 30 days ago: ask before a second referral leaves. Not sending is the
 * safe choice, so it is the primary button and has the focus; Escape also stops.
 */
export function DuplicateDialog(p: Props) {
  const tp = t.taskpane;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="duplicate-title"
      aria-describedby="duplicate-body"
      onCancel={(e) => {
        e.preventDefault();
        p.onStop();
      }}
      data-testid="duplicate-dialog"
    >
      <h2 id="duplicate-title">{tp.duplicateTitle}</h2>
      <p id="duplicate-body">{tp.duplicateBody(p.earlierReference, formatDate(p.earlierSentAt), p.ocmw)}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={p.onStop} autoFocus>
          {tp.duplicateStop}
        </button>
        <button type="button" class="secondary" onClick={p.onSend}>
          {tp.duplicateSend}
        </button>
      </div>
    </dialog>
  );
}
