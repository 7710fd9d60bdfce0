interface ErrorStateProps {
  onRetry: () => void;
  /** What the API said went wrong (an expired preview link), instead of the general words. */
  message?: string | null;
}

export function ErrorState({ onRetry, message }: ErrorStateProps) {
  return (
    <section className="state container" aria-labelledby="state-heading">
      <p className="state__eyebrow">Something went wrong</p>
      <h1 id="state-heading" className="state__heading" tabIndex={-1}>
        This page didn't load
      </h1>
      <p className="state__text">
        {message ||
          "That's on our side, not yours. Please try again in a moment; if it keeps happening, call or email us and we'll help you directly."}
      </p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
