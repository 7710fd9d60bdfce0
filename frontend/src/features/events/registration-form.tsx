import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";

import {
  controlProps,
  FieldError,
  FormChoice,
  FormField,
  FormFieldset,
} from "../../components/form-field";
import { Honeypot } from "../../components/honeypot";
import type { components } from "../../lib/api-types";
import { formatMoney } from "../../lib/format";
import { splitFieldErrors, useFieldErrors, useSubmission } from "../../lib/use-submission";
import { postRegistration, type RegistrationReceipt } from "./registration-api";
import {
  choosesPrice,
  EMPTY_REGISTRATION,
  isRegistrationField,
  REGISTRATION_FIELDS,
  registrationRequest,
  validateRegistration,
  type RegistrationField,
  type RegistrationValues,
} from "./registration-input";

type Schemas = components["schemas"];
type RegistrationInfo = Schemas["RegistrationInfo"];
type PriceTier = Schemas["PriceTier"];
type LicenseOption = Schemas["LicenseOption"];
type StateOption = Schemas["StateOption"];

const MESSAGES = {
  invalid: "Some fields need attention.",
  throttled:
    "You have sent several registrations in a short time. Please wait a minute and try again.",
  gone: "This event is no longer available, so you could not be registered.",
  refused: "We could not register you. Reload the page and try again.",
  network: "We could not send your registration. Check your connection and try again.",
  server:
    "Something went wrong on our side and you are not registered yet. Please try again in a moment.",
  registered: "You are registered.",
};

/** The title of the confirmation (the API's message says what happened). */
const RECEIPT_TITLES: Record<RegistrationReceipt["status"], string> = {
  confirmed: "Thank you",
  waitlisted: "Thank you",
  cancelled: "Your registration",
};

/** "Standard – $180"; a tier without a price is free. */
export function tierLabel(tier: PriceTier): string {
  return `${tier.label} – ${tier.price > 0 ? formatMoney(tier.price) : "Free"}`;
}

interface RegistrationFormProps {
  registration: RegistrationInfo;
  tiers: readonly PriceTier[];
  /** The id of the heading that names the form. */
  labelledBy: string;
  /** The API took the registration: its receipt carries the seats now left. */
  onRegistered: (receipt: RegistrationReceipt) => void;
  /** The API refused it for the event's sake (409: full, past, closed, not open). */
  onRefused: (code: string) => void;
}

/** License types by state, as option groups when there are several states. */
function LicenseOptions({
  licenses,
  states,
}: {
  licenses: readonly LicenseOption[];
  states: readonly StateOption[];
}) {
  const codes = [...new Set(licenses.map((license) => license.state))];
  const options = (items: readonly LicenseOption[]) =>
    items.map((license) => (
      <option key={license.id} value={String(license.id)}>
        {license.label}
      </option>
    ));
  if (codes.length < 2) return <>{options(licenses)}</>;
  return (
    <>
      {codes.map((code) => (
        <optgroup key={code} label={states.find((state) => state.code === code)?.name ?? code}>
          {options(licenses.filter((license) => license.state === code))}
        </optgroup>
      ))}
    </>
  );
}

/**
 * Registration for an event (or its waitlist): checked here as the API checks it (the
 * server keeps one registration per address, so a retry never registers twice). Errors appear beside their fields and focus goes to the first; a
 * refusal or failure is said beside the button, answers kept. Once registered, the
 * API's message replaces the form and takes focus.
 */
