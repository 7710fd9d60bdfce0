import { describe, expect, it } from "vitest";

import { eventPage, fullEventPage } from "../../../test/events-fixtures";
import {
  EMPTY_REGISTRATION,
  registrationRequest,
  validateRegistration,
  type RegistrationValues,
} from "../registration-input";

const twoTiers = eventPage.price_tiers;
const oneTier = fullEventPage.price_tiers;

const filled: RegistrationValues = {
  name: "  Ana   Ruiz ",
  email: " ana@example.com ",
  license_type: "2",
  state: "CO",
  price_tier: "2",
  consent: true,
  website: "",
};

describe("registration input", () => {
  it("asks for a price only among several", () => {
    expect(validateRegistration({ ...filled, price_tier: "" }, twoTiers)).toEqual({
      price_tier: "Choose a price.",
    });
    expect(validateRegistration({ ...filled, price_tier: "99" }, twoTiers)).toEqual({
      price_tier: "Choose a price.",
    });
    expect(validateRegistration({ ...filled, price_tier: "" }, oneTier)).toEqual({});
    expect(validateRegistration({ ...filled, price_tier: "" }, [])).toEqual({});
  });

  it("checks every field as the API does", () => {
    expect(validateRegistration(EMPTY_REGISTRATION, twoTiers)).toEqual({
      name: "Enter your name.",
      email: "Enter your e-mail address.",
      license_type: "Choose your license type.",
      state: "Choose the state you practise in.",
      price_tier: "Choose a price.",
      consent: "Agree to be e-mailed about this event to register.",
    });
    expect(validateRegistration({ ...filled, email: "ana@example" }, twoTiers)).toEqual({
      email: "Enter an e-mail address like name@example.com.",
    });
    expect(validateRegistration({ ...filled, name: "x".repeat(121) }, twoTiers)).toEqual({
      name: "Use 120 characters or fewer for your name.",
    });
  });

  it("sends ids as numbers, trimmed text, and no tier when there is none to choose", () => {
    expect(registrationRequest(filled, twoTiers)).toEqual({
      name: "Ana Ruiz",
      email: "ana@example.com",
      license_type: 2,
      state: "CO",
      price_tier: 2,
      consent: true,
      website: "",
    });
    expect(registrationRequest(filled, oneTier).price_tier).toBeNull();
  });
});
