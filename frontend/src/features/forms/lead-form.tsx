import { useId, useRef, useState, type FormEvent, type MouseEvent } from "react";

import { Honeypot } from "../../components/honeypot";
import { RichText } from "../../components/rich-text";
import type { components } from "../../lib/api-types";
import { useFocusAfterRender } from "../../lib/use-focus-after-render";
import { splitFieldErrors, useSubmission } from "../../lib/use-submission";
import { controlId, FieldControl } from "./form-controls";
import {
  fingerprint,
  initialValues,
  validateAnswers,
  type FieldValue,
  type FormErrors,
  type FormValues,
} from "./form-values";
import { postSubmission } from "./submission-api";

type FormPageData = components["schemas"]["FormPage"];

const MESSAGES = {
  summary: "There is a problem",
  throttled: "You have sent several forms in a short time. Please wait a minute and try again.",
  tooLarge: "Your answers are too large to send. Choose a smaller file and try again.",
  gone: "This form is no longer available, so your answers could not be sent.",
  refused: "Your answers could not be sent. Reload the page and try again.",
  network:
    "We could not send your answers. Check your connection and try again: your answers are still here.",
  server:
    "Something went wrong on our side and your answers were not sent. Please try again in a moment.",
  received: "Thank you: we have received your answers.",
};

/** A summary line: "Phone: Please fill in this field.", "Which days? Please choose…". */
function summaryLine(label: string, message: string): string {
  const name = label.trim();
  return /[?!]$/.test(name) ? `${name} ${message}` : `${name.replace(/[.:]+$/, "")}: ${message}`;
}

/** What the error summary lists: a message, and the fields to fix with links to them. */
interface Problem {
  message: string;
  fields: { name: string; text: string; target: string }[];
}

/**
 * An editor-built form: checked here as the API checks it, then sent; errors (the
 * API's too) are listed above the form with links and shown beside each field, and
 * focus goes to the first one. A request that fails for another reason (too many, no
 * network) says so beside the button, answers kept. Once the answers are in, a
 * thank-you replaces the form.
 */
export function LeadForm({ page, labelledBy }: { page: FormPageData; labelledBy: string }) {
  const id = useId();
  const fields = page.fields;
  const [values, setValues] = useState<FormValues>(() =>
    initialValues(fields, window.location.search),
  );
  const [website, setWebsite] = useState("");
  const [errors, setErrors] = useState<Partial<FormErrors>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  /** Why the answers could not be sent (not their fault): shown by the button. */
  const [failure, setFailure] = useState("");
  const [received, setReceived] = useState(false);
  const [status, setStatus] = useState("");
  const { sending, inFlight, send: submit } = useSubmission();
  const thankYou = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusAfterRender();

  const fieldId = (name: string) => `${id}-${name}`;
  const privacyId = `${id}-privacy`;

  const update = (name: string, value: FieldValue) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      if (!current[name]) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  };

  /** Shows the errors beside their fields and in the summary, and focuses the first. */
  const showProblem = (found: Partial<FormErrors>, message = "") => {
    const invalid = fields.filter((field) => found[field.name]);
    setErrors(found);
    setProblem({
      message,
      fields: invalid.map((field) => ({
        name: field.name,
        text: summaryLine(field.label, found[field.name] ?? ""),
        target: controlId(field, fieldId(field.name)),
      })),
    });
    const first = invalid[0];
    if (first) focusLater(() => document.getElementById(controlId(first, fieldId(first.name))));
  };

  const send = async () => {
    const outcome = await submit(fingerprint(fields, values, website), (key, signal) =>
      postSubmission(
        { submitPath: page.submit_path, fields, values, website, idempotencyKey: key },
        signal,
      ),
    );
    if (!outcome) return; // Aborted: the page is going away.
    switch (outcome.kind) {
      case "ok":
        setReceived(true);
        setStatus(outcome.data.message || MESSAGES.received);
        focusLater(() => thankYou.current);
        break;
      case "invalid": {
        const { found, other } = splitFieldErrors(outcome.fields, (name): name is string =>
          fields.some((field) => field.name === name),
        );
        // What the API said about anything that is not a field here (`__all__`) goes
        // with the fields' errors, or beside the button when no field is wrong.
        if (Object.keys(found).length > 0) showProblem(found, other.join(" "));
        else setFailure(other.join(" ") || outcome.message || MESSAGES.refused);
        break;
      }
      case "throttled":
        setFailure(MESSAGES.throttled);
        break;
      case "refused":
        setFailure(
          outcome.status === 413
            ? MESSAGES.tooLarge
            : outcome.status === 404
              ? MESSAGES.gone
              : outcome.message || MESSAGES.refused,
        );
        break;
      case "failed":
        setFailure(outcome.reason === "network" ? MESSAGES.network : MESSAGES.server);
        break;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    setProblem(null);
    setFailure("");
    const found = validateAnswers(fields, values);
    if (Object.keys(found).length > 0) {
      showProblem(found);
      return;
    }
    setErrors({});
    void send();
  };

  const goToField = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    event.preventDefault();
    const control = document.getElementById(target);
    control?.closest(".form-field")?.scrollIntoView({ block: "start" });
    control?.focus({ preventScroll: true });
  };

  return (
    <div className="lead-form">
      {received ? (
        <div className="lead-form__thanks">
          <h2 ref={thankYou} className="lead-form__thanks-title" tabIndex={-1}>
            {page.thank_you_title}
          </h2>
          {page.thank_you_text ? <RichText html={page.thank_you_text} /> : null}
        </div>
      ) : (
        <form aria-labelledby={labelledBy} noValidate onSubmit={onSubmit}>
          {fields.some((field) => field.required) ? (
            <p className="lead-form__note">
              Questions marked <span className="lead-form__mark">*</span> are required.
            </p>
          ) : null}
          <div className="lead-form__problem" role="alert">
            {problem ? (
              <>
                <h2 className="lead-form__problem-title">{MESSAGES.summary}</h2>
                {problem.message ? <p>{problem.message}</p> : null}
                {problem.fields.length > 0 ? (
                  <ul className="lead-form__problem-list">
                    {problem.fields.map((item) => (
                      <li key={item.name}>
                        <a
                          href={`#${item.target}`}
                          onClick={(event) => goToField(event, item.target)}
                        >
                          {item.text}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : null}
          </div>
          <div className="lead-form__fields">
            {fields.map((field) => (
              <FieldControl
                key={field.name}
                field={field}
                id={fieldId(field.name)}
                value={values[field.name] ?? null}
                error={errors[field.name]}
                onChange={(value) => update(field.name, value)}
              />
            ))}
          </div>
          <Honeypot id={`${id}-trap`} value={website} onChange={setWebsite} />
          {page.privacy_note ? (
            <p id={privacyId} className="lead-form__privacy">
              {page.privacy_note}
            </p>
          ) : null}
          <button
            type="submit"
            className="button button--primary button--large"
            aria-disabled={sending ? true : undefined}
            aria-describedby={page.privacy_note ? privacyId : undefined}
          >
            {sending ? "Sending…" : page.submit_label}
          </button>
          {/* Where the visitor is when a request fails, with all the answers still above. */}
          <p className="lead-form__failure" role="alert">
            {failure}
          </p>
        </form>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
