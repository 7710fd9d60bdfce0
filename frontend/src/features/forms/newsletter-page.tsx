import { useEffect, useRef, useState } from "react";

import { NEWSLETTER_SIGNUP_ID } from "../../components/layout/newsletter-anchor";
import type { components } from "../../lib/api-types";
import { postTokenAction, type TokenAction } from "../../lib/newsletter-api";
import { useFocusAfterRender } from "../../lib/use-focus-after-render";
import "./forms.css";

type NewsletterPageData = components["schemas"]["NewsletterPage"];

interface EmailLink {
  action: TokenAction;
  token: string;
}

/** What an e-mail's link asks for: `?action=confirm&token=…` or `?action=unsubscribe&token=…`. */
export function emailLinkOf(search: string): EmailLink | null {
  const params = new URLSearchParams(search);
  const action = params.get("action");
  const token = params.get("token")?.trim();
  if ((action === "confirm" || action === "unsubscribe") && token) return { action, token };
  return null;
}

const BUTTONS: Record<TokenAction, string> = {
  confirm: "Confirm my subscription",
  unsubscribe: "Unsubscribe",
};

const MESSAGES = {
  unknown: "This link is no longer valid. Sign up again from the footer of any page.",
  throttled: "You have tried several times in a short time. Please wait a minute and try again.",
  network: "We could not reach the server. Check your connection and try again.",
  server: "Something went wrong on our side. Please try again in a moment.",
};

/**
 * The page an e-mail's link opens. Opening it changes nothing (mail scanners follow
 * links too): the visitor presses the button, which posts the token.
 */
function EmailLinkAction({ page, link }: { page: NewsletterPageData; link: EmailLink }) {
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState("");
  const [alert, setAlert] = useState("");
  /** The link's token is unknown (used up, or mistyped): pressing again cannot help. */
  const [dead, setDead] = useState(false);
  const inFlight = useRef(false);
  const controller = useRef<AbortController | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const focusLater = useFocusAfterRender();

  useEffect(() => () => controller.current?.abort(), []);

  const confirming = link.action === "confirm";

  const press = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setAlert("");
    const current = new AbortController();
    controller.current = current;
    let outcome;
    try {
      outcome = await postTokenAction(link.action, link.token, current.signal);
    } catch {
      return; // Aborted: the page is going away.
    }
    inFlight.current = false;
    setSending(false);
    switch (outcome.kind) {
      case "ok":
        // The editors' words first; the API's when they left theirs empty.
        setDone(
          (confirming ? page.confirmed_text : page.unsubscribed_text) || outcome.data.message,
        );
        // The button is gone: keep the visitor's place at what happened.
        focusLater(() => statusRef.current);
        return;
      case "invalid":
        setDead(true);
        setAlert(MESSAGES.unknown);
        focusLater(() => alertRef.current);
        return;
      case "refused":
        if (outcome.status === 404) {
          setDead(true);
          setAlert(outcome.message || MESSAGES.unknown);
          focusLater(() => alertRef.current);
        } else setAlert(outcome.message || MESSAGES.server);
        return;
      case "throttled":
        setAlert(MESSAGES.throttled);
        return;
      case "failed":
        setAlert(outcome.reason === "network" ? MESSAGES.network : MESSAGES.server);
        return;
    }
  };

  return (
    <div className="newsletter-action">
      {done ? null : <p>{confirming ? page.confirm_text : page.unsubscribe_text}</p>}
      {done || dead ? null : (
        <button
          type="button"
          className="button button--primary button--large"
          aria-disabled={sending ? true : undefined}
          onClick={() => void press()}
        >
          {BUTTONS[link.action]}
        </button>
      )}
      <p ref={statusRef} className="newsletter-action__done" role="status" tabIndex={-1}>
        {done}
      </p>
      <p ref={alertRef} className="newsletter-action__alert" role="alert" tabIndex={-1}>
        {alert}
      </p>
    </div>
  );
}

/** The newsletter: what it is, and where an e-mail's confirm or unsubscribe link lands. */
export default function NewsletterPage({ page }: { page: NewsletterPageData }) {
  const [link] = useState(() => emailLinkOf(window.location.search));
  return (
    <article className="newsletter-page container">
      <header className="page-header">
        <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
          {page.title}
        </h1>
        {page.intro ? <p className="page-header__intro">{page.intro}</p> : null}
      </header>
      {link ? (
        <EmailLinkAction page={page} link={link} />
      ) : (
        <p className="newsletter-page__signup">
          To join, enter your e-mail address in the{" "}
          <a href={`#${NEWSLETTER_SIGNUP_ID}`}>sign-up form at the foot of this page</a>.
        </p>
      )}
    </article>
  );
}
