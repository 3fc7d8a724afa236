import { useEffect, useState } from "preact/hooks";
import { StatusLine, useStatus } from "../ui/StatusLine";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { DirectoryOcmw, MailboxVerification, Me, OcmwDto, ProposalDto } from "../api/types";
import { OcmwPanel } from "./OcmwPanel";
import { AuditTrail } from "./AuditTrail";
import { ConsentRegister } from "./ConsentRegister";
import { Incidents } from "./Incidents";
import { Verifications } from "./Verifications";
import { Import } from "./Import";
import { Proposals } from "./Proposals";
import { EntraRegistrationPanel } from "./EntraRegistration";
import { Denied } from "./Denied";

type Tab = "ocmws" | "proposals" | "verifications" | "import" | "audit" | "consents" | "incidents" | "entra";
type Loaded = { tabs: Tab[]; ocmws: OcmwDto[]; proposals: ProposalDto[]; verifications: MailboxVerification[] };

/** The tabs each role may use; no role implies another, a person with both sees both sets. */
const roleTabs: Record<"admin" | "dpo", Tab[]> = {
  admin: ["ocmws", "proposals", "verifications", "import", "audit", "entra"],
  dpo: ["consents", "incidents", "audit"],
};
const allTabs = Object.keys(t.admin.tabs) as Tab[];

/** Administrators read the entries themselves; a DPO only needs the OCMWs' names, from the public directory. */
async function loadFor(me: Me): Promise<Load> {
  const tabs = allTabs.filter((k) => me.roles.some((r) => r !== "worker" && roleTabs[r].includes(k)));
  if (!tabs.length) return { state: "denied" };
  if (!me.roles.includes("admin")) {
    const d = await fetch("/api/directory", { headers: { Accept: "application/json" } });
    const ocmws = d.ok ? ((await d.json()) as { ocmws: DirectoryOcmw[] }).ocmws : [];
    return { state: "ok", tabs, ocmws: ocmws as unknown as OcmwDto[], proposals: [], verifications: [] };
  }
  // The entries' states come from three lists: the approved entries, the pending proposals, the verifications.
  const [o, p, v] = await Promise.all([
    api<OcmwDto[]>("/api/admin/ocmws"),
    api<ProposalDto[]>("/api/admin/proposals?status=pending"),
    api<MailboxVerification[]>("/api/admin/verifications"),
  ]);
  return o.ok && p.ok
    ? { state: "ok", tabs, ocmws: o.data, proposals: p.data, verifications: v.ok ? v.data : [] }
    : o.status === 401 || o.status === 403 ? { state: "denied" } : { state: "error" };
}
type Load = { state: "loading" } | { state: "denied" } | { state: "error" } | ({ state: "ok" } & Loaded);

/**
 * The admin page: the tabs of Referral.Admin (allow-list) and of Referral.Dpo (register, incidents), each shown to whom
 * holds the role. The host enforces the roles; the page only leaves out what would be refused and explains a refusal.
 */
export function AdminApp() {
  const [tab, setTab] = useState<Tab>("ocmws");
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [version, setVersion] = useState(0);
  const [decided, sayDecided] = useStatus();
  const reload = () => setVersion((v) => v + 1);
  useEffect(() => {
    // A slower, older answer must not overwrite a newer one (a tab opened while the focus reload still runs).
    let current = true;
    api<Me>("/api/me")
      .then((me) => (me.ok ? loadFor(me.data) : ({ state: me.status === 401 || me.status === 403 ? "denied" : "error" } as Load)))
      .then((next) => {
        if (!current) return;
        setLoad(next);
        if (next.state === "ok" && !next.tabs.includes(tab)) setTab(next.tabs[0]);
      })
      .catch(() => current && setLoad({ state: "error" }));
    return () => {
      current = false;
    };
  }, [version]);
  // Two administrators work at once: what waits may have changed since the page was opened, so coming back to the
  // window reloads, as opening a tab does (open).
  useEffect(() => {
    window.addEventListener("focus", reload);
    return () => window.removeEventListener("focus", reload);
  }, []);
  const open = (k: Tab) => {
    setTab(k);
    reload();
  };
  const ready = load.state !== "loading";
  // Upgrading: a protocol without a team group accepts no referrals; administrators see it first.
  const teamless = load.state === "ok" && load.tabs.includes("ocmws")
    ? load.ocmws.filter((o) => !o.teamGroupIds?.length && o.status !== "ended")
    : [];
  return (
    <main class="pane admin" data-ready={ready ? "true" : "false"} data-state={load.state}>
      <h1>{t.admin.title}</h1>
      {load.state === "loading" ? <p aria-busy="true">{t.common.loading}</p> : null}
      {load.state === "denied" ? <Denied /> : null}
      {load.state === "error" ? (
        <p class="error-summary" role="alert">
          {t.common.unexpected}
        </p>
      ) : null}
      {teamless.length ? (
        <div class="notice" role="status" data-testid="teamless">
          <p>{t.admin.teamlessIntro}</p>
          <ul>
            {teamless.map((o) => (
              <li key={o.id}>{t.admin.teamless(o.name)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {load.state === "ok" ? (
        <>
          <div class="tabs" role="tablist" aria-label={t.admin.title}>
            {load.tabs.map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`tab-${k}`}
                aria-selected={tab === k ? "true" : "false"}
                aria-controls={`panel-${k}`}
                tabIndex={tab === k ? 0 : -1}
                onClick={() => open(k)}
                onKeyDown={(e) => onTabKey(e, load.tabs, tab, open)}
              >
                {t.admin.tabs[k]}
                {k === "proposals" && load.proposals.length ? <span class="count">{` (${load.proposals.length})`}</span> : null}
              </button>
            ))}
          </div>
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "ocmws" ? (
              <OcmwPanel ocmws={load.ocmws} proposals={load.proposals} verifications={load.verifications} onChanged={reload} />
            ) : null}
            {tab === "proposals" ? (
              <>
                <StatusLine status={decided} />
                <Proposals
                  proposals={load.proposals}
                  onDecided={(message) => {
                    sayDecided(message);
                    reload();
                  }}
                />
              </>
            ) : null}
            {tab === "verifications" ? <Verifications refresh={version} ocmws={load.ocmws} /> : null}
            {tab === "import" ? <Import onImported={reload} /> : null}
            {tab === "audit" ? <AuditTrail refresh={version} /> : null}
            {tab === "consents" ? <ConsentRegister ocmws={load.ocmws} refresh={version} /> : null}
            {tab === "incidents" ? <Incidents ocmws={load.ocmws} refresh={version} /> : null}
            {tab === "entra" ? <EntraRegistrationPanel /> : null}
          </section>
        </>
      ) : null}
    </main>
  );
}

/** Arrow keys move between tabs, as the ARIA tabs pattern expects. */
function onTabKey(e: KeyboardEvent, tabs: Tab[], current: Tab, setTab: (t: Tab) => void) {
  const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
  if (!delta) return;
  const next = tabs[(tabs.indexOf(current) + delta + tabs.length) % tabs.length];
  setTab(next);
  document.getElementById(`tab-${next}`)?.focus();
}
