/*
 * The few Office.js calls every module needs, guarded so that a client which lacks an API degrades only the check
 * that uses it. Requirement sets per client: https://learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets
 */

/** Whether the client supports Mailbox <version>. Never throws: an unknown answer is "no". */
export function supports(version: string): boolean {
  try {
    const requirements = Office.context.requirements;
    return Boolean(requirements && requirements.isSetSupported("Mailbox", version));
  } catch (error) {
    return false;
  }
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * Office's callback style as a promise: the call is made with `args` and a callback, and the promise rejects when
 * the API is missing, throws, or reports a failure, so its caller decides what a failure means for its one check.
 */
export function officeCall<T>(target: unknown, method: string, args: unknown[]): Promise<T> {
  return new Promise<T>(function (resolve, reject) {
    const holder = target as Record<string, unknown> | null | undefined;
    const fn = holder && holder[method];
    if (typeof fn !== "function") {
      reject(new Error(method + " is not available"));
      return;
    }
    const callback: Callback<T> = function (result) {
      if (result && String(result.status) === "failed") {
        reject(result.error || new Error(method + " failed"));
      } else {
        resolve(result && result.value);
      }
    };
    try {
      (fn as (...a: unknown[]) => void).apply(holder, args.concat([callback]));
    } catch (error) {
      reject(error);
    }
  });
}

/** A promise that never rejects: a failed step becomes `fallback`, and `failed` says it failed. */
export interface Settled<T> {
  value: T;
  failed: boolean;
}

export function settle<T>(promise: Promise<T>, fallback: T): Promise<Settled<T>> {
  return promise.then(
    function (value) { return { value: value, failed: false }; },
    function () { return { value: fallback, failed: true }; });
}

export function now(): number {
  return Date.now();
}

export function normalise(address: unknown): string {
  return String(address || "").trim().toLowerCase();
}

export function clip(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  return text.slice(0, max - 1) + "\u2026";
}

export function log(message: string, error?: unknown): void {
  let text = "OCMW: " + message;
  const detail = error && (error as { message?: string }).message;
  if (detail) {
    text += ": " + detail;
  }
  if (typeof console !== "undefined") {
    console.log(text);
  }
}

// console exists in every Outlook runtime, but the ES2016 library without DOM does not declare it.
declare const console: { log(message: string): void } | undefined;
