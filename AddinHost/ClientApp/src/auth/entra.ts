import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { ClientConfig } from "../api/types";
import type { OfficeAdapter } from "../office/adapter";
import type { TokenSource } from "./token-source";
import { dialogUrl, parseDialogResult } from "./dialog-protocol";

/** Entra ID sign-in: nested app authentication where Outlook supports it, else the Office dialog fallback. */
export async function createEntraSource(config: ClientConfig, office: OfficeAdapter): Promise<TokenSource> {
  if (!config.clientId || !config.apiScope) throw new Error("client-config: clientId/apiScope missing");
  const scopes = [config.apiScope];
  if (!office.supportsNestedAppAuth()) return dialogSource(office, scopes);

  const authority = `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}`;
  const pca: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority },
  });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  return {
    interactive: true,
    async headers(claims?: string) {
      if (claims !== undefined) return bearer((await pca.acquireTokenPopup({ scopes, claims: claims || undefined })).accessToken);
      try {
        return bearer((await pca.acquireTokenSilent({ scopes })).accessToken);
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        return bearer((await pca.acquireTokenPopup({ scopes })).accessToken);
      }
    },
  };
}

function dialogSource(office: OfficeAdapter, scopes: string[]): TokenSource {
  let cached: string | undefined;
  return {
    interactive: true,
    async headers(claims?: string) {
      if (!office.openDialog) throw new Error("Office dialog API unavailable");
      if (!cached || claims !== undefined) cached = parseDialogResult(await office.openDialog(dialogUrl(scopes, claims || undefined)));
      return { Authorization: `Bearer ${cached}` };
    },
  };
}
