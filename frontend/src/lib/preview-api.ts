/**
 * `GET /api/pages/preview/?token=`: the draft behind a shareable preview link, for the
 * SPA served from another origin than the backend. On the backend's own origin the HTML
 * shell inlines the draft instead, and this module is never loaded.
 */
import {
  API_BASE,
  ApiError,
  parseResolveBody,
  RefusedError,
  request,
  type ResolveResult,
} from "./api-client";

export function previewUrl(token: string): string {
  return `${API_BASE}/api/pages/preview/?token=${encodeURIComponent(token)}`;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The draft as a page marked `preview`; an expired or unknown link is a RefusedError. */
export async function fetchPreview(token: string, signal?: AbortSignal): Promise<ResolveResult> {
  const response = await request(previewUrl(token), signal);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = field(field(body, "error"), "message");
    // "This preview link has expired.": the visitor should read why, not "try again".
    if (response.status < 500 && typeof message === "string") throw new RefusedError(message);
    throw new ApiError(`The API answered ${response.status}`, response.status);
  }
  const result = parseResolveBody(body);
  if (result.kind !== "page") throw new ApiError("A preview link must show a page", 200);
  // The endpoint does not say when the link expires (unless it adds a `preview` key).
  const expiresAt = field(field(body, "preview"), "expires_at");
  return { ...result, preview: { expires_at: typeof expiresAt === "string" ? expiresAt : null } };
}
