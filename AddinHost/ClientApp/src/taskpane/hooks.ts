import { useEffect, useState } from "preact/hooks";
import { api, postJson, whenSignedIn } from "../api/client";
import type { ConsentStatements, DirectoryOcmw, Me, RecipientResult, ResidenceResult } from "../api/types";
import type { ComposeRecipients, OfficeAdapter } from "../office/adapter";

/**
 * Calls `load` again whenever the pane comes back into view (window focus, tab or pane shown): an administrator may have
 * approved an OCMW or confirmed its mailbox meanwhile, and the worker must see it without reopening the pane.
 */
function useOnReturn(load: () => void) {
  useEffect(() => {
    const again = () => document.visibilityState === "visible" && load();
    window.addEventListener("focus", again);
    document.addEventListener("visibilitychange", again);
    return () => {
      window.removeEventListener("focus", again);
      document.removeEventListener("visibilitychange", again);
    };
  }, []);
}

export function useDirectory(): DirectoryOcmw[] | null {
  const [ocmws, setOcmws] = useState<DirectoryOcmw[] | null>(null);
  // Anonymous: fetched directly, in parallel with the sign-in set-up. The host answers no-cache with an ETag, so the
  // browser revalidates each time and an unchanged list costs a 304; an unchanged list also keeps the same state.
  const load = () =>
    fetch("/api/directory", { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<{ ocmws: DirectoryOcmw[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((d) => setOcmws((old) => (old && JSON.stringify(old) === JSON.stringify(d.ocmws) ? old : d.ocmws)))
      .catch(() => setOcmws((old) => old ?? []));
  useEffect(() => void load(), []);
  useOnReturn(load);
  return ocmws;
}

/**
 * Who is signed in and which OCMWs their team may refer to. The directory stays complete (other views name every OCMW);
 * the form offers only these. `"later"` while the sign-in dialog has not been through yet (opening it on load would
 * surprise the worker): the form then offers every OCMW until the answer comes, and the host decides at the send anyway.
 */
export function useMe(): Me | null | "later" {
  const [me, setMe] = useState<Me | null | "later">(null);
  useEffect(() => {
    const none: Me = { userPrincipalName: "", roles: [], referableOcmwIds: [], teams: [], teamProblem: null };
    let waiting = true;
    const load = () =>
      whenSignedIn()
        .then(() => api<Me>("/api/me"))
        .then((r) => setMe(r.ok ? r.data : none), () => setMe(none))
        .finally(() => (waiting = false));
    // If the answer needs the dialog, the form goes on and the list narrows after the first signed-in call.
    const timer = setTimeout(() => waiting && setMe((m) => m ?? "later"), 1500);
    void load();
    return () => clearTimeout(timer);
  }, []);
  // Asked again when the pane comes back into view (an OCMW just given to the team), once signed in: never the dialog.
  useOnReturn(() => {
    whenSignedIn()
      .then(() => api<Me>("/api/me"))
      .then((r) => r.ok && setMe((old) => (old && old !== "later" && JSON.stringify(old) === JSON.stringify(r.data) ? old : r.data)))
      .catch(() => undefined);
  });
  return me;
}

export function useStatements(ocmwId: string): ConsentStatements | null | "loading" {
  const [statements, setStatements] = useState<ConsentStatements | null | "loading">(null);
  useEffect(() => {
    if (!ocmwId) return setStatements(null);
    let live = true;
    setStatements("loading");
    api<ConsentStatements>(`/api/consent/statements?ocmwId=${encodeURIComponent(ocmwId)}`)
      .then((r) => live && setStatements(r.ok ? r.data : null))
      .catch(() => live && setStatements(null));
    return () => {
      live = false;
    };
  }, [ocmwId]);
  return statements;
}

export type Verdicts = Record<string, RecipientResult | "checking">;

const debounceMs = 300;

/** Checks the referral recipient and the open message's recipients as the worker types (debounced). */
export function useRecipientCheck(office: OfficeAdapter | null, recipient: string, ocmwId: string, tick: number) {
  const [compose, setCompose] = useState<ComposeRecipients>({ to: [], cc: [], bcc: [] });
  const [verdicts, setVerdicts] = useState<Verdicts>({});
  useEffect(() => {
    if (!office) return;
    let live = true;
    const timer = setTimeout(async () => {
      const recipients = await office.getRecipients();
      if (!live) return;
      setCompose(recipients);
      const all = [...new Set([recipient, ...recipients.to, ...recipients.cc, ...recipients.bcc].filter(Boolean))];
      if (!all.length) return setVerdicts({});
      setVerdicts(Object.fromEntries(all.map((a) => [a.toLowerCase(), "checking" as const])));
      try {
        // The postcode is judged on its own (useResidence): a right mailbox for the wrong residence is the postcode's problem.
        const body = { recipients: all, ocmwId: ocmwId || undefined, context: "referral" };
        const r = await postJson<{ results: RecipientResult[] }>("/api/recipients/check", body);
        if (live && r.ok) setVerdicts(Object.fromEntries(r.data.results.map((v) => [v.address.toLowerCase(), v])));
        else if (live) setVerdicts({});
      } catch {
        if (live) setVerdicts({});
      }
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [office, recipient, ocmwId, tick]);
  return { compose, verdicts };
}

/** The host's verdict on the postcode for the chosen OCMW, once the postcode has four digits (debounced). */
export function useResidence(postalCode: string, ocmwId: string, directory: unknown): ResidenceResult | null {
  const [residence, setResidence] = useState<ResidenceResult | null>(null);
  useEffect(() => {
    const code = postalCode.trim();
    // A verdict for the previous postcode or OCMW must not block (or allow) the send: forget it until the new one arrives.
    setResidence(null);
    if (!/^[1-9]\d{3}$/.test(code)) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const r = await postJson<ResidenceResult>("/api/recipients/residence", { postalCode: code, ocmwId: ocmwId || undefined });
        if (live) setResidence(r.ok ? r.data : null);
      } catch {
        if (live) setResidence(null);
      }
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `directory`: a changed list (an OCMW approved or confirmed meanwhile) may change the verdict too.
  }, [postalCode, ocmwId, directory]);
  return residence;
}
