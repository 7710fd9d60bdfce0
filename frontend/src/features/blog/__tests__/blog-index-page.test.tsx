import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { blogIndexCategoryPage, blogIndexPage, blogIndexPage2 } from "../../../test/blog-fixtures";
import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { mockApi, renderApp } from "../../../test/render-app";
import BlogIndexPage from "../blog-index-page";

type Page = typeof blogIndexPage;

function renderIndex(page: Page = blogIndexPage) {
  return render(<BlogIndexPage page={page} />);
}

function linksIn(container: HTMLElement) {
  return within(container)
    .getAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href")]);
}

const nav = (name: string) => screen.getByRole("navigation", { name });

describe("BlogIndexPage", () => {
  it("has the page title as its heading, the intro and no filter line", () => {
    renderIndex();
    const heading = screen.getByRole("heading", { level: 1, name: "Blog" });
    expect(heading.tabIndex).toBe(-1);
    expect(screen.getByText(blogIndexPage.intro)).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Show all posts" })).toBeNull();
  });

  it("links every category, tag and author with its number of posts", () => {
    renderIndex();
    const categories = nav("Blog categories");
    expect(within(categories).getAllByRole("link")).toHaveLength(6);
    const supervision = within(categories).getByRole("link", { name: "Supervision 6 posts" });
    expect(supervision.getAttribute("href")).toBe("/blog/?category=supervision");
    expect(supervision.querySelector(".count")?.textContent).toBe("6 posts");
    expect(
      within(categories)
        .getByRole("link", { name: "Client retention 1 post" })
        .getAttribute("href"),
    ).toBe("/blog/?category=client-retention");
    expect(within(categories).queryByRole("link", { current: "page" })).toBeNull();

    expect(
      within(nav("Tags"))
        .getByRole("link", { name: "new clinicians 5 posts" })
        .getAttribute("href"),
    ).toBe("/blog/?tag=new-clinicians");
    const authors = nav("Authors");
    expect(within(authors).getAllByRole("link")).toHaveLength(8);
    expect(
      within(authors).getByRole("link", { name: "Maya Okafor 2 posts" }).getAttribute("href"),
    ).toBe("/blog/?author=maya-okafor");
  });

  it("lists the posts as cards: linked h2 title, image, date, author, reading time, categories", () => {
    renderIndex();
    const cards = screen.getAllByRole("article");
    expect(cards).toHaveLength(6);
    const first = within(cards[0] as HTMLElement);
    const title = first.getByRole("heading", { level: 2 });
    expect(within(title).getByRole("link").getAttribute("href")).toBe(
      "/blog/what-is-relationship-based-clinical-supervision/",
    );
    expect(title.textContent).toBe("What is relationship-based clinical supervision?");
    const time = cards[0]!.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-11-18");
    expect(time?.textContent).toBe("November 18, 2026");
    expect(first.getByRole("link", { name: "Maya Okafor" }).getAttribute("href")).toBe(
      "/team/maya-okafor/",
    );
    expect(first.getByText("3 min read")).toBeTruthy();
    expect(
      within(first.getByRole("list", { name: "Categories" }))
        .getByRole("link", { name: "Supervision" })
        .getAttribute("href"),
    ).toBe("/blog/?category=supervision");

    // A guest author has no profile: the name is not a link.
    const guest = within(cards[5] as HTMLElement);
    expect(guest.getByText("By Tessa Marlowe")).toBeTruthy();
    expect(guest.queryByRole("link", { name: "Tessa Marlowe" })).toBeNull();
  });

  it("loads the first card's image eagerly and the others lazily, all with their size", () => {
    renderIndex();
    const images = screen
      .getAllByRole("article")
      .map((card) => within(card).getByRole("img") as HTMLImageElement);
    expect(images[0]?.getAttribute("loading")).toBe("eager");
    expect(images.slice(1).map((image) => image.getAttribute("loading"))).toEqual(
      Array(5).fill("lazy"),
    );
    for (const image of images) {
      expect(image.getAttribute("width")).toBe("480");
      expect(image.getAttribute("height")).toBe("320");
      expect(image.getAttribute("sizes")).toBeTruthy();
      expect(image.getAttribute("srcset")).toContain("960w");
    }
    expect(images[0]?.alt).toBe(blogIndexPage.posts[0]?.hero?.alt);
  });

  it("pages with the API's links, numbered links and the current page marked", () => {
    renderIndex();
    const pagination = nav("Pagination");
    expect(within(pagination).getByText("Page 1 of 2")).toBeTruthy();
    expect(within(pagination).queryByRole("link", { name: "Previous page" })).toBeNull();
    expect(within(pagination).getByRole("link", { name: "Next page" }).getAttribute("href")).toBe(
      "/blog/?page=2",
    );
    const current = within(pagination).getByRole("link", { name: "Page 1" });
    expect(current.getAttribute("aria-current")).toBe("page");
    expect(current.getAttribute("href")).toBe("/blog/");
    const second = within(pagination).getByRole("link", { name: "Page 2" });
    expect(second.getAttribute("aria-current")).toBeNull();
    expect(second.getAttribute("href")).toBe("/blog/?page=2");
  });

  it("on page 2, links back and says which page it is in the heading", () => {
    renderIndex(blogIndexPage2);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Blog, page 2 of 2");
    const pagination = nav("Pagination");
    expect(within(pagination).getByText("Page 2 of 2")).toBeTruthy();
    expect(
      within(pagination).getByRole("link", { name: "Previous page" }).getAttribute("href"),
    ).toBe("/blog/");
    expect(within(pagination).queryByRole("link", { name: "Next page" })).toBeNull();
    expect(within(pagination).getByRole("link", { current: "page" }).textContent).toBe("Page 2");
  });

  it("keeps the filter in the numbered page links", () => {
    renderIndex({
      ...blogIndexCategoryPage,
      pagination: {
        page: 2,
        page_count: 3,
        total: 25,
        previous: "/blog/?category=licensure",
        next: "/blog/?category=licensure&page=3",
      },
    });
    expect(linksIn(nav("Pagination"))).toEqual([
      ["← Previous page", "/blog/?category=licensure"],
      ["Page 1", "/blog/?category=licensure"],
      ["Page 2", "/blog/?category=licensure&page=2"],
      ["Page 3", "/blog/?category=licensure&page=3"],
      ["Next page →", "/blog/?category=licensure&page=3"],
    ]);
  });

  it("shows the active category in the heading, marks its link and offers all posts", () => {
    renderIndex(blogIndexCategoryPage);
    expect(
      screen.getByRole("heading", { level: 1, name: "Blog: Posts in Licensure" }),
    ).toBeTruthy();
    expect(screen.getByText("Posts in Licensure")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Show all posts" }).getAttribute("href")).toBe(
      "/blog/",
    );
    const current = within(nav("Blog categories")).getByRole("link", { current: "page" });
    expect(current.textContent).toBe("Licensure 3 posts");
    expect(screen.getAllByRole("article")).toHaveLength(3);
    // A single page of results needs no pagination.
    expect(screen.queryByRole("navigation", { name: "Pagination" })).toBeNull();
  });

  it.each([
    ["tag", "new-clinicians", "new clinicians", "Posts tagged new clinicians", "Tags"],
    ["author", "maya-okafor", "Maya Okafor", "Posts by Maya Okafor", "Authors"],
  ] as const)("shows a %s filter", (kind, slug, name, line, navName) => {
    renderIndex({ ...blogIndexPage, active_filter: { kind, slug, name } });
    expect(screen.getByRole("heading", { level: 1, name: `Blog: ${line}` })).toBeTruthy();
    expect(within(nav(navName)).getByRole("link", { current: "page" }).textContent).toMatch(
      new RegExp(`^${name}`),
    );
    expect(within(nav("Blog categories")).queryByRole("link", { current: "page" })).toBeNull();
  });

  it("has a sidebar with the most read posts, recent comments and the RSS feed", () => {
    renderIndex();
    const sidebar = screen.getByRole("complementary", { name: "More from the blog" });
    const mostRead = within(sidebar).getByRole("region", { name: "Most read" });
    const first = within(mostRead).getAllByRole("listitem")[0] as HTMLElement;
    expect(within(first).getByRole("link").textContent).toBe(
      "Preparing for the Colorado LPC and LCSW licensure path",
    );
    expect(within(first).getByText("Read 412 times")).toBeTruthy();

    const comments = within(sidebar).getByRole("region", { name: "Recent comments" });
    const comment = within(comments).getAllByRole("listitem")[0] as HTMLElement;
    expect(comment.textContent).toContain("Tomás R. on What is relationship-based");
    expect(within(comment).getByRole("link").getAttribute("href")).toBe(
      "/blog/what-is-relationship-based-clinical-supervision/#comments",
    );
    expect(within(comment).getByText(/Parallel process was the thing/)).toBeTruthy();

    const rss = within(sidebar).getByRole("link", { name: "Subscribe by RSS" });
    expect(rss.getAttribute("href")).toBe("/blog/feed/");
    expect(rss.getAttribute("type")).toBe("application/rss+xml");
    expect(rss.getAttribute("rel")).toBe("alternate");
  });

  it("shows an empty state when there are no posts", () => {
    renderIndex({
      ...blogIndexPage,
      posts: [],
      pagination: { page: 1, page_count: 1, total: 0, previous: null, next: null },
    });
    expect(screen.getByRole("heading", { level: 2, name: "No posts here yet" })).toBeTruthy();
    expect(screen.queryAllByRole("article")).toHaveLength(0);
    expect(screen.queryByRole("navigation", { name: "Pagination" })).toBeNull();
  });

  it("has a heading outline without skipped levels", () => {
    const { container } = renderIndex();
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container).filter((entry) => !entry.startsWith("h2 What"))).toEqual(
      expect.arrayContaining(["h1 Blog", "h2 Most read", "h2 Recent comments", "h2 Tags"]),
    );
  });

  it("leaves the RSS link to the browser inside the app", async () => {
    const fetchMock = mockApi({});
    await renderApp("/blog/", blogIndexPage);
    let prevented: boolean | null = null;
    const record = (event: MouseEvent) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener("click", record);
    fireEvent.click(screen.getByRole("link", { name: "Subscribe by RSS" }));
    window.removeEventListener("click", record);
    expect(prevented).toBe(false);
    expect(window.location.pathname).toBe("/blog/");
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
