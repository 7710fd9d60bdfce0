import { afterEach, describe, expect, it, vi } from "vitest";

import { utcOffsetMinutes, zoneOffsets } from "../../../lib/event-time";
import { matchPage } from "../../../test/team-fixtures";
import { defaultTimeZone } from "../match-answers";

const options = matchPage.options;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("defaultTimeZone", () => {
  it.each(options.time_zones.map((zone) => zone.value))(
    "knows %s by its January and July offsets",
    (zone) => {
      const year = new Date().getFullYear();
      const offsets = [0, 6].map((month) =>
        utcOffsetMinutes(new Date(Date.UTC(year, month, 1, 12)), zone),
      );
      expect(offsets).toEqual([...(zoneOffsets(zone) ?? [])]);
    },
  );

  it.each(options.time_zones.map((zone) => zone.value))(
    "offers a visitor in %s their own zone",
    (zone) => {
      vi.stubEnv("TZ", zone);
      expect(defaultTimeZone(options)).toBe(zone);
    },
  );

  it("offers the zone that keeps the same clock, and Mountain time otherwise", () => {
    vi.stubEnv("TZ", "America/Vancouver");
    expect(defaultTimeZone(options)).toBe("America/Los_Angeles");
    for (const elsewhere of ["Europe/Paris", "UTC", "America/Regina", "Asia/Tokyo"]) {
      vi.stubEnv("TZ", elsewhere);
      expect(defaultTimeZone(options)).toBe("America/Denver");
    }
  });

  it("reads the zone from the clock, not from Intl", () => {
    const intl = vi.spyOn(Intl, "DateTimeFormat");
    vi.stubEnv("TZ", "America/Chicago");
    expect(defaultTimeZone(options)).toBe("America/Chicago");
    expect(intl).not.toHaveBeenCalled();
  });

  it("asks Intl when a zone it offers has no known offsets", () => {
    const withParis = {
      ...options,
      time_zones: [...options.time_zones, { value: "Europe/Paris", label: "Paris" }],
    };
    vi.stubEnv("TZ", "Europe/Paris");
    expect(defaultTimeZone(withParis)).toBe("Europe/Paris");
  });
});
