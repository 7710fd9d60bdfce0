import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { csrfRequests, csrfToken, mockPosts, sentPosts, type SentPost } from "../../../test/csrf";
import { jsonResponse, site } from "../../../test/fixtures";
import {
  matchPage,
  matchRequest,
  matchResponse,
  noMatchRequest,
  noMatchResponse,
} from "../../../test/team-fixtures";
import { SiteContext } from "../../../lib/site-context";
import { MATCH_URL } from "../match-api";
import MatchPage from "../match-page";

function renderMatcher() {
  return render(
    <SiteContext value={site}>
      <MatchPage page={matchPage} />
    </SiteContext>,
  );
}

function stepHeading(name: string) {
  return screen.getByRole("heading", { level: 2, name });
}

/** Answers the matcher's posts in turn (and the CSRF token request they start with). */
const mockMatch = mockPosts;

function sentBody(fetchMock: ReturnType<typeof mockMatch>, call = 0): unknown {
  return JSON.parse(String(sentPosts(fetchMock)[call]?.init.body));
}

/** Colorado LPCC → LPC, individual online on Tue/Thu afternoons, trauma then DBT. */
async function answerColorado(user: UserEvent) {
  await user.click(screen.getByLabelText("Colorado"));
  await user.selectOptions(
    screen.getByLabelText("Your current credential"),
    "LPCC — Licensed Professional Counselor Candidate",
  );
  await user.selectOptions(
    screen.getByLabelText("License you're working toward"),
    "LPC — Licensed Professional Counselor",
  );
  await user.click(screen.getByLabelText("Just starting my supervised hours"));
  await user.click(screen.getByRole("button", { name: "Next" }));

  await user.click(screen.getByLabelText("Individual"));
  await user.click(screen.getByLabelText("Online"));
  await user.selectOptions(screen.getByLabelText("Your time zone"), "Mountain time (Denver)");
  await user.click(screen.getByLabelText("Thursday afternoon"));
  await user.click(screen.getByLabelText("Tuesday afternoon"));
  await user.click(screen.getByRole("button", { name: "Next" }));

  await user.selectOptions(screen.getByLabelText("First choice"), "Trauma and PTSD");
  await user.selectOptions(screen.getByLabelText("Second choice"), "DBT");
  await user.selectOptions(screen.getByLabelText("Your work setting"), "Community mental health");
  await user.click(screen.getByRole("button", { name: "Next" }));

  await user.click(screen.getByLabelText("2 of 5, closer to structured"));
}

/** Washington LMHC, group, Sunday morning in Pacific time, DBT. */
async function answerWashington(user: UserEvent) {
  await user.click(screen.getByLabelText("Washington"));
  await user.selectOptions(
    screen.getByLabelText("License you're working toward"),
    "LMHC — Licensed Mental Health Counselor",
  );
  await user.click(screen.getByLabelText("Part-way through my hours"));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByLabelText("Group"));
  await user.selectOptions(screen.getByLabelText("Your time zone"), "America/Los_Angeles");
  await user.click(screen.getByLabelText("Sunday morning"));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.selectOptions(screen.getByLabelText("First choice"), "DBT");
  await user.click(screen.getByRole("button", { name: "Next" }));
}

