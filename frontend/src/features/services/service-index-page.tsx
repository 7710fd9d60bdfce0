import type { components } from "../../lib/api-types";
import { formatMoney } from "../../lib/format";
import { PageBody, PageHeader } from "./page-parts";
import "./services.css";

type ServiceIndexPageData = components["schemas"]["ServiceIndexPage"];
type ServiceSummary = components["schemas"]["ServiceSummary"];

function ServiceCard({ service }: { service: ServiceSummary }) {
  return (
    <li className="card card--link svc-card">
      <div className="card__body svc-card__body">
        <h2 className="card__title">
          <a href={service.path}>{service.title}</a>
        </h2>
        {service.intro ? <p className="card__text">{service.intro}</p> : null}
        {service.formats.length > 0 ? (
          <ul className="chips" aria-label="Formats">
            {service.formats.map((format) => (
              <li className="chip" key={format.value}>
                {format.label}
              </li>
            ))}
          </ul>
        ) : null}
        {service.counts_toward_licensure || service.price_from !== null ? (
          <div className="svc-card__footer">
            {service.counts_toward_licensure ? (
              <p className="badge">Counts toward licensure</p>
            ) : null}
            {service.price_from !== null ? (
              <p className="svc-card__price">
                From <strong>{formatMoney(service.price_from)}</strong>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}

export default function ServiceIndexPage({ page }: { page: ServiceIndexPageData }) {
  return (
    <article className="service-index-page container">
      <PageHeader title={page.title} intro={page.intro} />
      {page.services.length > 0 ? (
        <ul className="cards__grid svc-wide">
          {page.services.map((service) => (
            <ServiceCard service={service} key={service.path} />
          ))}
        </ul>
      ) : null}
      <PageBody blocks={page.body} />
    </article>
  );
}
