import { useRef, useState, type FormEvent } from "react";

import type { Site } from "../../lib/api-client";
import { useFocusAfterRender } from "../../lib/use-focus-after-render";
import { Honeypot } from "../honeypot";
import { NEWSLETTER_SIGNUP_ID } from "./newsletter-anchor";
import type { SignupResult } from "./newsletter-submit";

const HEADING_ID = "newsletter-heading";
const EMAIL_ID = "newsletter-email";
const ERROR_ID = "newsletter-email-error";

/** The checking and posting, loaded when the visitor first turns to the form. */
const loadSubmit = () => import("./newsletter-submit");

async function submit(email: string, website: string): Promise<SignupResult> {
  try {
    const { submitSignup } = await loadSubmit();
    return await submitSignup(email, website);
  } catch {
    // The code itself did not arrive.
    return { kind: "alert", message: "We could not sign you up. Check your connection." };
  }
}

/** The footer's newsletter sign-up: an address, then an e-mail to confirm it. */
export function NewsletterSignup({ newsletter }: { newsletter: Site["newsletter"] }) {
  const [email, setEmail] = useState("");
  const [website, setWebsite] = useState("");
  const [error, setError] = useState("");
  const [alert, setAlert] = useState("");
  const [status, setStatus] = useState("");
  const [sending, setSending] = useState(false);
  /** Set at once (state waits for a render), so a second press cannot send twice. */
  const inFlight = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const focusLater = useFocusAfterRender();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setAlert("");
    setStatus("");
    const result = await submit(email, website);
    inFlight.current = false;
    setSending(false);
    if (result.kind === "field") {
      setError(result.message);
      // Once the message is on screen, to be read with the field.
      focusLater(() => input.current);
    } else if (result.kind === "alert") setAlert(result.message);
    else {
      setEmail("");
      setError("");
      setStatus(result.message);
    }
  };

  return (
    <section id={NEWSLETTER_SIGNUP_ID} className="footer-newsletter">
      <div className="container footer-newsletter__inner">
        <div>
          <h2 id={HEADING_ID} className="footer-newsletter__heading">
            {newsletter.heading}
          </h2>
          {newsletter.text ? <p className="footer-newsletter__text">{newsletter.text}</p> : null}
        </div>
        <form
          aria-labelledby={HEADING_ID}
          noValidate
          onFocus={() => void loadSubmit().catch(() => undefined)}
          onSubmit={(event) => void onSubmit(event)}
        >
          <label className="footer-newsletter__label" htmlFor={EMAIL_ID}>
            E-mail address
          </label>
          <div className="footer-newsletter__row">
            <input
              ref={input}
              id={EMAIL_ID}
              name="email"
              type="email"
              autoComplete="email"
              spellCheck="false"
              required
              value={email}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? ERROR_ID : undefined}
              onChange={(event) => {
                setEmail(event.target.value);
                setError("");
              }}
            />
            <button
              type="submit"
              className="button button--amber"
              aria-disabled={sending ? true : undefined}
            >
              Subscribe
            </button>
          </div>
          <p id={ERROR_ID} className="footer-newsletter__error">
            {error ? (
              <>
                <span className="visually-hidden">Error: </span>
                {error}
              </>
            ) : null}
          </p>
          <Honeypot id="newsletter-website" value={website} onChange={setWebsite} />
          <p className="footer-newsletter__message" role="alert">
            {alert}
          </p>
          <p className="footer-newsletter__message" role="status">
            {status}
          </p>
        </form>
      </div>
    </section>
  );
}
