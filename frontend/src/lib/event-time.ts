/**
 * When an event happens, in words a screen reader reads well: weekdays and months in
 * full ("Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST"), never "Thu" or "Dec".
 * An event is shown in its own time zone; a visitor whose clock is set to another
 * offset also gets the same range in their own zone.
 *
 * Built from parts rather than `formatRange`, whose wording differs between browsers
 * and which names one zone for a range that crosses a daylight saving change; and, for
 * the zones editors choose from and a visitor in a US zone, without `Intl` at all (see
 * `format.ts`): the wall clock comes from the offset, the zone's name from a table.
 */

import { MONTHS } from "./format";

const LOCALE = "en-US";

const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

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
function formatter(kind: "zone" | "clock", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const options = kind === "zone" ? { timeZoneName: "short" as const } : CLOCK_OPTIONS;
    // Throws a RangeError for a zone this browser does not know.
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
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

/** An instant as a zone's clock shows it: its offset and (when needed) the zone's name. */
interface Moment {
  instant: Date;
  /** Minutes east of UTC. */
  offset: number;
  /** "MST", "PDT", "GMT+9": asked for only when it is shown. */
  zoneName: () => string;
}

function moment(instant: Date, offset: number, zoneName: () => string): Moment {
  return { instant, offset, zoneName };
}

/** The instant on a zone's wall clock, read with the UTC getters. */
function wallClock({ instant, offset }: Moment): Date {
  return new Date(instant.getTime() + offset * 60_000);
}

/** "Thursday, December 17, 2026". */
function dateText(at: Moment): string {
  const wall = wallClock(at);
  return `${WEEKDAYS[wall.getUTCDay()]}, ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCDate()}, ${wall.getUTCFullYear()}`;
}

/** "9:00 AM". */
function clockText(at: Moment): string {
  const wall = wallClock(at);
  const hours = wall.getUTCHours();
  const minutes = String(wall.getUTCMinutes()).padStart(2, "0");
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
}

/** An offset as `Intl` names a zone without an abbreviation: "GMT+9", "GMT-3:30", "GMT". */
function gmtName(offset: number): string {
  if (offset === 0) return "GMT";
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `GMT${offset < 0 ? "-" : "+"}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** The instant in a named zone, through `Intl` (which throws for a zone it does not know). */
function momentIn(instant: Date, timeZone: string): Moment {
  const offset = utcOffsetMinutes(instant, timeZone);
  return moment(instant, offset, () => zoneAbbreviation(instant, timeZone));
}

/**
 * The event zones editors choose from (``events.models.TIME_ZONES``): the offset and
 * short name of their standard time and, where they keep it, of their daylight saving
 * time, as `Intl` names them in US English (a test keeps the two in step).
 */
const EVENT_ZONES: Record<string, { standard: [number, string]; daylight?: [number, string] }> = {
  "America/Denver": { standard: [-420, "MST"], daylight: [-360, "MDT"] },
  "America/Phoenix": { standard: [-420, "MST"] },
  "America/Los_Angeles": { standard: [-480, "PST"], daylight: [-420, "PDT"] },
  "America/Chicago": { standard: [-360, "CST"], daylight: [-300, "CDT"] },
  "America/New_York": { standard: [-300, "EST"], daylight: [-240, "EDT"] },
  "America/Anchorage": { standard: [-540, "AKST"], daylight: [-480, "AKDT"] },
  "Pacific/Honolulu": { standard: [-600, "HST"] },
  UTC: { standard: [0, "UTC"] },
};

/** A known zone's offsets in January and in July (minutes east of UTC), or `null`. */
export function zoneOffsets(timeZone: string): readonly [number, number] | null {
  const zone = EVENT_ZONES[timeZone];
  return zone ? [zone.standard[0], (zone.daylight ?? zone.standard)[0]] : null;
}

/** The UTC time of 2:00 on the `nth` Sunday of `month` (0-based) at `offset`. */
function sundayAtTwo(year: number, month: number, nth: number, offset: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const day = 1 + ((7 - first) % 7) + (nth - 1) * 7;
  return Date.UTC(year, month, day, 2) - offset * 60_000;
}

/** Whether US daylight saving time (since 2007: from the second Sunday of March to the
 * first Sunday of November, at 2:00 local time) is in force at `instant`. */
function usDaylightSaving(instant: Date, standard: number): boolean {
  const year = instant.getUTCFullYear();
  const time = instant.getTime();
  return (
    time >= sundayAtTwo(year, 2, 2, standard) && time < sundayAtTwo(year, 10, 1, standard + 60)
  );
}

const TIMESTAMP_OFFSET = /(?:T[\d:.]+)(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The event's own clock, read from the offset the API wrote the timestamp with, when
 * that is the offset its zone has at that moment; `null` (ask `Intl`) for anything
 * else, so a timestamp written in another zone's offset is still read right.
 */
function eventMoment(timestamp: string, instant: Date, timeZone: string): Moment | null {
  const zone = EVENT_ZONES[timeZone];
  const match = TIMESTAMP_OFFSET.exec(timestamp);
  if (!zone || !match) return null;
  const [, zulu, sign, hours, minutes] = match;
  const offset =
    zulu === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const [inForce, name] =
    zone.daylight && usDaylightSaving(instant, zone.standard[0]) ? zone.daylight : zone.standard;
  return offset === inForce ? moment(instant, offset, () => name) : null;
}

/**
 * The names browsers give US zones and UTC in `Date#toString` ("… GMT-0700 (Mountain
 * Standard Time)") and the short name `Intl` gives the same zone.
 */
const LONG_ZONE_NAMES: Record<string, string> = {
  "Mountain Standard Time": "MST",
  "Mountain Daylight Time": "MDT",
  "Pacific Standard Time": "PST",
  "Pacific Daylight Time": "PDT",
  "Central Standard Time": "CST",
  "Central Daylight Time": "CDT",
  "Eastern Standard Time": "EST",
  "Eastern Daylight Time": "EDT",
  "Alaska Standard Time": "AKST",
  "Alaska Daylight Time": "AKDT",
  "Coordinated Universal Time": "UTC",
  "Greenwich Mean Time": "GMT",
};

/** The instant on the visitor's own clock: the browser's zone, without `Intl` for US zones. */
function browserMoment(instant: Date): Moment {
  const offset = -instant.getTimezoneOffset();
  return moment(instant, offset, () => {
    const long = /\(([^)]+)\)$/.exec(instant.toString())?.[1];
    const known = long ? LONG_ZONE_NAMES[long] : undefined;
    if (known) return known;
    const zone = visitorTimeZone();
    try {
      return zone ? zoneAbbreviation(instant, zone) : gmtName(offset);
    } catch {
      return gmtName(offset);
    }
  });
}

