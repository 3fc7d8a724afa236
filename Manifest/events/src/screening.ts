/*
 * Asks the host about the recipients, within the time budget, and keeps a small cache of the agreed mailboxes for
 * when the host does not answer. Classic Outlook's JavaScript-only runtime has no localStorage
 * (https://learn.microsoft.com/office/dev/add-ins/develop/event-based-activation, "Behavior and limitations"), so the
 * cache lives in memory, in localStorage where a browser runtime has it, and in the roaming settings.
 */
import { CACHE_KEY, HOST_ORIGIN } from "./config";
import { request } from "./http";
import { normalise } from "./office";

export interface Verdict {
  address: string;
  verdict: string;
  message?: string;
  suggestion?: string;
  allowedMailbox?: boolean;
}

export interface DirectoryCache {
  mailboxes: string[];
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

declare const localStorage: StorageLike | undefined;
declare const location: { origin?: string } | undefined;

let memoryCache: DirectoryCache | null = null;

export function hostOrigin(): string {
  if (HOST_ORIGIN.indexOf("__") !== 0) {
    return HOST_ORIGIN;
  }
  // Not served by the host (a page opened from disk): relative to the page, where there is one.
  if (typeof location !== "undefined" && location.origin) {
    return location.origin;
  }
  return "";
}

export function screen(addresses: string[], deadline: number): Promise<{ [address: string]: Verdict }> {
  return request(hostOrigin() + "/api/recipients/screen", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ recipients: addresses }),
  }, deadline).then(function (response) {
    if (!response.ok) {
      throw new Error("screening answered " + response.status);
    }
    return response.json();
  }).then(function (body) {
    const byAddress: { [address: string]: Verdict } = {};
    const answer = body as { results?: Verdict[] } | null;
    const results: Verdict[] = (answer && answer.results) || [];
    results.forEach(function (result) { byAddress[normalise(result.address)] = result; });
    return byAddress;
  });
}

function roaming(): Office.RoamingSettings | null {
  try {
    return (Office.context && Office.context.roamingSettings) || null;
  } catch (error) {
    return null;
  }
}

export function loadCache(): DirectoryCache | null {
  if (memoryCache) {
    return memoryCache;
  }
  try {
    let raw: string | null = null;
    if (typeof localStorage !== "undefined") {
      raw = localStorage.getItem(CACHE_KEY);
    }
    const settings = roaming();
    if (!raw && settings) {
      raw = (settings.get(CACHE_KEY) as string | undefined) || null;
    }
    if (raw) {
      memoryCache = JSON.parse(raw) as DirectoryCache;
    }
  } catch (error) {
    memoryCache = null;
  }
  return memoryCache;
}

function saveCache(cache: DirectoryCache): void {
  memoryCache = cache;
  const raw = JSON.stringify(cache);
  try {
    if (typeof localStorage !== "undefined") {
      localStorage.setItem(CACHE_KEY, raw);
    }
    const settings = roaming();
    if (settings) {
      settings.set(CACHE_KEY, raw);
      settings.saveAsync(function () { /* best effort */ });
    }
  } catch (error) {
    // The in-memory copy is enough for this session.
  }
}

interface Directory {
  ocmws?: Array<{ status?: string; mailboxes?: string[] }>;
}

/*
 * Keeps only what the offline decision needs: the agreed mailboxes of protocols in force. A plain GET with no
 * request header, so no runtime sends a CORS preflight for it (If-None-Match would force one).
 */
export function refreshDirectory(deadline: number): Promise<DirectoryCache | null> {
  return request(hostOrigin() + "/api/directory", { method: "GET" }, deadline).then(function (response) {
    if (!response.ok) {
      throw new Error("directory answered " + response.status);
    }
    return response.json().then(function (body) {
      const mailboxes: string[] = [];
      ((body as Directory | null) && (body as Directory).ocmws || []).forEach(function (ocmw) {
        if (ocmw.status === "inForce") {
          (ocmw.mailboxes || []).forEach(function (mailbox) { mailboxes.push(normalise(mailbox)); });
        }
      });
      const fresh: DirectoryCache = { mailboxes: mailboxes };
      saveCache(fresh);
      return fresh;
    });
  }).catch(function () { return loadCache(); });
}
