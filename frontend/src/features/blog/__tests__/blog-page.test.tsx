import { render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { blogPost, viewCount } from "../../../test/blog-fixtures";
import { mockFetchWithCsrf } from "../../../test/csrf";
import { jsonResponse } from "../../../test/fixtures";
import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import BlogPage from "../blog-page";

type Post = typeof blogPost;

beforeEach(() => {
  // The read counter posts once the page is on screen.
  mockFetchWithCsrf(() => jsonResponse(viewCount));
});

function renderPost(page: Post = blogPost) {
  return render(<BlogPage page={page} />);
}

const region = (name: string | RegExp) => screen.getByRole("region", { name });

describe("BlogPage", () => {
  it("opens with categories, the title, the intro and a byline", async () => {
    renderPost();
    const header = screen.getByRole("banner");
    expect(within(header).getByRole("link", { name: "Supervision" }).getAttribute("href")).toBe(
      "/blog/?category=supervision",
    );
    const heading = within(header).getByRole("heading", {
      level: 1,
      name: "What is relationship-based clinical supervision?",
    });
    expect(heading.tabIndex).toBe(-1);
    expect(within(header).getByText(blogPost.intro)).toBeTruthy();
    const byline = header.querySelector(".post-byline") as HTMLElement;
    expect(within(byline).getByRole("link", { name: "Maya Okafor" }).getAttribute("href")).toBe(
      "/team/maya-okafor/",
    );
    const time = byline.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-11-18");
    expect(time?.textContent).toBe("November 18, 2026");
    expect(within(byline).getByText("3 min read")).toBeTruthy();
    expect(within(byline).getByText("Read 148 times")).toBeTruthy();
    await waitFor(() => expect(within(byline).getByText("Read 149 times")).toBeTruthy());
  });

  it("names a guest author without a link", () => {
    renderPost({ ...blogPost, author: { ...blogPost.author, kind: "guest", path: null } });
    const byline = document.querySelector(".post-byline") as HTMLElement;
    expect(byline.textContent).toContain("By Maya Okafor");
    expect(within(byline).queryByRole("link")).toBeNull();
    const card = region("About the author");
    expect(within(card).queryByRole("link", { name: "Maya Okafor" })).toBeNull();
  });

  it("shows the hero image at its size, eagerly and first, with srcset and sizes", () => {
    renderPost();
    const hero = screen.getByRole("img", { name: blogPost.hero_image!.alt });
    expect(hero.getAttribute("width")).toBe("1024");
    expect(hero.getAttribute("height")).toBe("768");
    expect(hero.getAttribute("loading")).toBe("eager");
    expect(hero.getAttribute("fetchpriority")).toBe("high");
    expect(hero.getAttribute("srcset")).toContain("640w");
    expect(hero.getAttribute("sizes")).toBeTruthy();
  });

  it("renders the body with the StreamField blocks and links the tags", () => {
    renderPost();
    expect(
      screen.getByRole("heading", { level: 2, name: "The relationship is the curriculum" }),
    ).toBeTruthy();
    expect(screen.getByText(/When clinicians tell me about the supervision/)).toBeTruthy();
    const tags = screen.getByRole("list", { name: "Tags" });
    expect(
      within(tags)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["supervisory alliance", "/blog/?tag=supervisory-alliance"],
      ["new clinicians", "/blog/?tag=new-clinicians"],
    ]);
  });

  it("introduces the author with a photo, role, bio and links to more of their posts", () => {
    renderPost();
    const card = region("About the author");
    const photo = within(card).getByRole("img", { name: "Illustrated portrait of Maya Okafor" });
    expect(photo.getAttribute("width")).toBe("320");
    expect(photo.getAttribute("height")).toBe("320");
    expect(photo.getAttribute("loading")).toBe("lazy");
    expect(within(card).getByRole("link", { name: "Maya Okafor" }).getAttribute("href")).toBe(
      "/team/maya-okafor/",
    );
    expect(within(card).getByText("Founder and clinical supervisor")).toBeTruthy();
    expect(within(card).getByText(blogPost.author.bio)).toBeTruthy();
    expect(
      within(card).getByRole("link", { name: "More posts by Maya Okafor" }).getAttribute("href"),
    ).toBe("/blog/?author=maya-okafor");
    const more = within(card).getByRole("list", { name: "Also by Maya Okafor" });
    expect(
      within(more)
        .getByRole("link", { name: "Documenting suicide risk assessment: the basics" })
        .getAttribute("href"),
    ).toBe("/blog/documenting-suicide-risk-assessment/");
  });

  it("links the previous and next posts by name", () => {
    renderPost({
      ...blogPost,
      next: { id: 50, title: "A newer post", path: "/blog/a-newer-post/", date: "2026-11-25" },
    });
    const pager = screen.getByRole("navigation", { name: "Previous and next posts" });
    expect(
      within(pager)
        .getByRole("link", {
          name: "Previous post: Safety planning as a collaboration, not a form",
        })
        .getAttribute("href"),
    ).toBe("/blog/safety-planning-as-a-collaboration/");
    expect(
      within(pager).getByRole("link", { name: "Next post: A newer post" }).getAttribute("href"),
    ).toBe("/blog/a-newer-post/");
  });

  it("has no next link for the newest post, and no pager without neighbours", () => {
    const { unmount } = renderPost();
    const pager = screen.getByRole("navigation", { name: "Previous and next posts" });
    expect(within(pager).getAllByRole("link")).toHaveLength(1);
    unmount();
    renderPost({ ...blogPost, previous: null, next: null });
    expect(screen.queryByRole("navigation", { name: "Previous and next posts" })).toBeNull();
  });

  it("suggests related posts as cards and lists recent posts", () => {
    renderPost();
    const related = region("You may also like");
    const cards = within(related).getAllByRole("article");
    expect(cards).toHaveLength(3);
    expect(within(cards[0] as HTMLElement).getByRole("heading", { level: 3 }).textContent).toBe(
      "What to bring to your first supervision session",
    );
    for (const image of within(related).getAllByRole("img")) {
      expect(image.getAttribute("loading")).toBe("lazy");
    }
    const recent = region("Recent posts");
    expect(within(recent).getAllByRole("link")).toHaveLength(5);
  });

  it("hides the related and recent sections when they are empty", () => {
    renderPost({ ...blogPost, related: [], recent: [] });
    expect(screen.queryByRole("region", { name: "You may also like" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Recent posts" })).toBeNull();
  });

  it("lists the approved comments with name, date and text", () => {
    renderPost();
    const comments = region("Comments (4)");
    const list = within(comments).getByRole("list");
    expect(list.tagName).toBe("OL");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    expect(within(items[0] as HTMLElement).getByText("Kendra L.")).toBeTruthy();
    const time = items[0]!.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-11-19T08:42:00-07:00");
    expect(time?.textContent).toBe("November 19, 2026");
    expect(
      within(items[3] as HTMLElement).getByText(/Parallel process was the thing/),
    ).toBeTruthy();
    expect(comments.id).toBe("comments");
  });

  it("shows a comment as plain text, never as HTML, keeping its paragraphs", () => {
    const body = 'I tried <b>this</b> <img src=x onerror="alert(1)">\nsecond line\n\nNew paragraph';
    renderPost({
      ...blogPost,
      comment_count: 1,
      comments: [{ id: 9, name: "Ana <i>", body, created_at: "2026-11-20T10:00:00-07:00" }],
    });
    const item = within(region("Comments (1)")).getByRole("listitem");
    expect(item.querySelector("b, img, i")).toBeNull();
    const paragraphs = item.querySelectorAll(".comment__body p");
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'I tried <b>this</b> <img src=x onerror="alert(1)">\nsecond line',
      "New paragraph",
    ]);
    expect(within(item).getByText("Ana <i>")).toBeTruthy();
  });

  it("says when there are no comments yet, and when comments are closed", () => {
    renderPost({ ...blogPost, comment_count: 0, comments: [], comments_open: false });
    const comments = region("Comments (0)");
    expect(within(comments).getByText("No comments yet")).toBeTruthy();
    expect(within(comments).getByText("Comments are closed on this post.")).toBeTruthy();
    expect(within(comments).queryByRole("form")).toBeNull();
    expect(within(comments).queryByRole("button", { name: "Post comment" })).toBeNull();
  });

  it("offers the comment form while comments are open", () => {
    renderPost();
    const form = screen.getByRole("form", { name: "Leave a comment" });
    expect(within(form).getByRole("button", { name: "Post comment" })).toBeTruthy();
  });

  it("has a heading outline without skipped levels", () => {
    const { container } = renderPost();
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container)).toEqual([
      "h1 What is relationship-based clinical supervision?",
      "h2 The relationship is the curriculum",
      "h2 About the author",
      "h3 Maya Okafor",
      "h2 Comments (4)",
      "h3 Leave a comment",
      "h2 You may also like",
      "h3 What to bring to your first supervision session",
      "h3 What group supervision gives you that one-to-one can't",
      "h3 Preparing for the Colorado LPC and LCSW licensure path",
      "h2 Recent posts",
    ]);
  });
});
