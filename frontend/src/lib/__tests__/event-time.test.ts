import { afterEach, describe, expect, it, vi } from "vitest";

import { BROWSER_CLOCK, eventTimes, utcOffsetMinutes, zoneAbbreviation } from "../event-time";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const DENVER = "America/Denver";
const ABBREVIATED = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

describe("eventTimes", () => {
  it("shows an event in its own zone, once, for a visitor in that zone", () => {
    const times = eventTimes(
      "2026-12-17T09:00:00-07:00",
      "2026-12-17T16:00:00-07:00",
      DENVER,
      DENVER,
    );
    expect(times).toEqual({
      event: "Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST",
      visitor: null,
    });
    expect(times.event).not.toMatch(ABBREVIATED);
  });

  it("adds the visitor's own clock when their offset differs", () => {
    expect(
      eventTimes(
        "2026-12-17T09:00:00-07:00",
        "2026-12-17T16:00:00-07:00",
        DENVER,
        "America/Los_Angeles",
      ),
    ).toEqual({
      event: "Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST",
      visitor: "8:00 AM – 3:00 PM PST",
    });
  });

  it("gives the visitor's date too when it is another day for them", () => {
    const times = eventTimes(
      "2026-12-17T09:00:00-07:00",
      "2026-12-17T16:00:00-07:00",
      DENVER,
      "Asia/Tokyo",
    );
    expect(times.visitor).toBe("Friday, December 18, 2026, 1:00 AM – 8:00 AM GMT+9");
  });

  it("shows both dates of an event over several days", () => {
    const times = eventTimes(
      "2026-12-17T09:00:00-07:00",
      "2026-12-18T16:00:00-07:00",
      DENVER,
      "America/New_York",
    );
    expect(times.event).toBe(
      "Thursday, December 17, 2026, 9:00 AM – Friday, December 18, 2026, 4:00 PM MST",
    );
    expect(times.visitor).toBe(
      "Thursday, December 17, 2026, 11:00 AM – Friday, December 18, 2026, 6:00 PM EST",
    );
  });

  it("follows daylight saving time: the same zones differ in summer, not in winter", () => {
    // Phoenix keeps Mountain Standard Time all year; Denver moves to MDT in summer.
    const winter = eventTimes(
      "2026-12-17T09:00:00-07:00",
      "2026-12-17T16:00:00-07:00",
      DENVER,
      "America/Phoenix",
    );
    expect(winter.visitor).toBeNull();

    const summer = eventTimes(
      "2026-07-16T09:00:00-06:00",
      "2026-07-16T16:00:00-06:00",
      DENVER,
      "America/Phoenix",
    );
    expect(summer).toEqual({
      event: "Thursday, July 16, 2026, 9:00 AM – 4:00 PM MDT",
      visitor: "8:00 AM – 3:00 PM MST",
    });
  });

  it("names both zones of a range across the change back to standard time", () => {
    const times = eventTimes(
      "2026-11-01T01:00:00-06:00",
      "2026-11-01T03:00:00-07:00",
      DENVER,
      DENVER,
    );
    expect(times.event).toBe("Sunday, November 1, 2026, 1:00 AM MDT – 3:00 AM MST");
  });

  it("reads the timestamps as instants, whatever offset they were written with", () => {
    // The same moments written in UTC: the event's zone decides what is shown.
    const times = eventTimes("2026-12-17T16:00:00Z", "2026-12-17T23:00:00Z", DENVER, DENVER);
    expect(times.event).toBe("Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST");
  });

  it("shows no second line for an unknown or missing visitor zone", () => {
    const start = "2026-12-17T09:00:00-07:00";
    const end = "2026-12-17T16:00:00-07:00";
    expect(eventTimes(start, end, DENVER, "Mars/Olympus_Mons").visitor).toBeNull();
    expect(eventTimes(start, end, DENVER, undefined).visitor).toBeNull();
  });

  it("falls back to UTC for an event zone the browser does not know", () => {
    const times = eventTimes("2026-12-17T16:00:00Z", "2026-12-17T23:00:00Z", "Nowhere/Land", "UTC");
    expect(times).toEqual({
      event: "Thursday, December 17, 2026, 4:00 PM – 11:00 PM UTC",
      visitor: null,
    });
  });
});

describe("zone helpers", () => {
  it("knows each zone's offset and short name at an instant", () => {
    const winter = new Date("2026-12-17T16:00:00Z");
    const summer = new Date("2026-07-16T15:00:00Z");
    expect(utcOffsetMinutes(winter, DENVER)).toBe(-420);
    expect(utcOffsetMinutes(summer, DENVER)).toBe(-360);
    expect(utcOffsetMinutes(winter, "Asia/Kolkata")).toBe(330);
    expect(zoneAbbreviation(winter, DENVER)).toBe("MST");
    expect(zoneAbbreviation(summer, DENVER)).toBe("MDT");
  });
});

