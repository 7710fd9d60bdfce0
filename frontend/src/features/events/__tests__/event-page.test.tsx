import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { components } from "../../../lib/api-types";
import { csrfToken, mockPosts, sentPosts } from "../../../test/csrf";
import {
  eventPage,
  freeEventPage,
  fullEventPage,
  pastEventPage,
  registrationAgain,
  registrationCreated,
  registrationFull,
  registrationInvalid,
} from "../../../test/events-fixtures";
import { jsonResponse } from "../../../test/fixtures";
import { skippedHeadingLevels } from "../../../test/headings";
import EventPage from "../event-page";

type EventPageData = components["schemas"]["EventPage"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const field = {
  name: () => screen.getByLabelText("Name") as HTMLInputElement,
  email: () => screen.getByLabelText("E-mail") as HTMLInputElement,
  licenseType: () => screen.getByLabelText("License type") as HTMLSelectElement,
  state: () => screen.getByLabelText("State") as HTMLSelectElement,
  consent: () =>
    screen.getByLabelText("I agree to be e-mailed about this event") as HTMLInputElement,
};
const submit = (name: RegExp | string = /^(Register|Sending…)$/) =>
  screen.getByRole("button", { name });

/** The seats badge: the text of the polite live region. */
function seatsText(): string {
  return document.querySelector('[aria-live="polite"]')?.textContent ?? "";
}

function errorOf(control: HTMLElement): string | null {
  if (control.getAttribute("aria-invalid") !== "true") return null;
  const ids = control.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

/** A group's error: the fieldset points at it, each radio says it is invalid. */
function groupErrorOf(group: HTMLElement): string | null {
  const ids = group.getAttribute("aria-describedby")?.split(" ") ?? [];
  const id = ids.find((item) => item.endsWith("-error"));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

async function fillIn(user: UserEvent, withPrice = true) {
  await user.type(field.name(), "Ana Ruiz");
  await user.type(field.email(), "ana@example.com");
  await user.selectOptions(field.licenseType(), "LPC – Licensed Professional Counselor (CO)");
  await user.selectOptions(field.state(), "Colorado");
  if (withPrice) await user.click(screen.getByLabelText("Pre-licensed – $140"));
  await user.click(field.consent());
}

function bodyOf(post: { init: RequestInit }): unknown {
  return JSON.parse(String(post.init.body));
}

describe("EventPage", () => {
  it("shows when, where, who, credit, prices, seats and the calendar file", () => {
    const { container } = render(<EventPage page={eventPage} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(eventPage.title);
    const time = container.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe(eventPage.starts_at);
    expect(time?.textContent?.replace(/\u00a0/g, " ")).toBe(
      "Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST",
    );

    const address = container.querySelector("address");
    expect(address?.textContent).toContain("1550 Larimer Street, Suite 400");
    expect(address?.textContent).toContain("Denver, CO 80202");
    expect(screen.getByText("Hybrid (in person and online)")).toBeTruthy();
    expect(screen.getByText("Clinicians at any stage of licensure")).toBeTruthy();

    const presenters = screen.getByRole("region", { name: "Presenters" });
    expect(
      within(presenters)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(["Maya Okafor", "Sam Whitehorse"]);
    expect(within(presenters).getByRole("link", { name: "Maya Okafor" }).getAttribute("href")).toBe(
      "/team/maya-okafor/",
    );

    const credit = screen.getByRole("region", { name: "Continuing education" });
    expect(
      within(credit).getByText(
        "6 CE hours. Approved for continuing education by the Colorado Counseling Association.",
      ),
    ).toBeTruthy();
    expect(within(credit).getAllByRole("listitem")).toHaveLength(7);
    expect(within(credit).getByText("LCSW – Licensed Clinical Social Worker (CO)")).toBeTruthy();

    const glance = screen.getByRole("region", { name: "At a glance" });
    expect(within(glance).getByText("Standard – $180")).toBeTruthy();
    expect(
      screen.getAllByText("For candidates and associates working toward licensure.").length,
    ).toBeGreaterThan(0);

    expect(seatsText()).toBe("3 seats left");
    const calendar = screen.getByRole("link", { name: "Add to calendar" });
    expect(calendar.getAttribute("href")).toBe(eventPage.calendar_path);
    expect(calendar.hasAttribute("download")).toBe(true);
    expect(
      screen
        .getByRole("link", { name: "Part of the Risk assessment training" })
        .getAttribute("href"),
    ).toBe("/events-and-trainings/clinical-training-program/risk-assessment/");
    expect(screen.queryByRole("link", { name: "Watch the recording" })).toBeNull();
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("offers the registration form while registration is open", () => {
    render(<EventPage page={eventPage} />);
    const section = screen.getByRole("region", { name: "Register" });
    const form = within(section).getByRole("form", { name: "Register" });
    expect(field.name().type).toBe("text");
    expect(field.email().type).toBe("email");
    const licenseOptions = [...field.licenseType().options].map((option) => option.textContent);
    expect(licenseOptions[0]).toBe("Choose…");
    expect(licenseOptions).toContain("LPC – Licensed Professional Counselor (CO)");
    expect(
      [...field.licenseType().options].find((option) => option.textContent?.startsWith("LPC "))
        ?.value,
    ).toBe("2");
    expect([...field.state().options].map((option) => option.textContent)).toEqual([
      "Choose…",
      "Colorado",
      "Washington",
    ]);
    const price = within(form).getByRole("group", { name: "Price" });
    expect(
      within(price)
        .getAllByRole("radio")
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(["Standard – $180", "Pre-licensed – $140"]);
    expect(field.consent().type).toBe("checkbox");
    expect(submit().textContent).toBe("Register");
    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it("asks for no price when the event has one or none", () => {
    render(<EventPage page={freeEventPage} />);
    expect(screen.getByRole("form", { name: "Register" })).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Price" })).toBeNull();
    expect(screen.getAllByText("Free").length).toBeGreaterThan(0);
    expect(seatsText()).toBe("");
  });

  it("offers the waitlist when the event is full and keeps one", () => {
    const page: EventPageData = {
      ...eventPage,
      seats_left: 0,
      registration: {
        ...eventPage.registration,
        state: "waitlist",
        message:
          "This event is full. Register to join the waitlist: we will e-mail you if a seat frees up.",
      },
    };
    render(<EventPage page={page} />);
    expect(screen.getByRole("button", { name: "Join the waitlist" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Register" })).toBeNull();
    expect(screen.getByText(/Register to join the waitlist/)).toBeTruthy();
    expect(seatsText()).toBe("Full – waitlist open");
  });

  it.each([
    [fullEventPage, "This event is full.", "Full"],
    [pastEventPage, "This event has taken place.", ""],
    [
      {
        ...eventPage,
        registration: {
          ...eventPage.registration,
          state: "closed",
          message: "Registration has closed.",
        },
      } as EventPageData,
      "Registration has closed.",
      "Registration closed",
    ],
  ])(
    "shows the reason instead of the form when registration is not open (%#)",
    (page, message, seats) => {
      render(<EventPage page={page} />);
      const section = screen.getByRole("region", { name: "Register" });
      expect(within(section).queryByRole("form")).toBeNull();
      expect(within(section).getByText(message)).toBeTruthy();
      expect(screen.queryByRole("button", { name: /Register|waitlist/ })).toBeNull();
      expect(screen.queryByLabelText("Name")).toBeNull();
      expect(seatsText()).toBe(seats);
    },
  );

  it("links the recording of a past event and offers no calendar file", () => {
    render(<EventPage page={pastEventPage} />);
    expect(screen.getByRole("link", { name: "Watch the recording" }).getAttribute("href")).toBe(
      "https://www.example.com/recordings/caring-for-yourself",
    );
    expect(screen.queryByRole("link", { name: "Add to calendar" })).toBeNull();
    expect(screen.getByText("Online")).toBeTruthy();
  });

  it("checks the fields before sending and focuses the first one to fix", async () => {
    const fetchMock = mockPosts();
    const user = userEvent.setup();
    render(<EventPage page={eventPage} />);

    await user.click(submit());

    expect(fetchMock).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field.name()));
    expect(errorOf(field.name())).toBe("Error: Enter your name.");
    expect(errorOf(field.email())).toBe("Error: Enter your e-mail address.");
    expect(errorOf(field.licenseType())).toBe("Error: Choose your license type.");
    expect(errorOf(field.state())).toBe("Error: Choose the state you practise in.");
    expect(groupErrorOf(screen.getByRole("group", { name: "Price" }))).toBe(
      "Error: Choose a price.",
    );
    expect(screen.getAllByRole("radio")[0]?.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(field.consent())).toBe(
      "Error: Agree to be e-mailed about this event to register.",
    );
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention.");
  });

  it("shows the API's field errors beside each field and focuses the first", async () => {
    mockPosts(jsonResponse(registrationInvalid, 400));
    const user = userEvent.setup();
    render(<EventPage page={eventPage} />);
    await fillIn(user);

    await user.click(submit());

    await waitFor(() => expect(document.activeElement).toBe(field.name()));
    expect(errorOf(field.name())).toBe("Error: Enter your name.");
    expect(errorOf(field.email())).toBe("Error: Enter an e-mail address like name@example.com.");
    expect(errorOf(field.licenseType())).toBe("Error: Choose your license type.");
    expect(errorOf(field.state())).toBe("Error: Choose the state you practise in.");
    expect(errorOf(field.consent())).toBe(
      "Error: Agree to be e-mailed about this event to register.",
    );
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention.");
    // What the visitor typed is still there to correct.
    expect(field.email().value).toBe("ana@example.com");
    expect(seatsText()).toBe("3 seats left");
  });

  it("registers, confirms with the API's message and updates the seats left", async () => {
    const fetchMock = mockPosts(jsonResponse(registrationCreated, 201));
    const user = userEvent.setup();
    render(<EventPage page={eventPage} />);
    await fillIn(user);

    await user.click(submit());

    const status = await screen.findByText(registrationCreated.message);
    const region = status.closest('[role="status"]') as HTMLElement;
    expect(region).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(region));
    expect(region.textContent).toBe(`Thank you${registrationCreated.message}`);
    expect(screen.queryByRole("form")).toBeNull();
    expect(seatsText()).toBe("2 seats left");

    const [post] = sentPosts(fetchMock);
    expect(post?.url).toBe("/api/events/43/registrations/");
    expect(post?.init.method).toBe("POST");
    expect(post?.headers["Content-Type"]).toBe("application/json");
    expect(post?.headers["Idempotency-Key"]).toMatch(UUID);
    expect(post?.headers["X-CSRFToken"]).toBe(csrfToken.token);
    expect(bodyOf(post!)).toEqual({
      name: "Ana Ruiz",
      email: "ana@example.com",
      license_type: 2,
      state: "CO",
      price_tier: 2,
      consent: true,
      website: "",
    });
  });

  it("sends no price tier for an event with none to choose", async () => {
    const fetchMock = mockPosts(jsonResponse({ ...registrationAgain, seats_left: null }, 201));
    const user = userEvent.setup();
    render(<EventPage page={freeEventPage} />);
    await fillIn(user, false);

    await user.click(submit());

    await screen.findByText(/You are registered\./);
    expect(bodyOf(sentPosts(fetchMock)[0]!)).toMatchObject({ price_tier: null, state: "CO" });
    expect(seatsText()).toBe("");
  });

  it("says so when the last seat went meanwhile, and marks the event full", async () => {
    mockPosts(jsonResponse(registrationFull, 409));
    const user = userEvent.setup();
    render(<EventPage page={eventPage} />);
    await fillIn(user);

    await user.click(submit());

    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe("This event is full and has no waitlist."),
    );
    expect(seatsText()).toBe("Full");
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("sends a retry after a network failure with the same idempotency key", async () => {
    const fetchMock = mockPosts(
      new TypeError("Failed to fetch"),
      jsonResponse(registrationCreated, 201),
    );
    const user = userEvent.setup();
    render(<EventPage page={eventPage} />);
    await fillIn(user);

    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "We could not send your registration. Check your connection and try again.",
      ),
    );
    expect(field.name().value).toBe("Ana Ruiz");
    await user.click(submit());

    await screen.findByText(registrationCreated.message);
    const [first, second] = sentPosts(fetchMock);
    expect(second?.headers["Idempotency-Key"]).toBe(first?.headers["Idempotency-Key"]);
  });

  it("sends once however often the button is pressed while sending", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockPosts(new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(<EventPage page={eventPage} />);
    await fillIn(user);

    await user.click(submit());
    await waitFor(() => expect(submit().getAttribute("aria-disabled")).toBe("true"));
    expect(submit().textContent).toBe("Sending…");
    await user.click(submit());
    answer(jsonResponse(registrationCreated, 201));

    await screen.findByText(registrationCreated.message);
    expect(sentPosts(fetchMock)).toHaveLength(1);
  });
});
