import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import {
  correctedSearchPage,
  emptySearchPage,
  noResultsSearchPage,
  searchResultsPage,
  searchResultsPage2,
} from "../../../test/search-fixtures";
import { searchAnnouncement } from "../search";
import SearchPage from "../search-page";

const searchBox = () => screen.getByRole("searchbox", { name: "Search the site" });

describe("SearchPage", () => {
  it("without words: the heading, the intro and an empty search form", () => {
    render(<SearchPage page={emptySearchPage} />);
    const heading = screen.getByRole("heading", { level: 1, name: "Search" });
    expect(heading.tabIndex).toBe(-1);
    expect(heading.dataset.announce).toBeUndefined();
    expect(screen.getByText(emptySearchPage.intro)).toBeTruthy();

    const form = screen.getByRole("search");
    expect(form.getAttribute("action")).toBe("/search/");
    expect(form.getAttribute("method")).toBe("get");
    expect(searchBox().getAttribute("name")).toBe("q");
    expect(searchBox().getAttribute("type")).toBe("search");
    expect((searchBox() as HTMLInputElement).value).toBe("");
    expect(within(form).getByRole("button", { name: "Search" }).getAttribute("type")).toBe(
      "submit",
    );
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("lists the results: the title as the only link, the type and the snippet", () => {
    render(<SearchPage page={searchResultsPage} />);
    expect((searchBox() as HTMLInputElement).value).toBe("risk");
    expect(screen.queryByText(searchResultsPage.intro)).toBeNull();
    const results = screen.getByRole("region", { name: "12 results for “risk”" });
    expect(within(results).getByRole("heading", { level: 2 }).textContent).toBe(
      "12 results for “risk”",
    );

    const items = within(within(results).getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const first = items[0]!;
    const links = within(first).getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe("What group supervision gives you that one-to-one can't");
    expect(links[0]!.getAttribute("href")).toBe("/blog/what-group-supervision-offers/");
    expect(within(first).getByRole("heading", { level: 3 })).toBeTruthy();
    expect(within(first).getByText("Blog post")).toBeTruthy();

    // The snippet is text with the searched words marked: the API's "<b>" stays text.
    const marks = first.querySelectorAll("mark");
    expect([...marks].map((mark) => mark.textContent)).toEqual(["risk"]);
    const snippet = marks[0]!.parentElement!;
    expect(snippet.textContent).toBe(
      "…the client who did not come back, the risk assessment that kept you awake <b>and</b> more…",
    );
    expect(snippet.querySelector("b")).toBeNull();
  });

  it("links the other pages of results", () => {
    const { unmount } = render(<SearchPage page={searchResultsPage} />);
    let pages = screen.getByRole("navigation", { name: "Search results pages" });
    expect(within(pages).getByText("Page 1 of 2")).toBeTruthy();
    expect(within(pages).queryByRole("link", { name: "Previous" })).toBeNull();
    expect(within(pages).getByRole("link", { name: "Next" }).getAttribute("href")).toBe(
      "/search/?q=risk&page=2",
    );
    unmount();

    render(<SearchPage page={searchResultsPage2} />);
    pages = screen.getByRole("navigation", { name: "Search results pages" });
    expect(within(pages).getByText("Page 2 of 2")).toBeTruthy();
    expect(within(pages).getByRole("link", { name: "Previous" }).getAttribute("href")).toBe(
      "/search/?q=risk",
    );
    expect(within(pages).queryByRole("link", { name: "Next" })).toBeNull();
  });

  it("has no page links when the results fit on one page", () => {
    render(<SearchPage page={correctedSearchPage} />);
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it("says which words it searched instead, in the singular for one result", () => {
    render(<SearchPage page={correctedSearchPage} />);
    expect((searchBox() as HTMLInputElement).value).toBe("supervison");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "1 result for “supervision”",
    );
    expect(
      screen.getByText("No results for “supervison”. Showing results for “supervision”."),
    ).toBeTruthy();
  });

  it("says when nothing was found, with the editors' advice", () => {
    render(<SearchPage page={noResultsSearchPage} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("No results for “zzzzqqq”");
    expect(screen.getByText(noResultsSearchPage.no_results_text)).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
    expect((searchBox() as HTMLInputElement).value).toBe("zzzzqqq");
  });

  it("gives the navigation what to announce: the results, not just the page", () => {
    render(<SearchPage page={searchResultsPage2} />);
    expect(screen.getByRole("heading", { level: 1 }).dataset.announce).toBe(
      "12 results for “risk”, page 2 of 2",
    );
  });
});

describe("searchAnnouncement", () => {
  it("counts the results, names a correction and says when there are none", () => {
    expect(searchAnnouncement(emptySearchPage)).toBeUndefined();
    expect(searchAnnouncement(searchResultsPage)).toBe("12 results for “risk”, page 1 of 2");
    expect(searchAnnouncement(correctedSearchPage)).toBe(
      "No results for “supervison”. Showing 1 result for “supervision”",
    );
    expect(searchAnnouncement(noResultsSearchPage)).toBe("No results for “zzzzqqq”");
  });
});
