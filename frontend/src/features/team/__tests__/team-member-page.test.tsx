import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { teamMemberPage } from "../../../test/team-fixtures";
import TeamMemberPage from "../team-member-page";

function facts(list: HTMLElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const term of list.querySelectorAll("dt")) {
    result[term.textContent ?? ""] = term.nextElementSibling?.textContent ?? "";
  }
  return result;
}

describe("TeamMemberPage", () => {
  it("introduces the supervisor: photo, name, pronouns, role, languages, status", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const heading = screen.getByRole("heading", { level: 1, name: "Maya Okafor" });
    expect(heading.tabIndex).toBe(-1);
    const photo = screen.getByRole("img", { name: "Illustrated portrait of Maya Okafor" });
    expect(photo.getAttribute("loading")).toBe("eager");
    expect(photo.getAttribute("width")).toBe("320");
    expect(screen.getByText("she/her")).toBeTruthy();
    expect(screen.getByText("Founder and clinical supervisor")).toBeTruthy();
    expect(screen.getByText("Speaks English")).toBeTruthy();
    expect(screen.getByText("Accepting new supervisees")).toBeTruthy();
    expect(screen.getByText(teamMemberPage.short_bio).className).toBe("member-lead");
    expect(screen.getByText(/Maya started Firelight/)).toBeTruthy();
  });

  it("links the consultation request with the supervisor's slug", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const link = screen.getByRole("link", { name: "Request a free consultation with Maya" });
    expect(link.getAttribute("href")).toBe("/team/free-phone-consultation/?supervisor=maya-okafor");
  });

  it("has no consultation link without a consultation page, and says when the list is closed", () => {
    render(
      <TeamMemberPage
        page={{ ...teamMemberPage, consultation_path: null, accepting_new: false }}
      />,
    );
    expect(screen.queryByRole("link", { name: /Request a free consultation/ })).toBeNull();
    expect(screen.queryByText("Accepting new supervisees")).toBeNull();
    expect(screen.getByText("Not taking new supervisees at the moment")).toBeTruthy();
  });

  it("lists each license with its state, number, supervision rights and verification", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const region = screen.getByRole("region", { name: "Licenses" });
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole("heading", { level: 3 }).textContent).toBe(
      "LPC, Licensed Professional Counselor",
    );
    expect(facts(items[0] as HTMLElement)).toEqual({
      State: "Colorado",
      "License number": "LPC.CO-SAMPLE-001",
      "Can supervise this track": "Yes",
      Verified: "September 1, 2026",
    });
    expect(facts(items[1] as HTMLElement)["Can supervise this track"]).toBe("No");
  });

  it("reads each style scale as a sentence and draws it without relying on colour", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const region = screen.getByRole("region", { name: "Supervision style" });
    expect(
      within(region).getByText("Structured to Flexible: 2 of 5, closer to structured"),
    ).toBeTruthy();
    expect(
      within(region).getByText("Directive to Collaborative: 3 of 5, in the middle"),
    ).toBeTruthy();
    const structure = region.querySelector(".style-scale") as HTMLElement;
    const dots = structure.querySelectorAll(".style-scale__dot");
    expect(dots).toHaveLength(5);
    expect(dots[1]?.className).toContain("style-scale__dot--on");
    expect(structure.querySelector(".style-scale__dots")?.getAttribute("aria-hidden")).toBe("true");
    expect(region.querySelector("[role=slider]")).toBeNull();
    expect(
      within(region).getByText("Integrated developmental model", { exact: false }),
    ).toBeTruthy();
    expect(region.querySelector("blockquote")?.textContent).toBe(teamMemberPage.style_statement);
  });

  it("gives the weekly availability in 12-hour time with the time zone's name", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const glance = screen.getByRole("region", { name: "Working with Maya" });
    const availability = within(glance).getByRole("group", { name: "Weekly availability" });
    expect(
      within(availability)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Tuesday 1:00–5:00 PM Mountain time", "Thursday 1:00–5:00 PM Mountain time"]);
    expect(within(glance).getByText("Individual, Group, Online, In person")).toBeTruthy();
    expect(within(glance).getByText("Community mental health, Private practice")).toBeTruthy();
    expect(within(glance).getByText(teamMemberPage.fee_notes)).toBeTruthy();
  });

  it("shows specialties, certifications and experience", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const specialties = screen.getByRole("region", { name: "Specialties" });
    expect(
      within(specialties)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Ethics and documentation", "Suicide and risk assessment", "Trauma and PTSD"]);
    const experience = screen.getByRole("region", { name: "Training and experience" });
    expect(facts(experience)).toEqual({ "Licensed for": "14 years", "Supervising for": "9 years" });
    expect(within(experience).getByText("Approved clinical supervisor")).toBeTruthy();
  });

  it("links the supervisor's blog posts with their dates", () => {
    render(<TeamMemberPage page={teamMemberPage} />);
    const region = screen.getByRole("region", { name: "Posts by Maya Okafor" });
    const items = within(region).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "What is relationship-based clinical supervision? November 18, 2026",
      "Documenting suicide risk assessment: the basics June 24, 2026",
    ]);
    expect(
      within(region)
        .getByRole("link", { name: "Documenting suicide risk assessment: the basics" })
        .getAttribute("href"),
    ).toBe("/blog/documenting-suicide-risk-assessment/");
    expect(region.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-18");
  });

  it("has no posts section for a supervisor who has not written any", () => {
    render(<TeamMemberPage page={{ ...teamMemberPage, posts: [] }} />);
    expect(screen.queryByRole("region", { name: /Posts by/ })).toBeNull();
  });

  it("has a heading outline without skipped levels", () => {
    const { container } = render(<TeamMemberPage page={teamMemberPage} />);
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container)).toEqual([
      "h1 Maya Okafor",
      "h2 Working with Maya",
      "h3 Weekly availability",
      "h3 Formats",
      "h3 Work settings",
      "h3 Fees",
      "h2 Supervision style",
      "h2 Specialties",
      "h2 Licenses",
      "h3 LPC, Licensed Professional Counselor",
      "h3 LAC, Licensed Addiction Counselor",
      "h2 Training and experience",
      "h2 Posts by Maya Okafor",
    ]);
  });
});
