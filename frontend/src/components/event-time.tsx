import { BROWSER_CLOCK, eventTimes } from "../lib/event-time";
import "./event-time.css";

/** "9:00 AM" stays on one line: a no-break space before AM and PM. */
function keepTimesTogether(text: string): string {
  return text.replace(/(\d) (AM|PM)\b/g, "$1\u00a0$2");
}

interface EventTimeProps {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** The zone's everyday name ("Mountain Time (Denver)"), said under the range. */
  zoneLabel?: string;
  className?: string;
}

/**
 * When an event happens, in the event's time zone, and on the visitor's own clock when
 * their zone's offset differs ("Your time: 8:00 AM – 3:00 PM PST").
 */
export function EventTime({ startsAt, endsAt, timeZone, zoneLabel, className }: EventTimeProps) {
  const times = eventTimes(startsAt, endsAt, timeZone, BROWSER_CLOCK);
  return (
    <div className={className ? `event-time ${className}` : "event-time"}>
      <p className="event-time__range">
        <time dateTime={startsAt}>{keepTimesTogether(times.event)}</time>
      </p>
      {zoneLabel ? <p className="event-time__zone">Times in {zoneLabel}</p> : null}
      {times.visitor ? (
        <p className="event-time__visitor">Your time: {keepTimesTogether(times.visitor)}</p>
      ) : null}
    </div>
  );
}
