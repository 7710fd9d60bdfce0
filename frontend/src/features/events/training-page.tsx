import type { components } from "../../lib/api-types";
import { hoursText } from "../../lib/event-facts";
import { PageHeader, Section } from "./event-parts";
import { TrainingArticle } from "./training-parts";
import "./events.css";

type TrainingPageData = components["schemas"]["TrainingPage"];

/**
 * A training of the program: what it covers, module by module with their hours, its
 * credit and price, and the sessions scheduled.
 */
export default function TrainingPage({ page }: { page: TrainingPageData }) {
  return (
    <TrainingArticle
      className="training-page"
      page={page}
      header={
        <PageHeader title={page.title} intro={page.intro} eyebrow="Training">
          <p className="events-header__link">
            <a href={page.program.path}>Part of the {page.program.title}</a>
          </p>
        </PageHeader>
      }
    >
      {page.modules.length > 0 ? (
        <Section heading="Modules">
          <ol className="training-modules">
            {page.modules.map((module) => (
              <li className="training-module" key={module.title}>
                <h3 className="training-module__title">{module.title}</h3>
                <p className="training-module__hours">{hoursText(module.hours)}</p>
                {module.summary ? (
                  <p className="training-module__summary">{module.summary}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </TrainingArticle>
  );
}
