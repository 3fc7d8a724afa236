// Runs inside the Office dialog when nested app authentication is not available (older Outlook clients):
// a standard MSAL redirect flow whose result is posted back to the task pane.
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import type { ClientConfig } from "../api/types";
import type { DialogResult } from "./dialog-protocol";
import { authOptions, protocolMode } from "./msal-config";
import { messageParent } from "../office/adapter";
import { t } from "../i18n/nl-BE";

document.getElementById("status")!.textContent = t.dialog.signingIn;

const post = (result: DialogResult) => messageParent(JSON.stringify(result));

async function run() {
  const config = (await (await fetch("/api/client-config")).json()) as ClientConfig;
  const query = new URLSearchParams(location.search);
  const scopes = (query.get("scopes") ?? config.apiScope ?? "").split(" ").filter(Boolean);
  const claims = query.get("claims") ?? undefined;
  const pca = await createStandardPublicClientApplication({
    auth: { ...authOptions(config), redirectUri: config.dialogRedirectUri ?? `${location.origin}/auth-dialog.html` },
    // Every Office dialog is a new window: localStorage lets the next dialog renew the token silently (refresh token)
    // instead of asking the worker to sign in again when the first token expires.
    cache: { cacheLocation: "localStorage" },
    system: { protocolMode: protocolMode(config) },
  });
  const redirected = await pca.handleRedirectPromise();
  if (redirected) return post({ accessToken: redirected.accessToken, expiresOn: redirected.expiresOn?.getTime() });
  const account = pca.getAllAccounts()[0];
  if (account && !claims) {
    try {
      const silent = await pca.acquireTokenSilent({ scopes, account });
      return post({ accessToken: silent.accessToken, expiresOn: silent.expiresOn?.getTime() });
    } catch {
      // fall through to the redirect
    }
  }
  await pca.acquireTokenRedirect({ scopes, claims, state: query.toString() });
}

run().catch((error: unknown) => post({ error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : "sign_in_failed" }));
