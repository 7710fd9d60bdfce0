import { describe, expect, it } from "vitest";

import { filterTitle, pageHref, pageNumbers, postCount } from "../listing";

describe("pageNumbers", () => {
  it("offers every page of a short listing", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, null, 5]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the first, last and neighbours of the current page, with gaps", () => {
    expect(pageNumbers(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    // A gap of one page shows the page instead.
    expect(pageNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, null, 12]);
    expect(pageNumbers(12, 12)).toEqual([1, null, 11, 12]);
  });
});

describe("pageHref", () => {
  it("builds a page's URL from the API's previous/next URL, keeping its filter", () => {
    expect(pageHref("/blog/?page=2", 1)).toBe("/blog/");
    expect(pageHref("/blog/?page=2", 3)).toBe("/blog/?page=3");
    expect(pageHref("/blog/?category=licensure&page=3", 2)).toBe(
      "/blog/?category=licensure&page=2",
    );
    // Sorted as the API sorts them, so the same page has one URL (and one cache entry).
    expect(pageHref("/blog/?tag=burnout", 2)).toBe("/blog/?page=2&tag=burnout");
  });
});

describe("filterTitle and postCount", () => {
  it("name the listing and count its posts", () => {
    expect(filterTitle({ kind: "category", slug: "supervision", name: "Supervision" })).toBe(
      "Posts in Supervision",
    );
    expect(filterTitle({ kind: "tag", slug: "burnout", name: "burnout" })).toBe(
      "Posts tagged burnout",
    );
    expect(filterTitle({ kind: "author", slug: "maya-okafor", name: "Maya Okafor" })).toBe(
      "Posts by Maya Okafor",
    );
    expect(postCount(1)).toBe("1 post");
    expect(postCount(12)).toBe("12 posts");
  });
});
