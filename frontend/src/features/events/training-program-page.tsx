import type { components } from "../../lib/api-types";
import { ceHoursText, hoursText, seatsBadge } from "../../lib/event-facts";
import { formatEventDay } from "../../lib/event-time";
import { formatMoney } from "../../lib/format";
import { PageHeader, Section } from "./event-parts";
import { TrainingArticle } from "./training-parts";
import "./events.css";

type Schemas = components["schemas"];
type TrainingProgramPageData = Schemas["TrainingProgramPage"];
type TrainingSummary = Schemas["TrainingSummary"];

/** "Thursday, December 10, 2026 (Full)": the next session's day, in its own zone. */
function sessionText(session: NonNullable<TrainingSummary["next_session"]>): string {
  // An unknown zone: the ISO date still says which day.
  const day =
    formatEventDay(session.starts_at, session.time_zone) ?? session.starts_at.slice(0, 10);
  const badge = seatsBadge(session.registration, session.seats_left);
  return badge ? `${day} (${badge.text})` : day;
}

function TrainingItem({ training }: { training: TrainingSummary }) {
  const ce = ceHoursText(training.ce_hours);
  const facts = [
    hoursText(training.total_hours),
    ...(ce ? [ce] : []),
    training.price > 0 ? formatMoney(training.price) : "Free",
  ];
  const next = training.next_session;
  return (
    <li className="training-item">
      <h3 className="training-item__title">
        <a href={training.path}>{training.title}</a>
      </h3>
      {training.intro ? <p className="training-item__intro">{training.intro}</p> : null}
      <ul className="training-item__facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <p className="training-item__next">
        {next ? (
          <>
            Next session: <a href={next.path}>{sessionText(next)}</a>
          </>
        ) : (
          "No session is scheduled yet."
        )}
      </p>
    </li>
  );
}

/**
 * The training program: what it covers, its hours, credit and price, its trainings
 * with the next session of each, the sessions scheduled and related reading.
 */
export default function TrainingProgramPage({ page }: { page: TrainingProgramPageData }) {
  return (
    <TrainingArticle
      className="training-program-page"
      page={page}
      header={<PageHeader title={page.title} intro={page.intro} eyebrow="Training program" />}
      priceNote={page.price_note}
    >
      {page.trainings.length > 0 ? (
        <Section heading="Trainings in this program">
          <ol className="training-list">
            {page.trainings.map((training) => (
              <TrainingItem training={training} key={training.path} />
            ))}
          </ol>
        </Section>
      ) : null}
    </TrainingArticle>
  );
}
