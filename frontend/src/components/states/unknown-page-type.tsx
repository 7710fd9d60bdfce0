/** A page type this build of the site does not know yet: say so, visibly, never crash. */
export default function UnknownPageType({ type, title }: { type: string; title: string }) {
  return (
    <section className="state container" aria-labelledby="state-heading">
      <h1 id="state-heading" className="state__heading" tabIndex={-1}>
        {title}
      </h1>
      <p className="state__text">This page can't be shown yet.</p>
      <p className="state__meta">
        Page type <code>{type}</code> has no design in this version of the site.
      </p>
    </section>
  );
}
