interface UnavailableStateProps {
  onRetry: () => void;
}

/**
 * The API answered 503: the site is down for a moment (its database or cache cannot be
 * reached, or it is being updated). Nothing is wrong on the visitor's side.
 */
export function UnavailableState({ onRetry }: UnavailableStateProps) {
  return (
    <section className="state container" aria-labelledby="state-heading">
      <p className="state__eyebrow">Temporarily unavailable</p>
      <h1 id="state-heading" className="state__heading" tabIndex={-1}>
        We'll be right back
      </h1>
      <p className="state__text">
        The site is taking a short break and couldn't load this page. Nothing is wrong on your side:
        please try again in a minute.
      </p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
