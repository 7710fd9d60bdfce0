import type { Site } from "../../lib/api-client";

/** The designed 404: the header and its menu stay, and the page offers ways onward. */
export default function NotFound({ site }: { site: Site | null }) {
  const sections = site?.menus.main ?? [];
  const cta = site?.consultation_cta;
  return (
    <section className="state not-found container" aria-labelledby="state-heading">
      <p className="state__eyebrow">Page not found</p>
      <h1 id="state-heading" className="state__heading" tabIndex={-1}>
        We couldn't find that page
      </h1>
      <p className="state__text">
        The link may be old, or the page may have moved. These are good places to pick up from:
      </p>
      <ul className="not-found__links">
        <li>
          <a href="/">Home</a>
        </li>
        {sections.map((item) => (
          <li key={item.path}>
            <a href={item.path}>{item.title}</a>
          </li>
        ))}
      </ul>
      {cta?.path ? (
        <p className="state__text">
          Looking for a supervisor? <a href={cta.path}>{cta.label}</a>.
        </p>
      ) : null}
    </section>
  );
}
