import type { Breadcrumb } from "../../lib/api-client";

/** The trail to the current page; not shown on the home page, where it would be just "Home". */
export function Breadcrumbs({ items }: { items: readonly Breadcrumb[] }) {
  if (items.length < 2) return null;
  const last = items.length - 1;
  return (
    <nav className="breadcrumbs container" aria-label="Breadcrumb">
      <ol className="breadcrumbs__list">
        {items.map((crumb, index) => (
          <li key={crumb.path} className="breadcrumbs__item">
            <a href={crumb.path} aria-current={index === last ? "page" : undefined}>
              {crumb.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
