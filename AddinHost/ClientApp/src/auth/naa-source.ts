import type { TokenSource } from "./token-source";

/** The two MSAL calls nested app authentication needs (IPublicClientApplication's, narrowed so a test can stand in). */
export interface NaaClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[]; claims?: string }): Promise<{ accessToken: string }>;
}

/**
 * MSAL's error code when its sign-in popup could not be opened (blocked, or the host refused a window). Microsoft's
 * Outlook NAA sample then signs in through the Office dialog API instead
 * (Samples/auth/Outlook-Add-in-SSO-NAA/src/taskpane/authConfig.ts in OfficeDev/Office-Add-in-samples,
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in).
 */
export const popupWindowError = "popup_window_error";

export function isPopupWindowError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { errorCode?: unknown }).errorCode === popupWindowError;
}

/**
 * Nested app authentication: silent first, the popup when interaction is required (or a challenge names claims).
 * When the popup cannot open, the dialog source takes over for this and every later request; the dialog source is
 * created once, on that first failure, so MSAL's dialog cache and its single open dialog are shared.
 */
export function naaSource(
  pca: NaaClient,
  scopes: string[],
  needsInteraction: (error: unknown) => boolean,
  dialog: () => TokenSource,
): TokenSource {
  let fallback: TokenSource | undefined;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const popup = async (claims?: string) => {
    try {
      return bearer((await pca.acquireTokenPopup({ scopes, claims: claims || undefined })).accessToken);
    } catch (error) {
      if (!isPopupWindowError(error)) throw error;
      fallback ??= dialog();
      return fallback.headers(claims);
    }
  };
  return {
    interactive: true,
    async headers(claims?: string) {
      if (fallback) return fallback.headers(claims);
      if (claims !== undefined) return popup(claims);
      try {
        return bearer((await pca.acquireTokenSilent({ scopes })).accessToken);
      } catch (error) {
        if (!needsInteraction(error)) throw error;
        return popup();
      }
    },
    // MSAL's silent call renews an expired token itself; after a fallback the dialog source keeps its own cache.
    renew() {
      fallback?.renew?.();
    },
  };
}
