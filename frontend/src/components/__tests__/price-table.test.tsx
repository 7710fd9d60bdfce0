import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { feesPage, servicePage } from "../../test/services-fixtures";
import { PriceTable } from "../price-table";

function columnHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole("columnheader")
    .map((header) => header.textContent ?? "");
}

describe("PriceTable", () => {
  it("is a captioned table with column headers and a row header per item", () => {
    render(<PriceTable items={feesPage.price_items} caption="Fees by service" />);
    const table = screen.getByRole("table", { name: "Fees by service" });
    expect(table.querySelector("caption")?.textContent).toBe("Fees by service");
    expect(columnHeaders(table)).toEqual(["Service", "Format", "Length", "Group size", "Price"]);
    for (const header of within(table).getAllByRole("columnheader")) {
      expect(header.getAttribute("scope")).toBe("col");
    }
    const rowHeaders = within(table).getAllByRole("rowheader");
    expect(rowHeaders).toHaveLength(feesPage.price_items.length);
    expect(rowHeaders.every((header) => header.getAttribute("scope") === "row")).toBe(true);
    // One header row plus one row per price item.
    expect(within(table).getAllByRole("row")).toHaveLength(feesPage.price_items.length + 1);
  });

  it("formats prices, sliding scales, lengths and group sizes", () => {
    render(<PriceTable items={feesPage.price_items} caption="Fees" />);
    const row = screen.getByRole("rowheader", { name: "Individual supervision" }).closest("tr")!;
    const cells = within(row).getAllByRole("cell");
    expect(cells.map((cell) => cell.getAttribute("data-label"))).toEqual([
      "Format",
      "Length",
      "Group size",
      "Price",
    ]);
    expect(cells[0]?.textContent).toBe("Individual");
    expect(cells[1]?.textContent).toBe("50 min");
    expect(cells[2]?.textContent).toContain("Not applicable");
    expect(cells[2]?.hasAttribute("data-empty")).toBe(true);
    expect(cells[3]?.textContent).toBe("$120 per session, from $85 sliding scale");

    const membership = within(screen.getByRole("table")).getAllByRole("row")[1]!;
    const membershipCells = within(membership).getAllByRole("cell");
    expect(membershipCells[1]?.hasAttribute("data-empty")).toBe(true);
    expect(membershipCells[2]?.textContent).toBe("4–8 people");
    expect(membershipCells[3]?.textContent).toBe("$95 per month, from $60 sliding scale");
  });

  it("shows no sliding scale where there is none", () => {
    render(<PriceTable items={feesPage.price_items} caption="Fees" />);
    const header = screen.getByRole("rowheader", { name: "Individual supervision, extended" });
    const row = header.closest("tr")!;
    expect(within(row).getAllByRole("cell")[3]?.textContent).toBe("$180 per session");
  });

  it("links each row of the fees table to its service", () => {
    render(<PriceTable items={feesPage.price_items} caption="Fees" />);
    const link = screen.getByRole("link", { name: "Risk consultation, single session" });
    expect(link.getAttribute("href")).toBe("/clinical-consultation/risk-assessment/");
    expect(link.closest("th")?.getAttribute("scope")).toBe("row");
    expect(screen.getAllByRole("link")).toHaveLength(feesPage.price_items.length);
  });

  it("renders a service's own items without links", () => {
    render(<PriceTable items={servicePage.price_items} caption="Group supervision fees" />);
    const table = screen.getByRole("table", { name: "Group supervision fees" });
    expect(within(table).queryByRole("link")).toBeNull();
    const cells = within(within(table).getAllByRole("row")[1]!).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual([
      "Group",
      "90 min",
      "3–6 people",
      "$55 per person, per session, from $40 sliding scale",
    ]);
  });

  it("leaves out columns no item has a value for", () => {
    const [, individual] = feesPage.price_items;
    render(<PriceTable items={[{ ...individual!, minutes: null }]} caption="Fees" />);
    expect(columnHeaders(screen.getByRole("table"))).toEqual(["Service", "Format", "Price"]);
  });

  it("states the effective date when all prices share one", () => {
    const { rerender } = render(<PriceTable items={feesPage.price_items} caption="Fees" />);
    expect(screen.getByText("Prices effective January 1, 2026.")).toBeTruthy();
    const [first, second] = feesPage.price_items;
    rerender(
      <PriceTable items={[first!, { ...second!, effective_date: "2026-07-01" }]} caption="Fees" />,
    );
    expect(screen.queryByText(/Prices effective/)).toBeNull();
  });

  it("renders nothing without items", () => {
    const { container } = render(<PriceTable items={[]} caption="Fees" />);
    expect(container.innerHTML).toBe("");
  });
});
