/**
 * Display formats for the API's decimals and dates, in US English, as visitors read
 * prices and board deadlines.
 */

const wholeDollars = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const dollarsAndCents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const plainNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A decimal such as "120.00" as "$120"; cents only when there are some ("$55.50"). */
export function formatMoney(amount: string | number): string {
  const value = typeof amount === "number" ? amount : Number(amount);
  if (!Number.isFinite(value)) return String(amount);
  return (Number.isInteger(value) ? wholeDollars : dollarsAndCents).format(value);
}

/** A count such as 2000 as "2,000". */
export function formatNumber(value: number): string {
  return plainNumber.format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date ("2026-10-15") as "October 15, 2026". The date is read as a local
 * calendar day: `new Date("2026-10-15")` would mean UTC midnight, which is still the
 * 14th for anyone west of Greenwich.
 */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  // Built per call so it always uses the visitor's current time zone, as `date` does.
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long" }).format(date);
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
 * A time zone ("America/Denver") by its everyday name: "Mountain time". Generic names
 * do not change with daylight saving time; an unknown zone is returned as it is.
 */
export function timeZoneLabel(timeZone: string): string {
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
