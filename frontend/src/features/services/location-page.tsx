import { MemberGrid } from "../../components/member-card";
import { RichText } from "../../components/rich-text";
import type { components } from "../../lib/api-types";
import { LicenseList } from "./license-list";
import { PageBody, PageHeader, Section } from "./page-parts";
import "./services.css";

type LocationPageData = components["schemas"]["LocationPage"];
type ServiceLink = components["schemas"]["ServiceLink"];

const KIND_HEADINGS: Record<ServiceLink["kind"], string> = {
  supervision: "Supervision",
  consultation: "Consultation",
};

function ServicesByKind({ services }: { services: readonly ServiceLink[] }) {
  const kinds = (Object.keys(KIND_HEADINGS) as ServiceLink["kind"][])
    .map((kind) => ({ kind, items: services.filter((service) => service.kind === kind) }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="service-kinds">
      {kinds.map(({ kind, items }) => (
        <div className="service-kinds__group" key={kind}>
          <h3 className="service-kinds__heading">{KIND_HEADINGS[kind]}</h3>
          <ul className="link-list">
            {items.map((service) => (
              <li key={service.path}>
                <a href={service.path}>{service.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export default function LocationPage({ page }: { page: LocationPageData }) {
  const { state } = page;
  return (
    <article className="location-page container">
      <PageHeader title={page.title} intro={page.intro} />
      {page.license_types.length > 0 ? (
        <Section heading="License tracks we support">
          <LicenseList licenses={page.license_types} showLevel />
        </Section>
      ) : null}
      <Section heading="Supervision online">
        {page.online_supervision_notes ? <RichText html={page.online_supervision_notes} /> : null}
        {state.board_url ? (
          <p className="board-link">
            The licensing board for {state.name}:{" "}
            <a href={state.board_url}>{state.board_name || state.board_url}</a>
          </p>
        ) : null}
      </Section>
      {page.licensure_paths.length > 0 ? (
        <Section heading="Licensure paths">
          <ul className="path-links">
            {page.licensure_paths.map((path) => (
              <li key={path.path}>
                <a className="path-link" href={path.path}>
                  <span className="path-link__codes">
                    {path.starting_credential.code} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">to</span> {path.target_license.code}
                  </span>{" "}
                  <span className="path-link__title">{path.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {page.services.length > 0 ? (
        <Section heading={`Services available in ${state.name}`}>
          <ServicesByKind services={page.services} />
        </Section>
      ) : null}
      {page.supervisors.length > 0 ? (
        <Section heading={`Supervisors licensed in ${state.name}`} wide>
          <MemberGrid members={page.supervisors} />
        </Section>
      ) : null}
      <PageBody blocks={page.body} />
    </article>
  );
}
