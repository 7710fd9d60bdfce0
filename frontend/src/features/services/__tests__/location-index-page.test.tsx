import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { skippedHeadingLevels } from "../../../test/headings";
import { locationIndexPage } from "../../../test/services-fixtures";
import LocationIndexPage from "../location-index-page";

describe("LocationIndexPage", () => {
  it("renders the intro, a card per location with its state code, and the body", () => {
    const { container } = render(<LocationIndexPage page={locationIndexPage} />);
    expect(screen.getByRole("heading", { level: 1, name: "Locations" })).toBeTruthy();
    expect(screen.getByText(locationIndexPage.intro)).toBeTruthy();
    const cards = container.querySelectorAll(".cards__grid > li");
    expect(cards).toHaveLength(2);
    const washington = within(cards[1] as HTMLElement);
    expect(washington.getByRole("link", { name: "Washington" }).getAttribute("href")).toBe(
      "/locations/washington/",
    );
    expect(washington.getByText("WA")).toBeTruthy();
    expect(washington.getByText(/online across Washington/)).toBeTruthy();
    expect(screen.getByText(/Each state sets its own path/)).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });
});
