/**
 * Reads the claims from a `WWW-Authenticate: Bearer ... claims="..." ` challenge (Microsoft.Identity.Web sends them
 * base64-encoded or as JSON). Returns "" for a challenge without claims (e.g. insufficient_scope), undefined when
 * the response carries no challenge at all.
 */
export function claimsFromChallenge(headers: Headers): string | undefined {
  const header = headers.get("WWW-Authenticate");
  if (!header || !/^Bearer\b/i.test(header)) return undefined;
  const match = /claims="([^"]*)"/i.exec(header);
  if (!match) return /insufficient_scope|insufficient_claims|interaction_required/i.test(header) ? "" : undefined;
  const raw = match[1];
  if (raw.trim().startsWith("{")) return raw;
  try {
    return atob(raw);
  } catch {
    return raw;
  }
}
