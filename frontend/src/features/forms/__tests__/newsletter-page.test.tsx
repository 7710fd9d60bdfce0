import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { csrfToken, mockPosts, sentPosts } from "../../../test/csrf";
import { jsonResponse } from "../../../test/fixtures";
import {
  confirmed,
  newsletterPage,
  unknownToken,
  unsubscribed,
} from "../../../test/forms-fixtures";
import NewsletterPage, { emailLinkOf } from "../newsletter-page";

function openLink(search: string, page = newsletterPage) {
  window.history.replaceState(null, "", `/newsletter/${search}`);
  return render(<NewsletterPage page={page} />);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("NewsletterPage", () => {
  it("introduces the newsletter and points to the sign-up form in the footer", () => {
    const fetchMock = mockPosts();
    openLink("");
    const heading = screen.getByRole("heading", { level: 1, name: "Newsletter" });
    expect(heading.tabIndex).toBe(-1);
    expect(screen.getByText(newsletterPage.intro)).toBeTruthy();
    const link = screen.getByRole("link", { name: "sign-up form at the foot of this page" });
    expect(link.getAttribute("href")).toBe("#newsletter");
    expect(screen.queryByRole("button")).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("asks before confirming: opening the e-mail's link changes nothing", async () => {
    const fetchMock = mockPosts(jsonResponse(confirmed));
    openLink("?action=confirm&token=abc123");
    expect(screen.getByText(newsletterPage.confirm_text)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Confirm my subscription" })).toBeTruthy();
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("confirms the subscription when the visitor presses the button", async () => {
    const fetchMock = mockPosts(jsonResponse({ message: "The API's own words." }));
    const user = userEvent.setup();
    openLink("?action=confirm&token=abc123");
    await user.click(screen.getByRole("button", { name: "Confirm my subscription" }));

    const status = screen.getByRole("status");
    // The editors' text wins over the API's message.
    await waitFor(() => expect(status.textContent).toBe(newsletterPage.confirmed_text));
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByRole("alert").textContent).toBe("");

    const [post] = sentPosts(fetchMock);
    expect(post?.url).toBe("/api/newsletter/confirm/");
    expect(post?.init.method).toBe("POST");
    expect(post?.headers["X-CSRFToken"]).toBe(csrfToken.token);
    expect(JSON.parse(String(post?.init.body))).toEqual({ token: "abc123" });
  });

  it("unsubscribes when the visitor presses the button", async () => {
    const fetchMock = mockPosts(jsonResponse(unsubscribed));
    const user = userEvent.setup();
    openLink("?action=unsubscribe&token=xyz789");
    expect(screen.getByText(newsletterPage.unsubscribe_text)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Unsubscribe" }));

    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(newsletterPage.unsubscribed_text),
    );
    expect(screen.queryByRole("button", { name: "Unsubscribe" })).toBeNull();
    const [post] = sentPosts(fetchMock);
    expect(post?.url).toBe("/api/newsletter/unsubscribe/");
    expect(JSON.parse(String(post?.init.body))).toEqual({ token: "xyz789" });
  });

  it("falls back to the API's message when the editors left the page's text empty", async () => {
    mockPosts(jsonResponse(unsubscribed));
    const user = userEvent.setup();
    openLink("?action=unsubscribe&token=xyz789", { ...newsletterPage, unsubscribed_text: "" });
    await user.click(screen.getByRole("button", { name: "Unsubscribe" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(unsubscribed.message));
  });

  it("says so when the link's token is unknown, and offers no button to press again", async () => {
    mockPosts(jsonResponse(unknownToken, 404));
    const user = userEvent.setup();
    openLink("?action=confirm&token=used-up");
    await user.click(screen.getByRole("button", { name: "Confirm my subscription" }));

    const alert = screen.getByRole("alert");
    await waitFor(() =>
      expect(alert.textContent).toBe(
        "This link is no longer valid. Sign up again from the footer of any page.",
      ),
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it.each([
    [
      jsonResponse({ error: { code: "throttled", message: "Slow down" } }, 429),
      "You have tried several times in a short time. Please wait a minute and try again.",
    ],
    [new TypeError("Failed to fetch"), /Check your connection/],
  ])("keeps the button to try again after a failure (%#)", async (answer, message) => {
    const fetchMock = mockPosts(answer, jsonResponse(confirmed));
    const user = userEvent.setup();
    openLink("?action=confirm&token=abc123");
    await user.click(screen.getByRole("button", { name: "Confirm my subscription" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(message));

    await user.click(screen.getByRole("button", { name: "Confirm my subscription" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(confirmed.message));
    expect(sentPosts(fetchMock)).toHaveLength(2);
    expect(screen.getByRole("alert").textContent).toBe("");
  });

  it("sends once however often the button is pressed", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockPosts(new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    openLink("?action=confirm&token=abc123");
    const button = screen.getByRole("button", { name: "Confirm my subscription" });
    await user.click(button);
    await waitFor(() => expect(button.getAttribute("aria-disabled")).toBe("true"));
    await user.click(button);
    answer(jsonResponse(confirmed));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(confirmed.message));
    expect(sentPosts(fetchMock)).toHaveLength(1);
  });
});

describe("emailLinkOf", () => {
  it("reads the action and token of an e-mail's link, and nothing else", () => {
    expect(emailLinkOf("?action=confirm&token=abc")).toEqual({ action: "confirm", token: "abc" });
    expect(emailLinkOf("?token=abc&action=unsubscribe")).toEqual({
      action: "unsubscribe",
      token: "abc",
    });
    expect(emailLinkOf("?action=delete&token=abc")).toBeNull();
    expect(emailLinkOf("?action=confirm")).toBeNull();
    expect(emailLinkOf("?action=confirm&token=%20")).toBeNull();
    expect(emailLinkOf("")).toBeNull();
  });
});