describe("MatchPage", () => {
  it("starts at step 1 of 4 with the step marked current", () => {
    renderMatcher();
    expect(screen.getByRole("heading", { level: 1, name: "Find a supervisor" })).toBeTruthy();
    expect(stepHeading("Where you practise")).toBeTruthy();
    expect(screen.getByText("Step 1 of 4")).toBeTruthy();
    const steps = screen.getByRole("list", { name: "Steps" });
    const current = within(steps).getAllByRole("listitem")[0] as HTMLElement;
    expect(current.getAttribute("aria-current")).toBe("step");
    expect(screen.queryByRole("button", { name: "Back" })).toBeNull();
    expect(screen.getByRole("group", { name: "States where you practise" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Where are you in your licensure?" })).toBeTruthy();
  });

  it("blocks Next until the step is answered, with errors tied to their fields", async () => {
    const user = userEvent.setup();
    renderMatcher();
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(stepHeading("Where you practise")).toBeTruthy();
    const colorado = screen.getByLabelText("Colorado");
    expect(document.activeElement).toBe(colorado);
    expect(colorado.getAttribute("aria-invalid")).toBe("true");
    const states = screen.getByRole("group", { name: "States where you practise" });
    const error = document.getElementById("match-states-error");
    expect(error?.textContent).toBe("Error: Choose at least one state where you practise.");
    expect(states.getAttribute("aria-describedby")?.split(" ")).toContain("match-states-error");

    const target = screen.getByLabelText("License you're working toward");
    expect(target.getAttribute("aria-invalid")).toBe("true");
    const describedBy = target.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      "Error: Choose the license you're working toward.",
    );
    expect(screen.getByText("Choose where you are in your licensure.")).toBeTruthy();

    // Fixing a field clears its error; the next invalid field takes the focus.
    await user.click(colorado);
    expect(document.getElementById("match-states-error")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement).toBe(screen.getByLabelText("License you're working toward"));
  });

  it("offers the licenses of the chosen states, grouped by state", async () => {
    const user = userEvent.setup();
    renderMatcher();
    await user.click(screen.getByLabelText("Washington"));
    const target = screen.getByLabelText("License you're working toward");
    const groups = target.querySelectorAll("optgroup");
    expect([...groups].map((group) => group.label)).toEqual(["Washington"]);
    expect(
      [...(groups[0]?.querySelectorAll("option") ?? [])].map((option) => option.textContent),
    ).toEqual([
      "LMHCA — Licensed Mental Health Counselor Associate",
      "LMHC — Licensed Mental Health Counselor",
      "LMFTA — Licensed Marriage and Family Therapist Associate",
      "LMFT — Licensed Marriage and Family Therapist",
      "SWAIC — Social Worker Associate Independent Clinical",
      "LICSW — Licensed Independent Clinical Social Worker",
    ]);
    await user.selectOptions(target, "LMHC — Licensed Mental Health Counselor");
    await user.click(screen.getByLabelText("Colorado"));
    expect([...target.querySelectorAll("optgroup")].map((group) => group.label)).toEqual([
      "Colorado",
      "Washington",
    ]);
    // Dropping Washington drops its license.
    await user.click(screen.getByLabelText("Washington"));
    expect((target as HTMLSelectElement).value).toBe("");
  });

  it("moves focus to each new step's heading, and Back keeps the answers", async () => {
    const user = userEvent.setup();
    renderMatcher();
    await user.click(screen.getByLabelText("Colorado"));
    await user.selectOptions(
      screen.getByLabelText("License you're working toward"),
      "LPC — Licensed Professional Counselor",
    );
    await user.click(screen.getByLabelText("Fully licensed"));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(document.activeElement).toBe(stepHeading("How you'd like to meet"));
    expect(screen.getByText("Step 2 of 4")).toBeTruthy();
    expect((screen.getByLabelText("Online or in person") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Your time zone") as HTMLSelectElement).value).toBe(
      "America/Denver",
    );
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Individual"));
    expect(
      screen.getByText("Choose at least one time in your week when you could meet."),
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(document.activeElement).toBe(stepHeading("Where you practise"));
    expect((screen.getByLabelText("Colorado") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Fully licensed") as HTMLInputElement).checked).toBe(true);
  });

  it("offers each specialty once across the three choices", async () => {
    const user = userEvent.setup();
    renderMatcher();
    await user.click(screen.getByLabelText("Colorado"));
    await user.selectOptions(
      screen.getByLabelText("License you're working toward"),
      "LPC — Licensed Professional Counselor",
    );
    await user.click(screen.getByLabelText("Fully licensed"));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByLabelText("Dyad"));
    await user.click(screen.getByLabelText("Monday evening"));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(stepHeading("What matters to you")).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("First choice"), "DBT");
    const second = screen.getByLabelText("Second choice");
    expect(within(second).queryByRole("option", { name: "DBT" })).toBeNull();
    expect(within(second).getByRole("option", { name: "EMDR" })).toBeTruthy();
  });

  it("posts the answers as JSON and shows the ranked supervisors with their reasons", async () => {
    const fetchMock = mockMatch(jsonResponse(matchResponse));
    const user = userEvent.setup();
    renderMatcher();
    await answerColorado(user);
    expect(stepHeading("Your style")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Find my matches" }));

    const heading = await screen.findByRole("heading", {
      level: 2,
      name: "Your best-fit supervisors",
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    expect(sentPosts(fetchMock)).toHaveLength(1);
    expect(csrfRequests(fetchMock)).toBe(1);
    const [{ url, init }] = sentPosts(fetchMock) as [SentPost];
    expect(url).toBe(MATCH_URL);
    expect(url).toBe("/api/match/");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(init.headers).toEqual({
      "Content-Type": "application/json",
      Accept: "application/json",
      "X-CSRFToken": csrfToken.token,
    });
    expect(sentBody(fetchMock)).toEqual({ ...matchRequest, current_license: 1 });

    const results = screen.getByRole("list", { name: "Your best-fit supervisors" });
    const [first] = within(results).getAllByRole("listitem");
    const item = within(first as HTMLElement);
    expect(item.getByRole("link", { name: "Maya Okafor" }).getAttribute("href")).toBe(
      "/team/maya-okafor/",
    );
    expect(item.getByText("Fit: 87 / 100")).toBeTruthy();
    const reasons = item.getByRole("list", { name: "Why they fit" });
    expect(
      within(reasons)
        .getAllByRole("listitem")
        .map((reason) => reason.textContent),
    ).toEqual(matchResponse.results[0]?.reasons);
    expect(item.getByRole("link", { name: "View profile" }).getAttribute("href")).toBe(
      "/team/maya-okafor/",
    );
    expect(
      item.getByRole("link", { name: "Request a free consultation" }).getAttribute("href"),
    ).toBe("/team/free-phone-consultation/?supervisor=maya-okafor");
    const others = screen.getByRole("heading", { level: 3, name: "Who else we looked at" });
    expect(
      within(others.nextElementSibling as HTMLElement)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "2 supervisors: not licensed to supervise your track in your state",
      "1 supervisor: not accepting new supervisees",
      "3 supervisors: no shared time in your week",
    ]);
  });

  it("says it is working while the request is out, and ignores a second press", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockMatch(new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    renderMatcher();
    await answerWashington(user);
    await user.click(screen.getByRole("button", { name: "Find my matches" }));

    const busy = screen.getByRole("button", { name: "Finding your matches…" });
    expect(busy.getAttribute("aria-disabled")).toBe("true");
    await user.click(busy);
    expect(sentPosts(fetchMock)).toHaveLength(1);
    expect(sentBody(fetchMock)).toEqual(noMatchRequest);

    answer(jsonResponse(noMatchResponse));
    await screen.findByRole("heading", { level: 2, name: "Your best-fit supervisors" });
  });

  it("explains an empty result: why, what to try and the closest alternatives", async () => {
    mockMatch(jsonResponse(noMatchResponse));
    const user = userEvent.setup();
    renderMatcher();
    await answerWashington(user);
    await user.click(screen.getByRole("button", { name: "Find my matches" }));
    await screen.findByRole("heading", { level: 2, name: "Your best-fit supervisors" });

    expect(screen.getByText(noMatchResponse.message)).toBeTruthy();
    const why = screen.getByRole("heading", { level: 3, name: "Why nobody fits every answer" });
    expect(
      within(why.nextElementSibling as HTMLElement)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "4 supervisors: not licensed to supervise your track in your state",
      "1 supervisor: does not offer the format you chose",
      "2 supervisors: no shared time in your week",
    ]);
    const tips = screen.getByRole("heading", { level: 3, name: "What you could try" });
    expect(within(tips.nextElementSibling as HTMLElement).getAllByRole("listitem")).toHaveLength(2);

    const alternatives = screen.getByRole("list", { name: "Closest alternatives" });
    const cards = within(alternatives)
      .getAllByRole("listitem")
      .filter((item) => item.parentElement === alternatives);
    expect(
      cards.map((card) => within(card).getByRole("heading", { level: 4 }).textContent),
    ).toEqual(["Priya Shah", "Rosa Delgado", "Daniel Reyes"]);
    expect(cards[2]?.textContent).toContain("Missing: does not offer the format you chose");
    expect(screen.queryByRole("list", { name: "Your best-fit supervisors" })).toBeNull();
  });

  it("returns to step 1 with the answers kept when the visitor changes them", async () => {
    mockMatch(jsonResponse(noMatchResponse));
    const user = userEvent.setup();
    renderMatcher();
    await answerWashington(user);
    await user.click(screen.getByRole("button", { name: "Find my matches" }));
    await user.click(await screen.findByRole("button", { name: "Change my answers" }));

    expect(document.activeElement).toBe(stepHeading("Where you practise"));
    expect((screen.getByLabelText("Washington") as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByLabelText("License you're working toward") as HTMLSelectElement).value,
    ).toBe("9");
  });

  it("shows the server's field errors on the step that asks for them", async () => {
    mockMatch(
      jsonResponse(
        {
          error: {
            code: "invalid",
            message: "Some fields need attention.",
            fields: {
              // The backend flattens nested errors into dotted keys.
              "availability.0.weekday": ["Choose times within the week."],
              style: { structure: ["Too high."] },
            },
          },
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderMatcher();
    await answerWashington(user);
    await user.click(screen.getByRole("button", { name: "Find my matches" }));

    await waitFor(() => expect(stepHeading("How you'd like to meet")).toBeTruthy());
    const error = document.getElementById("match-availability-error");
    expect(error?.textContent).toBe("Error: Choose times within the week.");
    const first = screen.getByLabelText("Monday morning");
    expect(document.activeElement).toBe(first);
    expect(first.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention.");
    // The answers are still there.
    expect((screen.getByLabelText("Sunday morning") as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(stepHeading("Your style")).toBeTruthy();
    expect(document.getElementById("match-style-error")?.textContent).toBe("Error: Too high.");
    const structure = screen.getByRole("group", { name: "Structured or flexible?" });
    expect(structure.getAttribute("aria-describedby")).toBe("match-style-error");
  });

  it.each([
    [
      jsonResponse({ error: { code: "throttled", message: "Slow down" } }, 429),
      "Too many requests, try again in a minute.",
    ],
    [
      jsonResponse({ error: { code: "server", message: "Oops" } }, 503),
      /couldn't reach the matcher/,
    ],
    [new TypeError("Failed to fetch"), /couldn't reach the matcher/],
  ])("tells the visitor what to do when the request fails (%#)", async (answer, message) => {
    const fetchMock = mockMatch(answer, jsonResponse(matchResponse));
    const user = userEvent.setup();
    renderMatcher();
    await answerWashington(user);
    await user.click(screen.getByRole("button", { name: "Find my matches" }));

    const alert = screen.getByRole("alert");
    await waitFor(() => expect(alert.textContent).toMatch(message));
    expect(stepHeading("Your style")).toBeTruthy();
    const button = screen.getByRole("button", { name: "Find my matches" });
    expect(button.getAttribute("aria-disabled")).toBeNull();

    await user.click(button);
    await screen.findByRole("heading", { level: 2, name: "Your best-fit supervisors" });
    expect(sentPosts(fetchMock)).toHaveLength(2);
    // The second post reuses the page's token.
    expect(csrfRequests(fetchMock)).toBe(1);
  });
});
