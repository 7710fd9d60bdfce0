/**
 * The newsletter's double opt-in: `POST /api/newsletter/subscriptions/` e-mails a
 * confirmation link (the answer is the same whatever the address's state), and the
 * e-mails' links post their token to `/api/newsletter/confirm/` or `/unsubscribe/`.
 */
import { API_BASE } from "./api-client";
import type { components } from "./api-types";
import { postJson, type PostOutcome } from "./post-json";

export type NewsletterMessage = components["schemas"]["Message"];
export type TokenAction = "confirm" | "unsubscribe";

export const SUBSCRIBE_URL = `${API_BASE}/api/newsletter/subscriptions/`;

export function tokenActionUrl(action: TokenAction): string {
  return `${API_BASE}/api/newsletter/${action}/`;
}

function isMessage(data: unknown): data is NewsletterMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (data as Partial<NewsletterMessage>).message === "string"
  );
}

/** Signs an address up; `website` is the honeypot, empty unless a bot filled it in. */
export function subscribe(
  email: string,
  website: string,
  signal?: AbortSignal,
): Promise<PostOutcome<NewsletterMessage>> {
  return postJson(SUBSCRIBE_URL, { email, website }, { signal, accept: isMessage });
}

/** Confirms or cancels the subscription an e-mail's link names by its token. */
export function postTokenAction(
  action: TokenAction,
  token: string,
  signal?: AbortSignal,
): Promise<PostOutcome<NewsletterMessage>> {
  return postJson(tokenActionUrl(action), { token }, { signal, accept: isMessage });
}
