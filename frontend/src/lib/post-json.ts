/**
 * Visitors' writes to the API (the matcher, blog comments, read counts, form
 * submissions, the newsletter): a `POST` of JSON, or of `multipart/form-data` when it
 * carries a file, whose answer is sorted into what a form needs to show. Error bodies
 * have the API's shape, `{"error": {"code", "message", "fields"?}}`.
 *
 * Every post to this origin carries Django's CSRF token (see `csrf.ts`); when the API
 * finds the token stale (403 `csrf_failed`), a new one is fetched and the same request
 * is sent once more.
 */
import { ApiError } from "./api-client";
import type { components } from "./api-types";
import { csrfToken, needsCsrfToken, renewCsrfToken } from "./csrf";

type ErrorBody = components["schemas"]["Error"]["error"];

export type PostOutcome<T> =
  | { kind: "ok"; status: number; data: T }
  /** 400: the message and, by request field, what is wrong with it. */
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  /** 429: the visitor has sent too many in a short time. */
  | { kind: "throttled" }
  /** Another 4xx the API explained (403 comments closed, 404 gone, 413 too large). */
  | { kind: "refused"; status: number; code: string; message: string }
  /** No answer (network) or no usable one (5xx, an unreadable body): worth a retry. */
  | { kind: "failed"; reason: "network" | "server" };

export interface PostOptions<T> {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Lets the request outlive the page (a read count sent as the visitor leaves). */
  keepalive?: boolean;
  /** Whether a 2xx body is what the caller expects; anything else counts as failed. */
  accept: (data: unknown) => data is T;
}

const CSRF_FAILED = "csrf_failed";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function messagesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (isRecord(value)) return Object.values(value).flatMap(messagesOf);
  return [];
}

function errorOf(body: unknown): Partial<ErrorBody> {
  return isRecord(body) && isRecord(body.error) ? (body.error as Partial<ErrorBody>) : {};
}

/** Field messages by top-level field: "availability.1.weekday" belongs to "availability". */
function fieldMessages(error: Partial<ErrorBody>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.fields ?? {})) {
    const messages = messagesOf(value);
    if (messages.length === 0) continue;
    const field = name.split(".")[0] ?? name;
    fields[field] = [fields[field], ...messages].filter(Boolean).join(" ");
  }
  return fields;
}

function outcomeOf<T>(
  status: number,
  data: unknown,
  accept: (data: unknown) => data is T,
): PostOutcome<T> {
  if (status >= 200 && status < 300) {
    return accept(data) ? { kind: "ok", status, data } : { kind: "failed", reason: "server" };
  }
  if (status === 429) return { kind: "throttled" };
  const error = errorOf(data);
  if (status === 400) {
    return { kind: "invalid", message: error.message ?? "", fields: fieldMessages(error) };
  }
  if (status >= 400 && status < 500 && typeof error.code === "string") {
    return { kind: "refused", status, code: error.code, message: error.message ?? "" };
  }
  return { kind: "failed", reason: "server" };
}

/** The post itself; `contentType` is null for FormData, whose boundary the browser sets. */
async function post<T>(
  url: string,
  body: BodyInit,
  contentType: string | null,
  { headers, signal, keepalive, accept }: PostOptions<T>,
): Promise<PostOutcome<T>> {
  let token = needsCsrfToken(url) ? csrfToken() : null;
  let renewed = false;
  for (;;) {
    let response: Response;
    try {
      const csrf = token ? await token : null;
      response = await fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          ...(contentType ? { "Content-Type": contentType } : {}),
          Accept: "application/json",
          ...(csrf ? { [csrf.header]: csrf.token } : {}),
          ...headers,
        },
        body,
        signal,
        keepalive,
      });
    } catch (error) {
      // An abort is the caller's decision, not a network problem.
      if (signal?.aborted) throw error;
      // The token request failed: an API error is the server's, anything else the network's.
      return { kind: "failed", reason: error instanceof ApiError ? "server" : "network" };
    }
    const data: unknown = await response.json().catch(() => null);
    if (token && !renewed && response.status === 403 && errorOf(data).code === CSRF_FAILED) {
      // The token went stale (a new session cookie, say): once more with a new one.
      token = renewCsrfToken(token);
      renewed = true;
      continue;
    }
    return outcomeOf(response.status, data, accept);
  }
}

export function postJson<T>(
  url: string,
  body: unknown,
  options: PostOptions<T>,
): Promise<PostOutcome<T>> {
  return post(url, JSON.stringify(body), "application/json", options);
}

/** A `multipart/form-data` post, for answers that include a file. */
export function postFormData<T>(
  url: string,
  body: FormData,
  options: PostOptions<T>,
): Promise<PostOutcome<T>> {
  return post(url, body, null, options);
}
