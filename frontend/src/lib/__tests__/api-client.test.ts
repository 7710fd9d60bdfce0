import { describe, expect, it, vi } from "vitest";

import { jsonResponse, standardPage } from "../../test/fixtures";
import { ApiError, fetchResolve, OfflineError, resolveUrl } from "../api-client";
import { INLINE_DATA_ID, readInlineData } from "../inline-data";

describe("fetchResolve", () => {
  it("requests the resolve endpoint with the encoded path", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(standardPage("Group", "/supervision/group/")));
    vi.stubGlobal("fetch", fetchMock);
    const result = await fetchResolve("/supervision/group/");
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(String(fetchMock.mock.calls[0]![0 as never])).toBe(
      "/api/pages/resolve/?path=%2Fsupervision%2Fgroup%2F",
    );
    expect(result).toMatchObject({ kind: "page", page: { title: "Group" } });
    expect(resolveUrl("/a b/")).toBe("/api/pages/resolve/?path=%2Fa%20b%2F");
  });

  it("passes the location's query along, except a `path` of its own", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(standardPage("Blog", "/blog/")));
    vi.stubGlobal("fetch", fetchMock);
    await fetchResolve("/blog/", { search: "?category=supervision&page=2&path=/admin/" });
    expect(String(fetchMock.mock.calls[0]![0 as never])).toBe(
      "/api/pages/resolve/?path=%2Fblog%2F&category=supervision&page=2",
    );
    expect(resolveUrl("/blog/", "?tag=new clinicians")).toBe(
      "/api/pages/resolve/?path=%2Fblog%2F&tag=new+clinicians",
    );
    expect(resolveUrl("/blog/", "")).toBe("/api/pages/resolve/?path=%2Fblog%2F");
  });

  it("returns redirects as data and 404s as not found", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ redirect: { to: "/new/", permanent: true } })),
    );
    expect(await fetchResolve("/old/")).toEqual({ kind: "redirect", to: "/new/", permanent: true });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ error: { code: "not_found", message: "No page" } }, 404)),
    );
    expect(await fetchResolve("/nope/")).toEqual({ kind: "not-found", message: "No page" });
  });

  it("tells server errors from network failures", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ error: {} }, 500)),
    );
    await expect(fetchResolve("/a/")).rejects.toBeInstanceOf(ApiError);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(fetchResolve("/a/")).rejects.toBeInstanceOf(OfflineError);
  });
});

describe("readInlineData", () => {
  it("reads the page and site the HTML shell inlined", () => {
    document.body.innerHTML = `<script id="${INLINE_DATA_ID}" type="application/json">${JSON.stringify(
      {
        path: "/nope/",
        page: { error: { code: "not_found", message: "Gone" } },
        site: { name: "F" },
      },
    )}</script>`;
    expect(readInlineData()).toEqual({
      path: "/nope/",
      page: { kind: "not-found", message: "Gone" },
      site: { name: "F" },
    });
  });

  it("marks a preview of a draft, with when its link expires", () => {
    const page = standardPage("Draft", "/draft/");
    const inline = (data: object) => {
      document.body.innerHTML = `<script id="${INLINE_DATA_ID}" type="application/json">${JSON.stringify(
        { path: "/draft/", page, site: null, ...data },
      )}</script>`;
      return readInlineData()?.page;
    };
    expect(inline({ preview: { expires_at: "2026-12-03T14:00:00+00:00" } })).toEqual({
      kind: "page",
      page,
      preview: { expires_at: "2026-12-03T14:00:00+00:00" },
    });
    expect(inline({ preview: { expires_at: null } })).toEqual({
      kind: "page",
      page,
      preview: { expires_at: null },
    });
    expect(inline({})).toEqual({ kind: "page", page });
  });

  it("is null without the element (the Vite dev server)", () => {
    document.body.innerHTML = "";
    expect(readInlineData()).toBeNull();
  });
});
