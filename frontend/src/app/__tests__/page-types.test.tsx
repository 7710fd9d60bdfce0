import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";

import { homePage, standardPage, unknownPage } from "../../test/fixtures";
import { getPageComponent, pageTypes } from "../page-types";
import { PageView } from "../page-view";

function renderPage(page: Parameters<typeof PageView>[0]["page"]) {
  return render(
    <Suspense fallback={<p>Loading</p>}>
      <PageView page={page} />
    </Suspense>,
  );
}

describe("page type registry", () => {
  it("registers every page type of the API schema", () => {
    expect(Object.keys(pageTypes).sort()).toEqual(["core.StandardPage", "home.HomePage"]);
  });

  it("renders a standard page with its component", async () => {
    renderPage(standardPage("Supervision", "/supervision/"));
    const heading = await screen.findByRole("heading", { level: 1, name: "Supervision" });
    expect(heading.tabIndex).toBe(-1);
    expect(screen.getByText("An introduction to supervision.")).toBeTruthy();
  });

  it("renders the home page with its hero", async () => {
    renderPage(homePage());
    await screen.findByRole("heading", { level: 1, name: "Supervision that helps you grow" });
    const primary = screen.getByRole("link", { name: "Get started" });
    expect(primary.getAttribute("href")).toBe("/team/free-phone-consultation/");
    const image = screen.getByRole("img", { name: /evening light/ });
    expect(image.getAttribute("loading")).toBe("eager");
    expect(image.getAttribute("fetchpriority")).toBe("high");
  });

  it("renders a visible fallback for an unknown page type instead of crashing", () => {
    renderPage(unknownPage());
    expect(screen.getByRole("heading", { level: 1, name: "Lunch & Learn" })).toBeTruthy();
    expect(screen.getByText("This page can't be shown yet.")).toBeTruthy();
    expect(screen.getByText("events.EventPage")).toBeTruthy();
  });

  it("has no component for an unknown type and the same lazy component for a known one", () => {
    expect(getPageComponent("events.EventPage")).toBeNull();
    expect(getPageComponent("home.HomePage")).toBe(getPageComponent("home.HomePage"));
  });
});
