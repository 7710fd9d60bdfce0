/**
 * Django's CSRF token, which every anonymous post to this origin carries: without it the
 * API answers 403 `csrf_failed`. `GET /api/csrf/` returns the token (and sets the
 * `csrftoken` cookie it is checked against). One request serves every post of the page
 * load; a new one is made only when the API says the token has gone stale. Posts to an
 * API on another origin (allowed by CORS) need no token.
 */
import { API_BASE, ApiError, OfflineError } from "./api-client";
import type { components } from "./api-types";

export type CsrfToken = components["schemas"]["CsrfToken"];

export const CSRF_URL = `${API_BASE}/api/csrf/`;

let current: Promise<CsrfToken> | null = null;

/** Whether a post to `url` stays on this page's origin, where Django checks the token. */
export function needsCsrfToken(url: string): boolean {
  return new URL(url, window.location.href).origin === window.location.origin;
}

function isCsrfToken(data: unknown): data is CsrfToken {
  if (typeof data !== "object" || data === null) return false;
  const { token, header } = data as Partial<CsrfToken>;
  return typeof token === "string" && token !== "" && typeof header === "string" && header !== "";
}

async function fetchCsrfToken(): Promise<CsrfToken> {
  let response: Response;
  try {
    response = await fetch(CSRF_URL, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
  } catch {
    throw new OfflineError();
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok || !isCsrfToken(data)) {
    throw new ApiError(`No CSRF token (the API answered ${response.status})`, response.status);
  }
  return data;
}

/** The page's token, fetched on first use and shared by every post after it. */
export function csrfToken(): Promise<CsrfToken> {
  if (!current) {
    const request = fetchCsrfToken();
    current = request;
    // A failed request is forgotten, so that the next post asks again.
    request.catch(() => {
      if (current === request) current = null;
    });
  }
  return current;
}

/**
 * A new token in place of `stale`, which the API refused. Posts refused at the same time
 * share one new request.
 */
export function renewCsrfToken(stale: Promise<CsrfToken>): Promise<CsrfToken> {
  if (current === stale) current = null;
  return csrfToken();
}

/** Forgets the token, as a new page load would (for tests). */
export function resetCsrfToken(): void {
  current = null;
}
