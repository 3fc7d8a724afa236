import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

interface Props {
  id: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
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
          <button type="submit" class={p.danger ? "danger" : "primary"}>
            {p.confirm}
          </button>
          <button type="button" class="secondary" onClick={p.onCancel} autoFocus>
            {p.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
