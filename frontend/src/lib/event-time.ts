/**
 * When an event happens, in words a screen reader reads well: weekdays and months in
 * full ("Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST"), never "Thu" or "Dec".
 * An event is shown in its own time zone; a visitor whose clock is set to another
 * offset also gets the same range in their own zone.
 *
 * Built from parts rather than `formatRange`, whose wording differs between browsers
 * and which names one zone for a range that crosses a daylight saving change.
 */

const LOCALE = "en-US";

const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
};
const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
};
const CLOCK_OPTIONS: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
};

/** Intl's narrow and thin spaces ("9:00\u202fAM") as plain ones, the same in every browser. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, " ");
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and kind: a listing formats many events in the same zones. */
function formatter(
  kind: "date" | "time" | "zone" | "clock",
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const options =
      kind === "date"
        ? DATE_OPTIONS
        : kind === "time"
          ? TIME_OPTIONS
          : kind === "zone"
            ? { timeZoneName: "short" as const }
            : CLOCK_OPTIONS;
    // Throws a RangeError for a zone this browser does not know.
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** "Thursday, December 17, 2026" in `timeZone`. */
export function formatEventDate(instant: Date, timeZone: string): string {
  return plainSpaces(formatter("date", timeZone).format(instant));
}

/** "9:00 AM" in `timeZone`. */
export function formatEventClock(instant: Date, timeZone: string): string {
  return plainSpaces(formatter("time", timeZone).format(instant));
}

/** The zone's short name at that instant: "MST", "MDT", "PST", or "GMT+9" where none. */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const part = formatter("zone", timeZone)
    .formatToParts(instant)
    .find((item) => item.type === "timeZoneName");
  return part ? plainSpaces(part.value) : timeZone;
}

/** Minutes east of UTC in `timeZone` at that instant (-420 for Denver in winter). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter("clock", timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wall - whole) / 60000);
}

/**
 * The range in one zone. The same day: "Thursday, December 17, 2026, 9:00 AM – 4:00 PM
 * MST"; over several days both dates; both zone names when they differ (a range across
 * a daylight saving change).
 */
function rangeIn(start: Date, end: Date, timeZone: string, withDate = true): string {
  const startZone = zoneAbbreviation(start, timeZone);
  const endZone = zoneAbbreviation(end, timeZone);
  const startClock = formatEventClock(start, timeZone);
  const from = startZone === endZone ? startClock : `${startClock} ${startZone}`;
  const to = `${formatEventClock(end, timeZone)} ${endZone}`;
  const startDate = formatEventDate(start, timeZone);
  const endDate = formatEventDate(end, timeZone);
  if (startDate !== endDate) return `${startDate}, ${from} – ${endDate}, ${to}`;
  return withDate ? `${startDate}, ${from} – ${to}` : `${from} – ${to}`;
}

function parse(timestamp: string): Date | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The visitor's time zone as the browser reports it (undefined if it does not). */
export function visitorTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export interface EventTimes {
  /** The range in the event's own zone. */
  event: string;
  /**
   * The same range on the visitor's clock, or null when their zone has the event's
   * offset: "8:00 AM – 3:00 PM PST", with the date when it is another day there.
   */
  visitor: string | null;
}

/**
 * An event's range (ISO timestamps with the event's offset, as the API sends them) in
 * the event's zone and, when its offset differs, in the visitor's zone. Pass the
 * visitor's zone explicitly (`visitorTimeZone()` in the browser).
 */
export function eventTimes(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  visitorZone: string | undefined,
): EventTimes {
  const start = parse(startsAt);
  const end = parse(endsAt);
  if (!start || !end) return { event: `${startsAt} – ${endsAt}`, visitor: null };

  let zone = timeZone;
  let event: string;
  try {
    event = rangeIn(start, end, zone);
  } catch {
    // A zone this browser does not know: the times still make sense in UTC.
    zone = "UTC";
    event = rangeIn(start, end, zone);
  }

  let visitor: string | null = null;
  if (visitorZone && visitorZone !== zone) {
    try {
      const sameOffset =
        utcOffsetMinutes(start, visitorZone) === utcOffsetMinutes(start, zone) &&
        utcOffsetMinutes(end, visitorZone) === utcOffsetMinutes(end, zone);
      if (!sameOffset) {
        // The event's date is already on screen: repeat it only if theirs differs.
        const sameDate = formatEventDate(start, visitorZone) === formatEventDate(start, zone);
        visitor = rangeIn(start, end, visitorZone, !sameDate);
      }
    } catch {
      visitor = null;
    }
  }
  return { event, visitor };
}
