/**
 * The comment form's values, checked as the API checks them (so most mistakes are
 * caught before a request), and the request body they become.
 */
import { isEmailAddress } from "../../lib/email-address";
import { formatNumber } from "../../lib/format";
import type { CommentInput } from "./comment-api";

export interface CommentValues {
  name: string;
  email: string;
  body: string;
  /** The honeypot: people never see it; bots fill it in. */
  website: string;
}

/** The fields a visitor sees, in the order they appear (the first error gets focus). */
export const COMMENT_FIELDS = ["name", "email", "body"] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];
export type CommentErrors = Partial<Record<CommentField, string>>;

export const EMPTY_COMMENT: CommentValues = { name: "", email: "", body: "", website: "" };

const NAME_MAX = 80;
const BODY_MIN = 2;
const BODY_MAX = 3000;
const MAX_LINKS = 2;

/** Length in characters as the API counts them (code points, so an emoji is one). */
function length(text: string): number {
  return [...text].length;
}

export function isCommentField(name: string): name is CommentField {
  return (COMMENT_FIELDS as readonly string[]).includes(name);
}

export function validateComment(values: CommentValues): CommentErrors {
  const errors: CommentErrors = {};
  const name = values.name.trim();
  const email = values.email.trim();
  const body = values.body.trim();

  if (!name) errors.name = "Enter your name.";
  else if (length(name) > NAME_MAX)
    errors.name = `Use ${NAME_MAX} characters or fewer for your name.`;
  else if (/[<>]/.test(name)) errors.name = "Use letters, spaces and punctuation only.";

  if (email && !isEmailAddress(email)) {
    errors.email = "Enter an e-mail address like name@example.com, or leave it empty.";
  }

  if (!body) errors.body = "Write your comment.";
  else if (length(body) < BODY_MIN) errors.body = `Write at least ${BODY_MIN} characters.`;
  else if (length(body) > BODY_MAX) {
    errors.body = `Keep your comment to 3,000 characters or fewer. It has ${formatNumber(length(body))}.`;
  } else if ((body.match(/https?:\/\//g) ?? []).length > MAX_LINKS) {
    errors.body = "Please include no more than two links.";
  }
  return errors;
}

/** The request body: trimmed as the API stores it, the honeypot as it was. */
export function commentRequest(values: CommentValues): CommentInput {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    body: values.body.trim(),
    website: values.website,
  };
}
