/**
 * Display formats for the API's decimals and dates, in US English, as visitors read
 * prices and board deadlines.
 *
 * Written without `Intl`: a page's first use of `Intl` loads the browser's locale data,
 * 13–20 ms of main-thread work on a mid-range phone before anything paints (four times
 * that on Lighthouse's throttled CPU), and these US English formats need none of it.
 */

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "1234567" as "1,234,567" (digits only). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A finite number with `fraction` decimals, grouped: 1234.5 → "1,234.50". Halves are
 * rounded away from zero on the number as written (1.005 → "1.01"), as `Intl` does. */
function grouped(value: number, fraction: number): string {
  const scaled = Math.round(Number(`${Math.abs(value)}e${fraction}`));
  const rounded = Number.isFinite(scaled) ? Number(`${scaled}e-${fraction}`) : Math.abs(value);
  const [whole = "0", decimals] = rounded.toFixed(fraction).split(".");
  const sign = value < 0 && Number(whole + (decimals ?? "")) !== 0 ? "-" : "";
  return sign + groupThousands(whole) + (decimals ? `.${decimals}` : "");
}

/** A decimal such as "120.00" as "$120"; cents only when there are some ("$55.50"). */
export function formatMoney(amount: string | number): string {
  const value = typeof amount === "number" ? amount : Number(amount);
  if (!Number.isFinite(value)) return String(amount);
  const text = grouped(value, Number.isInteger(value) ? 0 : 2);
  return text.startsWith("-") ? `-$${text.slice(1)}` : `$${text}`;
}

/** A count such as 2000 as "2,000". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // At most two decimals, without trailing zeros: 1.5 → "1.5", 2000 → "2,000".
  const text = grouped(value, 2);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date ("2026-10-15") as "October 15, 2026": the calendar day as written,
 * whatever the visitor's time zone.
 */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  // Read back from a UTC date, which rolls an impossible day over as the calendar does.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * The day of an API timestamp ("2026-11-19T08:42:00-07:00") as "November 19, 2026": the
 * calendar day where it was written (the site's time zone), whatever the visitor's.
 */
export function formatDayOf(timestamp: string): string {
  return formatDate(timestamp.slice(0, 10));
}

/** A range of people ("3–6 people", "3+ people", "Up to 6 people"), or null if unknown. */
export function formatPeople(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) {
    return min === max ? `${min} ${min === 1 ? "person" : "people"}` : `${min}–${max} people`;
  }
  if (min !== null) return `${min}+ people`;
  if (max !== null) return `Up to ${max} people`;
  return null;
}

const CLOCK_TIME = /^(\d{1,2}):(\d{2})/;

function clockParts(time: string): { text: string; meridiem: "AM" | "PM" } | null {
  const match = CLOCK_TIME.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] ?? "00";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return { text: `${hour12}:${minutes}`, meridiem: hours < 12 ? "AM" : "PM" };
}

/**
 * A range of 24-hour times ("13:00", "17:00") as US readers write it: "1:00–5:00 PM",
 * or "9:00 AM–1:00 PM" when it crosses noon.
 */
export function formatTimeRange(start: string, end: string): string {
  const from = clockParts(start);
  const to = clockParts(end);
  if (!from || !to) return `${start}–${end}`;
  if (from.meridiem === to.meridiem) return `${from.text}–${to.text} ${to.meridiem}`;
  return `${from.text} ${from.meridiem}–${to.text} ${to.meridiem}`;
}

/**
 * The everyday names of the zones the site's schedules use, as `intlTimeZoneLabel`
 * words them (a test keeps the two in step), so a page needs no `Intl` to show them.
 */
const ZONE_LABELS: Record<string, string> = {
  "America/Denver": "Mountain time",
  "America/Phoenix": "Mountain standard time",
  "America/Los_Angeles": "Pacific time",
  "America/Chicago": "Central time",
  "America/New_York": "Eastern time",
  "America/Anchorage": "Alaska time",
};

/**
 * A time zone ("America/Denver") by its everyday name: "Mountain time". Generic names
 * do not change with daylight saving time; an unknown zone is returned as it is.
 */
export function timeZoneLabel(timeZone: string): string {
  return ZONE_LABELS[timeZone] ?? intlTimeZoneLabel(timeZone);
}

/** `timeZoneLabel` from the browser's own zone names. */
export function intlTimeZoneLabel(timeZone: string): string {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(new Date())
      .find((part) => part.type === "timeZoneName")?.value;
    if (!name || name.startsWith("GMT")) return timeZone;
    return name.replace(/ (Standard|Daylight|Time)\b/g, (word) => word.toLowerCase());
  } catch {
    return timeZone;
  }
}
