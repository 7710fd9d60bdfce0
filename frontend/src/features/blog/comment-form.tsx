import { useId, useState, type FormEvent } from "react";

import { FormField } from "../../components/form-field";
import { Honeypot } from "../../components/honeypot";
import { splitFieldErrors, useFieldErrors, useSubmission } from "../../lib/use-submission";
import { postComment } from "./comment-api";
import {
  COMMENT_FIELDS,
  commentRequest,
  EMPTY_COMMENT,
  isCommentField,
  validateComment,
  type CommentField,
  type CommentValues,
} from "./comment-input";

const MESSAGES = {
  received: "Thank you. Your comment will appear once a moderator has read it.",
  invalid: "Some fields need attention.",
  throttled:
    "You have posted several comments in a short time. Please wait a minute and try again.",
  network: "We could not send your comment. Check your connection and try again.",
  server: "Something went wrong on our side and your comment was not sent. Please try again.",
  refused: "Your comment could not be posted.",
};

/**
 * A visitor's comment on a post: checked here as the API checks it, sent with an
 * idempotency key (the same one again when the visitor retries the same text after a
 * failure), and held by the API for moderation, so it is not added to the list.
 */
export function CommentForm({ postId }: { postId: number }) {
  const id = useId();
  const headingId = `${id}-heading`;
  const [values, setValues] = useState<CommentValues>(EMPTY_COMMENT);
  const [alert, setAlert] = useState("");
  const [status, setStatus] = useState("");
  const { sending, send: submit } = useSubmission();

  const fieldId = (field: CommentField | "website") => `${id}-${field}`;
  const { errors, clearError, showErrors, passes } = useFieldErrors(COMMENT_FIELDS, fieldId);

  const update = (field: keyof CommentValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (isCommentField(field)) clearError(field);
  };

  const send = async () => {
    const input = commentRequest(values);
    const outcome = await submit(JSON.stringify(input), (key, signal) =>
      postComment(postId, input, key, signal),
    );
    if (!outcome) return; // Aborted: the page is going away.
    switch (outcome.kind) {
      case "ok":
        setValues(EMPTY_COMMENT);
        setStatus(outcome.data.message || MESSAGES.received);
        break;
      case "invalid": {
        const { found, other } = splitFieldErrors(outcome.fields, isCommentField);
        // The summary, with what the API said about anything that is not a field here.
        setAlert([outcome.message || MESSAGES.invalid, ...other].join(" "));
        showErrors(found);
        break;
      }
      case "throttled":
        setAlert(MESSAGES.throttled);
        break;
      case "refused":
        setAlert(outcome.message || MESSAGES.refused);
        break;
      case "failed":
        setAlert(outcome.reason === "network" ? MESSAGES.network : MESSAGES.server);
        break;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setAlert("");
    setStatus("");
    if (!passes(validateComment(values))) {
      setAlert(MESSAGES.invalid);
      return;
    }
    void send();
  };

  return (
    <form className="comment-form" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
      <h3 id={headingId} className="comment-form__heading">
        Leave a comment
      </h3>
      <p className="comment-form__note">
        Comments are read by a moderator before they appear. Your e-mail address is never shown.
      </p>
      <FormField id={fieldId("name")} label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            type="text"
            autoComplete="name"
            required
            value={values.name}
            onChange={(event) => update("name", event.target.value)}
          />
        )}
      </FormField>
      <FormField id={fieldId("email")} label="E-mail (optional, never shown)" error={errors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck="false"
            value={values.email}
            onChange={(event) => update("email", event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={fieldId("body")}
        label="Comment"
        hint="Plain text, up to 3,000 characters."
        error={errors.body}
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={6}
            required
            value={values.body}
            onChange={(event) => update("body", event.target.value)}
          />
        )}
      </FormField>
      <Honeypot
        id={fieldId("website")}
        value={values.website}
        onChange={(value) => update("website", value)}
      />
      <div className="comment-form__actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={sending ? true : undefined}
        >
          {sending ? "Posting…" : "Post comment"}
        </button>
      </div>
      <p className="comment-form__alert" role="alert">
        {alert}
      </p>
      <p className="comment-form__status" role="status">
        {status}
      </p>
    </form>
  );
}