// The zones editors choose from (``events.models.TIME_ZONES``).
const EVENT_ZONES = [
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Chicago",
  "America/New_York",
  "America/Anchorage",
  "Pacific/Honolulu",
  "UTC",
];
const SEASONS = ["2026-01-15T17:00:00Z", "2026-07-15T16:00:00Z"];

/** An instant written as the API writes it: the zone's wall clock and offset. */
function written(instant: string, timeZone: string): string {
  const date = new Date(instant);
  const offset = utcOffsetMinutes(date, timeZone);
  const wall = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${wall}${sign}${hours}:${minutes}`;
}

describe("without Intl", () => {
  it.each(EVENT_ZONES)("reads an event in %s from its offset as Intl would", (zone) => {
    for (const start of SEASONS) {
      const end = new Date(new Date(start).getTime() + 3 * 3600_000).toISOString();
      // UTC timestamps go through Intl; the API's own offsets through the table.
      const throughIntl = eventTimes(start, end, zone, undefined).event;
      expect(eventTimes(written(start, zone), written(end, zone), zone, undefined).event).toBe(
        throughIntl,
      );
    }
  });

  it.each([...EVENT_ZONES, "Europe/London", "Asia/Tokyo", "Asia/Kolkata", "America/St_Johns"])(
    "shows a visitor whose browser is in %s the times Intl gives for that zone",
    (visitor) => {
      vi.stubEnv("TZ", visitor);
      for (const zone of ["America/Denver", "America/Los_Angeles"]) {
        for (const start of SEASONS) {
          const end = new Date(new Date(start).getTime() + 3 * 3600_000).toISOString();
          const [from, to] = [written(start, zone), written(end, zone)];
          expect(eventTimes(from, to, zone, BROWSER_CLOCK)).toEqual(
            eventTimes(from, to, zone, visitor === zone ? undefined : visitor),
          );
        }
      }
    },
  );

  it("reads every half hour around the daylight saving changes as Intl does, without it", async () => {
    const cases: { from: string; to: string; zone: string; expected: string }[] = [];
    for (const zone of EVENT_ZONES) {
      for (const day of ["2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07"]) {
        for (let half = -8; half < 40; half += 1) {
          const start = new Date(Date.parse(`${day}T00:00:00Z`) + half * 1_800_000).toISOString();
          const end = new Date(Date.parse(start) + 5_400_000).toISOString();
          const expected = eventTimes(start, end, zone, undefined).event; // through Intl
          cases.push({ from: written(start, zone), to: written(end, zone), zone, expected });
        }
      }
    }
    // A fresh module has no Intl formatters yet: none may be made for these.
    vi.resetModules();
    const fresh = await import("../event-time");
    const constructed = vi.spyOn(Intl, "DateTimeFormat");
    for (const { from, to, zone, expected } of cases) {
      expect(fresh.eventTimes(from, to, zone, undefined).event).toBe(expected);
    }
    expect(constructed).not.toHaveBeenCalled();
  });

  it("reads a timestamp written with another zone's offset through Intl", () => {
    // Denver's offset on a Los Angeles event: the offset is not the event zone's.
    expect(
      eventTimes(
        "2026-12-17T09:00:00-07:00",
        "2026-12-17T16:00:00-07:00",
        "America/Los_Angeles",
        undefined,
      ).event,
    ).toBe("Thursday, December 17, 2026, 8:00 AM – 3:00 PM PST");
  });

  it("never loads Intl for an event zone and a visitor in a US zone", async () => {
    // A fresh module: earlier tests left Intl formatters in the module's cache.
    vi.resetModules();
    const fresh = await import("../event-time");
    vi.stubEnv("TZ", "America/Los_Angeles");
    const constructed = vi.spyOn(Intl, "DateTimeFormat");
    const times = fresh.eventTimes(
      "2026-12-17T09:00:00-07:00",
      "2026-12-17T16:00:00-07:00",
      "America/Denver",
      fresh.BROWSER_CLOCK,
    );
    expect(times).toEqual({
      event: "Thursday, December 17, 2026, 9:00 AM – 4:00 PM MST",
      visitor: "8:00 AM – 3:00 PM PST",
    });
    expect(fresh.formatEventMoment("2026-07-16T09:00:00-06:00", "America/Denver")).toBe(
      "Thursday, July 16, 2026, 9:00 AM MDT",
    );
    expect(constructed).not.toHaveBeenCalled();
  });
});