/** The visitor's clock: the browser's own (`BROWSER_CLOCK`) or a named zone (tests). */
export const BROWSER_CLOCK = Symbol("the browser's clock");
export type VisitorClock = typeof BROWSER_CLOCK | string | undefined;

/**
 * The range in one zone. The same day: "Thursday, December 17, 2026, 9:00 AM – 4:00 PM
 * MST"; over several days both dates; both zone names when they differ (a range across
 * a daylight saving change).
 */
function rangeIn(start: Moment, end: Moment, withDate = true): string {
  const startZone = start.zoneName();
  const endZone = end.zoneName();
  const startClock = clockText(start);
  const from = startZone === endZone ? startClock : `${startClock} ${startZone}`;
  const to = `${clockText(end)} ${endZone}`;
  const startDate = dateText(start);
  const endDate = dateText(end);
  if (startDate !== endDate) return `${startDate}, ${from} – ${endDate}, ${to}`;
  return withDate ? `${startDate}, ${from} – ${to}` : `${from} – ${to}`;
}

function parse(timestamp: string): Date | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An API timestamp in the event's zone; `null` when it cannot be read or the zone is
 * unknown to this browser. */
function eventClock(timestamp: string, timeZone: string): Moment | null {
  const instant = parse(timestamp);
  if (!instant) return null;
  try {
    return eventMoment(timestamp, instant, timeZone) ?? momentIn(instant, timeZone);
  } catch {
    return null;
  }
}

/** "Thursday, December 17, 2026": the day of an event's timestamp in its zone, or
 * `null` (see `eventClock`). */
export function formatEventDay(timestamp: string, timeZone: string): string | null {
  const at = eventClock(timestamp, timeZone);
  return at ? dateText(at) : null;
}

/** "Thursday, December 17, 2026, 9:00 AM MST" in the event's zone, or `null`. */
export function formatEventMoment(timestamp: string, timeZone: string): string | null {
  const at = eventClock(timestamp, timeZone);
  return at ? `${dateText(at)}, ${clockText(at)} ${at.zoneName()}` : null;
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
 * the event's zone and, when the visitor's offset differs, on the visitor's clock
 * (`BROWSER_CLOCK` in the browser; a zone name in tests; `undefined` for none).
 *
 * The zones editors choose from and the browser's own US zone need no `Intl`, so an
 * event page's first paint does not wait for the browser's locale data.
 */
export function eventTimes(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  visitorClock: VisitorClock,
): EventTimes {
  const start = parse(startsAt);
  const end = parse(endsAt);
  if (!start || !end) return { event: `${startsAt} – ${endsAt}`, visitor: null };

  let zone = timeZone;
  let from: Moment;
  let to: Moment;
  try {
    from = eventMoment(startsAt, start, zone) ?? momentIn(start, zone);
    to = eventMoment(endsAt, end, zone) ?? momentIn(end, zone);
  } catch {
    // A zone this browser does not know: the times still make sense in UTC.
    zone = "UTC";
    from = moment(start, 0, () => "UTC");
    to = moment(end, 0, () => "UTC");
  }
  const event = rangeIn(from, to);

  let visitor: string | null = null;
  if (visitorClock !== undefined && visitorClock !== zone) {
    try {
      const [theirFrom, theirTo] =
        visitorClock === BROWSER_CLOCK
          ? [browserMoment(start), browserMoment(end)]
          : [momentIn(start, visitorClock), momentIn(end, visitorClock)];
      if (theirFrom.offset !== from.offset || theirTo.offset !== to.offset) {
        // The event's date is already on screen: repeat it only if theirs differs.
        visitor = rangeIn(theirFrom, theirTo, dateText(theirFrom) !== dateText(from));
      }
    } catch {
      visitor = null;
    }
  }
  return { event, visitor };
}
