/** The four steps of the matcher's form; the answers live in the matcher. */
import type { ReactNode } from "react";

import {
  cellKey,
  licensesFor,
  scaleOptions,
  specialtyOptions,
  type Answers,
  type FieldErrors,
  type LicenseOption,
  type MatchOptions,
  type StyleKey,
} from "./match-answers";
import { ChoiceGroup, FieldError, fieldId, SelectField } from "./match-fields";
import { SCALE_STEPS, describeScale } from "./style-scale";

export interface StepProps {
  answers: Answers;
  options: MatchOptions;
  errors: FieldErrors;
  update: (patch: Partial<Answers>) => void;
}

/** License options grouped by the state that issues them. */
function LicenseOptions({
  licenses,
  options,
}: {
  licenses: LicenseOption[];
  options: MatchOptions;
}) {
  return options.states
    .map((state) => ({ state, items: licenses.filter((license) => license.state === state.code) }))
    .filter((group) => group.items.length > 0)
    .map(({ state, items }) => (
      <optgroup key={state.code} label={state.name}>
        {items.map((license) => (
          <option key={license.id} value={license.id}>
            {license.code} — {license.name}
          </option>
        ))}
      </optgroup>
    ));
}

export function PracticeStep({ answers, options, errors, update }: StepProps) {
  const licenses = licensesFor(options, answers.states);

  const toggleState = (code: string, checked: boolean) => {
    const states = checked
      ? options.states
          .map((state) => state.code)
          .filter((item) => item === code || answers.states.includes(item))
      : answers.states.filter((item) => item !== code);
    // Licenses issued in a state no longer chosen cannot stay selected.
    const offered = licensesFor(options, states).map((license) => license.id);
    update({
      states,
      currentLicense: offered.includes(answers.currentLicense) ? answers.currentLicense : "",
      targetLicense: offered.includes(answers.targetLicense) ? answers.targetLicense : "",
    });
  };

  return (
    <>
      <ChoiceGroup
        field="states"
        legend="States where you practise"
        hint="Choose every state you practise in or plan to be licensed in."
        type="checkbox"
        choices={options.states.map((state) => ({ value: state.code, label: state.name }))}
        isChecked={(code) => answers.states.includes(code)}
        onToggle={toggleState}
        error={errors.states}
        className="match-group--row"
      />
      <SelectField
        field="current_license"
        label="Your current credential"
        hint="Optional."
        value={answers.currentLicense}
        onChange={(value) => update({ currentLicense: value })}
        error={errors.current_license}
      >
        <option value="">None yet, or not listed</option>
        <LicenseOptions licenses={licenses} options={options} />
      </SelectField>
      <SelectField
        field="target_license"
        label="License you're working toward"
        hint={
          answers.states.length === 0 ? "Choose your states above to narrow this list." : undefined
        }
        value={answers.targetLicense}
        onChange={(value) => update({ targetLicense: value })}
        error={errors.target_license}
      >
        <option value="">Choose a license</option>
        <LicenseOptions licenses={licenses} options={options} />
      </SelectField>
      <ChoiceGroup
        field="stage"
        legend="Where are you in your licensure?"
        type="radio"
        choices={options.stages}
        isChecked={(value) => answers.stage === value}
        onToggle={(value) => update({ stage: value })}
        error={errors.stage}
      />
    </>
  );
}

/** The part of the day without its hours: "Afternoon (12–17h)" → "afternoon". */
function partName(label: string): string {
  return (label.split(" (")[0] ?? label).toLowerCase();
}

