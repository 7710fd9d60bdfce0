import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { latestPosts } from "../../../test/blog-fixtures";
import { upcomingEvents } from "../../../test/events-fixtures";
import { homePage } from "../../../test/fixtures";
import { skippedHeadingLevels } from "../../../test/headings";
import HomePage from "../home-page";

const body = [
  {
    type: "call_to_action" as const,
    id: "cta",
    value: {
      href: "/contact/",
      external: false,
      heading: "Ready to talk?",
      text: "",
      button_label: "Contact us",
    },
  },
];

describe("HomePage latest posts", () => {
  it("shows the latest posts as cards after the body, with a link to all posts", () => {
    const { container } = render(<HomePage page={homePage(body, latestPosts)} />);
    const section = screen.getByRole("region", { name: "Latest posts" });
    expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Latest posts");
    const cards = within(section).getAllByRole("article");
    expect(cards).toHaveLength(3);
    expect(
      cards.map((card) => within(card).getByRole("heading", { level: 3 }).textContent),
    ).toEqual(latestPosts.map((post) => post.title));
    expect(within(section).getByRole("link", { name: "All posts" }).getAttribute("href")).toBe(
      "/blog/",
    );
    // Below the fold: no card image competes with the hero.
    for (const image of within(section).getAllByRole("img")) {
      expect(image.getAttribute("loading")).toBe("lazy");
    }
    const callToAction = screen.getByRole("region", { name: "Ready to talk?" });
    expect(
      callToAction.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("has no latest posts section without posts", () => {
    render(<HomePage page={homePage(body)} />);
    expect(screen.queryByRole("region", { name: "Latest posts" })).toBeNull();
    expect(screen.queryByRole("link", { name: "All posts" })).toBeNull();
  });
});

describe("HomePage upcoming events", () => {
  it("shows the next events as cards, with a link to all events and trainings", () => {
    const { container } = render(<HomePage page={homePage(body, latestPosts, upcomingEvents)} />);
    const section = screen.getByRole("region", { name: "Upcoming events" });
    const cards = within(section).getAllByRole("article");
    expect(
      cards.map((card) => within(card).getByRole("heading", { level: 3 }).textContent),
    ).toEqual(upcomingEvents.map((event) => event.title));
    // Each card's one link is its title.
    expect(within(cards[0]!).getAllByRole("link")).toHaveLength(1);
    expect(
      within(section).getByRole("link", { name: "All events and trainings" }).getAttribute("href"),
    ).toBe("/events-and-trainings/");
    const posts = screen.getByRole("region", { name: "Latest posts" });
    expect(section.compareDocumentPosition(posts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("has no events section without upcoming events", () => {
    render(<HomePage page={homePage(body, latestPosts)} />);
    expect(screen.queryByRole("region", { name: "Upcoming events" })).toBeNull();
    expect(screen.queryByRole("link", { name: "All events and trainings" })).toBeNull();
  });
});
