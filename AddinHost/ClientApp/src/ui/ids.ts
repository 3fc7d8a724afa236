/** DOM id for an API field path: `client.address.postalCode` → `f-client-address-postalCode`. */
export const fieldId = (path: string) => `f-${path.replace(/[.[\]]+/g, "-").replace(/-$/, "")}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;
export const hintId = (path: string) => `${fieldId(path)}-hint`;

export type FieldErrors = Record<string, string[]>;

export function describedBy(path: string, errors: FieldErrors, hint?: boolean): string | undefined {
  const ids = [hint ? hintId(path) : "", errors[path]?.length ? errorId(path) : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
