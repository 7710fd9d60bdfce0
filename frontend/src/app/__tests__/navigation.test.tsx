import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { ANNOUNCER_ID } from "../../lib/announce";
import { blogIndexCategoryPage, blogIndexPage, blogIndexPage2 } from "../../test/blog-fixtures";
import { homePage, site, standardPage } from "../../test/fixtures";
import { mockApi, renderApp, resolveCalls } from "../../test/render-app";
import { teamIndexPage, teamMemberPage } from "../../test/team-fixtures";
import { App } from "../app";

const links = (...hrefs: string[]) => [
  {
    type: "rich_text" as const,
    id: "links",
    value: { html: hrefs.map((href) => `<p><a href="${href}">to ${href}</a></p>`).join("") },
  },
];

const start = standardPage(
  "Supervision",
  "/supervision/",
  links("/supervision/group/", "/old/", "/nope/"),
);
const group = standardPage("Group supervision", "/supervision/group/", links("/supervision/"));

const announcer = () => document.getElementById(ANNOUNCER_ID)!;

describe("client-side navigation", () => {
  it("updates the title and meta, focuses the h1 and announces the page", async () => {
    mockApi({ "/supervision/group/": [200, group] });
    await renderApp("/supervision/", start);

    await userEvent.click(screen.getByRole("link", { name: "to /supervision/group/" }));

    const heading = await screen.findByRole("heading", { level: 1, name: "Group supervision" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe("Group supervision | Firelight Clinical Supervision");
    expect(document.head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content).toBe(
      "All about group supervision.",
    );
    expect(document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href).toBe(
      "https://firelight.example/supervision/group/",
    );
    await waitFor(() => expect(announcer().textContent).toBe("Group supervision page loaded"));
    expect(window.scrollTo).toHaveBeenLastCalledWith(0, 0);
    // The breadcrumb trail follows the page.
    const crumbs = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(crumbs.querySelector('[aria-current="page"]')?.textContent).toBe("Group supervision");
  });

  it("does not move focus or announce on the first load", async () => {
    await renderApp("/supervision/", start);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(document.activeElement).toBe(document.body);
    expect(announcer().textContent).toBe("");
  });

  it("follows a redirect given as data by replacing the location, keeping the query", async () => {
    const fetchMock = mockApi({
      "/old/": [200, { redirect: { to: "/supervision/group/", permanent: true } }],
      "/supervision/group/": [200, group],
    });
    await renderApp("/supervision/", start);
    // The link carries a campaign tag that must survive the redirect.
    screen.getByRole("link", { name: "to /old/" }).setAttribute("href", "/old/?utm_source=mail");
    const replaceState = vi.spyOn(window.history, "replaceState");
    const entries = window.history.length;

    await userEvent.click(screen.getByRole("link", { name: "to /old/" }));

    await screen.findByRole("heading", { level: 1, name: "Group supervision" });
    expect(window.location.pathname + window.location.search).toBe(
      "/supervision/group/?utm_source=mail",
    );
    expect(replaceState).toHaveBeenCalledWith(
      expect.anything(),
      "",
      "/supervision/group/?utm_source=mail",
    );
    // One entry for the click; the redirect replaced it rather than adding another.
    expect(window.history.length).toBe(entries + 1);
    // The query goes along to the API, which reads what listings need and ignores the rest.
    expect(resolveCalls(fetchMock)).toEqual([
      "/api/pages/resolve/?path=%2Fold%2F&utm_source=mail",
      "/api/pages/resolve/?path=%2Fsupervision%2Fgroup%2F&utm_source=mail",
    ]);
  });

  it("never follows a redirect to a javascript: URL", async () => {
    mockApi({ "/old/": [200, { redirect: { to: "javascript:alert(1)", permanent: true } }] });
    const assign = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign });
    await renderApp("/supervision/", start);

    await userEvent.click(screen.getByRole("link", { name: "to /old/" }));

    await waitFor(() => expect(announcer().textContent).toMatch(/could not be loaded/));
    expect(assign).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("shows the designed not-found page for a 404, with the menu still there", async () => {
    mockApi({});
    await renderApp("/supervision/", start);

    await userEvent.click(screen.getByRole("link", { name: "to /nope/" }));

    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "We couldn't find that page",
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(window.location.pathname).toBe("/nope/");
    expect(document.title).toBe("Page not found | Firelight Clinical Supervision");
    expect(screen.getByRole("navigation", { name: "Main" })).toBeTruthy();
    const main = screen.getByRole("main");
    for (const href of ["/", "/supervision/", "/contact/"]) {
      expect(main.querySelector(`a[href="${href}"]`), href).not.toBeNull();
    }
    await waitFor(() => expect(announcer().textContent).toBe("Page not found"));
  });

  it("renders the not-found page from inline data for an unknown path", async () => {
    await renderApp("/nope/", { kind: "not-found", message: "No page is published at /nope/." });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "We couldn't find that page",
    );
  });

  it("restores back/forward pages from the cache with their scroll position", async () => {
    const fetchMock = mockApi({ "/supervision/group/": [200, group] });
    await renderApp("/supervision/", start);
    Object.defineProperty(window, "scrollY", { value: 640, configurable: true });

    await userEvent.click(screen.getByRole("link", { name: "to /supervision/group/" }));
    await screen.findByRole("heading", { level: 1, name: "Group supervision" });
    Object.defineProperty(window, "scrollY", { value: 0, configurable: true });

    act(() => window.history.back());
    const heading = await screen.findByRole("heading", { level: 1, name: "Supervision" });
    await waitFor(() => expect(window.scrollTo).toHaveBeenLastCalledWith(0, 640));
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe("Supervision | Firelight Clinical Supervision");
    // Back came from the cache: still only the one request for the group page.
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it("keeps the previous page visible while the next one loads, then aborts it for a newer one", async () => {
    let release: (value: Response) => void = () => undefined;
    const signals: AbortSignal[] = [];
    const fetchMock = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      return new Promise<Response>((resolve) => (release = resolve));
    });
    vi.stubGlobal("fetch", fetchMock);
    await renderApp("/supervision/", start);

    fireEvent.click(screen.getByRole("link", { name: "to /supervision/group/" }));
    await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("true"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Supervision");

    fireEvent.click(screen.getByRole("link", { name: "to /nope/" }));
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    release(
      new Response(JSON.stringify({ error: { code: "not_found", message: "x" } }), { status: 404 }),
    );
    await screen.findByRole("heading", { level: 1, name: "We couldn't find that page" });
    expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false");
  });

  it("offers a retry after a server error", async () => {
    const fetchMock = mockApi({
      "/supervision/group/": [500, { error: { code: "server_error" } }],
    });
    await renderApp("/supervision/", start);
    await userEvent.click(screen.getByRole("link", { name: "to /supervision/group/" }));
    await screen.findByRole("heading", { level: 1, name: "This page didn't load" });

    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(group), { status: 200 }));
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { level: 1, name: "Group supervision" });
  });

  it("says the site is temporarily unavailable on a 503, and retries", async () => {
    const fetchMock = mockApi({
      "/supervision/group/": [503, { error: { code: "unavailable", message: "Down" } }],
    });
    await renderApp("/supervision/", start);
    await userEvent.click(screen.getByRole("link", { name: "to /supervision/group/" }));
    const heading = await screen.findByRole("heading", { level: 1, name: "We'll be right back" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await waitFor(() =>
      expect(announcer().textContent).toBe(
        "The site is temporarily unavailable. The page could not be loaded.",
      ),
    );

    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(group), { status: 200 }));
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { level: 1, name: "Group supervision" });
  });

  it("says the visitor is offline when the network fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await renderApp("/supervision/", start);
    await userEvent.click(screen.getByRole("link", { name: "to /supervision/group/" }));
    await screen.findByRole("heading", { level: 1, name: "You appear to be offline" });
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("renders the home page without breadcrumbs", async () => {
    await renderApp("/", homePage());
    expect(screen.queryByRole("navigation", { name: "Breadcrumb" })).toBeNull();
  });
});

