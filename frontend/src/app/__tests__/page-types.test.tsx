import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";

import { blogIndexPage, blogPost } from "../../test/blog-fixtures";
import {
  eventIndexPage,
  eventPage,
  trainingPage,
  trainingProgramPage,
} from "../../test/events-fixtures";
import { homePage, standardPage, unknownPage } from "../../test/fixtures";
import { contactPage, newsletterPage } from "../../test/forms-fixtures";
import { searchResultsPage } from "../../test/search-fixtures";
import {
  feesPage,
  licensurePathPage,
  locationIndexPage,
  locationPage,
  serviceIndexPage,
  servicePage,
} from "../../test/services-fixtures";
import { matchPage, teamIndexPage, teamMemberPage } from "../../test/team-fixtures";
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
    expect(Object.keys(pageTypes).sort()).toEqual([
      "blog.BlogIndexPage",
      "blog.BlogPage",
      "core.SearchPage",
      "core.StandardPage",
      "events.EventIndexPage",
      "events.EventPage",
      "events.TrainingPage",
      "events.TrainingProgramPage",
      "forms.FormPage",
      "forms.NewsletterPage",
      "home.HomePage",
      "services.FeesPage",
      "services.LicensurePathPage",
      "services.LocationIndexPage",
      "services.LocationPage",
      "services.ServiceIndexPage",
      "services.ServicePage",
      "team.MatchPage",
      "team.TeamIndexPage",
      "team.TeamMemberPage",
    ]);
  });

  it.each([
    [serviceIndexPage, () => screen.getByRole("link", { name: "Group supervision" })],
    [servicePage, () => screen.getByRole("region", { name: "At a glance" })],
    [locationIndexPage, () => screen.getByRole("link", { name: "Washington" })],
    [locationPage, () => screen.getByRole("region", { name: "License tracks we support" })],
    [feesPage, () => screen.getByRole("table", { name: "Prices by service, in US dollars" })],
    [licensurePathPage, () => screen.getByRole("note")],
    [teamIndexPage, () => screen.getByRole("group", { name: "Filter supervisors" })],
    [teamMemberPage, () => screen.getByRole("region", { name: "Supervision style" })],
    [matchPage, () => screen.getByRole("heading", { level: 2, name: "Where you practise" })],
    [blogIndexPage, () => screen.getByRole("navigation", { name: "Blog categories" })],
    [blogPost, () => screen.getByRole("region", { name: "About the author" })],
    [contactPage, () => screen.getByRole("form", { name: "Contact" })],
    [newsletterPage, () => screen.getByRole("link", { name: /sign-up form/ })],
    [eventIndexPage, () => screen.getByRole("region", { name: "Upcoming events" })],
    [eventPage, () => screen.getByRole("form", { name: "Register" })],
    [trainingProgramPage, () => screen.getByRole("region", { name: "Trainings in this program" })],
    [trainingPage, () => screen.getByRole("region", { name: "Modules" })],
    [searchResultsPage, () => screen.getByRole("search")],
  ])("renders $type with its own component", async (page, ownContent) => {
    renderPage(page);
    await screen.findByRole("heading", { level: 1, name: page.title });
    expect(ownContent()).toBeTruthy();
    expect(screen.queryByText("This page can't be shown yet.")).toBeNull();
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

  it("renders a visible fallback for an unknown page type instead of crashing", async () => {
    renderPage(unknownPage());
    // The fallback is rarely needed: its code loads when it is.
    await screen.findByRole("heading", { level: 1, name: "Podcast episode" });
    expect(screen.getByText("This page can't be shown yet.")).toBeTruthy();
    expect(screen.getByText("podcast.EpisodePage")).toBeTruthy();
  });

  it("has no component for an unknown type and the same lazy component for a known one", () => {
    expect(getPageComponent("podcast.EpisodePage")).toBeNull();
    expect(getPageComponent("home.HomePage")).toBe(getPageComponent("home.HomePage"));
  });
});
