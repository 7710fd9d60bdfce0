/**
 * Visitors' writes to the API (the matcher, blog comments, read counts): a JSON `POST`
 * whose answer is sorted into what a form needs to show. Error bodies have the API's
 * shape, `{"error": {"code", "message", "fields"?}}`.
 */
import type { components } from "./api-types";

type ErrorBody = components["schemas"]["Error"]["error"];

export type PostOutcome<T> =
  | { kind: "ok"; status: number; data: T }
  /** 400: the message and, by request field, what is wrong with it. */
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  /** 429: the visitor has sent too many in a short time. */
  | { kind: "throttled" }
  /** Another 4xx the API explained (403 comments closed, 404 gone). */
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

export async function postJson<T>(
  url: string,
  body: unknown,
  { headers, signal, keepalive, accept }: PostOptions<T>,
): Promise<PostOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
      body: JSON.stringify(body),
      signal,
      keepalive,
    });
  } catch (error) {
    // An abort is the caller's decision, not a network problem.
    if (signal?.aborted) throw error;
    return { kind: "failed", reason: "network" };
  }
  if (response.status === 429) return { kind: "throttled" };
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) {
    return accept(data)
      ? { kind: "ok", status: response.status, data }
      : { kind: "failed", reason: "server" };
  }
  const error = errorOf(data);
  if (response.status === 400) {
    return { kind: "invalid", message: error.message ?? "", fields: fieldMessages(error) };
  }
  if (response.status >= 400 && response.status < 500 && typeof error.code === "string") {
    return {
      kind: "refused",
      status: response.status,
      code: error.code,
      message: error.message ?? "",
    };
  }
  return { kind: "failed", reason: "server" };
}
