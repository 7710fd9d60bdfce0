import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { csrfRequests, csrfToken, mockPosts, sentPosts } from "../../../test/csrf";
import { jsonResponse } from "../../../test/fixtures";
import {
  consultationPage,
  contactPage,
  everyFieldPage,
  submissionInvalid,
  submissionReceipt,
  workWithUsPage,
} from "../../../test/forms-fixtures";
import { headingOutline, skippedHeadingLevels } from "../../../test/headings";
import { mockApi, renderApp } from "../../../test/render-app";
import { teamMemberPage } from "../../../test/team-fixtures";
import FormPage from "../form-page";
import { submissionUrl } from "../submission-api";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Page = typeof contactPage;

function renderForm(page: Page = contactPage) {
  return render(<FormPage page={page} />);
}

const control = <T extends HTMLElement = HTMLInputElement>(label: string) =>
  screen.getByLabelText(label, { exact: true }) as unknown as T;
const submit = (name: string | RegExp) => screen.getByRole("button", { name });

/** The error summary above the form (an alert region, empty until there are errors). */
const summary = () => screen.getAllByRole("alert")[0]!;
/** The message beside the button when a request fails. */
const failure = () => screen.getAllByRole("alert")[1]!;

/** The error text a control (or its group) points at, with aria-invalid set. */
function errorOf(element: HTMLElement): string | null {
  const described = element.closest("fieldset") ?? element;
  if (element.getAttribute("aria-invalid") !== "true") return null;
  const ids = described.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((node) => node?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

function jsonBody(post: { init: RequestInit } | undefined): Record<string, unknown> {
  return JSON.parse(String(post?.init.body)) as Record<string, unknown>;
}

async function fillContact(user: UserEvent, email = "robin@example.com") {
  await user.type(control("Your name"), "Robin Lee");
  await user.type(control("E-mail"), email);
  await user.selectOptions(control("Topic"), "Supervision");
  await user.type(control("Message"), "Do you offer dyads?");
  await user.click(control("I agree that Firelight may reply to me about my message."));
}

const contactAnswers = {
  your_name: "Robin Lee",
  e_mail: "robin@example.com",
  phone: "",
  topic: "Supervision",
  message: "Do you offer dyads?",
  i_agree_that_firelight_may_reply_to_me_about_my_message: true,
  website: "",
};

describe("FormPage", () => {
  it("has the title, intro and body, then the form named by the title", () => {
    const { container } = renderForm();
    const heading = screen.getByRole("heading", { level: 1, name: "Contact" });
    expect(heading.tabIndex).toBe(-1);
    expect(screen.getByText(contactPage.intro)).toBeTruthy();
    const body = screen.getByRole("link", { name: "request a free phone consultation" });
    expect(body.getAttribute("href")).toBe("/team/free-phone-consultation/");
    const form = screen.getByRole("form", { name: "Contact" });
    // The editor's body comes before the form.
    expect(body.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(form).getByText("are required.", { exact: false }).textContent).toBe(
      "Questions marked * are required.",
    );
    expect(within(form).getByText(contactPage.privacy_note)).toBeTruthy();
    expect(submit("Send message").getAttribute("aria-describedby")).toBe(
      within(form).getByText(contactPage.privacy_note).id,
    );
    expect(skippedHeadingLevels(container)).toEqual([]);
  });

  it("renders a labelled control for every field type", () => {
    renderForm(everyFieldPage);
    const name = screen.getByRole("textbox", { name: "Your name" }) as HTMLInputElement;
    expect(name.type).toBe("text");
    expect(name.required).toBe(true);
    expect(name.maxLength).toBe(255);
    expect(name.getAttribute("autocomplete")).toBe("name");

    const message = screen.getByRole("textbox", { name: "Message" }) as HTMLTextAreaElement;
    expect(message.tagName).toBe("TEXTAREA");
    expect(message.maxLength).toBe(5000);
    expect(message.required).toBe(false);
    expect(document.getElementById(message.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Plain text.",
    );

    const email = screen.getByRole("textbox", { name: "E-mail" }) as HTMLInputElement;
    expect([email.type, email.getAttribute("autocomplete"), email.maxLength]).toEqual([
      "email",
      "email",
      254,
    ]);
    expect((screen.getByRole("textbox", { name: "Phone" }) as HTMLInputElement).type).toBe("tel");
    expect(
      (screen.getByRole("spinbutton", { name: "Hours a week" }) as HTMLInputElement).type,
    ).toBe("number");
    const url = screen.getByRole("textbox", { name: "Your website" }) as HTMLInputElement;
    expect([url.type, url.getAttribute("autocomplete")]).toEqual(["url", "url"]);
    expect(control("Start date").type).toBe("date");
    expect(control("Best time to call").type).toBe("datetime-local");

    const agree = screen.getByRole("checkbox", { name: "I agree to be contacted." });
    expect((agree as HTMLInputElement).required).toBe(true);

    const times = screen.getByRole("group", { name: "Best times" });
    expect(
      within(times)
        .getAllByRole("checkbox")
        .map((box) => (box as HTMLInputElement).value),
    ).toEqual(["Weekday mornings", "Weekday evenings", "Saturdays"]);
    expect(within(times).getByRole("checkbox", { name: "Saturdays" })).toBeTruthy();

    const topic = screen.getByRole("combobox", { name: "Topic" }) as HTMLSelectElement;
    expect([...topic.options].map((option) => [option.value, option.text])).toEqual([
      ["", "Choose…"],
      ["supervision", "Supervision"],
      ["consultation", "Clinical consultation"],
    ]);
    expect(topic.value).toBe("");

    // A multiselect is a group of checkboxes, starting from its default.
    const formats = screen.getByRole("group", { name: "Formats" });
    expect(within(formats).getByRole("checkbox", { name: "Online" })).toHaveProperty(
      "checked",
      true,
    );
    expect(within(formats).getByRole("checkbox", { name: "In person" })).toHaveProperty(
      "checked",
      false,
    );

    const stage = screen.getByRole("group", { name: "Stage" });
    const radios = within(stage).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((radio) => [radio.name, radio.value, radio.required])).toEqual([
      ["stage", "starting", true],
      ["stage", "licensed", true],
    ]);

    const cv = control("CV");
    expect([cv.type, cv.accept]).toEqual(["file", ".pdf,.docx,.doc"]);
  });

  it("keeps each accessible name exactly the label, the required mark for the eye only", () => {
    renderForm(consultationPage);
    const name = screen.getByRole("textbox", { name: "Your name" });
    const mark = name.closest(".form-field")?.querySelector(".form-field__required");
    expect(mark?.textContent).toBe("*");
    expect(mark?.getAttribute("aria-hidden")).toBe("true");
    expect((name as HTMLInputElement).required).toBe(true);
    // A required group names itself by its legend and says it is required in its description.
    const group = screen.getByRole("group", { name: "What are you looking for?" });
    expect(group.querySelector("legend [aria-hidden='true']")?.textContent).toBe("*");
    const description = group
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(description).toEqual(["Required.", "Choose all that apply."]);
    // An optional field has no mark.
    const supervisor = screen.getByRole("combobox", { name: "Preferred supervisor" });
    expect(supervisor.closest(".form-field")?.querySelector(".form-field__required")).toBeNull();
    expect((supervisor as HTMLSelectElement).required).toBe(false);
  });

  it("has the honeypot hidden from people and sends it empty", () => {
    renderForm();
    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute("autocomplete")).toBe("off");
    expect(trap.closest('[aria-hidden="true"]')?.className).toBe("honeypot");
    expect(trap.labels?.[0]?.textContent).toBe("Leave this field empty");
    expect(screen.queryByRole("textbox", { name: "Leave this field empty" })).toBeNull();
  });

  it("checks the answers before sending, lists the problems and focuses the first", async () => {
    const fetchMock = mockPosts();
    const user = userEvent.setup();
    renderForm();
    await user.type(control("E-mail"), "not an address");
    await user.click(submit("Send message"));

    expect(fetchMock).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(control("Your name")));
    expect(errorOf(control("Your name"))).toBe("Error: Please fill in this field.");
    expect(errorOf(control("E-mail"))).toBe(
      "Error: Enter an e-mail address like name@example.com.",
    );
    expect(errorOf(control("Phone"))).toBeNull();
    expect(errorOf(control("Topic"))).toBe("Error: Please choose an option.");
    expect(errorOf(control("Message"))).toBe("Error: Please fill in this field.");
    const consent = control("I agree that Firelight may reply to me about my message.");
    expect(errorOf(consent)).toBe("Error: Please tick this box to continue.");

    expect(within(summary()).getByRole("heading", { level: 2 }).textContent).toBe(
      "There is a problem",
    );
    expect(failure().textContent).toBe("");
    const links = within(summary()).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Your name: Please fill in this field.",
      "E-mail: Enter an e-mail address like name@example.com.",
      "Topic: Please choose an option.",
      "Message: Please fill in this field.",
      "I agree that Firelight may reply to me about my message: Please tick this box to continue.",
    ]);
    // A link takes the visitor to its field.
    await user.click(links[2]!);
    expect(document.activeElement).toBe(control("Topic"));
    expect(links[2]!.getAttribute("href")).toBe(`#${control("Topic").id}`);
  });

  it("checks required groups, lengths, and files by type and size", async () => {
    const fetchMock = mockPosts();
    // A file picker lets people choose "All files" whatever `accept` suggests.
    const user = userEvent.setup({ applyAccept: false });
    renderForm(everyFieldPage);
    fireEvent.input(control("Your name"), { target: { value: "x".repeat(256) } });
    await user.type(control("E-mail"), "ana@example.com");
    await user.upload(
      control("CV"),
      new File(["MZ"], "cv.exe", { type: "application/x-msdownload" }),
    );
    await user.click(submit("Send message"));

    expect(fetchMock).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(control("Your name")));
    expect(errorOf(control("Your name"))).toBe("Error: Use 255 characters or fewer. This has 256.");
    const times = screen.getByRole("group", { name: "Best times" });
    expect(errorOf(within(times).getByRole("checkbox", { name: "Saturdays" }))).toBe(
      "Error: Please choose at least one option.",
    );
    const stage = screen.getByRole("group", { name: "Stage" });
    expect(errorOf(within(stage).getByRole("radio", { name: "Just starting" }))).toBe(
      "Error: Please choose an option.",
    );
    expect(errorOf(control("CV"))).toBe(
      "Error: This type of file cannot be sent. Choose a .pdf, .docx or .doc file.",
    );

    const big = new File(["%PDF"], "cv.pdf", { type: "application/pdf" });
    Object.defineProperty(big, "size", { value: 5 * 1024 * 1024 + 1 });
    await user.upload(control("CV"), big);
    await user.click(submit("Send message"));
    await waitFor(() =>
      expect(errorOf(control("CV"))).toBe(
        "Error: The file is larger than 5 MB. Choose a smaller one.",
      ),
    );
  });

  it("focuses a group's first choice when the group comes first", async () => {
    mockPosts();
    const user = userEvent.setup();
    renderForm({ ...everyFieldPage, fields: everyFieldPage.fields.slice(9) });
    await user.click(submit("Send message"));
    const times = screen.getByRole("group", { name: "Best times" });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(times).getByRole("checkbox", { name: "Weekday mornings" }),
      ),
    );
    expect(
      within(summary())
        .getByRole("link", { name: /^Best times:/ })
        .getAttribute("href"),
    ).toBe(`#${document.activeElement!.id}`);
  });

  it("names each field in the summary as its label reads", async () => {
    mockPosts();
    const user = userEvent.setup();
    renderForm(consultationPage);
    await user.click(submit("Request my free call"));
    const links = within(summary()).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Your name: Please fill in this field.",
      "E-mail: Please fill in this field.",
      "Phone: Please fill in this field.",
      "State where you practise: Please choose an option.",
      "Current license: Please choose an option.",
      "What are you looking for? Please choose at least one option.",
      "I agree that Firelight may contact me about this request: Please tick this box to continue.",
    ]);
  });

  it("clears a field's error as soon as it is changed", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(submit("Send message"));
    await user.type(control("Your name"), "R");
    expect(errorOf(control("Your name"))).toBeNull();
    expect(control("Your name").hasAttribute("aria-describedby")).toBe(false);
    expect(errorOf(control("Message"))).toBe("Error: Please fill in this field.");
  });

  it("sends JSON with the CSRF token and an idempotency key, then thanks the visitor", async () => {
    const fetchMock = mockPosts(jsonResponse(submissionReceipt, 201));
    const user = userEvent.setup();
    const { container } = renderForm();
    await fillContact(user);
    await user.click(submit("Send message"));

    const thanks = await screen.findByRole("heading", { level: 2, name: "Thank you" });
    await waitFor(() => expect(document.activeElement).toBe(thanks));
    expect(thanks.tabIndex).toBe(-1);
    expect(
      screen.getByText("Your message is with us. We answer within one business day."),
    ).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(submissionReceipt.message);
    expect(screen.queryByRole("form")).toBeNull();
    expect(headingOutline(container)).toEqual(["h1 Contact", "h2 Thank you"]);

    const [post] = sentPosts(fetchMock);
    expect(post?.url).toBe(submissionUrl(contactPage.submit_path));
    expect(post?.url).toBe("/api/forms/51/submissions/");
    expect(post?.init.method).toBe("POST");
    expect(post?.init.credentials).toBe("same-origin");
    expect(post?.headers["Content-Type"]).toBe("application/json");
    expect(post?.headers["X-CSRFToken"]).toBe(csrfToken.token);
    expect(post?.headers["Idempotency-Key"]).toMatch(UUID);
    expect(jsonBody(post)).toEqual(contactAnswers);
    expect(csrfRequests(fetchMock)).toBe(1);
  });

  it("sends a form with every type of field as JSON: lists for groups, a boolean for a box", async () => {
    const fetchMock = mockPosts(jsonResponse(submissionReceipt, 201));
    const user = userEvent.setup();
    const fields = everyFieldPage.fields.filter((field) => field.type !== "file");
    renderForm({ ...everyFieldPage, fields });
    await user.type(control("Your name"), "  Ana  ");
    await user.type(control("E-mail"), "ana@example.com");
    await user.type(control("Hours a week"), "6");
    fireEvent.input(control("Start date"), { target: { value: "2027-01-15" } });
    fireEvent.input(control("Best time to call"), { target: { value: "2027-01-15T10:30" } });
    await user.click(control("I agree to be contacted."));
    await user.click(control("Saturdays"));
    await user.click(control("Weekday mornings"));
    await user.click(control("In person"));
    await user.click(control("Online"));
    await user.click(control("Fully licensed"));
    await user.click(submit("Send message"));

    await screen.findByRole("heading", { level: 2, name: "Thank you" });
    expect(jsonBody(sentPosts(fetchMock)[0])).toEqual({
      your_name: "Ana",
      message: "",
      e_mail: "ana@example.com",
      phone: "",
      hours: "6",
      website_address: "",
      start: "2027-01-15",
      call_at: "2027-01-15T10:30",
      agree: true,
      times: ["Saturdays", "Weekday mornings"],
      topic: "",
      formats: ["in_person"],
      stage: "licensed",
      website: "",
    });
  });

  it("sends multipart with the file and each checked value of a group when there is a file", async () => {
    const fetchMock = mockPosts(jsonResponse(submissionReceipt, 201));
    const user = userEvent.setup();
    renderForm(workWithUsPage);
    await user.type(control("Your name"), "Alex Moreno");
    await user.type(control("E-mail"), "alex@example.com");
    await user.selectOptions(control("License"), "CO-LPC");
    await user.click(control("Colorado"));
    await user.click(control("Washington"));
    await user.click(control("Trauma"));
    const cv = new File(["%PDF-1.4"], "cv.pdf", { type: "application/pdf" });
    await user.upload(control("CV"), cv);
    await user.click(control("I agree that Firelight may keep my application for 24 months."));
    await user.click(submit("Send my application"));

    await screen.findByRole("heading", { level: 2, name: "Thank you" });
    const [post] = sentPosts(fetchMock);
    expect(post?.url).toBe("/api/forms/52/submissions/");
    // No Content-Type of our own: the browser adds the multipart boundary.
    expect(post?.headers).not.toHaveProperty("Content-Type");
    expect(post?.headers["X-CSRFToken"]).toBe(csrfToken.token);
    expect(post?.headers["Idempotency-Key"]).toMatch(UUID);
    const body = post?.init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.getAll("states_you_are_licensed_in")).toEqual(["Colorado", "Washington"]);
    expect(body.getAll("specialties")).toEqual(["Trauma"]);
    expect(body.getAll("availability")).toEqual([]);
    expect(body.get("license")).toBe("CO-LPC");
    expect(body.get("your_name")).toBe("Alex Moreno");
    expect(body.get("i_agree_that_firelight_may_keep_my_application_for_24_months")).toBe("true");
    expect(body.get("hours_a_week_you_could_offer")).toBe("");
    expect(body.get("website")).toBe("");
    const sent = body.get("cv") as File;
    expect(sent).toBeInstanceOf(File);
    expect([sent.name, sent.size, sent.type]).toEqual(["cv.pdf", 8, "application/pdf"]);
  });

  it("shows the API's errors beside their fields, lists them and focuses the first", async () => {
    const fetchMock = mockPosts(
      jsonResponse(
        {
          error: {
            ...submissionInvalid.error,
            fields: {
              e_mail: ["Enter a valid email address."],
              message: ["Ensure this value has at most 5000 characters (it has 5001)."],
              __all__: ["Please try again tomorrow."],
            },
          },
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderForm();
    await fillContact(user);
    await user.click(submit("Send message"));

    await waitFor(() => expect(document.activeElement).toBe(control("E-mail")));
    expect(errorOf(control("E-mail"))).toBe("Error: Enter a valid email address.");
    expect(errorOf(control("Message"))).toBe(
      "Error: Ensure this value has at most 5000 characters (it has 5001).",
    );
    expect(errorOf(control("Your name"))).toBeNull();
    expect(within(summary()).getByText("Please try again tomorrow.")).toBeTruthy();
    expect(
      within(summary())
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "E-mail: Enter a valid email address.",
      "Message: Ensure this value has at most 5000 characters (it has 5001).",
    ]);
    // Everything typed is still there to correct.
    expect(control("Your name").value).toBe("Robin Lee");
    expect(sentPosts(fetchMock)).toHaveLength(1);
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("maps the real 400 of an empty submission onto the fields", async () => {
    mockPosts(jsonResponse(submissionInvalid, 400));
    const user = userEvent.setup();
    renderForm();
    await fillContact(user);
    await user.click(submit("Send message"));
    await waitFor(() => expect(document.activeElement).toBe(control("Your name")));
    expect(errorOf(control("Your name"))).toBe("Error: This field is required.");
    expect(errorOf(control("Topic"))).toBe("Error: This field is required.");
    expect(within(summary()).getAllByRole("link")).toHaveLength(5);
  });

  it("shows a 400 that names no field beside the button", async () => {
    mockPosts(
      jsonResponse(
        {
          error: {
            code: "invalid",
            message: "Some answers need attention.",
            fields: { __all__: ["This form is closed for the holidays."] },
          },
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderForm();
    await fillContact(user);
    await user.click(submit("Send message"));
    await waitFor(() =>
      expect(failure().textContent).toBe("This form is closed for the holidays."),
    );
    expect(summary().textContent).toBe("");
  });

  it("shows that it is sending and sends once however often the button is pressed", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockPosts(new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    renderForm();
    await fillContact(user);
    await user.click(submit("Send message"));

    await waitFor(() => expect(submit("Sending…").getAttribute("aria-disabled")).toBe("true"));
    await user.click(submit("Sending…"));
    fireEvent.submit(screen.getByRole("form"));
    await waitFor(() => expect(sentPosts(fetchMock)).toHaveLength(1));

    answer(jsonResponse(submissionReceipt, 201));
    await screen.findByRole("heading", { level: 2, name: "Thank you" });
    expect(sentPosts(fetchMock)).toHaveLength(1);
  });

  it("keeps the answers after a failure and retries with the same key until they change", async () => {
    const fetchMock = mockPosts(
      new TypeError("Failed to fetch"),
      jsonResponse({ error: { code: "server_error", message: "Oops" } }, 503),
      new TypeError("Failed to fetch"),
      jsonResponse(submissionReceipt, 201),
    );
    const user = userEvent.setup();
    renderForm();
    await fillContact(user);

    await user.click(submit("Send message"));
    await waitFor(() =>
      expect(failure().textContent).toContain(
        "We could not send your answers. Check your connection and try again",
      ),
    );
    expect(control("Message").value).toBe("Do you offer dyads?");
    expect(submit("Send message").hasAttribute("aria-disabled")).toBe(false);

    await user.click(submit("Send message"));
    await waitFor(() =>
      expect(failure().textContent).toContain("Something went wrong on our side"),
    );

    // Changed answers are another submission, with a key of their own.
    await user.type(control("Message"), " And triads?");
    await user.click(submit("Send message"));
    await waitFor(() => expect(sentPosts(fetchMock)).toHaveLength(3));
    await waitFor(() => expect(failure().textContent).toContain("could not send"));
    await user.click(submit("Send message"));
    await screen.findByRole("heading", { level: 2, name: "Thank you" });

    const keys = sentPosts(fetchMock).map((post) => post.headers["Idempotency-Key"]);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(UUID);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBe(keys[2]);
    expect(jsonBody(sentPosts(fetchMock)[3])).toMatchObject({
      message: "Do you offer dyads? And triads?",
    });
  });

  it.each([
    [
      jsonResponse({ error: { code: "throttled", message: "Slow down" } }, 429),
      "You have sent several forms in a short time. Please wait a minute and try again.",
    ],
    [
      jsonResponse({ error: { code: "too_large", message: "Too large (6 MB)." } }, 413),
      "Your answers are too large to send. Choose a smaller file and try again.",
    ],
    [
      jsonResponse({ error: { code: "not_found", message: "Not found." } }, 404),
      "This form is no longer available, so your answers could not be sent.",
    ],
  ])("explains a refusal and keeps the answers (%#)", async (response, message) => {
    mockPosts(response);
    const user = userEvent.setup();
    renderForm();
    await fillContact(user);
    await user.click(submit("Send message"));
    await waitFor(() => expect(failure().textContent).toBe(message));
    // Beside the button the visitor just pressed, which keeps focus for another try.
    expect(submit("Send message").nextElementSibling).toBe(failure());
    expect(document.activeElement).toBe(submit("Send message"));
    expect(summary().textContent).toBe("");
    expect(control("Your name").value).toBe("Robin Lee");
    expect(screen.queryByRole("heading", { name: "Thank you" })).toBeNull();
  });
});

describe("prefilled choices", () => {
  it("pre-selects the supervisor named in the URL", () => {
    window.history.replaceState(null, "", "/team/free-phone-consultation/?supervisor=maya-okafor");
    renderForm(consultationPage);
    expect(control<HTMLSelectElement>("Preferred supervisor").value).toBe("maya-okafor");
    // Other selects are not touched by the query.
    expect(control<HTMLSelectElement>("State where you practise").value).toBe("");
  });

  it.each(["?supervisor=nobody", "?other=maya-okafor", ""])(
    "ignores a value that is not one of the choices (%s)",
    (search) => {
      window.history.replaceState(null, "", `/team/free-phone-consultation/${search}`);
      renderForm(consultationPage);
      expect(control<HTMLSelectElement>("Preferred supervisor").value).toBe("");
    },
  );

  it("is sent as chosen", async () => {
    window.history.replaceState(
      null,
      "",
      "/team/free-phone-consultation/?supervisor=no-preference",
    );
    const fetchMock = mockPosts(jsonResponse(submissionReceipt, 201));
    const user = userEvent.setup();
    renderForm(consultationPage);
    await user.type(control("Your name"), "Jamie Rivera");
    await user.type(control("E-mail"), "jamie@example.com");
    await user.type(control("Phone"), "(720) 555-0188");
    await user.selectOptions(control("State where you practise"), "Colorado");
    await user.selectOptions(control("Current license"), "CO-LPCC");
    await user.click(control("Individual supervision"));
    await user.click(control("I agree that Firelight may contact me about this request."));
    await user.click(submit("Request my free call"));
    await screen.findByRole("heading", { level: 2, name: "Thank you" });
    expect(jsonBody(sentPosts(fetchMock)[0])).toMatchObject({
      preferred_supervisor: "no-preference",
      what_are_you_looking_for: ["Individual supervision"],
      best_times_to_call: [],
    });
  });

  it("follows the profile's consultation link to the form with that supervisor chosen", async () => {
    mockApi({ "/team/free-phone-consultation/": [200, consultationPage] });
    await renderApp("/team/maya-okafor/", teamMemberPage);
    await userEvent.click(
      screen.getByRole("link", { name: "Request a free consultation with Maya" }),
    );
    await screen.findByRole("heading", { level: 1, name: "Free phone consultation" });
    expect(window.location.search).toBe("?supervisor=maya-okafor");
    expect(control<HTMLSelectElement>("Preferred supervisor").value).toBe("maya-okafor");
  });
});
