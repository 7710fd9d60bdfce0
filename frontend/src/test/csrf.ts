/**
 * The CSRF token every post to the API's own origin carries, and fetch mocks that
 * answer the token request so that a test only states the answers to its posts.
 */
import { vi } from "vitest";

import type { components } from "../lib/api-types";
import { CSRF_URL } from "../lib/csrf";
import { jsonResponse } from "./fixtures";

/** GET /api/csrf/ (a real answer of the demo site). */
export const csrfToken: components["schemas"]["CsrfToken"] = {
  token: "LacUB2irZN8u9BKL4gNtcyps3tDdIpKMBJ2oo7WDzVEDlW2L2w1GTtIOCzJcSVlZ",
  header: "X-CSRFToken",
};

type Answer = Response | Error | Promise<Response>;
type Handler = (input: RequestInfo | URL, init?: RequestInit) => Answer | Promise<Answer>;

export function isCsrfRequest(input: RequestInfo | URL): boolean {
  return String(input) === CSRF_URL;
}

/**
 * Stubs `fetch`: the token request gets `csrfToken`; every other request what `handler`
 * returns for it (an Error is thrown, as a network failure would be).
 */
export function mockFetchWithCsrf(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (isCsrfRequest(input)) return jsonResponse(csrfToken);
    const answer = await handler(input, init);
    if (answer instanceof Error) throw answer;
    return answer;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Stubs `fetch` to answer the token request, then each post in turn with `answers`. */
export function mockPosts(...answers: Answer[]) {
  return mockFetchWithCsrf(() => answers.shift() ?? new Error("No more answers"));
}

export interface SentPost {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
}

/** The requests a mock received other than the token's, in order. */
export function sentPosts(fetchMock: ReturnType<typeof vi.fn>): SentPost[] {
  return fetchMock.mock.calls
    .filter(([input]) => !isCsrfRequest(input as RequestInfo))
    .map(([input, init]) => {
      const request = (init ?? {}) as RequestInit;
      return {
        url: String(input),
        init: request,
        headers: (request.headers ?? {}) as Record<string, string>,
      };
    });
}

/** How many times the token was asked for. */
export function csrfRequests(fetchMock: ReturnType<typeof vi.fn>): number {
  return fetchMock.mock.calls.filter(([input]) => isCsrfRequest(input as RequestInfo)).length;
}
