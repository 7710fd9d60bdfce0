import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { licensurePathPage } from "../../../test/services-fixtures";
import LicensurePathPage from "../licensure-path-page";

describe("LicensurePathPage", () => {
  it("warns that board rules change, with the board link and the verified date", () => {
    render(<LicensurePathPage page={licensurePathPage} />);
    const note = screen.getByRole("note");
    expect(note.textContent).toBe(
      "Board rules change. Verify the current requirements with the " +
        "Colorado Department of Regulatory Agencies, Division of Professions and Occupations" +
        " — last verified October 15, 2026.",
    );
    const board = within(note).getByRole("link");
    expect(board.getAttribute("href")).toBe("https://dpo.colorado.gov/");
    expect(board.hasAttribute("target")).toBe(false);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("leaves the date out of the notice when the path was never verified", () => {
    render(<LicensurePathPage page={{ ...licensurePathPage, last_verified: null }} />);
    expect(screen.getByRole("note").textContent).not.toContain("last verified");
  });

  it("lists the requirements with value, unit, note, source and verified date", () => {
    render(<LicensurePathPage page={licensurePathPage} />);
    const region = screen.getByRole("region", { name: "Requirements" });
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    const total = within(items[0]!);
    expect(
      total.getByRole("heading", { level: 3, name: "Total supervised practice hours" }),
    ).toBeTruthy();
    expect(total.getByText("2,000").parentElement?.textContent).toBe("2,000 hours");
    expect(total.getByText("Post-degree supervised practice.")).toBeTruthy();
    const source = total.getByRole("link", { name: "Source: Total supervised practice hours" });
    expect(source.getAttribute("href")).toBe("https://dpo.colorado.gov/ProfessionalCounselor");
    expect(items[0]?.textContent).toContain("verified October 15, 2026");
  });

  it("shows the steps as an ordered list with their documents, exam, fee and board link", () => {
    render(<LicensurePathPage page={licensurePathPage} />);
    const region = screen.getByRole("region", { name: "Step by step" });
    const list = within(region).getByRole("list", { name: "Steps" });
    expect(list.tagName).toBe("OL");
    // The list items are the steps themselves: nothing else in the list is one.
    const steps = within(list).getAllByRole("listitem");
    expect(steps).toHaveLength(6);
    expect(steps.every((step) => step.parentElement === list)).toBe(true);
    const exam = within(steps[1]!);
    expect(exam.getByRole("heading", { level: 3, name: "Pass the national exam" })).toBeTruthy();
    expect(exam.getByText(/Pass the National Counselor Examination/)).toBeTruthy();
    expect(exam.getByText("Exam score report").tagName).toBe("DD");
    expect(exam.getByText("NCE or NCMHCE")).toBeTruthy();
    expect(exam.getByText("Fee").nextElementSibling?.textContent).toBe("$275");
    expect(
      exam.getByRole("link", { name: "Board information: Pass the national exam" }),
    ).toBeTruthy();
    // A step without a fee or exam has neither row.
    expect(within(steps[0]!).queryByText("Fee")).toBeNull();
    expect(within(steps[0]!).queryByText("Exam")).toBeNull();
    const documents = within(steps[3]!).getByText("Documents").parentElement!;
    expect([...documents.querySelectorAll("dd")].map((item) => item.textContent)).toEqual([
      "Application",
      "Proof of exams",
      "Verification of degree",
    ]);
  });

  it("has a heading outline without skipped levels", () => {
    const { container } = render(<LicensurePathPage page={licensurePathPage} />);
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container).slice(0, 4)).toEqual([
      "h1 Your path to LPC in Colorado",
      "h2 Requirements",
      "h3 Total supervised practice hours",
      "h3 Hours of clinical supervision",
    ]);
  });
});
