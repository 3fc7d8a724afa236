import { useEffect } from "preact/hooks";

/**
 * While `active`, reloading or closing the page asks first (the browser's own prompt: Office hosts show no
 * window.confirm). For what exists nowhere else: a passphrase not yet passed on, a filled form not yet sent.
 */
export function useLeaveGuard(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [active]);
}
