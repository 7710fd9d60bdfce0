/**
 * The words for an event's facts, shared by its card and its page: hours, continuing
 * education credit, price and the seats that are left.
 */
import type { components } from "./api-types";
import { formatMoney, formatNumber } from "./format";

export type RegistrationState = components["schemas"]["RegistrationStateEnum"];

/** 6 as "6 hours", 1 as "1 hour", 1.5 as "1.5 hours". */
export function hoursText(hours: number): string {
  return `${formatNumber(hours)} ${hours === 1 ? "hour" : "hours"}`;
}

/** 6 as "6 CE hours", 1 as "1 CE hour"; null for an event without credit. */
export function ceHoursText(hours: number): string | null {
  if (!(hours > 0)) return null;
  return `${formatNumber(hours)} CE ${hours === 1 ? "hour" : "hours"}`;
}

/** "Free", or the lowest price: "From $140". */
export function priceFromText(isFree: boolean, priceFrom: number): string {
  return isFree || priceFrom <= 0 ? "Free" : `From ${formatMoney(priceFrom)}`;
}

export type SeatsTone = "open" | "few" | "full" | "closed";

export interface SeatsBadgeText {
  text: string;
  tone: SeatsTone;
}

/** Few enough seats to say so loudly. */
const FEW_SEATS = 5;

/**
 * What a visitor needs to know about seats: "3 seats left", "1 seat left", "Full",
 * "Full – waitlist open", "Registration closed", "Registration not open yet"; null when
 * there is nothing to say (no limit and open, or the event is over).
 *
 * `waitlist` says whether a full event takes a waitlist; the state "waitlist" already
 * means it does (a listing's summary knows no more than its state).
 */
export function seatsBadge(
  state: RegistrationState,
  seatsLeft: number | null,
  waitlist = false,
): SeatsBadgeText | null {
  switch (state) {
    case "past":
      return null;
    case "closed":
      return { text: "Registration closed", tone: "closed" };
    case "not_open":
      return { text: "Registration not open yet", tone: "closed" };
    case "waitlist":
      return { text: "Full – waitlist open", tone: "full" };
    case "full":
      return { text: "Full", tone: "full" };
    case "open":
      if (seatsLeft === null) return null;
      if (seatsLeft <= 0) {
        return waitlist
          ? { text: "Full – waitlist open", tone: "full" }
          : { text: "Full", tone: "full" };
      }
      return {
        text: `${formatNumber(seatsLeft)} ${seatsLeft === 1 ? "seat" : "seats"} left`,
        tone: seatsLeft <= FEW_SEATS ? "few" : "open",
      };
  }
}
