import type { components } from "../../lib/api-types";
import { PageBody, PageHeader } from "./page-parts";
import "./services.css";

type LocationIndexPageData = components["schemas"]["LocationIndexPage"];

export default function LocationIndexPage({ page }: { page: LocationIndexPageData }) {
  return (
    <article className="location-index-page container">
      <PageHeader title={page.title} intro={page.intro} />
      {page.locations.length > 0 ? (
        <ul className="cards__grid svc-measure">
          {page.locations.map((location) => (
            <li className="card card--link svc-card" key={location.path}>
              <div className="card__body svc-card__body">
                <p className="state-code" aria-hidden="true">
                  {location.state.code}
                </p>
                <h2 className="card__title">
                  <a href={location.path}>{location.title}</a>
                </h2>
                {location.intro ? <p className="card__text">{location.intro}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <PageBody blocks={page.body} />
    </article>
  );
}
