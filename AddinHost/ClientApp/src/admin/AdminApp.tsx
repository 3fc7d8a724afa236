import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { OcmwDto } from "../api/types";
import { OcmwPanel } from "./OcmwPanel";
import { AuditTrail } from "./AuditTrail";
import { ConsentRegister } from "./ConsentRegister";
import { Verifications } from "./Verifications";
import { EntraRegistrationPanel } from "./EntraRegistration";

type Tab = "ocmws" | "verifications" | "audit" | "consents" | "entra";
type Load = { state: "loading" } | { state: "denied" } | { state: "error" } | { state: "ok"; ocmws: OcmwDto[] };

/** The admin page (role Referral.Admin). The host enforces the role; the page only explains a refusal. */
export function AdminApp() {
  const [tab, setTab] = useState<Tab>("ocmws");
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api<OcmwDto[]>("/api/admin/ocmws")
      .then((r) => setLoad(r.ok ? { state: "ok", ocmws: r.data } : r.status === 401 || r.status === 403 ? { state: "denied" } : { state: "error" }))
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
              </button>
            ))}
          </div>
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "ocmws" ? <OcmwPanel ocmws={load.ocmws} onChanged={() => setVersion((v) => v + 1)} /> : null}
            {tab === "verifications" ? <Verifications /> : null}
            {tab === "audit" ? <AuditTrail /> : null}
            {tab === "consents" ? <ConsentRegister ocmws={load.ocmws} /> : null}
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
