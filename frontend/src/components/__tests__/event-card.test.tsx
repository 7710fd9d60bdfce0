import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { components } from "../../lib/api-types";
import { eventIndexPage } from "../../test/events-fixtures";
import { EventCard, EventGrid } from "../event-card";

type EventSummary = components["schemas"]["EventSummary"];

afterEach(() => {
  vi.unstubAllEnvs();
});

const [notes, fullCohort, riskAssessment, stateLines] = eventIndexPage.upcoming as [
  EventSummary,
  EventSummary,
  EventSummary,
  EventSummary,
];
const [caringForYourself] = eventIndexPage.past as [EventSummary];

function badgeText(): string | null {
  return document.querySelector(".seats-badge")?.textContent ?? null;
}

describe("EventCard", () => {
  it("shows the title as its only link, with when, where, price and credit", () => {
    render(<EventCard event={riskAssessment} />);
    const card = screen.getByRole("article");
    const links = within(card).getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("href")).toBe(riskAssessment.path);
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toBe(
      "Risk assessment: winter session",
    );
    const time = card.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-12-17T09:00:00-07:00");
    expect(time?.textContent?.replace(/\u00a0/g, " ")).toBe(
      "Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST",
    );
    const facts = within(card)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(facts).toEqual([
      "Denver, CO and online",
      "Hybrid (in person and online)",
      "From $140",
      "6 CE hours",
    ]);
  });

  it("adds the visitor's own clock when their zone's offset differs", () => {
    vi.stubEnv("TZ", "America/Los_Angeles");
    render(<EventCard event={riskAssessment} />);
    expect(screen.getByText("Your time: 8:00 AM – 3:00 PM PST")).toBeTruthy();
  });

  it("says Online once and Free for a free online event", () => {
    render(<EventCard event={notes} headingLevel={2} />);
    expect(screen.getByRole("heading", { level: 2 })).toBeTruthy();
    const facts = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(facts).toEqual(["Online", "Free", "1 CE hour"]);
    expect(screen.getByText("Lunch & Learns")).toBeTruthy();
  });

  it.each([
    [{ registration: "open", seats_left: 3 }, "3 seats left"],
    [{ registration: "open", seats_left: 1 }, "1 seat left"],
    [{ registration: "open", seats_left: 57 }, "57 seats left"],
    [{ registration: "full", seats_left: 0 }, "Full"],
    [{ registration: "waitlist", seats_left: 0 }, "Full – waitlist open"],
    [{ registration: "closed", seats_left: 4 }, "Registration closed"],
    [{ registration: "not_open", seats_left: 12 }, "Registration not open yet"],
  ] as const)("shows the seats badge for %o as %s", (change, text) => {
    render(<EventCard event={{ ...riskAssessment, ...change }} />);
    expect(badgeText()).toBe(text);
    // Words inside the card, not a colour alone.
    expect(screen.getByRole("article").textContent).toContain(text);
  });

  it("shows no badge for an open event without a limit, or a past one", () => {
    const { unmount } = render(<EventCard event={stateLines} />);
    expect(badgeText()).toBeNull();
    unmount();
    render(<EventCard event={caringForYourself} />);
    expect(badgeText()).toBeNull();
  });

  it("marks a full event in words", () => {
    render(<EventCard event={fullCohort} />);
    expect(badgeText()).toBe("Full");
    expect(screen.getByText("From $90")).toBeTruthy();
  });

  it("lists cards in a grid, lazy-loading images unless the first is in view", () => {
    render(<EventGrid events={eventIndexPage.upcoming} priorityFirst />);
    const items = screen.getAllByRole("article");
    expect(items).toHaveLength(4);
    const images = document.querySelectorAll("img");
    expect(images[0]?.getAttribute("loading")).toBe("eager");
    expect(images[1]?.getAttribute("loading")).toBe("lazy");
  });
});
