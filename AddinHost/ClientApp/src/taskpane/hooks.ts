import { useEffect, useState } from "preact/hooks";
import { api, postJson } from "../api/client";
import type { ConsentStatements, DirectoryOcmw, RecipientResult } from "../api/types";
import type { ComposeRecipients, OfficeAdapter } from "../office/adapter";

export function useDirectory(): DirectoryOcmw[] | null {
  const [ocmws, setOcmws] = useState<DirectoryOcmw[] | null>(null);
  useEffect(() => {
    // Anonymous and cacheable: fetched directly, in parallel with the sign-in set-up.
    fetch("/api/directory", { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<{ ocmws: DirectoryOcmw[] }>) : { ocmws: [] }))
      .then((d) => setOcmws(d.ocmws))
      .catch(() => setOcmws([]));
  }, []);
  return ocmws;
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
export function useRecipientCheck(office: OfficeAdapter | null, recipient: string, ocmwId: string, postalCode: string, tick: number) {
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
        const body = { recipients: all, ocmwId: ocmwId || undefined, postalCode: postalCode || undefined, context: "referral" };
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
  }, [office, recipient, ocmwId, postalCode, tick]);
  return { compose, verdicts };
}
