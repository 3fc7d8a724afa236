// Every Office call goes through this adapter so the pages also run in a plain browser (preview mode)
// and in browser tests (a fake installed on window before the page scripts run).

export type OfficeMode = "read" | "compose" | "preview";

export interface ComposeRecipients { to: string[]; cc: string[]; bcc: string[] }

export interface OfficeAdapter {
  readonly mode: OfficeMode;
  readonly user?: { displayName: string; email: string };
  /** To, Cc and Bcc of the open message; empty outside compose mode. Always re-read: Outlook events miss edits. */
  getRecipients(): Promise<ComposeRecipients>;
  /** Replaces an address in To/Cc/Bcc of the open message (the fix offered for a lookalike). */
  replaceRecipient(from: string, to: string): Promise<void>;
  /** True when the Office host supports nested app authentication (NestedAppAuth 1.1). */
  supportsNestedAppAuth(): boolean;
  /** Opens a page in an Office dialog and resolves with the first message it posts. */
  openDialog?(url: string): Promise<string>;
}

export interface OfficeFakeState {
  mode: OfficeMode;
  recipients?: Partial<ComposeRecipients>;
  user?: { displayName: string; email: string };
  nestedAppAuth?: boolean;
}

const readyTimeoutMs = 1500;
const empty: ComposeRecipients = { to: [], cc: [], bcc: [] };

export const previewAdapter: OfficeAdapter = {
  mode: "preview",
  getRecipients: () => Promise.resolve(empty),
  replaceRecipient: () => Promise.resolve(),
  supportsNestedAppAuth: () => false,
};

export function fakeAdapter(state: OfficeFakeState): OfficeAdapter {
  return {
    mode: state.mode,
    user: state.user,
    getRecipients: () =>
      Promise.resolve({ to: state.recipients?.to ?? [], cc: state.recipients?.cc ?? [], bcc: state.recipients?.bcc ?? [] }),
    replaceRecipient(from, to) {
      const swap = (list?: string[]) => list?.map((a) => (a.toLowerCase() === from.toLowerCase() ? to : a));
      state.recipients = { to: swap(state.recipients?.to), cc: swap(state.recipients?.cc), bcc: swap(state.recipients?.bcc) };
      return Promise.resolve();
    },
    supportsNestedAppAuth: () => state.nestedAppAuth ?? true,
    openDialog: fakeDialog,
  };
}

function readField(field: unknown): Promise<string[]> {
  const recipients = field as Partial<Office.Recipients> | undefined;
  if (typeof recipients?.getAsync !== "function") return Promise.resolve([]);
  return new Promise((resolve) =>
    recipients.getAsync!((r) => resolve(r.status === "succeeded" ? r.value.map((d) => d.emailAddress) : [])),
  );
}

function officeAdapter(): OfficeAdapter {
  const item = Office.context.mailbox?.item;
  // In compose mode `to` is a Recipients object with getAsync; in read mode it is a plain array.
  const compose = typeof (item?.to as Partial<Office.Recipients> | undefined)?.getAsync === "function";
  const profile = Office.context.mailbox?.userProfile;
  return {
    mode: compose ? "compose" : "read",
    user: profile ? { displayName: profile.displayName, email: profile.emailAddress } : undefined,
    async getRecipients() {
      if (!compose || !item) return empty;
      const [to, cc, bcc] = await Promise.all([readField(item.to), readField(item.cc), readField(item.bcc)]);
      return { to, cc, bcc };
    },
    async replaceRecipient(from, to) {
      if (!compose || !item) return;
      for (const field of [item.to, item.cc, item.bcc] as Office.Recipients[]) {
        const current = await readField(field);
        if (!current.some((a) => a.toLowerCase() === from.toLowerCase())) continue;
        const next = current.map((a) => (a.toLowerCase() === from.toLowerCase() ? to : a));
        await new Promise<void>((resolve) => field.setAsync(next, () => resolve()));
      }
    },
    supportsNestedAppAuth: () => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
    openDialog: (url) =>
      new Promise((resolve, reject) =>
        Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
          if (result.status !== "succeeded") return reject(new Error(result.error?.message ?? "dialog"));
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            resolve(arg.message ?? "");
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => reject(new Error(`dialog ${arg.error}`)));
        }),
      ),
  };
}

let cached: Promise<OfficeAdapter> | undefined;
const lateListeners = new Set<(office: OfficeAdapter) => void>();

/**
 * Resolves the adapter: real Office (or, in browser tests, the fake standing in for Outlook's mailbox once the real
 * office.js has started), or preview mode when Office has not answered within 1.5 s. Preview is not final: when
 * Office.onReady arrives later, `onOfficeArrived` listeners get the real adapter.
 */
export function getOffice(): Promise<OfficeAdapter> {
  cached ??= detect();
  return cached;
}

/** Called once if Office arrives after the pane has started in preview mode. Returns an unsubscribe function. */
export function onOfficeArrived(listener: (office: OfficeAdapter) => void): () => void {
  lateListeners.add(listener);
  return () => lateListeners.delete(listener);
}

function adapterFor(info: { host: string | null } | null): OfficeAdapter {
  if (window.__officeFake) return fakeAdapter(window.__officeFake);
  // Office.onReady resolves with host null when the page is opened outside an Office client.
  if (!info || !info.host || !Office.context.mailbox) return previewAdapter;
  return officeAdapter();
}

async function detect(): Promise<OfficeAdapter> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return window.__officeFake ? fakeAdapter(window.__officeFake) : previewAdapter;
  }
  const ready = Office.onReady().then(adapterFor, () => null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), readyTimeoutMs));
  const first = await Promise.race([ready, timeout]);
  if (first) return first;
  void ready.then((late) => {
    if (!late || late.mode === "preview") return;
    cached = Promise.resolve(late);
    for (const listener of lateListeners) listener(late);
  });
  return previewAdapter;
}

/** The dialog page's answer to the task pane (Office's messageParent; in browser tests the fake's opener window). */
export async function messageParent(message: string): Promise<void> {
  if (window.__officeFake && window.opener) {
    (window.opener as Window).postMessage({ [fakeDialogKey]: message }, location.origin);
    return;
  }
  await Office.onReady();
  Office.context.ui.messageParent(message);
}

// Marks the fake dialog's answer apart from anything else the window posts (office.js itself talks to its opener).
const fakeDialogKey = "officeFakeDialogMessage";

/**
 * The fake's dialog: a real browser window the test can drive. Like Office, it resolves with the first message the
 * page posts and fails when the worker closes the window (Office reports that as error 12006).
 */
function fakeDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const popup = window.open(url, "_blank", "popup,width=480,height=640");
    if (!popup) return reject(new Error("dialog 12009"));
    const closed = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(closed);
      window.removeEventListener("message", onMessage);
      reject(new Error("dialog 12006"));
    }, 250);
    function onMessage(event: MessageEvent) {
      if (event.source !== popup || event.origin !== location.origin) return;
      const data = event.data as Record<string, unknown> | null;
      if (!data || typeof data !== "object" || typeof data[fakeDialogKey] !== "string") return;
      clearInterval(closed);
      window.removeEventListener("message", onMessage);
      popup!.close();
      resolve(data[fakeDialogKey] as string);
    }
    window.addEventListener("message", onMessage);
  });
}
