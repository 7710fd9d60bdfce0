import { StreamField } from "../../components/blocks/stream-field";
import type { components } from "../../lib/api-types";

type StandardPageData = components["schemas"]["StandardPage"];

export default function StandardPage({ page }: { page: StandardPageData }) {
  return (
    <article className="standard-page container">
      <header className="page-header">
        <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
          {page.title}
        </h1>
        {page.intro ? <p className="page-header__intro">{page.intro}</p> : null}
      </header>
      <StreamField blocks={page.body} />
    </article>
  );
}