export function RegistrationForm({
  registration,
  tiers,
  labelledBy,
  onRegistered,
  onRefused,
}: RegistrationFormProps) {
  const id = useId();
  const [values, setValues] = useState<RegistrationValues>(EMPTY_REGISTRATION);
  const [alert, setAlert] = useState("");
  const [receipt, setReceipt] = useState<RegistrationReceipt | null>(null);
  const { sending, inFlight, send: submit } = useSubmission();
  const done = useRef<HTMLDivElement>(null);

  const waitlist = registration.state === "waitlist";
  const withPrice = choosesPrice(tiers);
  const fieldId = (field: RegistrationField | "website") => `${id}-${field}`;
  const tierId = (index: number) => `${fieldId("price_tier")}-${index}`;
  /** The element to focus for a field: a radio group's first choice. */
  const targetId = (field: RegistrationField) =>
    field === "price_tier" ? tierId(0) : fieldId(field);
  const noteId = `${id}-note`;
  const { errors, clearError, showErrors, passes, focusLater } = useFieldErrors(
    REGISTRATION_FIELDS,
    targetId,
  );

  const update = <K extends keyof RegistrationValues>(field: K, value: RegistrationValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (isRegistrationField(field)) clearError(field);
  };

  const send = async () => {
    const input = registrationRequest(values, tiers);
    const outcome = await submit(JSON.stringify(input), (key, signal) =>
      postRegistration(registration.submit_path, input, key, signal),
    );
    if (!outcome) return; // Aborted: the page is going away.
    switch (outcome.kind) {
      case "ok":
        setReceipt(outcome.data);
        onRegistered(outcome.data);
        focusLater(() => done.current);
        break;
      case "invalid": {
        const { found, other } = splitFieldErrors(
          outcome.fields,
          (field): field is RegistrationField =>
            isRegistrationField(field) && (field !== "price_tier" || withPrice),
        );
        // The summary, with what the API said about anything that is not a field here.
        setAlert([outcome.message || MESSAGES.invalid, ...other].join(" "));
        showErrors(found);
        break;
      }
      case "throttled":
        setAlert(MESSAGES.throttled);
        break;
      case "refused":
        if (outcome.status === 409) onRefused(outcome.code);
        setAlert(outcome.status === 404 ? MESSAGES.gone : outcome.message || MESSAGES.refused);
        break;
      case "failed":
        setAlert(outcome.reason === "network" ? MESSAGES.network : MESSAGES.server);
        break;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    setAlert("");
    if (!passes(validateRegistration(values, tiers))) {
      setAlert(MESSAGES.invalid);
      return;
    }
    void send();
  };

  let confirmation: ReactNode = null;
  if (receipt) {
    confirmation = (
      <>
        <p className="registration__done-title">{RECEIPT_TITLES[receipt.status]}</p>
        <p>{receipt.message || MESSAGES.registered}</p>
      </>
    );
  }

  return (
    <div className="registration">
      {receipt ? null : (
        <form
          className="registration-form"
          aria-labelledby={labelledBy}
          aria-describedby={noteId}
          noValidate
          onSubmit={onSubmit}
        >
          <p id={noteId} className="registration-form__note">
            All fields are required.
          </p>
          <FormField id={fieldId("name")} label="Name" error={errors.name} required>
            {(control) => (
              <input
                {...control}
                name="name"
                type="text"
                autoComplete="name"
                required
                maxLength={200}
                value={values.name}
                onChange={(event) => update("name", event.target.value)}
              />
            )}
          </FormField>
          <FormField id={fieldId("email")} label="E-mail" error={errors.email} required>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                autoComplete="email"
                inputMode="email"
                spellCheck="false"
                required
                value={values.email}
                onChange={(event) => update("email", event.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId("license_type")}
            label="License type"
            error={errors.license_type}
            required
          >
            {(control) => (
              <select
                {...control}
                name="license_type"
                required
                value={values.license_type}
                onChange={(event) => update("license_type", event.target.value)}
              >
                <option value="">Choose…</option>
                <LicenseOptions
                  licenses={registration.license_types}
                  states={registration.states}
                />
              </select>
            )}
          </FormField>
          <FormField id={fieldId("state")} label="State" error={errors.state} required>
            {(control) => (
              <select
                {...control}
                name="state"
                autoComplete="address-level1"
                required
                value={values.state}
                onChange={(event) => update("state", event.target.value)}
              >
                <option value="">Choose…</option>
                {registration.states.map((state) => (
                  <option key={state.code} value={state.code}>
                    {state.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {withPrice ? (
            <FormFieldset
              id={fieldId("price_tier")}
              legend="Price"
              error={errors.price_tier}
              required
            >
              {tiers.map((tier, index) => {
                const descriptionId = `${tierId(index)}-description`;
                return (
                  <div className="registration-tier" key={tier.id}>
                    <div className="form-choice">
                      <input
                        id={tierId(index)}
                        type="radio"
                        name="price_tier"
                        value={String(tier.id)}
                        checked={values.price_tier === String(tier.id)}
                        required
                        aria-invalid={errors.price_tier ? true : undefined}
                        aria-describedby={tier.description ? descriptionId : undefined}
                        onChange={() => update("price_tier", String(tier.id))}
                      />
                      <label htmlFor={tierId(index)}>{tierLabel(tier)}</label>
                    </div>
                    {tier.description ? (
                      <p id={descriptionId} className="registration-tier__description">
                        {tier.description}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </FormFieldset>
          ) : null}
          <div className="form-field form-field--checkbox">
            {/* No mark: a wrapped label pushes it to the far edge, and the note above says
                every field is required. */}
            <FormChoice id={fieldId("consent")} label="I agree to be e-mailed about this event">
              <input
                {...controlProps(fieldId("consent"), undefined, errors.consent)}
                type="checkbox"
                name="consent"
                required
                checked={values.consent}
                onChange={(event) => update("consent", event.target.checked)}
              />
            </FormChoice>
            <FieldError id={fieldId("consent")} error={errors.consent} />
          </div>
          <Honeypot
            id={fieldId("website")}
            value={values.website}
            onChange={(value) => update("website", value)}
          />
          <button
            type="submit"
            className="button button--primary button--large"
            aria-disabled={sending ? true : undefined}
          >
            {sending ? "Sending…" : waitlist ? "Join the waitlist" : "Register"}
          </button>
          {/* Beside the button, where the visitor is when a request fails or is refused. */}
          <p className="registration-form__alert" role="alert">
            {alert}
          </p>
        </form>
      )}
      {/* Always in the page, so that the confirmation is announced when it appears. */}
      <div
        ref={done}
        className="registration__done"
        role="status"
        tabIndex={receipt ? -1 : undefined}
      >
        {confirmation}
      </div>
    </div>
  );
}
