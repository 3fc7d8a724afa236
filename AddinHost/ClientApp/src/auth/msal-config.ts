// The MSAL settings both sign-in paths share, all taken from the host's client-config (one source of truth).
import { ProtocolMode, type BrowserAuthOptions } from "@azure/msal-browser";
import type { ClientConfig } from "../api/types";

export function authOptions(config: ClientConfig): BrowserAuthOptions {
  if (!config.clientId || !config.apiScope || !config.authority) throw new Error("client-config: clientId/apiScope/authority missing");
  return {
    clientId: config.clientId,
    authority: config.authority,
    // Only a provider other than the Microsoft identity platform is listed: MSAL then skips Microsoft's instance discovery.
    knownAuthorities: config.knownAuthorities ?? [],
  };
}

export function protocolMode(config: ClientConfig) {
  return config.protocolMode === "OIDC" ? ProtocolMode.OIDC : ProtocolMode.AAD;
}
