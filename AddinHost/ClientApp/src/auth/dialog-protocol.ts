// The message format between the fallback sign-in dialog (auth-dialog.html) and the task pane.
export interface DialogResult { accessToken?: string; expiresOn?: number; error?: string }

export interface DialogToken { accessToken: string; expiresOn: number }

export function dialogUrl(scopes: string[], claims?: string): string {
  const query = new URLSearchParams({ scopes: scopes.join(" ") });
  if (claims) query.set("claims", claims);
  return `${location.origin}/auth-dialog.html?${query.toString()}`;
}

/** The token and when it expires (ms since 1970): MSAL's `expiresOn`, else the token's own `exp`. */
export function parseDialogResult(message: string): DialogToken {
  const result = JSON.parse(message) as DialogResult;
  if (!result.accessToken) throw new Error(result.error ?? "no token");
  return { accessToken: result.accessToken, expiresOn: result.expiresOn ?? expiryOf(result.accessToken) };
}

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}