/** Splits "Afternoon (12–17h)" into its name and its hours, for a two-line header. */
function PartHeader({ label }: { label: string }) {
  const [name, hours] = label.split(" (");
  return (
    <>
      {name}
      {hours ? <span className="availability__hours"> ({hours}</span> : null}
    </>
  );
}

function AvailabilityGrid({ answers, options, errors, update }: StepProps) {
  const error = errors.availability;
  const toggle = (key: string, checked: boolean) => {
    update({
      availability: checked
        ? [...answers.availability, key]
        : answers.availability.filter((item) => item !== key),
    });
  };
  const describedBy = ["match-availability-hint", error ? fieldId("availability", "error") : ""]
    .filter(Boolean)
    .join(" ");

  return (
    <fieldset
      className="match-field match-group"
      data-field="availability"
      aria-describedby={describedBy}
    >
      <legend className="match-field__label">When could you meet?</legend>
      <p id="match-availability-hint" className="match-field__hint">
        Tick every time that could work in a usual week, in your time zone.
      </p>
      <FieldError field="availability" message={error} />
      <table className="availability">
        <thead>
          <tr>
            <td />
            {options.parts_of_day.map((part) => (
              <th key={part.value} scope="col">
                <PartHeader label={part.label} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {options.weekdays.map((day) => (
            <tr key={day.value}>
              <th scope="row">{day.label}</th>
              {options.parts_of_day.map((part) => {
                const key = cellKey(day.value, part.value);
                const id = fieldId("availability", `${day.value}-${part.value}`);
                return (
                  <td key={part.value}>
                    <label className="availability__cell" htmlFor={id}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={answers.availability.includes(key)}
                        aria-invalid={error ? true : undefined}
                        onChange={(event) => toggle(key, event.target.checked)}
                      />
                      <span className="visually-hidden">
                        {day.label} {partName(part.label)}
                      </span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

export function MeetingStep(props: StepProps) {
  const { answers, options, errors, update } = props;
  return (
    <>
      <ChoiceGroup
        field="format"
        legend="Supervision format"
        type="radio"
        choices={options.formats}
        isChecked={(value) => answers.format === value}
        onToggle={(value) => update({ format: value })}
        error={errors.format}
        className="match-group--row"
      />
      <ChoiceGroup
        field="mode"
        legend="Where would you like to meet?"
        type="radio"
        choices={options.modes}
        isChecked={(value) => answers.mode === value}
        onToggle={(value) => update({ mode: value })}
        error={errors.mode}
        className="match-group--row"
      />
      <SelectField
        field="time_zone"
        label="Your time zone"
        value={answers.timeZone}
        onChange={(value) => update({ timeZone: value })}
        error={errors.time_zone}
      >
        {options.time_zones.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </SelectField>
      <AvailabilityGrid {...props} />
    </>
  );
}

const CHOICE_LABELS = ["First choice", "Second choice", "Third choice"] as const;

export function InterestsStep({ answers, options, errors, update }: StepProps) {
  const specialties = specialtyOptions(options);
  const error = errors.specialties;
  const choose = (index: number, value: string) => {
    const next = [...answers.specialties] as Answers["specialties"];
    next[index] = value;
    update({ specialties: next });
  };
  return (
    <>
      <fieldset
        className="match-field match-group"
        data-field="specialties"
        aria-describedby={["match-specialties-hint", error ? fieldId("specialties", "error") : ""]
          .filter(Boolean)
          .join(" ")}
      >
        <legend className="match-field__label">Specialties that matter most to you</legend>
        <p id="match-specialties-hint" className="match-field__hint">
          Up to three, most important first. Optional.
        </p>
        <FieldError field="specialties" message={error} />
        <div className="match-specialties">
          {CHOICE_LABELS.map((label, index) => (
            <SelectField
              key={label}
              field="specialties"
              suffix={String(index + 1)}
              label={label}
              value={answers.specialties[index] ?? ""}
              onChange={(value) => choose(index, value)}
              error={error}
            >
              <option value="">No specialty</option>
              {specialties
                // A specialty chosen in another place is not offered again.
                .filter(
                  (specialty) =>
                    !answers.specialties.some(
                      (chosen, other) => other !== index && chosen === specialty.id,
                    ),
                )
                .map((specialty) => (
                  <option key={specialty.id} value={specialty.id}>
                    {specialty.name}
                  </option>
                ))}
            </SelectField>
          ))}
        </div>
      </fieldset>
      <SelectField
        field="setting"
        label="Your work setting"
        hint="Optional."
        value={answers.setting}
        onChange={(value) => update({ setting: value })}
        error={errors.setting}
      >
        <option value="">No preference</option>
        {options.work_settings.map((setting) => (
          <option key={setting.value} value={setting.value}>
            {setting.label}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** "2", read out as "2 of 5, closer to structured". */
function ScaleLabel({ value, low, high }: { value: number; low: string; high: string }): ReactNode {
  const description = describeScale(value, low, high);
  return (
    <>
      {value}
      <span className="visually-hidden">{description.slice(String(value).length)}</span>
    </>
  );
}

export function StyleStep({ answers, options, errors, update }: StepProps) {
  const setStyle = (key: StyleKey, value: string) =>
    update({ style: { ...answers.style, [key]: value } });
  return (
    <>
      <p className="match-step__lead">
        Optional. Tell us how you like to be supervised, or leave “No preference”.
      </p>
      <FieldError field="style" message={errors.style} />
      {scaleOptions(options).map((scale) => (
        <div className="style-choice" key={scale.key}>
          <ChoiceGroup
            field="style"
            name={`style-${scale.key}`}
            legend={`${scale.low} or ${scale.high.toLowerCase()}?`}
            type="radio"
            choices={[
              { value: "", label: "No preference" },
              ...SCALE_STEPS.map((step) => ({
                value: String(step),
                label: <ScaleLabel value={step} low={scale.low} high={scale.high} />,
              })),
            ]}
            isChecked={(value) => (answers.style[scale.key] ?? "") === value}
            onToggle={(value) => setStyle(scale.key, value)}
            error={errors.style}
            showError={false}
            className="match-group--scale"
          />
          <p className="style-choice__ends" aria-hidden="true">
            <span>{scale.low}</span>
            <span>{scale.high}</span>
          </p>
        </div>
      ))}
    </>
  );
}
