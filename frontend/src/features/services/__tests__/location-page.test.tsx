import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { locationPage } from "../../../test/services-fixtures";
import LocationPage from "../location-page";

describe("LocationPage", () => {
  it("lists the license tracks with their level", () => {
    render(<LocationPage page={locationPage} />);
    const region = screen.getByRole("region", { name: "License tracks we support" });
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(locationPage.license_types.length);
    expect(items[1]?.textContent).toBe(
      "LPCC, Licensed Professional Counselor Candidate, Candidate license",
    );
    expect(items[2]?.textContent).toBe("LPC, Licensed Professional Counselor, Independent license");
  });

  it("explains online supervision and links the licensing board in the same tab", () => {
    render(<LocationPage page={locationPage} />);
    const region = screen.getByRole("region", { name: "Supervision online" });
    expect(within(region).getByText(/Colorado accepts clinical supervision by secure video/));
    const board = within(region).getByRole("link", { name: locationPage.state.board_name });
    expect(board.getAttribute("href")).toBe("https://dpo.colorado.gov/");
    expect(board.hasAttribute("target")).toBe(false);
  });

  it("links the licensure paths by their credentials and title", () => {
    render(<LocationPage page={locationPage} />);
    const region = screen.getByRole("region", { name: "Licensure paths" });
    const link = within(region).getByRole("link", {
      name: "LPCC to LPC Your path to LPC in Colorado",
    });
    expect(link.getAttribute("href")).toBe("/events-and-trainings/path-to-lpc-in-colorado/");
    expect(link.querySelector("[aria-hidden=true]")?.textContent).toBe("→");
    expect(within(region).getAllByRole("link")).toHaveLength(2);
  });

  it("lists the services available in the state by kind", () => {
    render(<LocationPage page={locationPage} />);
    const region = screen.getByRole("region", { name: "Services available in Colorado" });
    const supervision = within(region).getByRole("heading", { level: 3, name: "Supervision" });
    const consultation = within(region).getByRole("heading", { level: 3, name: "Consultation" });
    const supervisionLinks = within(supervision.nextElementSibling as HTMLElement).getAllByRole(
      "link",
    );
    expect(supervisionLinks).toHaveLength(5);
    expect(supervisionLinks[2]?.getAttribute("href")).toBe("/supervision/group/");
    expect(
      within(consultation.nextElementSibling as HTMLElement).getAllByRole("link"),
    ).toHaveLength(10);
  });

  it("shows the supervisors licensed in the state, and no section without any", () => {
    const { rerender } = render(<LocationPage page={locationPage} />);
    const region = screen.getByRole("region", { name: "Supervisors licensed in Colorado" });
    expect(within(region).getAllByRole("heading", { level: 3 })).toHaveLength(5);
    expect(within(region).getByRole("link", { name: "Helen Park" }).getAttribute("href")).toBe(
      "/team/helen-park/",
    );
    rerender(<LocationPage page={{ ...locationPage, supervisors: [] }} />);
    expect(screen.queryByRole("region", { name: "Supervisors licensed in Colorado" })).toBeNull();
  });

  it("has a heading outline without skipped levels", () => {
    const { container } = render(<LocationPage page={locationPage} />);
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container)).toEqual([
      "h1 Colorado",
      "h2 License tracks we support",
      "h2 Supervision online",
      "h2 Licensure paths",
      "h2 Services available in Colorado",
      "h3 Supervision",
      "h3 Consultation",
      "h2 Supervisors licensed in Colorado",
      "h3 Sam Whitehorse",
      "h3 Daniel Reyes",
      "h3 Helen Park",
      "h3 Jordan Ellis",
      "h3 Maya Okafor",
    ]);
  });
});
