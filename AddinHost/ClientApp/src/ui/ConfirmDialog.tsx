import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

interface Props {
  id: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
  /** The safe choice (cancel) is the primary, blue button and comes first: going on loses something. */
  cancelIsPrimary?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ComponentChildren;
}

/**
 * A modal <dialog> (focus trapped, Escape cancels) that asks before something cannot be undone. Office hosts do not
 * show window.confirm, so the pane asks itself. The safe choice has the focus.
 */
export function ConfirmDialog(p: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  const cancel = (kind: "primary" | "secondary") => (
    <button type="button" class={kind} onClick={p.onCancel} autoFocus>
      {p.cancel}
    </button>
  );
  return (
    <dialog ref={ref} aria-labelledby={`${p.id}-title`} aria-describedby={`${p.id}-body`} onCancel={p.onCancel} data-testid={`${p.id}-dialog`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          p.onConfirm();
        }}
      >
        <h2 id={`${p.id}-title`}>{p.title}</h2>
        <p id={`${p.id}-body`}>{p.body}</p>
        {p.children}
        <div class="actions">
          {p.cancelIsPrimary ? cancel("primary") : null}
          <button type="submit" class={p.danger ? "danger" : p.cancelIsPrimary ? "secondary" : "primary"}>
            {p.confirm}
          </button>
          {p.cancelIsPrimary ? null : cancel("secondary")}
        </div>
      </form>
    </dialog>
  );
}
