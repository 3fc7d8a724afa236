// Runs inside the Office dialog when nested app authentication is not available (older Outlook clients):
// a standard MSAL redirect flow whose result is posted back to the task pane.
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import type { ClientConfig } from "../api/types";
import type { DialogResult } from "./dialog-protocol";
import { t } from "../i18n/nl-BE";

document.getElementById("status")!.textContent = t.dialog.signingIn;

async function post(result: DialogResult) {
  await Office.onReady();
  Office.context.ui.messageParent(JSON.stringify(result));
}

async function run() {
  const config = (await (await fetch("/api/client-config")).json()) as ClientConfig;
  const query = new URLSearchParams(location.search);
  const scopes = (query.get("scopes") ?? config.apiScope ?? "").split(" ").filter(Boolean);
  const claims = query.get("claims") ?? undefined;
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId ?? "",
      authority: `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}`,
      redirectUri: `${location.origin}/auth-dialog.html`,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  const redirected = await pca.handleRedirectPromise();
  if (redirected) return post({ accessToken: redirected.accessToken });
  const account = pca.getAllAccounts()[0];
  if (account && !claims) {
    try {
      return post({ accessToken: (await pca.acquireTokenSilent({ scopes, account })).accessToken });
    } catch {
      // fall through to the redirect
    }
  }
  await pca.acquireTokenRedirect({ scopes, claims, state: query.toString() });
}

run().catch((error: unknown) => post({ error: error instanceof Error ? error.name : "sign_in_failed" }));
