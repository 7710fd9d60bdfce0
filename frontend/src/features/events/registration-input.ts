/**
 * The registration form's values, checked as the API checks them (so most mistakes are
 * caught before a request), and the request body they become.
 */
import type { components } from "../../lib/api-types";
import { isEmailAddress } from "../../lib/email-address";
import type { RegistrationInput } from "./registration-api";

type PriceTier = components["schemas"]["PriceTier"];

export interface RegistrationValues {
  name: string;
  email: string;
  /** A license type's id, as the select holds it ("" until one is chosen). */
  license_type: string;
  /** A state's two-letter code. */
  state: string;
  /** A price tier's id, when the event has more than one. */
  price_tier: string;
  consent: boolean;
  /** The honeypot: people never see it; bots fill it in. */
  website: string;
}

/** The fields a visitor sees, in the order they appear (the first error gets focus). */
export const REGISTRATION_FIELDS = [
  "name",
  "email",
  "license_type",
  "state",
  "price_tier",
  "consent",
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
export type RegistrationErrors = Partial<Record<RegistrationField, string>>;

export const EMPTY_REGISTRATION: RegistrationValues = {
  name: "",
  email: "",
  license_type: "",
  state: "",
  price_tier: "",
  consent: false,
  website: "",
};

const NAME_MAX = 120;

export function isRegistrationField(name: string): name is RegistrationField {
  return (REGISTRATION_FIELDS as readonly string[]).includes(name);
}

/** Whether the visitor chooses a price: only among several (one is simply the price). */
export function choosesPrice(tiers: readonly PriceTier[]): boolean {
  return tiers.length > 1;
}

export function validateRegistration(
  values: RegistrationValues,
  tiers: readonly PriceTier[],
): RegistrationErrors {
  const errors: RegistrationErrors = {};
  const name = values.name.trim();
  const email = values.email.trim();

  if (!name) errors.name = "Enter your name.";
  else if ([...name].length > NAME_MAX) {
    errors.name = `Use ${NAME_MAX} characters or fewer for your name.`;
  }

  if (!email) errors.email = "Enter your e-mail address.";
  else if (!isEmailAddress(email)) errors.email = "Enter an e-mail address like name@example.com.";

  if (!values.license_type) errors.license_type = "Choose your license type.";
  if (!values.state) errors.state = "Choose the state you practise in.";
  if (choosesPrice(tiers) && !tiers.some((tier) => String(tier.id) === values.price_tier)) {
    errors.price_tier = "Choose a price.";
  }
  if (!values.consent) errors.consent = "Agree to be e-mailed about this event to register.";
  return errors;
}

/** The request body: trimmed as the API stores it, ids as numbers, the honeypot as it was. */
export function registrationRequest(
  values: RegistrationValues,
  tiers: readonly PriceTier[],
): RegistrationInput {
  return {
    name: values.name.trim().replace(/\s+/g, " "),
    email: values.email.trim(),
    license_type: Number(values.license_type),
    state: values.state,
    price_tier: choosesPrice(tiers) ? Number(values.price_tier) : null,
    consent: values.consent,
    website: values.website,
  };
}
