import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { servicePage } from "../../../test/services-fixtures";
import ServicePage from "../service-page";

function glanceFacts(): Record<string, string> {
  const region = screen.getByRole("region", { name: "At a glance" });
  const facts: Record<string, string> = {};
  for (const term of region.querySelectorAll("dt")) {
    facts[term.textContent ?? ""] = term.nextElementSibling?.textContent ?? "";
  }
  return facts;
}

describe("ServicePage", () => {
  it("renders the title, kind and lead", () => {
    render(<ServicePage page={servicePage} />);
    expect(screen.getByRole("heading", { level: 1, name: "Group supervision" })).toBeTruthy();
    expect(screen.getByText("Clinical supervision").className).toContain("eyebrow");
    expect(screen.getByText(servicePage.intro).className).toContain("page-header__intro");
  });

  it("lists the service at a glance", () => {
    render(<ServicePage page={servicePage} />);
    expect(glanceFacts()).toEqual({
      "Who it’s for": "Pre-licensed clinicians",
      Formats: "Group, Online, In person",
      "Group size": "3–6 people",
      Frequency: "Every other week, 90 minutes",
      "Hours count toward licensure": "Yes",
      States: "Colorado, Washington",
    });
  });

  it("says no when hours don't count, and leaves out a group size it doesn't have", () => {
    render(
      <ServicePage page={{ ...servicePage, counts_toward_licensure: false, group_size: null }} />,
    );
    const facts = glanceFacts();
    expect(facts["Hours count toward licensure"]).toBe("No");
    expect(facts).not.toHaveProperty("Group size");
  });

  it("shows the body, the price table, specialties and license tracks by state", () => {
    render(<ServicePage page={servicePage} />);
    expect(screen.getByText(/Groups stay small and stable/)).toBeTruthy();
    const table = screen.getByRole("table", {
      name: "Prices for Group supervision, in US dollars",
    });
    expect(within(table).getAllByRole("row")).toHaveLength(2);
    expect(within(table).getByText("$55")).toBeTruthy();

    const specialties = screen.getByRole("region", { name: "Specialties" });
    expect(
      within(specialties)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(servicePage.specialties.map((specialty) => specialty.name));

    const tracks = screen.getByRole("region", { name: "License tracks" });
    const colorado = within(tracks).getByRole("heading", { level: 3, name: "Colorado" });
    const coloradoList = colorado.nextElementSibling as HTMLElement;
    expect(within(coloradoList).getAllByRole("listitem")[0]?.textContent).toBe(
      "LPCC, Licensed Professional Counselor Candidate",
    );
    const washington = within(tracks).getByRole("heading", { level: 3, name: "Washington" });
    expect(
      within(washington.nextElementSibling as HTMLElement)
        .getAllByRole("listitem")
        .map((item) => item.querySelector(".license__code")?.textContent),
    ).toEqual(["LMHCA", "LMFTA", "SWAIC"]);
  });

  it("renders the FAQs as disclosures that expand", async () => {
    const user = userEvent.setup();
    render(<ServicePage page={servicePage} />);
    const faq = screen.getByRole("region", { name: "Frequently asked questions" });
    const details = faq.querySelectorAll("details");
    expect(details).toHaveLength(3);
    await user.click(within(faq).getByText("Do you offer a sliding scale?"));
    expect(details[2]?.open).toBe(true);
    expect(details[0]?.open).toBe(false);
  });

  it("ends with the call to action, without a button when there is no target", () => {
    const { rerender } = render(<ServicePage page={servicePage} />);
    const cta = screen.getByRole("region", { name: "Is this a good fit for you?" });
    expect(within(cta).getByText(servicePage.cta.text)).toBeTruthy();
    const button = within(cta).getByRole("link", { name: servicePage.cta.label });
    expect(button.getAttribute("href")).toBe("/team/free-phone-consultation/");
    rerender(<ServicePage page={{ ...servicePage, cta: { ...servicePage.cta, path: null } }} />);
    const ctaWithout = screen.getByRole("region", { name: "Is this a good fit for you?" });
    expect(within(ctaWithout).queryByRole("link")).toBeNull();
  });

  it("shows the supervisors who fit the service as cards linking to their profiles", () => {
    render(<ServicePage page={servicePage} />);
    const region = screen.getByRole("region", { name: "Supervisors who fit this service" });
    const links = within(region)
      .getAllByRole("heading", { level: 3 })
      .map((heading) => within(heading).getByRole("link"));
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Maya Okafor", "/team/maya-okafor/"],
      ["Sam Whitehorse", "/team/sam-whitehorse/"],
      ["Daniel Reyes", "/team/daniel-reyes/"],
    ]);
    expect(within(region).getAllByText("Accepting new supervisees")).toHaveLength(3);
  });

  it("has a heading outline without skipped levels", () => {
    const { container } = render(<ServicePage page={servicePage} />);
    expect(skippedHeadingLevels(container)).toEqual([]);
    expect(headingOutline(container)).toEqual([
      "h1 Group supervision",
      "h2 At a glance",
      "h2 Fees",
      "h2 Specialties",
      "h2 License tracks",
      "h3 Colorado",
      "h3 Washington",
      "h2 Supervisors who fit this service",
      "h3 Maya Okafor",
      "h3 Sam Whitehorse",
      "h3 Daniel Reyes",
      "h2 Frequently asked questions",
      "h2 Is this a good fit for you?",
    ]);
  });

  it("leaves out sections with nothing in them", () => {
    render(
      <ServicePage
        page={{
          ...servicePage,
          price_items: [],
          specialties: [],
          license_types: [],
          faqs: [],
          supervisors: [],
        }}
      />,
    );
    expect(screen.queryByRole("table")).toBeNull();
    for (const name of [
      "Fees",
      "Specialties",
      "License tracks",
      "Supervisors who fit this service",
      "Frequently asked questions",
    ]) {
      expect(screen.queryByRole("heading", { name })).toBeNull();
    }
  });
});
