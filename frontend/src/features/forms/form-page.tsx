import { StreamField } from "../../components/blocks/stream-field";
import type { components } from "../../lib/api-types";
import { LeadForm } from "./lead-form";
import "./forms.css";

type FormPageData = components["schemas"]["FormPage"];

const HEADING_ID = "page-heading";

/** An editor-built form (contact, consultation request, application) and its page. */
export default function FormPage({ page }: { page: FormPageData }) {
  return (
    <article className="form-page container">
      <header className="page-header">
        <h1 id={HEADING_ID} className="page-header__title" tabIndex={-1}>
          {page.title}
        </h1>
        {page.intro ? <p className="page-header__intro">{page.intro}</p> : null}
      </header>
      {page.body.length > 0 ? <StreamField blocks={page.body} /> : null}
      <LeadForm page={page} labelledBy={HEADING_ID} />
    </article>
  );
}
