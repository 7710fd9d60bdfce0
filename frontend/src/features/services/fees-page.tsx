import { FaqList } from "../../components/faq-list";
import { PriceTable } from "../../components/price-table";
import type { components } from "../../lib/api-types";
import { PageBody, PageHeader, Section } from "./page-parts";
import "./services.css";

type FeesPageData = components["schemas"]["FeesPage"];

export default function FeesPage({ page }: { page: FeesPageData }) {
  return (
    <article className="fees-page container">
      <PageHeader title={page.title} intro={page.intro} />
      {page.price_items.length > 0 ? (
        <Section heading="Fees" wide>
          <PriceTable items={page.price_items} caption="Prices by service, in US dollars" />
        </Section>
      ) : null}
      {page.faq_groups.map((group) => (
        <FaqList
          key={group.category}
          heading={group.category}
          items={group.faqs}
          className="svc-section"
        />
      ))}
      <PageBody blocks={page.body} />
    </article>
  );
}
