import { EventGrid } from "../../components/event-card";
import type { components } from "../../lib/api-types";
import { CalendarLink, PageBody, PageHeader, Section } from "./event-parts";
import "./events.css";

type EventIndexPageData = components["schemas"]["EventIndexPage"];

function CalendarIcon() {
  return (
    <svg
      className="events-calendar__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
    >
      <rect
        x="1.5"
        y="2.5"
        width="13"
        height="12"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <path
        d="M1.5 6.5h13M5 1v3M11 1v3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * Events and trainings (or one series of them): the upcoming events soonest first,
 * then the series and programs below this page, then the past events, most recent
 * first, and the calendar file of the upcoming ones.
 */
export default function EventIndexPage({ page }: { page: EventIndexPageData }) {
  return (
    <article className="event-index-page container">
      <PageHeader
        title={page.title}
        intro={page.intro}
        eyebrow={page.series ? "Event series" : undefined}
      />
      <PageBody blocks={page.body} />

      <Section heading="Upcoming events" wide className="events-upcoming">
        {page.upcoming.length > 0 ? (
          <EventGrid events={page.upcoming} headingLevel={3} />
        ) : (
          <p className="events-empty">
            No upcoming events right now. New dates are announced here and in our newsletter.
          </p>
        )}
        <p className="events-calendar">
          <CalendarLink href={page.calendar_path}>
            <CalendarIcon />
            Download the calendar (.ics)
          </CalendarLink>
          <span className="events-calendar__hint">
            Add every upcoming event to your calendar app.
          </span>
        </p>
      </Section>

      {page.sections.length > 0 ? (
        <Section heading="Series and programs" wide>
          <ul className="cards__grid events-sections">
            {page.sections.map((section) => (
              <li className="card card--link" key={section.path}>
                <div className="card__body">
                  <h3 className="card__title">
                    <a href={section.path}>{section.title}</a>
                  </h3>
                  {section.intro ? <p className="card__text">{section.intro}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {page.past === null ? null : (
        <Section heading="Past events" wide className="events-past">
          {page.past.length > 0 ? (
            <EventGrid events={page.past} headingLevel={3} />
          ) : (
            <p className="events-empty">No past events yet.</p>
          )}
        </Section>
      )}
    </article>
  );
}
