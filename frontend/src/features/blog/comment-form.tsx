import { useEffect, useId, useRef, useState, type FormEvent } from "react";

import { FormField } from "../../components/form-field";
import { Honeypot } from "../../components/honeypot";
import { newIdempotencyKey } from "../../lib/idempotency-key";
import { useFocusAfterRender } from "../../lib/use-focus-after-render";
import { postComment } from "./comment-api";
import {
  COMMENT_FIELDS,
  commentRequest,
  EMPTY_COMMENT,
  isCommentField,
  validateComment,
  type CommentErrors,
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

/** The submission a retry repeats: the same fields go out with the same key. */
interface Attempt {
  key: string;
  fingerprint: string;
}

/**
 * A visitor's comment on a post: checked here as the API checks it, sent with an
 * idempotency key (the same one again when the visitor retries the same text after a
 * failure), and held by the API for moderation, so it is not added to the list.
 */
export function CommentForm({ postId }: { postId: number }) {
  const id = useId();
  const headingId = `${id}-heading`;
  const [values, setValues] = useState<CommentValues>(EMPTY_COMMENT);
  const [errors, setErrors] = useState<CommentErrors>({});
  const [alert, setAlert] = useState("");
  const [status, setStatus] = useState("");
  const [sending, setSending] = useState(false);
  const attempt = useRef<Attempt | null>(null);
  const controller = useRef<AbortController | null>(null);
  const focusLater = useFocusAfterRender();

  useEffect(() => () => controller.current?.abort(), []);

  const fieldId = (field: CommentField | "website") => `${id}-${field}`;

  const update = (field: keyof CommentValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (isCommentField(field)) {
      setErrors((current) => {
        if (!current[field]) return current;
        const next = { ...current };
        delete next[field];
        return next;
      });
    }
  };

  const showErrors = (found: CommentErrors) => {
    setErrors(found);
    const first = COMMENT_FIELDS.find((field) => found[field]);
    // Once its error is on screen, to be read with it.
    if (first) focusLater(() => document.getElementById(fieldId(first)));
  };

  const send = async () => {
    const input = commentRequest(values);
    const fingerprint = JSON.stringify(input);
    if (attempt.current?.fingerprint !== fingerprint) {
      attempt.current = { key: newIdempotencyKey(), fingerprint };
    }
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setSending(true);
    let outcome;
    try {
      outcome = await postComment(postId, input, attempt.current.key, current.signal);
    } catch {
      return; // Aborted: the page is going away.
    }
    setSending(false);
    switch (outcome.kind) {
      case "ok":
        attempt.current = null;
        setValues(EMPTY_COMMENT);
        setStatus(outcome.data.message || MESSAGES.received);
        break;
      case "invalid": {
        const found: CommentErrors = {};
        const other: string[] = [];
        for (const [field, message] of Object.entries(outcome.fields)) {
          if (isCommentField(field)) found[field] = message;
          else other.push(message);
        }
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
    const found = validateComment(values);
    if (Object.keys(found).length > 0) {
      setAlert(MESSAGES.invalid);
      showErrors(found);
      return;
    }
    setErrors({});
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
            spellCheck={false}
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
