import { render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { describe, expect, it, vi } from "vitest";

import { blogPost, viewCount } from "../../../test/blog-fixtures";
import { csrfToken, mockFetchWithCsrf, sentPosts, type SentPost } from "../../../test/csrf";
import { jsonResponse } from "../../../test/fixtures";
import BlogPage from "../blog-page";
import { readCountText } from "../read-count";
import { viewsUrl } from "../views-api";

type Post = typeof blogPost;

/** Answers the read counts in turn, then with the count (and the CSRF request its token). */
function mockViews(...answers: (Response | Error)[]) {
  return mockFetchWithCsrf(() => answers.shift() ?? jsonResponse(viewCount));
}

const byline = () => document.querySelector(".post-byline") as HTMLElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function renderPost(page: Post = blogPost) {
  return render(
    <StrictMode>
      <BlogPage page={page} />
    </StrictMode>,
  );
}

describe("the read counter", () => {
  it("counts a read once the post is shown, once even in strict mode, and shows the count", async () => {
    const fetchMock = mockViews();
    renderPost();
    expect(byline().textContent).toContain("Read 148 times");

    await waitFor(() => expect(byline().textContent).toContain("Read 149 times"));
    expect(sentPosts(fetchMock)).toHaveLength(1);
    const [{ url, init }] = sentPosts(fetchMock) as [SentPost];
    expect(url).toBe(viewsUrl(39));
    expect(url).toBe("/api/blog/posts/39/views/");
    expect(init.method).toBe("POST");
    expect(init.keepalive).toBe(true);
    expect((init.headers as Record<string, string>)["Content-Type"]).toBe("application/json");
    expect((init.headers as Record<string, string>)["X-CSRFToken"]).toBe(csrfToken.token);
    expect(init.body).toBe("{}");
  });

  it("counts a post once per browser session", async () => {
    const fetchMock = mockViews();
    const { unmount } = renderPost();
    await waitFor(() => expect(byline().textContent).toContain("Read 149 times"));
    unmount();

    const { unmount: unmount2 } = renderPost({ ...blogPost, views: 150 });
    await settle();
    expect(sentPosts(fetchMock)).toHaveLength(1);
    expect(byline().textContent).toContain("Read 150 times");

    unmount2();
    // A reload serves the page as cached before the read: the session keeps its count.
    renderPost({ ...blogPost, views: 148 });
    await settle();
    expect(byline().textContent).toContain("Read 149 times");
    expect(sentPosts(fetchMock)).toHaveLength(1);

    // Another post is another count.
    renderPost({ ...blogPost, id: 40, path: "/blog/safety-planning-as-a-collaboration/" });
    await waitFor(() => expect(sentPosts(fetchMock)).toHaveLength(2));
    expect(sentPosts(fetchMock)[1]?.url).toBe("/api/blog/posts/40/views/");
  });

  it("fails silently, and a later visit counts again", async () => {
    const fetchMock = mockViews(new TypeError("Failed to fetch"));
    const { unmount } = renderPost();
    await waitFor(() => expect(sentPosts(fetchMock)).toHaveLength(1));
    await settle();
    expect(byline().textContent).toContain("Read 148 times");
    expect(screen.queryByRole("alert")?.textContent ?? "").toBe("");
    unmount();

    renderPost();
    await waitFor(() => expect(byline().textContent).toContain("Read 149 times"));
    expect(sentPosts(fetchMock)).toHaveLength(2);
  });

  it("still counts once per page load when session storage is refused", async () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    const fetchMock = mockViews();
    const page = { ...blogPost, id: 77 };
    const { unmount } = renderPost(page);
    await waitFor(() => expect(byline().textContent).toContain("Read 149 times"));
    unmount();
    renderPost(page);
    await settle();
    expect(sentPosts(fetchMock)).toHaveLength(1);
  });

  it("hides the count before the first read", async () => {
    mockViews(new TypeError("Failed to fetch"));
    renderPost({ ...blogPost, id: 78, views: 0 });
    await settle();
    expect(byline().textContent).not.toContain("Read");
  });
});

describe("readCountText", () => {
  it("says how often a post was read", () => {
    expect(readCountText(0)).toBeNull();
    expect(readCountText(1)).toBe("Read once");
    expect(readCountText(2)).toBe("Read 2 times");
    expect(readCountText(1234)).toBe("Read 1,234 times");
  });
});
