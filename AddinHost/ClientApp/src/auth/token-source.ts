import type { ClientConfig } from "../api/types";
import type { OfficeAdapter } from "../office/adapter";

/** Produces the headers that identify the worker to the host. */
export interface TokenSource {
  /** `claims` (possibly "") comes from a challenge and forces an interactive request. */
  headers(claims?: string): Promise<Record<string, string>>;
  readonly interactive: boolean;
  /** True when the first token needs the Office sign-in dialog: calls on load must then wait for the worker's first action. */
  readonly opensDialog?: boolean;
  /** Forgets a cached token the host refused (401), so the next `headers()` gets a new one. */
  renew?(): void;
}

/**
 * Development stand-in: the host trusts X-Dev-User / X-Dev-Roles / X-Dev-Groups only in Development auth mode.
 * The query string (?devUser=&devRoles=&devGroups=) lets a developer or a test act as another worker, team, admin or DPO.
 */
function developmentSource(office: OfficeAdapter): TokenSource {
  const query = new URLSearchParams(location.search);
  const user = query.get("devUser") ?? office.user?.email;
  const roles = query.get("devRoles");
  const headers: Record<string, string> = {};
  if (user) headers["X-Dev-User"] = user;
  if (roles) headers["X-Dev-Roles"] = roles;
  const groups = query.get("devGroups");
  if (groups) headers["X-Dev-Groups"] = groups;
  return { interactive: false, headers: () => Promise.resolve(headers) };
}

export async function createTokenSource(config: ClientConfig, office: OfficeAdapter): Promise<TokenSource> {
  if (config.authMode === "Development") return developmentSource(office);
  // MSAL is loaded only when it is really needed, so it never weighs on the pane's first load in development.
  const { createEntraSource } = await import("./entra");
  return createEntraSource(config, office);
}
