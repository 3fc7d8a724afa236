import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { MailboxVerification, OcmwDto, ProposalDto } from "../api/types";
import { OcmwPanel } from "./OcmwPanel";
import { AuditTrail } from "./AuditTrail";
import { ConsentRegister } from "./ConsentRegister";
import { Incidents } from "./Incidents";
import { Verifications } from "./Verifications";
import { Import } from "./Import";
import { Proposals } from "./Proposals";
import { EntraRegistrationPanel } from "./EntraRegistration";

type Tab = "ocmws" | "proposals" | "verifications" | "import" | "audit" | "consents" | "incidents" | "entra";
type Loaded = { ocmws: OcmwDto[]; proposals: ProposalDto[]; verifications: MailboxVerification[] };
type Load = { state: "loading" } | { state: "denied" } | { state: "error" } | ({ state: "ok" } & Loaded);

/** The admin page (role Referral.Admin). The host enforces the role; the page only explains a refusal. */
export function AdminApp() {
  const [tab, setTab] = useState<Tab>("ocmws");
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [version, setVersion] = useState(0);
  const [decided, setDecided] = useState("");
  useEffect(() => {
    // The entries' states come from three lists: the approved entries, the pending proposals, the verifications.
    Promise.all([
      api<OcmwDto[]>("/api/admin/ocmws"),
      api<ProposalDto[]>("/api/admin/proposals?status=pending"),
      api<MailboxVerification[]>("/api/admin/verifications"),
    ])
      .then(([o, p, v]) =>
        setLoad(
          o.ok && p.ok
            ? { state: "ok", ocmws: o.data, proposals: p.data, verifications: v.ok ? v.data : [] }
            : o.status === 401 || o.status === 403 ? { state: "denied" } : { state: "error" },
        ),
      )
      .catch(() => setLoad({ state: "error" }));
  }, [version]);
  const ready = load.state !== "loading";
  return (
    <main class="pane admin" data-ready={ready ? "true" : "false"} data-state={load.state}>
      <h1>{t.admin.title}</h1>
      {load.state === "loading" ? <p aria-busy="true">{t.common.loading}</p> : null}
      {load.state === "denied" ? (
        <p class="error-summary" role="alert">
          {t.common.accessDenied}
        </p>
      ) : null}
      {load.state === "error" ? (
        <p class="error-summary" role="alert">
          {t.common.unexpected}
        </p>
      ) : null}
      {load.state === "ok" ? (
        <>
          <div class="tabs" role="tablist" aria-label={t.admin.title}>
            {(Object.keys(t.admin.tabs) as Tab[]).map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`tab-${k}`}
                aria-selected={tab === k ? "true" : "false"}
                aria-controls={`panel-${k}`}
                tabIndex={tab === k ? 0 : -1}
                onClick={() => setTab(k)}
                onKeyDown={(e) => onTabKey(e, tab, setTab)}
              >
                {t.admin.tabs[k]}
                {k === "proposals" && load.proposals.length ? <span class="count">{` (${load.proposals.length})`}</span> : null}
              </button>
            ))}
          </div>
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "ocmws" ? (
              <OcmwPanel ocmws={load.ocmws} proposals={load.proposals} verifications={load.verifications} onChanged={() => setVersion((v) => v + 1)} />
            ) : null}
            {tab === "proposals" ? (
              <>
                <p class="status-line" role="status" aria-live="polite">
                  {decided}
                </p>
                <Proposals
                  proposals={load.proposals}
                  onDecided={(message) => {
                    setDecided(message);
                    setVersion((v) => v + 1);
                  }}
                />
              </>
            ) : null}
            {tab === "verifications" ? <Verifications /> : null}
            {tab === "import" ? <Import onImported={() => setVersion((v) => v + 1)} /> : null}
            {tab === "audit" ? <AuditTrail /> : null}
            {tab === "consents" ? <ConsentRegister ocmws={load.ocmws} /> : null}
            {tab === "incidents" ? <Incidents ocmws={load.ocmws} /> : null}
            {tab === "entra" ? <EntraRegistrationPanel /> : null}
          </section>
        </>
      ) : null}
    </main>
  );
}

/** Arrow keys move between tabs, as the ARIA tabs pattern expects. */
function onTabKey(e: KeyboardEvent, current: Tab, setTab: (t: Tab) => void) {
  const tabs = Object.keys(t.admin.tabs) as Tab[];
  const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
  if (!delta) return;
  const next = tabs[(tabs.indexOf(current) + delta + tabs.length) % tabs.length];
  setTab(next);
  document.getElementById(`tab-${next}`)?.focus();
}
