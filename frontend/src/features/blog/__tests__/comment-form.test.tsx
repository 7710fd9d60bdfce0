import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { csrfToken, mockFetchWithCsrf } from "../../../test/csrf";
import { blogPost, commentInvalid, commentReceipt, viewCount } from "../../../test/blog-fixtures";
import { jsonResponse } from "../../../test/fixtures";
import BlogPage from "../blog-page";
import { commentsUrl } from "../comment-api";
import { CommentForm } from "../comment-form";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Answer = Response | Error | Promise<Response>;

/**
 * Answers the comment posts in turn (the read counter, if any, gets its count, and the
 * CSRF token request its token).
 */
function mockComments(...answers: Answer[]) {
  return mockFetchWithCsrf((input) => {
    if (String(input).endsWith("/views/")) return jsonResponse(viewCount);
    return answers.shift() ?? new Error("No more answers");
  });
}

function commentCalls(fetchMock: ReturnType<typeof mockComments>) {
  return fetchMock.mock.calls
    .filter(([input]) => String(input) === commentsUrl(39))
    .map(([, init]) => {
      const request = init as RequestInit;
      return {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: JSON.parse(String(request.body)) as unknown,
      };
    });
}

const field = {
  name: () => screen.getByLabelText("Name") as HTMLInputElement,
  email: () => screen.getByLabelText("E-mail (optional, never shown)") as HTMLInputElement,
  body: () => screen.getByLabelText("Comment") as HTMLTextAreaElement,
};
const submit = () => screen.getByRole("button", { name: /Post comment|Posting/ });

