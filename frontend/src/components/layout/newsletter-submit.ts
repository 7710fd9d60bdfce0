/**
 * What a footer sign-up comes to: the address checked, then posted, and the answer as
 * the form shows it. Loaded only once a visitor turns to the form, so the footer (part
 * of every page's first load) carries just its markup.
 */
import { isEmailAddress } from "../../lib/email-address";
import { subscribe } from "../../lib/newsletter-api";

export type SignupResult =
  /** Signed up (or already): what happens next. */
  | { kind: "done"; message: string }
  /** Something to fix in the address. */
  | { kind: "field"; message: string }
  /** Nothing to fix in the address, but it was not signed up. */
  | { kind: "alert"; message: string };

export const MESSAGES = {
  empty: "Enter your e-mail address.",
  invalid: "Enter an e-mail address like name@example.com.",
  throttled: "You have tried several times in a short time. Please wait a minute and try again.",
  network: "We could not sign you up. Check your connection and try again.",
  server: "Something went wrong on our side and you were not signed up. Please try again.",
};

export async function submitSignup(email: string, website: string): Promise<SignupResult> {
  const address = email.trim();
  if (!address) return { kind: "field", message: MESSAGES.empty };
  if (!isEmailAddress(address)) return { kind: "field", message: MESSAGES.invalid };
  const outcome = await subscribe(address, website);
  switch (outcome.kind) {
    case "ok":
      return { kind: "done", message: outcome.data.message };
    case "invalid":
      return outcome.fields.email
        ? { kind: "field", message: outcome.fields.email }
        : { kind: "alert", message: outcome.message || MESSAGES.server };
    case "throttled":
      return { kind: "alert", message: MESSAGES.throttled };
    case "refused":
      return { kind: "alert", message: outcome.message || MESSAGES.server };
    case "failed":
      return {
        kind: "alert",
        message: outcome.reason === "network" ? MESSAGES.network : MESSAGES.server,
      };
  }
}
