import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { skippedHeadingLevels } from "../../../test/headings";
import { serviceIndexPage } from "../../../test/services-fixtures";
import ServiceIndexPage from "../service-index-page";

describe("ServiceIndexPage", () => {
  it("renders the title, intro, a card per service and the body", () => {
    const { container } = render(<ServiceIndexPage page={serviceIndexPage} />);
    expect(screen.getByRole("heading", { level: 1, name: "Supervision" }).tabIndex).toBe(-1);
    expect(screen.getByText(serviceIndexPage.intro)).toBeTruthy();
    const cards = container.querySelectorAll(".cards__grid > li");
    expect(cards).toHaveLength(serviceIndexPage.services.length);
    expect(screen.getByRole("link", { name: "let us suggest a supervisor" })).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("shows a card's link, intro, format chips, licensure badge and starting price", () => {
    render(<ServiceIndexPage page={serviceIndexPage} />);
    const heading = screen.getByRole("heading", { level: 2, name: "Group supervision" });
    const card = heading.closest("li")!;
    expect(within(heading).getByRole("link").getAttribute("href")).toBe("/supervision/group/");
    expect(within(card).getByText(/Small groups of three to six/)).toBeTruthy();
    const chips = within(card).getByRole("list", { name: "Formats" });
    expect(
      within(chips)
        .getAllByRole("listitem")
        .map((chip) => chip.textContent),
    ).toEqual(["Group", "Online", "In person"]);
    expect(within(card).getByText("Counts toward licensure")).toBeTruthy();
    expect(within(card).getByText(/^From/).textContent).toBe("From $55");
  });

  it("leaves out the badge and the price when they don't apply", () => {
    const [first] = serviceIndexPage.services;
    render(
      <ServiceIndexPage
        page={{
          ...serviceIndexPage,
          services: [{ ...first!, counts_toward_licensure: false, price_from: null }],
        }}
      />,
    );
    const card = screen.getByRole("heading", { level: 2, name: first!.title }).closest("li")!;
    expect(within(card).queryByText("Counts toward licensure")).toBeNull();
    expect(within(card).queryByText(/^From/)).toBeNull();
  });
});
