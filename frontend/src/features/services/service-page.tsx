import { BlockCallToAction } from "../../components/blocks/block-call-to-action";
import { FaqList } from "../../components/faq-list";
import { MemberGrid } from "../../components/member-card";
import { PriceTable } from "../../components/price-table";
import type { components } from "../../lib/api-types";
import { formatPeople } from "../../lib/format";
import { LicenseList } from "./license-list";
import { PageBody, PageHeader, Section } from "./page-parts";
import "./services.css";

type ServicePageData = components["schemas"]["ServicePage"];
type LicenseType = components["schemas"]["LicenseType"];
type State = components["schemas"]["State"];

/** License types by the state that issues them, in the order the API lists them. */
function byState(licenses: readonly LicenseType[], states: readonly State[]) {
  const groups = new Map<string, LicenseType[]>();
  for (const license of licenses) {
    const group = groups.get(license.state);
    if (group) group.push(license);
    else groups.set(license.state, [license]);
  }
  return [...groups].map(([code, items]) => ({
    code,
    name: states.find((state) => state.code === code)?.name ?? code,
    items,
  }));
}

function AtAGlance({ page }: { page: ServicePageData }) {
  const groupSize = page.group_size ? formatPeople(page.group_size.min, page.group_size.max) : null;
  const facts: [string, string][] = [
    ["Who it’s for", page.audience.map((choice) => choice.label).join(", ")],
    ["Formats", page.formats.map((choice) => choice.label).join(", ")],
    ["Group size", groupSize ?? ""],
    ["Frequency", page.frequency],
    ["Hours count toward licensure", page.counts_toward_licensure ? "Yes" : "No"],
    ["States", page.states.map((state) => state.name).join(", ")],
  ];
  return (
    <Section heading="At a glance" className="glance">
      <dl className="glance__list">
        {facts
          .filter(([, value]) => value !== "")
          .map(([term, value]) => (
            <div className="glance__item" key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </Section>
  );
}

export default function ServicePage({ page }: { page: ServicePageData }) {
  const licenseGroups = byState(page.license_types, page.states);
  return (
    <article className="service-page container">
      <PageHeader eyebrow={page.kind_label} title={page.title} intro={page.intro} />
      <AtAGlance page={page} />
      <PageBody blocks={page.body} />
      {page.price_items.length > 0 ? (
        <Section heading="Fees">
          <PriceTable
            items={page.price_items}
            caption={`Prices for ${page.title}, in US dollars`}
          />
        </Section>
      ) : null}
      {page.specialties.length > 0 ? (
        <Section heading="Specialties">
          <ul className="tags">
            {page.specialties.map((specialty) => (
              <li className="tag" key={specialty.name}>
                {specialty.name}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {licenseGroups.length > 0 ? (
        <Section heading="License tracks">
          {licenseGroups.map((group) => (
            <div className="license-group" key={group.code}>
              <h3 className="license-group__heading">{group.name}</h3>
              <LicenseList licenses={group.items} />
            </div>
          ))}
        </Section>
      ) : null}
      {page.supervisors.length > 0 ? (
        <Section heading="Supervisors who fit this service" wide>
          <MemberGrid members={page.supervisors} />
        </Section>
      ) : null}
      {page.faqs.length > 0 ? (
        <FaqList heading="Frequently asked questions" items={page.faqs} className="svc-section" />
      ) : null}
      <div className="svc-section">
        <BlockCallToAction
          value={{
            heading: page.cta.heading,
            text: page.cta.text,
            button_label: page.cta.label,
            href: page.cta.path,
            external: false,
          }}
        />
      </div>
    </article>
  );
}
