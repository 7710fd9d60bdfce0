import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { csrfToken, mockPosts, sentPosts } from "../../../test/csrf";
import { jsonResponse, site } from "../../../test/fixtures";
import { newsletterAccepted, newsletterInvalid } from "../../../test/forms-fixtures";
import { Footer } from "../footer";

function renderFooter() {
  render(<Footer site={site} />);
  const footer = screen.getByRole("contentinfo");
  const form = within(footer).getByRole("form", { name: "Join the list" });
  return {
    footer,
    form,
    input: within(form).getByLabelText("E-mail address", { exact: true }) as HTMLInputElement,
    button: within(form).getByRole("button", { name: "Subscribe" }),
    status: within(form).getByRole("status"),
    alert: within(form).getByRole("alert"),
  };
}

function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const id = input.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe("the footer's newsletter sign-up", () => {
  it("has the site's heading and text, a labelled e-mail field and a Subscribe button", () => {
    const { footer, input, button, status } = renderFooter();
    expect(within(footer).getByRole("heading", { level: 2, name: "Join the list" })).toBeTruthy();
    expect(within(footer).getByText(site.newsletter.text)).toBeTruthy();
    expect(input.type).toBe("email");
    expect(input.getAttribute("autocomplete")).toBe("email");
    expect(input.required).toBe(true);
    expect((button as HTMLButtonElement).type).toBe("submit");
    expect(status.textContent).toBe("");
    const trap = footer.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    // The newsletter page links here.
    expect(footer.querySelector("#newsletter")?.contains(input)).toBe(true);
  });

  it("signs the address up, says what happens next and clears the field", async () => {
    const fetchMock = mockPosts(jsonResponse(newsletterAccepted, 202));
    const user = userEvent.setup();
    const { input, button, status } = renderFooter();
    await user.type(input, " reader@example.com ");
    await user.click(button);

    await waitFor(() =>
      expect(status.textContent).toBe(
        "Almost done: we have sent you an e-mail. Follow its link to confirm your subscription.",
      ),
    );
    expect(input.value).toBe("");
    expect(errorOf(input)).toBeNull();
    const [post] = sentPosts(fetchMock);
    expect(post?.url).toBe("/api/newsletter/subscriptions/");
    expect(post?.init.method).toBe("POST");
    expect(post?.headers["X-CSRFToken"]).toBe(csrfToken.token);
    expect(JSON.parse(String(post?.init.body))).toEqual({
      email: "reader@example.com",
      website: "",
    });
  });

  it.each([
    ["", "Error: Enter your e-mail address."],
    ["reader@example", "Error: Enter an e-mail address like name@example.com."],
  ])("checks %j before sending and focuses the field", async (typed, message) => {
    const fetchMock = mockPosts();
    const { input, button } = renderFooter();
    fireEvent.input(input, { target: { value: typed } });
    fireEvent.click(button);
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(errorOf(input)).toBe(message);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the API's error on the field and focuses it", async () => {
    mockPosts(jsonResponse(newsletterInvalid, 400));
    const user = userEvent.setup();
    const { input, button, status } = renderFooter();
    await user.type(input, "reader@example.com");
    await user.click(button);
    await waitFor(() =>
      expect(errorOf(input)).toBe("Error: Enter an e-mail address like name@example.com."),
    );
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.value).toBe("reader@example.com");
    expect(status.textContent).toBe("");

    await user.type(input, "m");
    expect(errorOf(input)).toBeNull();
  });

  it.each([
    [
      jsonResponse({ error: { code: "throttled", message: "Slow down" } }, 429),
      "You have tried several times in a short time. Please wait a minute and try again.",
    ],
    [
      new TypeError("Failed to fetch"),
      "We could not sign you up. Check your connection and try again.",
    ],
  ])("explains a failure and keeps the address (%#)", async (answer, message) => {
    mockPosts(answer);
    const user = userEvent.setup();
    const { input, button, alert, status } = renderFooter();
    await user.type(input, "reader@example.com");
    await user.click(button);
    await waitFor(() => expect(alert.textContent).toBe(message));
    expect(input.value).toBe("reader@example.com");
    expect(status.textContent).toBe("");
  });

  it("sends once however often the button is pressed", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockPosts(new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    const { input, button, status } = renderFooter();
    await user.type(input, "reader@example.com");
    await user.click(button);
    await waitFor(() => expect(button.getAttribute("aria-disabled")).toBe("true"));
    await user.click(button);
    answer(jsonResponse(newsletterAccepted, 202));
    await waitFor(() => expect(status.textContent).toBe(newsletterAccepted.message));
    expect(sentPosts(fetchMock)).toHaveLength(1);
    expect(button.hasAttribute("aria-disabled")).toBe(false);
  });
});
