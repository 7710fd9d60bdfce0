import { describe, expect, it } from "vitest";

import { e164, phoneLabel, telHref } from "../phone";

describe("phone links", () => {
  it("dials North American numbers with +1 and the extension after a pause", () => {
    expect(telHref("(720) 555-0142", "2")).toBe("tel:+17205550142,2");
    expect(phoneLabel("(720) 555-0142", "2")).toBe("(720) 555-0142 ext. 2");
  });

  it("handles numbers without extension and other formats", () => {
    expect(telHref("720.555.0142")).toBe("tel:+17205550142");
    expect(phoneLabel("720.555.0142", "")).toBe("720.555.0142");
    expect(e164("1-800-555-0100")).toBe("+18005550100");
    expect(e164("+44 20 7946 0958")).toBe("+442079460958");
    expect(e164("0044 20 7946 0958")).toBe("+442079460958");
    expect(telHref("(720) 555-0142", "ext. 15")).toBe("tel:+17205550142,15");
  });
});
