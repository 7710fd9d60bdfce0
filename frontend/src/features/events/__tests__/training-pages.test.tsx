import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { trainingPage, trainingProgramPage } from "../../../test/events-fixtures";
import { skippedHeadingLevels } from "../../../test/headings";
import TrainingPage from "../training-page";
import TrainingProgramPage from "../training-program-page";

function facts(region: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...region.querySelectorAll(".events-facts__item")].map((item) => [
      item.querySelector("dt")?.textContent ?? "",
      item.querySelector("dd")?.textContent ?? "",
    ]),
  );
}

describe("TrainingProgramPage", () => {
  it("shows the program's facts, objectives and trainings with their next session", () => {
    const { container } = render(<TrainingProgramPage page={trainingProgramPage} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Clinical training program");
    expect(facts(screen.getByRole("region", { name: "At a glance" }))).toEqual({
      "Total hours": "18 hours",
      "Continuing education":
        "18 CE hoursApproved for continuing education by the Colorado Counseling Association",
      Price: "$480All three trainings; each can also be taken on its own.",
    });
    const objectives = screen.getByRole("region", { name: "What you will learn" });
    expect(within(objectives).getAllByRole("listitem")).toHaveLength(4);

    const trainings = screen.getByRole("region", { name: "Trainings in this program" });
    const items = trainings.querySelector("ol")!.children;
    expect(items).toHaveLength(3);
    const [retention, risk, safety] = [...items] as HTMLElement[];
    expect(within(risk!).getByRole("heading", { level: 3 }).textContent).toBe("Risk assessment");
    expect(within(risk!).getByText("6 CE hours")).toBeTruthy();
    expect(
      within(risk!)
        .getByRole("link", { name: "Thursday, December 17, 2026 (3 seats left)" })
        .getAttribute("href"),
    ).toBe("/events-and-trainings/risk-assessment-winter-session/");
    expect(within(retention!).getByRole("link", { name: /\(Full\)$/ })).toBeTruthy();
    expect(within(safety!).getByText("No session is scheduled yet.")).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("lists the upcoming sessions as event cards and related reading as post cards", () => {
    render(<TrainingProgramPage page={trainingProgramPage} />);
    const sessions = screen.getByRole("region", { name: "Upcoming sessions" });
    expect(within(sessions).getAllByRole("article")).toHaveLength(2);
    expect(within(sessions).getByText("Full")).toBeTruthy();
    const reading = screen.getByRole("region", { name: "Related reading" });
    expect(
      within(reading).getByRole("link", {
        name: "Why clients stop coming after the first few sessions",
      }),
    ).toBeTruthy();
  });
});

describe("TrainingPage", () => {
  it("links its program and lists its modules in order with their hours", () => {
    const { container } = render(<TrainingPage page={trainingPage} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Risk assessment");
    expect(
      screen
        .getByRole("link", { name: "Part of the Clinical training program" })
        .getAttribute("href"),
    ).toBe("/events-and-trainings/clinical-training-program/");
    expect(facts(screen.getByRole("region", { name: "At a glance" }))).toMatchObject({
      "Total hours": "6 hours",
      Price: "$180",
    });
    const modules = screen.getByRole("region", { name: "Modules" });
    const list = within(modules).getByRole("list");
    expect(list.tagName).toBe("OL");
    const items = within(list).getAllByRole("listitem");
    expect(
      items.map((item) => [
        within(item).getByRole("heading", { level: 3 }).textContent,
        item.querySelector(".training-module__hours")?.textContent,
      ]),
    ).toEqual([
      ["Asking the question", "1.5 hours"],
      ["A structured interview", "2.5 hours"],
      ["Documentation", "2 hours"],
    ]);
    const sessions = screen.getByRole("region", { name: "Upcoming sessions" });
    expect(
      within(sessions).getByRole("link", { name: "Risk assessment: winter session" }),
    ).toBeTruthy();
    expect(screen.getByRole("region", { name: "Related reading" })).toBeTruthy();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("says when no session is scheduled", () => {
    render(<TrainingPage page={{ ...trainingPage, upcoming_sessions: [], related_posts: [] }} />);
    const sessions = screen.getByRole("region", { name: "Upcoming sessions" });
    expect(within(sessions).getByText(/^No sessions are scheduled yet\./)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Related reading" })).toBeNull();
  });
});
