import { render, screen } from "@testing-library/react";
import { vi } from "vitest";

import { App } from "../app/app";
import type { ApiPage, ResolveResult } from "../lib/api-client";
import { resolveUrl } from "../lib/api-client";
import { jsonResponse, site } from "./fixtures";

/**
 * What the mocked API answers for each path, as (status, body). A key may carry the
 * listing query the resolve request passes along ("/blog/?category=licensure"); a path
 * alone answers for any query.
 */
export type Routes = Record<string, [number, unknown]>;

export function mockApi(routes: Routes) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), window.location.origin);
    const path = url.searchParams.get("path") ?? "";
    url.searchParams.delete("path");
    const query = url.searchParams.toString();
    const route = (query ? routes[`${path}?${query}`] : undefined) ?? routes[path];
    if (!route) return jsonResponse({ error: { code: "not_found", message: "Nope" } }, 404);
    return jsonResponse(route[1], route[0]);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

export function resolveCalls(fetchMock: ReturnType<typeof mockApi>): string[] {
  return fetchMock.mock.calls.map(([input]) => String(input));
}

export { resolveUrl };

/** Renders the app as the HTML shell would boot it at `path`, with inline data. */
export async function renderApp(path: string, page: ApiPage | ResolveResult) {
  window.history.replaceState(null, "", path);
  const result: ResolveResult = "kind" in page ? page : { kind: "page", page };
  const view = render(<App initial={{ path, page: result, site }} />);
  await screen.findByRole("heading", { level: 1 });
  return view;
}
