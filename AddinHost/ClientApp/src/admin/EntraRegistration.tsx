import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { api } from "../api/client";
import type { EntraRegistration } from "../api/types";

/**
 * "Registratie in Entra ID": the values to type into the app registration, computed by the host from the same settings
 * that fill the manifests, the task pane's sign-in and the token check (GET /api/admin/entra-registration).
 */
export function EntraRegistrationPanel() {
  const [data, setData] = useState<EntraRegistration | null | "error">(null);
  useEffect(() => {
    api<EntraRegistration>("/api/admin/entra-registration").then((r) => setData(r.ok ? r.data : "error"), () => setData("error"));
  }, []);
  const e = t.entra;
  if (data === null) return <p aria-busy="true">{t.common.loading}</p>;
  if (data === "error") return <p class="error-summary" role="alert">{t.common.unexpected}</p>;
  const rows: [string, string, string][] = [
    [e.clientId, data.clientId, e.clientIdWhere],
    [e.tenantId, data.tenantId, e.tenantIdWhere],
    [e.applicationIdUri, data.applicationIdUri, e.applicationIdUriWhere],
    [e.scope, data.scopeName, e.scopeWhere(data.scope)],
    [e.naaRedirect, data.naaRedirectUri, e.redirectWhere],
    [e.dialogRedirect, data.dialogRedirectUri, e.redirectWhere],
    [e.graph, `Microsoft Graph · ${data.graphPermission}`, e.graphWhere(data.graphPermissionType)],
    [e.workerRole, data.workerRole, e.rolesWhere],
    [e.appRole, data.adminRole, e.appRoleWhere],
    [e.dpoRole, data.dpoRole, e.rolesWhere],
    [e.groupsClaim, e.groupsClaimValue, e.groupsClaimWhere],
    [e.tokenVersion, `"requestedAccessTokenVersion": ${data.accessTokenVersion}`, e.tokenVersionWhere],
  ];
  return (
    <div class="entra" data-testid="entra-registration">
      <p>{e.intro}</p>
      <dl>
        {rows.map(([label, value, where]) => (
          <div key={label} class="entra-row">
            <dt>{label}</dt>
            <dd>
              <code>{value}</code>
              <span class="hint">{where}</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
