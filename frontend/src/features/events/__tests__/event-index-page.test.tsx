import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { components } from "../../../lib/api-types";
import { eventIndexPage, seriesIndexPage } from "../../../test/events-fixtures";
import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import EventIndexPage from "../event-index-page";

type EventIndexPageData = components["schemas"]["EventIndexPage"];

function cardTitles(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole("article")
    .map((card) => within(card).getByRole("heading", { level: 3 }).textContent ?? "");
}

describe("EventIndexPage", () => {
  it("leaves past events out when the page shows none", () => {
    const page: EventIndexPageData = { ...eventIndexPage, past: null };
    render(<EventIndexPage page={page} />);
    expect(screen.queryByRole("heading", { name: "Past events" })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "Upcoming events" })).toBeTruthy();
  });

  it("lists the upcoming events, soonest first, before the past ones", () => {
    const { container } = render(<EventIndexPage page={eventIndexPage} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Events & trainings");
    expect(screen.getByText(eventIndexPage.intro)).toBeTruthy();
    expect(screen.getByText(/Our trainings are practical, inclusive/)).toBeTruthy();

    const upcomingHeading = screen.getByRole("heading", { level: 2, name: "Upcoming events" });
    const pastHeading = screen.getByRole("heading", { level: 2, name: "Past events" });
    expect(
      upcomingHeading.compareDocumentPosition(pastHeading) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const outline = headingOutline(container).filter((entry) => entry.startsWith("h2"));
    expect(outline.indexOf("h2 Upcoming events")).toBeLessThan(outline.indexOf("h2 Past events"));

    const upcoming = screen.getByRole("region", { name: "Upcoming events" });
    expect(cardTitles(upcoming)).toEqual(eventIndexPage.upcoming.map((event) => event.title));
    const past = screen.getByRole("region", { name: "Past events" });
    expect(cardTitles(past)).toEqual([
      "Lunch & Learn: Caring for yourself while caring for clients",
    ]);
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("links the series and programs below it", () => {
    render(<EventIndexPage page={eventIndexPage} />);
    const sections = screen.getByRole("region", { name: "Series and programs" });
    const links = within(sections).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual(
      eventIndexPage.sections.map((section) => [section.title, section.path]),
    );
  });

  it("offers the calendar file as a download the router leaves alone", () => {
    render(<EventIndexPage page={eventIndexPage} />);
    const link = screen.getByRole("link", { name: "Download the calendar (.ics)" });
    expect(link.getAttribute("href")).toBe("/events-and-trainings/calendar.ics");
    expect(link.hasAttribute("download")).toBe(true);
    expect(link.getAttribute("type")).toBe("text/calendar");
  });

  it("says so when nothing is coming up, and still puts upcoming first", () => {
    const page: EventIndexPageData = { ...eventIndexPage, upcoming: [], sections: [] };
    render(<EventIndexPage page={page} />);
    const upcoming = screen.getByRole("region", { name: "Upcoming events" });
    expect(within(upcoming).queryByRole("article")).toBeNull();
    expect(within(upcoming).getByText(/^No upcoming events right now\./)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Series and programs" })).toBeNull();
    const past = screen.getByRole("region", { name: "Past events" });
    expect(upcoming.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("lists one series with its own calendar", () => {
    render(<EventIndexPage page={seriesIndexPage} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Lunch & Learns");
    const upcoming = screen.getByRole("region", { name: "Upcoming events" });
    expect(cardTitles(upcoming)).toEqual([
      "Lunch & Learn: Progress notes that protect you and your clients",
      "Lunch & Learn: Supervision across state lines",
    ]);
    expect(
      screen.getByRole("link", { name: "Download the calendar (.ics)" }).getAttribute("href"),
    ).toBe("/events-and-trainings/lunch-and-learns/calendar.ics");
  });
});
