import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { ClientConfig } from "../api/types";
import type { OfficeAdapter } from "../office/adapter";
import type { TokenSource } from "./token-source";
import { dialogUrl, parseDialogResult, type DialogToken } from "./dialog-protocol";
import { naaSource } from "./naa-source";
import { authOptions } from "./msal-config";

/** A dialog token this close to its expiry is renewed first, so a request never leaves with a token about to lapse. */
export const renewBeforeExpiryMs = 5 * 60 * 1000;

/**
 * Entra ID sign-in: nested app authentication where Outlook supports it, else the Office dialog fallback; also the
 * dialog when NAA's popup cannot open. The dialog needs Mailbox 1.4 (displayDialogAsync), which the manifests require.
 */
export async function createEntraSource(config: ClientConfig, office: OfficeAdapter): Promise<TokenSource> {
  const auth = authOptions(config);
  const scopes = [config.apiScope!];
  if (!office.supportsNestedAppAuth()) return dialogSource(office, scopes);

  const pca: IPublicClientApplication = await createNestablePublicClientApplication({ auth });
  // Where the popup cannot open (popup_window_error), the Office dialog signs in instead, as Microsoft's sample does.
  return naaSource(pca, scopes, (error) => error instanceof InteractionRequiredAuthError, () => dialogSource(office, scopes));
}

function dialogSource(office: OfficeAdapter, scopes: string[]): TokenSource {
  let cached: DialogToken | undefined;
  // Office shows one dialog at a time (12007 otherwise): calls that need a token meanwhile wait for the same one.
  let pending: Promise<DialogToken> | undefined;
  const fresh = (token: DialogToken) => token.expiresOn - Date.now() > renewBeforeExpiryMs;
  const open = (claims?: string) => {
    pending ??= office.openDialog!(dialogUrl(scopes, claims || undefined))
      .then(parseDialogResult)
      .finally(() => (pending = undefined));
    return pending;
  };
  return {
    interactive: true,
    opensDialog: true,
    async headers(claims?: string) {
      if (!office.openDialog) throw new Error("Office dialog API unavailable");
      // An expired token is renewed through the dialog, which answers silently from MSAL's cache while it can.
      if (!cached || !fresh(cached) || claims !== undefined) cached = await open(claims);
      return { Authorization: `Bearer ${cached.accessToken}` };
    },
    renew() {
      cached = undefined;
    },
  };
}
