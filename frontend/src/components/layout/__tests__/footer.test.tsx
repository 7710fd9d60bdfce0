import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { site } from "../../../test/fixtures";
import { Footer } from "../footer";

describe("footer", () => {
  it("lists the practice's contact details with working links", () => {
    render(<Footer site={site} />);
    const phone = screen.getByRole("link", { name: "(720) 555-0142 ext. 2" });
    expect(phone.getAttribute("href")).toBe("tel:+17205550142,2");
    expect(screen.getByText("(720) 555-0199")).toBeTruthy();
    expect(screen.getByRole("link", { name: "hello@firelight.example" }).getAttribute("href")).toBe(
      "mailto:hello@firelight.example",
    );
    expect(screen.getByRole("link", { name: "LinkedIn" }).getAttribute("href")).toBe(
      "https://www.linkedin.com/company/firelight",
    );
    expect(screen.getByText("All are welcome here.")).toBeTruthy();
    expect(
      screen.getByRole("link", { name: site.consultation_cta.label }).getAttribute("href"),
    ).toBe("/team/free-phone-consultation/");
    expect(screen.getByText(`© ${new Date().getFullYear()} ${site.name}`)).toBeTruthy();
  });
});
