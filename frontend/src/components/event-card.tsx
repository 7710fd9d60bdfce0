import type { components } from "../lib/api-types";
import { ceHoursText, priceFromText, seatsBadge } from "../lib/event-facts";
import { EventTime } from "./event-time";
import { ResponsiveImage } from "./responsive-image";
import { SeatsBadge } from "./seats-badge";
import "./event-card.css";

type EventSummary = components["schemas"]["EventSummary"];

const CARD_SIZES = "(min-width: 75rem) 20rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)";

interface EventCardProps {
  event: EventSummary;
  /** The level of the title's heading, so the card fits the page's outline. */
  headingLevel?: 2 | 3;
  /** The first card of a listing, in view on arrival: its image is not lazy-loaded. */
  priority?: boolean;
}

/** Where and how: "Online" once, not twice; otherwise the place and the format. */
function placeAndFormat(event: EventSummary): string[] {
  const place = event.place.trim();
  const format = event.format_label.trim();
  if (!place) return format ? [format] : [];
  if (!format || place.toLowerCase() === format.toLowerCase()) return [place];
  return [place, format];
}

/**
 * An event in a listing: the title (the card's one link, whose target is the whole
 * card), when, where, price, continuing education credit and the seats left.
 */
export function EventCard({ event, headingLevel = 3, priority = false }: EventCardProps) {
  const Heading = `h${headingLevel}` as const;
  const badge = seatsBadge(event.registration, event.seats_left);
  const ce = ceHoursText(event.ce_hours);
  const facts = [
    ...placeAndFormat(event),
    priceFromText(event.is_free, event.price_from),
    ...(ce ? [ce] : []),
  ];
  return (
    <article className="card card--link event-card">
      <div className="card__body event-card__body">
        <Heading className="card__title event-card__title">
          <a href={event.path}>{event.title}</a>
        </Heading>
        {event.series ? <p className="event-card__series">{event.series.name}</p> : null}
        <EventTime
          className="event-card__time"
          startsAt={event.starts_at}
          endsAt={event.ends_at}
          timeZone={event.time_zone}
        />
        <ul className="event-card__facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
        {event.intro ? <p className="card__text event-card__intro">{event.intro}</p> : null}
        {badge ? (
          <p className="event-card__seats">
            <SeatsBadge badge={badge} />
          </p>
        ) : null}
      </div>
      {event.hero ? (
        // After the text in reading order (the title comes first), drawn on top.
        <ResponsiveImage
          className="card__image event-card__image"
          image={event.hero}
          sizes={CARD_SIZES}
          priority={priority}
        />
      ) : null}
    </article>
  );
}

/** Events' cards in a responsive grid, as a list. */
export function EventGrid({
  events,
  headingLevel,
  priorityFirst = false,
}: {
  events: readonly EventSummary[];
  headingLevel?: 2 | 3;
  /** The grid opens the page: the first card's image loads eagerly. */
  priorityFirst?: boolean;
}) {
  return (
    <ul className="event-grid">
      {events.map((event, index) => (
        <li key={event.id}>
          <EventCard
            event={event}
            headingLevel={headingLevel}
            priority={priorityFirst && index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
