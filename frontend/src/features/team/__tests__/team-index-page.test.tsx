import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { mockApi, renderApp } from "../../../test/render-app";
import { teamIndexPage } from "../../../test/team-fixtures";
import { matchesFilters, searchForFilters } from "../directory-filters";
import TeamIndexPage from "../team-index-page";

function shownNames(): string[] {
  const results = screen.getByRole("region", { name: "Supervisors" });
  return within(results)
    .queryAllByRole("heading", { level: 3 })
    .map((heading) => heading.textContent ?? "");
}

function renderAt(url: string) {
  window.history.replaceState(null, "", url);
  return render(<TeamIndexPage page={teamIndexPage} />);
}

const everyone = teamIndexPage.members.map((member) => member.name);

describe("TeamIndexPage", () => {
  it("shows the whole team with labelled filters in a fieldset", () => {
    renderAt("/team/");
    expect(screen.getByRole("heading", { level: 1, name: "Our team" })).toBeTruthy();
    expect(shownNames()).toEqual(everyone);
    const group = screen.getByRole("group", { name: "Filter supervisors" });
    for (const label of ["State", "License track", "Specialty", "Format"]) {
      expect(within(group).getByLabelText(label).tagName).toBe("SELECT");
    }
    expect(within(group).getByLabelText("Accepting new supervisees only")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("7 supervisors match");
  });

  it.each([
    ["State", "Washington", ["Daniel Reyes", "Priya Shah", "Rosa Delgado"]],
    [
      "License track",
      "LPC — Licensed Professional Counselor",
      ["Maya Okafor", "Sam Whitehorse", "Helen Park", "Jordan Ellis"],
    ],
    ["Specialty", "Trauma and PTSD", ["Maya Okafor", "Sam Whitehorse", "Rosa Delgado"]],
    ["Format", "Dyad", ["Daniel Reyes", "Jordan Ellis"]],
  ])("filters by %s without a request", async (label, option, names) => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    const user = userEvent.setup();
    renderAt("/team/");
    await user.selectOptions(screen.getByLabelText(label), option);
    expect(shownNames()).toEqual(names);
    expect(screen.getByRole("status").textContent).toBe(`${names.length} supervisors match`);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("keeps only supervisors taking new supervisees when asked", async () => {
    const user = userEvent.setup();
    renderAt("/team/");
    await user.click(screen.getByLabelText("Accepting new supervisees only"));
    expect(shownNames()).toEqual(everyone.filter((name) => name !== "Helen Park"));
    expect(window.location.search).toBe("?accepting=1");
  });

  it("matches a license track in the chosen state only, and offers that state's tracks", async () => {
    const user = userEvent.setup();
    renderAt("/team/");
    await user.selectOptions(screen.getByLabelText("State"), "Colorado");
    const license = screen.getByLabelText("License track");
    expect(
      within(license)
        .getAllByRole("option")
        .map((option) => option.getAttribute("value")),
    ).toEqual(["", "LAC", "LPCC", "LPC", "MFTC", "LMFT", "SWC", "LCSW"]);
    await user.selectOptions(license, "LMFT");
    expect(shownNames()).toEqual(["Helen Park"]);

    // Washington does not issue an LPC: the track is dropped with the state change.
    await user.selectOptions(license, "LPC");
    await user.selectOptions(screen.getByLabelText("State"), "Washington");
    expect((screen.getByLabelText("License track") as HTMLSelectElement).value).toBe("");
    expect(window.location.search).toBe("?state=WA");
  });

  it("combines filters and writes them to the query string", async () => {
    const user = userEvent.setup();
    renderAt("/team/?utm_source=newsletter");
    await user.selectOptions(screen.getByLabelText("State"), "WA");
    await user.selectOptions(screen.getByLabelText("Specialty"), "DBT");
    await user.selectOptions(screen.getByLabelText("Format"), "group");
    expect(shownNames()).toEqual(["Priya Shah"]);
    expect(window.location.search).toBe(
      "?utm_source=newsletter&state=WA&specialty=DBT&format=group",
    );
    expect(screen.getByRole("status").textContent).toBe("1 supervisor matches");
  });

  it("adds a history entry per filter, and replaces it while the same filter changes", async () => {
    const user = userEvent.setup();
    renderAt("/team/");
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    await user.selectOptions(screen.getByLabelText("Format"), "group");
    await user.selectOptions(screen.getByLabelText("Format"), "dyad");
    await user.selectOptions(screen.getByLabelText("Specialty"), "DBT");
    expect(push.mock.calls.map((call) => call[2])).toEqual([
      "/team/?format=group",
      "/team/?format=dyad&specialty=DBT",
    ]);
    expect(replace.mock.calls.map((call) => call[2])).toEqual(["/team/?format=dyad"]);
  });

  it("shows the filtered view of a shared URL, ignoring values it does not offer", () => {
    renderAt("/team/?state=WA&license=LPC&format=telepathy");
    expect(shownNames()).toEqual(["Daniel Reyes", "Priya Shah", "Rosa Delgado"]);
    expect((screen.getByLabelText("State") as HTMLSelectElement).value).toBe("WA");
    expect((screen.getByLabelText("License track") as HTMLSelectElement).value).toBe("");
    expect((screen.getByLabelText("Format") as HTMLSelectElement).value).toBe("");
  });

  it("shows a designed empty state, and clearing brings everyone back", async () => {
    const user = userEvent.setup();
    renderAt("/team/?specialty=Couples&format=dyad&utm_source=ad");
    expect(shownNames()).toEqual(["Nobody fits all of these filters"]);
    expect(screen.getByRole("status").textContent).toBe("No supervisors match");

    await user.click(screen.getByRole("button", { name: "Show all supervisors" }));
    expect(shownNames()).toEqual(everyone);
    expect(window.location.search).toBe("?utm_source=ad");
    expect(document.activeElement).toBe(screen.getByLabelText("State"));
  });

  it("clears every filter with the Clear filters button", async () => {
    const user = userEvent.setup();
    renderAt("/team/?state=CO&license=LPC&specialty=Trauma+and+PTSD&accepting=1");
    expect(shownNames()).toEqual(["Maya Okafor", "Sam Whitehorse"]);
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(shownNames()).toEqual(everyone);
    expect(window.location.search).toBe("");
    expect(
      (screen.getByLabelText("Accepting new supervisees only") as HTMLInputElement).checked,
    ).toBe(false);
    expect(screen.getByRole("status").textContent).toBe("7 supervisors match");
  });

  it("goes back to the previous filters with the browser's Back, without a request", async () => {
    const fetchMock = mockApi({});
    const user = userEvent.setup();
    await renderApp("/team/", teamIndexPage);
    await user.selectOptions(screen.getByLabelText("State"), "WA");
    await user.selectOptions(screen.getByLabelText("Format"), "group");
    expect(shownNames()).toEqual(["Priya Shah", "Rosa Delgado"]);
    const stateSelect = screen.getByLabelText("State");

    act(() => window.history.back());
    await waitFor(() =>
      expect(shownNames()).toEqual(["Daniel Reyes", "Priya Shah", "Rosa Delgado"]),
    );
    act(() => window.history.back());
    await waitFor(() => expect(shownNames()).toEqual(everyone));
    expect(window.location.search).toBe("");
    expect((screen.getByLabelText("State") as HTMLSelectElement).value).toBe("");
    expect(fetchMock).not.toHaveBeenCalled();
    // The same page stays up: no re-render from scratch, no focus jump to the heading.
    expect(screen.getByLabelText("State")).toBe(stateSelect);
    expect(document.activeElement).not.toBe(screen.getByRole("heading", { level: 1 }));
  });
});

describe("matchesFilters", () => {
  const member = {
    ...teamIndexPage.members[0]!,
    licenses: [
      { ...teamIndexPage.members[0]!.licenses[0]!, code: "LPC", state: "CO" },
      { ...teamIndexPage.members[0]!.licenses[0]!, code: "LMFT", state: "WA" },
    ],
  };
  const filters = { state: "", license: "", specialty: "", format: "", accepting: false };

  it("matches a track only where the member holds it when a state is chosen", () => {
    expect(matchesFilters(member, { ...filters, license: "LMFT" })).toBe(true);
    expect(matchesFilters(member, { ...filters, state: "WA", license: "LMFT" })).toBe(true);
    expect(matchesFilters(member, { ...filters, state: "CO", license: "LMFT" })).toBe(false);
    expect(matchesFilters(member, { ...filters, state: "CO", license: "LPC" })).toBe(true);
  });
});

describe("searchForFilters", () => {
  it("leaves out empty filters and keeps other parameters", () => {
    expect(
      searchForFilters(
        { state: "", license: "", specialty: "LGBTQIA+ clients", format: "", accepting: true },
        "?state=CO&ref=mail",
      ),
    ).toBe("?ref=mail&specialty=LGBTQIA%2B+clients&accepting=1");
  });
});
