/** `POST /api/match/`: the team ranked for a visitor's answers. */
import { API_BASE } from "../../lib/api-client";
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];
export type MatchRequest = Schemas["MatchAnswersRequest"];
export type MatchResponse = Schemas["MatchResponse"];

export type MatchOutcome =
  | { kind: "ok"; response: MatchResponse }
  /** 400: messages by request field (nested fields are flattened into their parent). */
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  /** 429: the visitor has asked too often. */
  | { kind: "throttled" }
  /** No network, or the server failed (5xx, an unreadable answer): worth a retry. */
  | { kind: "failed" };

export const MATCH_URL = `${API_BASE}/api/match/`;

function messagesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(messagesOf);
  return [];
}

function invalidOutcome(body: unknown): MatchOutcome {
  const error =
    typeof body === "object" && body !== null
      ? (body as Partial<Schemas["Error"]>).error
      : undefined;
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(error?.fields ?? {})) {
    const messages = messagesOf(value);
    if (messages.length === 0) continue;
    // "availability.1.weekday" belongs to the "availability" control.
    const field = name.split(".")[0] ?? name;
    fields[field] = [fields[field], ...messages].filter(Boolean).join(" ");
  }
  return {
    kind: "invalid",
    message: error?.message || "Some answers need attention.",
    fields,
  };
}

export async function postMatch(body: MatchRequest, signal?: AbortSignal): Promise<MatchOutcome> {
  let response: Response;
  try {
    response = await fetch(MATCH_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: "failed" };
  }
  if (response.status === 429) return { kind: "throttled" };
  const data: unknown = await response.json().catch(() => null);
  if (response.status === 400) return invalidOutcome(data);
  if (!response.ok || typeof data !== "object" || data === null || !("results" in data)) {
    return { kind: "failed" };
  }
  return { kind: "ok", response: data as MatchResponse };
}