function errorOf(control: HTMLElement): string | null {
  if (control.getAttribute("aria-invalid") !== "true") return null;
  const ids = control.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

async function fillIn(user: UserEvent, values: { name?: string; email?: string; body?: string }) {
  if (values.name !== undefined) await user.type(field.name(), values.name);
  if (values.email !== undefined) await user.type(field.email(), values.email);
  if (values.body !== undefined) await user.type(field.body(), values.body);
}

const valid = { name: "Ana", email: "ana@example.com", body: "Lovely post, thank you." };

describe("CommentForm", () => {
  it("labels its fields and hides the honeypot from people", () => {
    render(<CommentForm postId={39} />);
    expect(screen.getByRole("form", { name: "Leave a comment" })).toBeTruthy();
    expect(field.name().type).toBe("text");
    expect(field.email().type).toBe("email");
    // An address is not a word to correct.
    expect(field.email().getAttribute("spellcheck")).toBe("false");
    expect(field.body().tagName).toBe("TEXTAREA");
    expect(submit().textContent).toBe("Post comment");

    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute("autocomplete")).toBe("off");
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(trap.labels?.[0]?.textContent).toBe("Leave this field empty");
    expect(screen.queryByRole("textbox", { name: "Leave this field empty" })).toBeNull();
    expect(screen.getAllByRole("textbox")).toHaveLength(3);
  });

  it("checks the fields before sending and focuses the first one to fix", async () => {
    const fetchMock = mockComments();
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);

    await user.click(submit());

    expect(fetchMock).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field.name()));
    expect(errorOf(field.name())).toBe("Error: Enter your name.");
    expect(errorOf(field.email())).toBeNull();
    expect(errorOf(field.body())).toBe("Error: Write your comment.");
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention.");
  });

  it.each([
    [
      { name: "x".repeat(81), body: "Hello" },
      "name",
      "Error: Use 80 characters or fewer for your name.",
    ],
    [
      { name: "<script>", body: "Hello" },
      "name",
      "Error: Use letters, spaces and punctuation only.",
    ],
    [
      { name: "Ana", email: "ana@example", body: "Hello" },
      "email",
      "Error: Enter an e-mail address like name@example.com, or leave it empty.",
    ],
    [{ name: "Ana", body: " a " }, "body", "Error: Write at least 2 characters."],
    [
      { name: "Ana", body: "y".repeat(3001) },
      "body",
      "Error: Keep your comment to 3,000 characters or fewer. It has 3,001.",
    ],
    [
      { name: "Ana", body: "http://a.example https://b.example https://c.example" },
      "body",
      "Error: Please include no more than two links.",
    ],
  ] as const)("rejects %o as the API would", async (values, name, message) => {
    const fetchMock = mockComments();
    render(<CommentForm postId={39} />);
    fireEvent.input(field.name(), { target: { value: values.name } });
    if ("email" in values) fireEvent.input(field.email(), { target: { value: values.email } });
    fireEvent.input(field.body(), { target: { value: values.body } });
    fireEvent.click(submit());
    const control = field[name]();
    await waitFor(() => expect(document.activeElement).toBe(control));
    expect(errorOf(control)).toBe(message);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("clears a field's error as soon as it is edited", async () => {
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await user.click(submit());
    await user.type(field.name(), "A");
    expect(errorOf(field.name())).toBeNull();
    expect(field.name().hasAttribute("aria-describedby")).toBe(false);
    expect(errorOf(field.body())).toBe("Error: Write your comment.");
  });

  it("posts the comment with an idempotency key and confirms it without listing it", async () => {
    const fetchMock = mockComments(jsonResponse(commentReceipt, 201));
    const user = userEvent.setup();
    render(<BlogPage page={blogPost} />);
    await fillIn(user, valid);

    await user.click(submit());

    const status = await screen.findByRole("status");
    await waitFor(() =>
      expect(status.textContent).toBe(
        "Thank you. Your comment will appear once a moderator has read it.",
      ),
    );
    const [call] = commentCalls(fetchMock);
    expect(call?.method).toBe("POST");
    expect(commentsUrl(39)).toBe("/api/blog/posts/39/comments/");
    expect(call?.headers["Content-Type"]).toBe("application/json");
    expect(call?.headers["Idempotency-Key"]).toMatch(UUID);
    expect(call?.headers["X-CSRFToken"]).toBe(csrfToken.token);
    expect(call?.body).toEqual({
      name: "Ana",
      email: "ana@example.com",
      body: "Lovely post, thank you.",
      website: "",
    });
    // The form is ready for another comment; the list waits for moderation.
    expect(field.name().value).toBe("");
    expect(field.email().value).toBe("");
    expect(field.body().value).toBe("");
    const comments = screen.getByRole("region", { name: "Comments (4)" });
    expect(within(comments).getAllByRole("listitem")).toHaveLength(4);
    expect(within(comments).queryByText("Lovely post, thank you.")).toBeNull();
  });

  it("shows the API's field errors next to each field and focuses the first", async () => {
    const fetchMock = mockComments(jsonResponse(commentInvalid, 400));
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await fillIn(user, valid);

    await user.click(submit());

    await waitFor(() => expect(document.activeElement).toBe(field.name()));
    expect(errorOf(field.name())).toBe("Error: This field may not be blank.");
    expect(errorOf(field.email())).toBe("Error: Enter a valid email address.");
    expect(errorOf(field.body())).toBe("Error: Ensure this field has at least 2 characters.");
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention.");
    expect(screen.getByRole("status").textContent).toBe("");
    // What the visitor typed is still there to correct.
    expect(field.body().value).toBe(valid.body);
    expect(commentCalls(fetchMock)).toHaveLength(1);
  });

  it("asks the visitor to wait after too many comments (429)", async () => {
    mockComments(jsonResponse({ error: { code: "throttled", message: "Slow down" } }, 429));
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await fillIn(user, valid);
    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "You have posted several comments in a short time. Please wait a minute and try again.",
      ),
    );
    expect(field.body().value).toBe(valid.body);
  });

  it("says so when comments have closed in the meantime (403)", async () => {
    mockComments(
      jsonResponse(
        { error: { code: "comments_closed", message: "Comments are closed on this post." } },
        403,
      ),
    );
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await fillIn(user, valid);
    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe("Comments are closed on this post."),
    );
  });

  it("keeps the text after a network failure and retries with the same key", async () => {
    const fetchMock = mockComments(
      new TypeError("Failed to fetch"),
      jsonResponse({ error: { code: "server_error", message: "Oops" } }, 503),
      jsonResponse(commentReceipt, 201),
      jsonResponse(commentReceipt, 201),
    );
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await fillIn(user, valid);

    await user.click(submit());
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "We could not send your comment. Check your connection and try again.",
      ),
    );
    expect(field.name().value).toBe("Ana");
    expect(field.body().value).toBe(valid.body);

    await user.click(submit());
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/not sent/));
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/Thank you/));
    expect(screen.getByRole("alert").textContent).toBe("");

    // A new comment is a new submission with a key of its own.
    await fillIn(user, { name: "Ana", body: "One more thought." });
    await user.click(submit());
    await waitFor(() => expect(commentCalls(fetchMock)).toHaveLength(4));

    const keys = commentCalls(fetchMock).map((call) => call.headers["Idempotency-Key"]);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).toMatch(UUID);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it("uses a new key when the visitor changes the comment before retrying", async () => {
    const fetchMock = mockComments(
      new TypeError("Failed to fetch"),
      jsonResponse(commentReceipt, 201),
    );
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await fillIn(user, valid);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/could not send/));

    await user.type(field.body(), " Edited.");
    await user.click(submit());
    await waitFor(() => expect(commentCalls(fetchMock)).toHaveLength(2));
    const [first, second] = commentCalls(fetchMock);
    expect(second?.headers["Idempotency-Key"]).not.toBe(first?.headers["Idempotency-Key"]);
  });

  it("shows that it is sending and sends once however often the button is pressed", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockComments(new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(<CommentForm postId={39} />);
    await fillIn(user, valid);

    await user.click(submit());
    expect(submit().textContent).toBe("Posting…");
    expect(submit().getAttribute("aria-disabled")).toBe("true");
    await user.click(submit());
    expect(commentCalls(fetchMock)).toHaveLength(1);

    answer(jsonResponse(commentReceipt, 201));
    await waitFor(() => expect(submit().textContent).toBe("Post comment"));
    expect(submit().hasAttribute("aria-disabled")).toBe(false);
  });

  it("sends what a bot typed in the honeypot, for the API to drop", async () => {
    const fetchMock = mockComments(jsonResponse({ ...commentReceipt, id: 0 }, 201));
    render(<CommentForm postId={39} />);
    fireEvent.input(field.name(), { target: { value: "Bot" } });
    fireEvent.input(field.body(), { target: { value: "Buy now" } });
    fireEvent.input(document.querySelector('input[name="website"]')!, {
      target: { value: "https://spam.example" },
    });
    fireEvent.click(submit());
    await waitFor(() => expect(commentCalls(fetchMock)).toHaveLength(1));
    expect(commentCalls(fetchMock)[0]?.body).toMatchObject({ website: "https://spam.example" });
  });
});
