// The message format between the fallback sign-in dialog (auth-dialog.html) and the task pane.
export interface DialogResult { accessToken?: string; error?: string }

export function dialogUrl(scopes: string[], claims?: string): string {
  const query = new URLSearchParams({ scopes: scopes.join(" ") });
  if (claims) query.set("claims", claims);
  return `${location.origin}/auth-dialog.html?${query.toString()}`;
}

export function parseDialogResult(message: string): string {
  const result = JSON.parse(message) as DialogResult;
  if (!result.accessToken) throw new Error(result.error ?? "no token");
  return result.accessToken;
}
