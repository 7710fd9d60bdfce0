import { afterEach, describe, expect, it, vi } from "vitest";

import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPeople,
  formatTimeRange,
  intlTimeZoneLabel,
  timeZoneLabel,
} from "../format";

// The zones of the team's schedules (``team.models.TIME_ZONES``) and of events.
const ZONE_LABELS_UNDER_TEST = {
  "America/Denver": 1,
  "America/Phoenix": 1,
  "America/Los_Angeles": 1,
  "America/Chicago": 1,
  "America/New_York": 1,
  "America/Anchorage": 1,
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("formatMoney", () => {
  it("drops the cents of whole amounts", () => {
    expect(formatMoney("120.00")).toBe("$120");
    expect(formatMoney("1200.00")).toBe("$1,200");
    expect(formatMoney(275)).toBe("$275");
  });

  it("keeps the cents when there are some", () => {
    expect(formatMoney("55.50")).toBe("$55.50");
    expect(formatMoney("0.99")).toBe("$0.99");
  });

  it("passes through what is not a number", () => {
    expect(formatMoney("call us")).toBe("call us");
  });
});

describe("formatDate", () => {
  it("formats an ISO date in long US English", () => {
    expect(formatDate("2026-10-15")).toBe("October 15, 2026");
    expect(formatDate("2026-01-01")).toBe("January 1, 2026");
  });

  it.each(["America/Denver", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"])(
    "keeps the calendar day in %s",
    (timeZone) => {
      // Node applies a changed TZ to dates and formats made after the change.
      vi.stubEnv("TZ", timeZone);
      expect(formatDate("2026-10-15")).toBe("October 15, 2026");
      expect(formatDate("2026-03-08")).toBe("March 8, 2026");
    },
  );

  it("passes through what is not an ISO date", () => {
    expect(formatDate("soon")).toBe("soon");
  });
});

describe("formatNumber", () => {
  it("groups thousands and drops a zero fraction", () => {
    expect(formatNumber(2000)).toBe("2,000");
    expect(formatNumber(24)).toBe("24");
    expect(formatNumber(1.5)).toBe("1.5");
  });
});

describe("formatPeople", () => {
  it("describes a range, an open range and a single size", () => {
    expect(formatPeople(3, 6)).toBe("3–6 people");
    expect(formatPeople(3, null)).toBe("3+ people");
    expect(formatPeople(null, 6)).toBe("Up to 6 people");
    expect(formatPeople(2, 2)).toBe("2 people");
    expect(formatPeople(null, null)).toBeNull();
  });
});

describe("formatTimeRange", () => {
  it("writes a range within the afternoon once with its PM", () => {
    expect(formatTimeRange("13:00", "17:00")).toBe("1:00–5:00 PM");
    expect(formatTimeRange("08:30:00", "11:45:00")).toBe("8:30–11:45 AM");
  });

  it("writes both halves when the range crosses noon, and noon and midnight as 12", () => {
    expect(formatTimeRange("09:00", "13:00")).toBe("9:00 AM–1:00 PM");
    expect(formatTimeRange("12:00", "00:00")).toBe("12:00 PM–12:00 AM");
  });

  it("leaves times it cannot read as they are", () => {
    expect(formatTimeRange("noon", "17:00")).toBe("noon–17:00");
  });
});

describe("timeZoneLabel", () => {
  it("names a zone the way people say it, whatever the season", () => {
    expect(timeZoneLabel("America/Denver")).toBe("Mountain time");
    expect(timeZoneLabel("America/Los_Angeles")).toBe("Pacific time");
    expect(timeZoneLabel("America/New_York")).toBe("Eastern time");
  });

  it("returns an unknown zone unchanged", () => {
    expect(timeZoneLabel("Mars/Olympus_Mons")).toBe("Mars/Olympus_Mons");
  });
});

describe("the formats match Intl's US English without loading it", () => {
  const amounts = [
    0, 0.5, 0.99, 1, 12.3, 55.5, 999.99, 1000, 1200, 12345.6, 1_000_000, 1234567.891,
  ];

  it("formats money as Intl's US dollars do", () => {
    const whole = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      maximumFractionDigits: 0,
    });
    const cents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    for (const amount of [...amounts, -42, -42.5]) {
      const intl = (Number.isInteger(amount) ? whole : cents).format(amount);
      expect(formatMoney(amount)).toBe(intl);
      expect(formatMoney(amount.toFixed(2))).toBe(intl);
    }
  });

  it("formats numbers as Intl does with at most two decimals", () => {
    const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
    for (const value of [...amounts, 1.005, 2.1, 10.1, 0.001, -3.25, -1000]) {
      expect(formatNumber(value)).toBe(intl.format(value));
    }
  });

  it("formats every day of a year as Intl's long date does", () => {
    const intl = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(Date.UTC(2028, 0, 1 + day));
      expect(formatDate(date.toISOString().slice(0, 10))).toBe(intl.format(date));
    }
  });

  it("rolls an impossible day over as the calendar does", () => {
    expect(formatDate("2026-02-30")).toBe("March 2, 2026");
  });

  it.each(Object.keys(ZONE_LABELS_UNDER_TEST))("names %s as Intl does", (timeZone) => {
    expect(timeZoneLabel(timeZone)).toBe(intlTimeZoneLabel(timeZone));
  });

  it("does not touch Intl for the zones and formats the site uses", () => {
    const numberFormat = vi.spyOn(Intl, "NumberFormat");
    const dateFormat = vi.spyOn(Intl, "DateTimeFormat");
    formatMoney("1200.50");
    formatNumber(2000);
    formatDate("2026-10-15");
    timeZoneLabel("America/Denver");
    expect(numberFormat).not.toHaveBeenCalled();
    expect(dateFormat).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
