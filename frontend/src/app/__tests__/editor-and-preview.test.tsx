import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { ResolveResult } from "../../lib/api-client";
import { blogPost, viewCount } from "../../test/blog-fixtures";
import { mockFetchWithCsrf, sentPosts } from "../../test/csrf";
import { jsonResponse, site, standardPage } from "../../test/fixtures";
import { mockApi, renderApp, resolveCalls } from "../../test/render-app";
import { App } from "../app";

const EDITOR_TEXT = "You are signed in to the admin.";
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const links = (...hrefs: string[]) => [
  {
    type: "rich_text" as const,
    id: "links",
    value: { html: hrefs.map((href) => `<p><a href="${href}">to ${href}</a></p>`).join("") },
  },
];

const supervision = standardPage("Supervision", "/supervision/", links("/contact/", "/nope/"));
const contact = standardPage("Contact", "/contact/", links("/supervision/"));

afterEach(() => {
  document.cookie = "firelight_editor=; max-age=0; path=/";
});

describe("the editor bar", () => {
  it("never shows without the editor cookie", async () => {
    document.cookie = "firelight_editor_old=1; path=/";
    document.cookie = "other=firelight_editor=1; path=/";
    await renderApp("/supervision/", supervision);
    await settle();
    expect(screen.queryByText(EDITOR_TEXT)).toBeNull();
    expect(screen.queryByRole("link", { name: "Edit this page" })).toBeNull();
    document.cookie = "firelight_editor_old=; max-age=0; path=/";
    document.cookie = "other=; max-age=0; path=/";
  });

  it("shows above the header with a link to edit the page shown, following navigation", async () => {
    document.cookie = "firelight_editor=1; path=/";
    mockApi({ "/contact/": [200, contact] });
    await renderApp("/supervision/", supervision);

    const edit = await screen.findByRole("link", { name: "Edit this page" });
    expect(edit.getAttribute("href")).toBe(`/admin/pages/${supervision.id}/edit/`);
    const bar = screen.getByText(EDITOR_TEXT);
    const header = document.querySelector(".site-header")!;
    expect(bar.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(header.contains(bar)).toBe(false);

    await userEvent.click(screen.getByRole("link", { name: "to /contact/" }));
    await screen.findByRole("heading", { level: 1, name: "Contact" });
    expect(screen.getByRole("link", { name: "Edit this page" }).getAttribute("href")).toBe(
      `/admin/pages/${contact.id}/edit/`,
    );
  });

  it("has no edit link where no page is shown", async () => {
    document.cookie = "firelight_editor=1; path=/";
    await renderApp("/nope/", { kind: "not-found", message: "No page is published at /nope/." });
    await screen.findByText(EDITOR_TEXT);
    expect(screen.queryByRole("link", { name: "Edit this page" })).toBeNull();
  });
});

function renderPreview(page: ResolveResult, path = "/preview/?token=abc") {
  window.history.replaceState(null, "", path);
  return render(<App initial={{ path, page, site }} />);
}

describe("a preview of a draft", () => {
  it("shows the page with a banner saying it is not published, and when the link expires", async () => {
    renderPreview({
      kind: "page",
      page: supervision,
      preview: { expires_at: "2026-12-03T15:00:00+00:00" },
    });
    await screen.findByRole("heading", { level: 1, name: "Supervision" });
    const note = await screen.findByRole("note");
    expect(within(note).getByText("Preview of a draft: not published")).toBeTruthy();
    expect(note.textContent).toMatch(
      /This link expires on December 3, 2026 at \d{1,2}:\d{2}\s(AM|PM)\./,
    );
    // At the very top, outside the header and the page.
    expect(document.querySelector(".site-header")!.contains(note)).toBe(false);
    expect(screen.getByRole("main").contains(note)).toBe(false);
  });

  it("says nothing about expiry when it is unknown, and replaces the editor bar", async () => {
    document.cookie = "firelight_editor=1; path=/";
    renderPreview({ kind: "page", page: supervision, preview: { expires_at: null } });
    const note = await screen.findByRole("note");
    expect(note.textContent).toBe("Preview of a draft: not published");
    expect(screen.queryByText(EDITOR_TEXT)).toBeNull();
  });

  it("does not count a read of a blog post", async () => {
    const fetchMock = mockFetchWithCsrf(() => jsonResponse(viewCount));
    renderPreview({ kind: "page", page: blogPost, preview: { expires_at: null } });
    await screen.findByRole("heading", { level: 1, name: blogPost.title });
    await screen.findByRole("note");
    await settle();
    expect(sentPosts(fetchMock)).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("ends when the visitor follows a link to a published page, and is back with Back", async () => {
    mockApi({ "/contact/": [200, contact] });
    renderPreview({ kind: "page", page: supervision, preview: { expires_at: null } });
    await screen.findByRole("note");

    await userEvent.click(screen.getByRole("link", { name: "to /contact/" }));
    await screen.findByRole("heading", { level: 1, name: "Contact" });
    expect(screen.queryByRole("note")).toBeNull();

    act(() => window.history.back());
    await screen.findByRole("heading", { level: 1, name: "Supervision" });
    expect(await screen.findByRole("note")).toBeTruthy();
  });
});

describe("a preview link opened where no HTML shell inlined it (another origin)", () => {
  function mockPreviewApi(status: number, body: unknown) {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
      String(input).startsWith("/api/site/") ? jsonResponse(site) : jsonResponse(body, status),
    );
    vi.stubGlobal("fetch", fetchMock);
    return fetchMock;
  }

  it("fetches the draft by its token and shows it as a preview", async () => {
    const fetchMock = mockPreviewApi(200, supervision);
    window.history.replaceState(null, "", "/preview/?token=a%2Bb:c");
    render(<App initial={null} />);

    await screen.findByRole("heading", { level: 1, name: "Supervision" });
    const note = await screen.findByRole("note");
    expect(note.textContent).toBe("Preview of a draft: not published");
    const urls = resolveCalls(fetchMock).sort();
    expect(urls).toEqual(["/api/pages/preview/?token=a%2Bb%3Ac", "/api/site/"]);
  });

  it("shows why a link no longer works in the error state", async () => {
    const message = "This preview link has expired: ask an editor for a new one.";
    mockPreviewApi(404, { error: { code: "not_found", message } });
    window.history.replaceState(null, "", "/preview/?token=old");
    render(<App initial={null} />);

    await screen.findByRole("heading", { level: 1, name: "This page didn't load" });
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("keeps the general words for a server error", async () => {
    mockPreviewApi(500, { error: { code: "server_error", message: "Traceback…" } });
    window.history.replaceState(null, "", "/preview/?token=x");
    render(<App initial={null} />);
    await screen.findByRole("heading", { level: 1, name: "This page didn't load" });
    expect(screen.queryByText("Traceback…")).toBeNull();
    expect(screen.getByText(/That's on our side/)).toBeTruthy();
  });
});
