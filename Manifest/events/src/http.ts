/*
 * One HTTP request with a hard deadline. fetch where it exists, XMLHttpRequest where fetch is missing or fails at
 * the network level (office-js #5907); the race settles even when either ignores being aborted. Neither is declared
 * by the ES2016 library without DOM, so the little this script uses is declared here.
 */
import { now } from "./office";

export interface RequestInit {
  method?: string;
  headers?: { [name: string]: string };
  body?: string;
}

export interface Answer {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

interface AbortControllerLike {
  signal: unknown;
  abort(): void;
}

interface XhrLike {
  status: number;
  responseText: string;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  open(method: string, url: string, async: boolean): void;
  setRequestHeader(name: string, value: string): void;
  send(body: string | null): void;
  abort(): void;
}

declare const fetch: ((url: string, init: object) => Promise<Answer>) | undefined;
declare const AbortController: (new () => AbortControllerLike) | undefined;
declare const XMLHttpRequest: (new () => XhrLike) | undefined;
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

function viaXhr(url: string, init: RequestInit, aborters: Array<() => void>): Promise<Answer> {
  return new Promise<Answer>(function (resolve, reject) {
    if (typeof XMLHttpRequest === "undefined") {
      reject(new Error("no XMLHttpRequest in this runtime"));
      return;
    }
    const xhr = new XMLHttpRequest();
    aborters.push(function () { xhr.abort(); });
    xhr.open(init.method || "GET", url, true);
    const headers = init.headers || {};
    Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
    xhr.onload = function () {
      const text = xhr.responseText;
      resolve({
        ok: xhr.status >= 200 && xhr.status < 300,
        status: xhr.status,
        json: function () { return Promise.resolve(JSON.parse(text) as unknown); },
      });
    };
    xhr.onerror = function () { reject(new Error("XMLHttpRequest failed")); };
    xhr.onabort = xhr.onerror;
    let body: string | null = null;
    if (init.body !== undefined) {
      body = init.body;
    }
    xhr.send(body);
  });
}

function attempt(url: string, init: RequestInit, aborters: Array<() => void>): Promise<Answer> {
  if (typeof fetch !== "function") {
    if (typeof XMLHttpRequest !== "undefined") {
      return viaXhr(url, init, aborters);
    }
    return Promise.reject(new Error("no HTTP client in this runtime"));
  }
  const options: { [key: string]: unknown } = {};
  Object.keys(init).forEach(function (key) { options[key] = (init as { [key: string]: unknown })[key]; });
  if (typeof AbortController !== "undefined") {
    const controller = new AbortController();
    aborters.push(function () { controller.abort(); });
    options.signal = controller.signal;
  }
  let answer = fetch(url, options);
  if (typeof XMLHttpRequest !== "undefined") {
    answer = answer.catch(function () { return viaXhr(url, init, aborters); });
  }
  return answer;
}

export function request(url: string, init: RequestInit, deadline: number): Promise<Answer> {
  const aborters: Array<() => void> = [];
  let answer: Promise<Answer>;
  try {
    answer = attempt(url, init, aborters);
  } catch (error) {
    return Promise.reject(error);
  }
  let timer: unknown;
  const expiry = new Promise<Answer>(function (_resolve, reject) {
    timer = setTimeout(function () {
      aborters.forEach(function (abort) {
        try {
          abort();
        } catch (error) {
          // Already settled.
        }
      });
      reject(new Error("timeout"));
    }, Math.max(0, deadline - now()));
  });
  return Promise.race([answer, expiry]).then(
    function (response) { clearTimeout(timer); return response; },
    function (error: unknown) { clearTimeout(timer); throw error; });
}
