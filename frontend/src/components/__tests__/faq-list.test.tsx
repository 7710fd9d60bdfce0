import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { servicePage } from "../../test/services-fixtures";
import { FaqList } from "../faq-list";

describe("FaqList", () => {
  it("is a region named by its heading with one disclosure per question", () => {
    const { container } = render(<FaqList heading="Questions" items={servicePage.faqs} />);
    const region = screen.getByRole("region", { name: "Questions" });
    expect(region.querySelector("h2")?.textContent).toBe("Questions");
    const summaries = [...container.querySelectorAll("details > summary")];
    expect(summaries.map((summary) => summary.textContent)).toEqual(
      servicePage.faqs.map((faq) => faq.question),
    );
  });

  it("opens and closes an answer when its summary is activated", async () => {
    const user = userEvent.setup();
    const { container } = render(<FaqList items={servicePage.faqs} />);
    const summary = screen.getByText("Does group supervision count?");
    const details = summary.closest("details")!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(details.querySelector(".faq__answer")?.textContent).toContain("up to a limit");
    await user.click(summary);
    expect(details.open).toBe(false);
    // Without a heading there is no region to name, and no empty heading.
    expect(container.querySelector("h2")).toBeNull();
    expect(screen.queryByRole("region")).toBeNull();
  });
});
