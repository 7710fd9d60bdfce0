import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { feesPage } from "../../../test/services-fixtures";
import FeesPage from "../fees-page";

describe("FeesPage", () => {
  it("renders the price table of every service, each row linking to its service", () => {
    render(<FeesPage page={feesPage} />);
    expect(screen.getByRole("heading", { level: 1, name: "Fees & FAQs" })).toBeTruthy();
    expect(screen.getByText(feesPage.intro)).toBeTruthy();
    const table = screen.getByRole("table", { name: "Prices by service, in US dollars" });
    const rowHeaders = within(table).getAllByRole("rowheader");
    expect(rowHeaders).toHaveLength(11);
    const group = within(table).getByRole("link", { name: "Group consultation" });
    expect(group.getAttribute("href")).toBe("/clinical-consultation/group/");
    const row = group.closest("tr")!;
    expect(within(row).getAllByRole("cell")[3]?.textContent).toBe("$60 per person, per session");
  });

  it("groups the FAQs by category, each a heading over its disclosures", async () => {
    const user = userEvent.setup();
    render(<FeesPage page={feesPage} />);
    for (const group of feesPage.faq_groups) {
      const region = screen.getByRole("region", { name: group.category });
      expect(within(region).getByRole("heading", { level: 2 }).textContent).toBe(group.category);
      expect(region.querySelectorAll("details")).toHaveLength(group.faqs.length);
    }
    const question = screen.getByText("How do I pay?");
    await user.click(question);
    expect(question.closest("details")?.open).toBe(true);
  });

  it("ends with the body and keeps the heading order", () => {
    const { container } = render(<FeesPage page={feesPage} />);
    expect(screen.getByText(/Our fees are the same whichever supervisor/)).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container)).toEqual([
      "h1 Fees & FAQs",
      "h2 Fees",
      "h2 Getting started",
      "h2 Licensure and hours",
      "h2 Fees and payment",
      "h2 Online sessions",
    ]);
  });
});
