import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ANNOUNCER_ID } from "../../lib/announce";
import { resolveUrl } from "../../lib/api-client";
import { standardPage } from "../../test/fixtures";
import { mockApi, renderApp, resolveCalls } from "../../test/render-app";
import { emptySearchPage, searchResultsPage, searchResultsPage2 } from "../../test/search-fixtures";

const announcer = () => document.getElementById(ANNOUNCER_ID)!;
const here = () => window.location.pathname + window.location.search;

describe("searching", () => {
  it("loads the results of the search page's form client-side, with one request", async () => {
    const fetchMock = mockApi({ "/search/?q=risk": [200, searchResultsPage] });
    await renderApp("/search/", emptySearchPage);
    document.documentElement.dataset.marker = "same-document";

    const main = screen.getByRole("main");
    await userEvent.type(within(main).getByRole("searchbox", { name: "Search the site" }), "risk");
    await userEvent.click(within(main).getByRole("button", { name: "Search" }));

    await screen.findByRole("heading", { level: 2, name: "12 results for “risk”" });
    expect(here()).toBe("/search/?q=risk");
    expect(resolveCalls(fetchMock)).toEqual([resolveUrl("/search/", "?q=risk")]);
    expect(document.documentElement.dataset.marker).toBe("same-document");
    // Focus on the page's heading, and the results announced.
    const heading = screen.getByRole("heading", { level: 1, name: "Search" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await waitFor(() => expect(announcer().textContent).toBe("12 results for “risk”, page 1 of 2"));
    expect(document.head.querySelector<HTMLMetaElement>('meta[name="robots"]')?.content).toBe(
      "noindex",
    );
  });

  it("searches from the header of any page, pressing Enter", async () => {
    const fetchMock = mockApi({ "/search/?q=risk+assessment": [200, searchResultsPage] });
    await renderApp("/supervision/", standardPage("Supervision", "/supervision/"));

    const header = document.querySelector<HTMLElement>(".site-header")!;
    // Two boxes (the bar's and the phone menu's); CSS shows one.
    const [box] = within(header).getAllByRole("searchbox", { name: "Search" });
    await userEvent.type(box!, "risk assessment{Enter}");

    await screen.findByRole("heading", { level: 2, name: "12 results for “risk”" });
    expect(here()).toBe("/search/?q=risk+assessment");
    expect(resolveCalls(fetchMock)).toEqual([resolveUrl("/search/", "?q=risk+assessment")]);
  });

  it("goes through the pages of results, and back to the first", async () => {
    const fetchMock = mockApi({ "/search/?q=risk&page=2": [200, searchResultsPage2] });
    await renderApp("/search/?q=risk", searchResultsPage);

    await userEvent.click(screen.getByRole("link", { name: "Next" }));
    await screen.findByText("Page 2 of 2");
    expect(here()).toBe("/search/?q=risk&page=2");
    expect(screen.getByRole("link", { name: "Supervision for agencies" })).toBeTruthy();

    // Same path, another query: the first page of results comes back (from the cache).
    act(() => window.history.back());
    await screen.findByText("Page 1 of 2");
    expect(screen.queryByRole("link", { name: "Supervision for agencies" })).toBeNull();
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});
