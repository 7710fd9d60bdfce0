interface OfflineStateProps {
  onRetry: () => void;
}

export function OfflineState({ onRetry }: OfflineStateProps) {
  return (
    <section className="state container" aria-labelledby="state-heading">
      <p className="state__eyebrow">No connection</p>
      <h1 id="state-heading" className="state__heading" tabIndex={-1}>
        You appear to be offline
      </h1>
      <p className="state__text">
        Check your Wi-Fi or mobile data. We'll try again as soon as you're back online, or you can
        retry now.
      </p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
