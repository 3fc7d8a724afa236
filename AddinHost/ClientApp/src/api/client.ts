import type { ClientConfig, ProblemDetails } from "./types";
import type { TokenSource } from "../auth/token-source";
import { createTokenSource } from "../auth/token-source";
import { getOffice, onOfficeArrived } from "../office/adapter";
import { claimsFromChallenge } from "./challenge";

export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Headers }
  | { ok: false; status: number; problem: ProblemDetails };

/** Thrown when the host cannot be reached at all (the form keeps its data; the worker may retry). */
export class NetworkError extends Error {}

let tokens: Promise<TokenSource> | undefined;
// A token source made for preview mode must not outlive Office's late arrival (NAA becomes available then).
onOfficeArrived(() => {
  tokens = undefined;
});

export async function loadClientConfig(): Promise<ClientConfig> {
  const response = await fetch("/api/client-config", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new NetworkError(`client-config ${response.status}`);
  return (await response.json()) as ClientConfig;
}

function tokenSource(): Promise<TokenSource> {
  tokens ??= Promise.all([loadClientConfig(), getOffice()]).then(([config, office]) => createTokenSource(config, office));
  return tokens;
}

async function send(path: string, init: RequestInit, claims?: string): Promise<Response> {
  const auth = await (await tokenSource()).headers(claims);
  const headers = new Headers(init.headers);
  if (!headers.has("Accept")) headers.set("Accept", "application/json, application/problem+json");
  for (const [name, value] of Object.entries(auth)) headers.set(name, value);
  try {
    return await fetch(path, { ...init, headers });
  } catch (error) {
    throw new NetworkError(String(error));
  }
}

let markSignedIn: () => void = () => {};
const signedIn = new Promise<void>((resolve) => (markSignedIn = resolve));

/**
 * Resolves when a signed-in call can be made without opening a sign-in dialog on load: at once with nested app
 * authentication or the development stand-in, after the worker's first call went through with the dialog fallback.
 */
export async function whenSignedIn(): Promise<void> {
  if (!(await tokenSource()).opensDialog) return;
  await signedIn;
}

/** The raw response, after one interactive retry when the host answered with a claims challenge. */
export async function apiRaw(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await send(path, init);
  // A claims challenge (consent, MFA, conditional access) is not a dead end: ask again interactively, then retry once.
  const claims = response.status === 403 || response.status === 401 ? claimsFromChallenge(response.headers) : undefined;
  const source = await tokenSource();
  if (claims !== undefined && source.interactive) return send(path, init, claims);
  // A plain 401 means the token lapsed or was revoked: get a new one and try once more.
  if (response.status === 401 && source.renew) {
    source.renew();
    return send(path, init);
  }
  return response;
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  const response = await apiRaw(path, init);
  if (response.status !== 401) markSignedIn();
  return read<T>(response);
}

async function read<T>(response: Response): Promise<ApiResult<T>> {
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (response.ok) return { ok: true, status: response.status, data: body as T, headers: response.headers };
  const problem = (body && typeof body === "object" ? body : {}) as ProblemDetails;
  return { ok: false, status: response.status, problem };
}

export function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}) {
  return api<T>(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });
}

export function putJson<T>(path: string, body: unknown, headers: Record<string, string> = {}) {
  return api<T>(path, { method: "PUT", body: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });
}
