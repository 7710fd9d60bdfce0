/** `POST /api/match/`: the team ranked for a visitor's answers. */
import { API_BASE } from "../../lib/api-client";
import type { components } from "../../lib/api-types";
import { postJson } from "../../lib/post-json";

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

function isMatchResponse(data: unknown): data is MatchResponse {
  return typeof data === "object" && data !== null && "results" in data;
}

export async function postMatch(body: MatchRequest, signal?: AbortSignal): Promise<MatchOutcome> {
  const outcome = await postJson(MATCH_URL, body, { signal, accept: isMatchResponse });
  switch (outcome.kind) {
    case "ok":
      return { kind: "ok", response: outcome.data };
    case "invalid":
      return { ...outcome, message: outcome.message || "Some answers need attention." };
    case "throttled":
      return outcome;
    default:
      return { kind: "failed" };
  }
}