describe("listing queries", () => {
  const categories = () => screen.getByRole("navigation", { name: "Blog categories" });

  it("loads another filter of a listing with one resolve carrying the query, cached by path and query", async () => {
    const fetchMock = mockApi({ "/blog/?category=licensure": [200, blogIndexCategoryPage] });
    await renderApp("/blog/", blogIndexPage);

    await userEvent.click(within(categories()).getByRole("link", { name: /^Licensure/ }));

    await screen.findByRole("heading", { level: 1, name: "Blog: Posts in Licensure" });
    expect(window.location.pathname + window.location.search).toBe("/blog/?category=licensure");
    // The head follows once the page is on screen (with the focus move and announcement).
    await waitFor(() =>
      expect(document.title).toBe("Blog: Licensure | Firelight Clinical Supervision"),
    );
    // Feed readers find the blog's RSS, as on a page the shell served.
    expect(
      document.head.querySelector<HTMLLinkElement>('link[type="application/rss+xml"]')?.href,
    ).toBe("http://127.0.0.1:8000/blog/feed/");
    expect(resolveCalls(fetchMock)).toEqual([
      "/api/pages/resolve/?path=%2Fblog%2F&category=licensure",
    ]);

    // Back and Forward change only the query: each shows its own listing, from the cache.
    act(() => window.history.back());
    await screen.findByRole("heading", { level: 1, name: "Blog" });
    expect(within(categories()).queryByRole("link", { current: "page" })).toBeNull();
    act(() => window.history.forward());
    await screen.findByRole("heading", { level: 1, name: "Blog: Posts in Licensure" });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it("loads a listing again when Back changes only its query and the entry is not cached", async () => {
    // A visitor went from the Licensure filter to page 2, reloaded, then pressed Back.
    window.history.replaceState(null, "", "/blog/?category=licensure");
    window.history.pushState(null, "", "/blog/?page=2");
    const fetchMock = mockApi({ "/blog/?category=licensure": [200, blogIndexCategoryPage] });
    await renderApp("/blog/?page=2", blogIndexPage2);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Blog, page 2 of 2");

    act(() => window.history.back());

    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "Blog: Posts in Licensure",
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(resolveCalls(fetchMock)).toEqual([
      "/api/pages/resolve/?path=%2Fblog%2F&category=licensure",
    ]);
  });

  it("leaves the listing up when only the hash changes", async () => {
    const fetchMock = mockApi({});
    await renderApp("/blog/", blogIndexPage);
    act(() => {
      window.history.pushState(null, "", "/blog/#posts");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Blog");
  });

  it("fetches the first page with its query when there is no inline data", async () => {
    const fetchMock = mockApi({ "/blog/?category=licensure": [200, blogIndexCategoryPage] });
    window.history.replaceState(null, "", "/blog/?category=licensure");
    render(<App initial={{ path: "/blog/", page: null, site }} />);
    await screen.findByRole("heading", { level: 1, name: "Blog: Posts in Licensure" });
    expect(resolveCalls(fetchMock)).toEqual([
      "/api/pages/resolve/?path=%2Fblog%2F&category=licensure",
    ]);
  });

  it("keeps the team directory's own filters on Back from a profile, from the cache", async () => {
    const fetchMock = mockApi({ "/team/maya-okafor/": [200, teamMemberPage] });
    const user = userEvent.setup();
    await renderApp("/team/", teamIndexPage);
    await user.selectOptions(screen.getByLabelText("Specialty"), "Trauma and PTSD");
    expect(window.location.search).toBe("?specialty=Trauma+and+PTSD");

    await user.click(screen.getByRole("link", { name: "Maya Okafor" }));
    await screen.findByRole("heading", { level: 1, name: "Maya Okafor" });

    act(() => window.history.back());
    await screen.findByRole("heading", { level: 1, name: "Our team" });
    expect((screen.getByLabelText("Specialty") as HTMLSelectElement).value).toBe("Trauma and PTSD");
    expect(resolveCalls(fetchMock)).toEqual(["/api/pages/resolve/?path=%2Fteam%2Fmaya-okafor%2F"]);
  });
});
