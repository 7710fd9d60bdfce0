import { useContext, type ReactNode } from "react";

import { MemberCard } from "../../components/member-card";
import type { components } from "../../lib/api-types";
import { SiteContext } from "../../lib/site-context";
import { consultationHref } from "./consultation";
import type { MatchResponse } from "./match-api";

type Schemas = components["schemas"];
type MatchResult = Schemas["MatchResult"];
type Alternative = Schemas["Alternative"];

function supervisors(count: number): string {
  return count === 1 ? "1 supervisor" : `${count} supervisors`;
}

function MemberActions({ member }: { member: MatchResult | Alternative }) {
  const consultationPath = useContext(SiteContext)?.consultation_cta.path;
  return (
    <p className="match-actions">
      <a className="button button--secondary" href={member.path}>
        View profile
      </a>
      {consultationPath ? (
        <a
          className="button button--primary"
          href={consultationHref(consultationPath, member.slug)}
        >
          Request a free consultation
        </a>
      ) : null}
    </p>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="match-reasons" aria-label="Why they fit">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

function Score({ score }: { score: number }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="match-score">
      <p className="match-score__text">Fit: {value} / 100</p>
      <span className="match-score__bar" aria-hidden="true">
        <span style={{ width: `${value}%` }} />
      </span>
    </div>
  );
}

function Excluded({ response, heading }: { response: MatchResponse; heading: string }) {
  if (response.excluded.length === 0) return null;
  return (
    <div className="match-why">
      <h3 className="match-why__heading">{heading}</h3>
      <ul className="match-why__list">
        {response.excluded.map((item) => (
          <li key={item.filter}>
            <strong>{supervisors(item.count)}:</strong> {item.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface MatchResultsProps {
  response: MatchResponse;
  /** The page's own words for "nobody fits", when the answer brings none. */
  noResultsText: string;
  onChangeAnswers: () => void;
}

export const RESULTS_HEADING_ID = "match-results-heading";

/** Ranked supervisors with their score and reasons; or why nobody fits, and what to try. */
export function MatchResults({ response, noResultsText, onChangeAnswers }: MatchResultsProps) {
  const { results, alternatives, suggestions } = response;
  let content: ReactNode;
  if (results.length > 0) {
    content = (
      <>
        <p className="match-results__lead">
          Out of {supervisors(response.considered)}, these fit your answers best, best first.
        </p>
        <ol className="match-list" aria-labelledby={RESULTS_HEADING_ID}>
          {results.map((result) => (
            <li key={result.id}>
              <MemberCard member={result}>
                <Score score={result.score} />
                <Reasons reasons={result.reasons} />
                <MemberActions member={result} />
              </MemberCard>
            </li>
          ))}
        </ol>
        <Excluded response={response} heading="Who else we looked at" />
      </>
    );
  } else {
    content = (
      <>
        <p className="match-results__lead match-results__lead--none">
          {response.message || noResultsText}
        </p>
        <Excluded response={response} heading="Why nobody fits every answer" />
        {suggestions.length > 0 ? (
          <div className="match-why">
            <h3 className="match-why__heading">What you could try</h3>
            <ul className="match-why__list match-why__list--tips">
              {suggestions.map((suggestion) => (
                <li key={suggestion}>{suggestion}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {alternatives.length > 0 ? (
          <div className="match-alternatives">
            <h3 id="match-alternatives-heading" className="match-why__heading">
              Closest alternatives
            </h3>
            <ul className="match-list" aria-labelledby="match-alternatives-heading">
              {alternatives.map((alternative) => (
                <li key={alternative.id}>
                  <MemberCard member={alternative} headingLevel={4}>
                    <p className="match-missing">
                      <strong>Missing:</strong> {alternative.missing}
                    </p>
                    <Reasons reasons={alternative.reasons} />
                    <MemberActions member={alternative} />
                  </MemberCard>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <section className="match-results" aria-labelledby={RESULTS_HEADING_ID}>
      <h2 id={RESULTS_HEADING_ID} className="match-results__heading" tabIndex={-1}>
        Your best-fit supervisors
      </h2>
      {content}
      <p className="match-results__again">
        <button type="button" className="button button--secondary" onClick={onChangeAnswers}>
          Change my answers
        </button>
      </p>
    </section>
  );
}
