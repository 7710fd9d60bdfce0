import { RichText } from "../../components/rich-text";
import type { components } from "../../lib/api-types";
import { formatDate, formatMoney, formatNumber } from "../../lib/format";
import { PageBody, PageHeader, Section } from "./page-parts";
import "./services.css";

type LicensurePathPageData = components["schemas"]["LicensurePathPage"];
type LicensureRequirement = components["schemas"]["LicensureRequirement"];
type LicensureStep = components["schemas"]["LicensureStep"];
type State = components["schemas"]["State"];

/** Board rules change: say so first, and send people to the board itself. */
function VerifyNotice({ state, lastVerified }: { state: State; lastVerified: string | null }) {
  const board = state.board_name || `${state.name} licensing board`;
  return (
    <div className="notice" role="note">
      <p>
        <strong>Board rules change.</strong> Verify the current requirements with the{" "}
        {state.board_url ? <a href={state.board_url}>{board}</a> : board}
        {lastVerified ? <> — last verified {formatDate(lastVerified)}</> : null}.
      </p>
    </div>
  );
}

function Requirement({ requirement }: { requirement: LicensureRequirement }) {
  return (
    <li className="requirement">
      <h3 className="requirement__label">{requirement.label}</h3>
      <p className="requirement__value">
        <span className="requirement__number">{formatNumber(requirement.value)}</span>{" "}
        {requirement.unit}
      </p>
      {requirement.note ? <p className="requirement__note">{requirement.note}</p> : null}
      <p className="requirement__meta">
        {requirement.source_url ? (
          <>
            <a href={requirement.source_url}>
              Source<span className="visually-hidden">: {requirement.label}</span>
            </a>
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        verified {formatDate(requirement.last_verified)}
      </p>
    </li>
  );
}

function Step({ step }: { step: LicensureStep }) {
  const hasFacts = step.documents.length > 0 || step.exam !== "" || step.fee !== null;
  return (
    <li className="step">
      <h3 className="step__title">{step.title}</h3>
      {step.body ? <RichText className="step__body" html={step.body} /> : null}
      {hasFacts ? (
        <dl className="step__facts">
          {step.documents.length > 0 ? (
            // One term with a description per document, rather than a nested list, so
            // that the steps' list items are the steps.
            <div className="step__documents">
              <dt>Documents</dt>
              {step.documents.map((document) => (
                <dd key={document}>{document}</dd>
              ))}
            </div>
          ) : null}
          {step.exam ? (
            <div>
              <dt>Exam</dt>
              <dd>{step.exam}</dd>
            </div>
          ) : null}
          {step.fee !== null ? (
            <div>
              <dt>Fee</dt>
              <dd>{formatMoney(step.fee)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {step.board_url ? (
        <a className="step__link" href={step.board_url}>
          Board information<span className="visually-hidden">: {step.title}</span>
        </a>
      ) : null}
    </li>
  );
}

export default function LicensurePathPage({ page }: { page: LicensurePathPageData }) {
  return (
    <article className="licensure-path-page container">
      <PageHeader title={page.title} intro={page.intro} />
      <div className="svc-section">
        <VerifyNotice state={page.state} lastVerified={page.last_verified} />
      </div>
      {page.requirements.length > 0 ? (
        <Section heading="Requirements">
          <ul className="requirements">
            {page.requirements.map((requirement) => (
              <Requirement requirement={requirement} key={requirement.metric} />
            ))}
          </ul>
        </Section>
      ) : null}
      {page.steps.length > 0 ? (
        <Section heading="Step by step">
          <ol className="steps" aria-label="Steps">
            {page.steps.map((step, index) => (
              <Step step={step} key={index} />
            ))}
          </ol>
        </Section>
      ) : null}
      <PageBody blocks={page.body} />
    </article>
  );
}
