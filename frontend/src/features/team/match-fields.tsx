/**
 * Form controls of the matcher: every group is a fieldset with a legend, every error is
 * text (not only colour) tied to its control with aria-describedby and aria-invalid.
 */
import type { ReactNode } from "react";

import type { FieldName } from "./match-answers";

export function fieldId(field: FieldName, suffix?: string): string {
  return suffix ? `match-${field}-${suffix}` : `match-${field}`;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(" ") : undefined;
}

export function FieldError({ field, message }: { field: FieldName; message?: string }) {
  if (!message) return null;
  return (
    <p id={fieldId(field, "error")} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

interface Choice {
  value: string;
  label: ReactNode;
}

interface ChoiceGroupProps {
  field: FieldName;
  legend: string;
  hint?: string;
  type: "radio" | "checkbox";
  /** The radio group's name; defaults to the field. */
  name?: string;
  choices: readonly Choice[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  error?: string;
  /** False when the error is shown once above several groups (the style scales). */
  showError?: boolean;
  className?: string;
}

/** Radios or checkboxes in a fieldset, one per line (or a wrapping row, by CSS). */
export function ChoiceGroup({
  field,
  legend,
  hint,
  type,
  name,
  choices,
  isChecked,
  onToggle,
  error,
  showError = true,
  className,
}: ChoiceGroupProps) {
  const groupName = name ?? field;
  return (
    <fieldset
      className={className ? `match-field match-group ${className}` : "match-field match-group"}
      data-field={field}
      aria-describedby={describedBy(
        hint && fieldId(field, "hint"),
        error && fieldId(field, "error"),
      )}
    >
      <legend className="match-field__label">{legend}</legend>
      {hint ? (
        <p id={fieldId(field, "hint")} className="match-field__hint">
          {hint}
        </p>
      ) : null}
      {showError ? <FieldError field={field} message={error} /> : null}
      <div className="match-choices">
        {choices.map((choice) => {
          const id = fieldId(field, `${groupName}-${choice.value || "none"}`);
          return (
            <div className="match-choice" key={choice.value}>
              <input
                id={id}
                type={type}
                name={groupName}
                value={choice.value}
                checked={isChecked(choice.value)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onToggle(choice.value, event.target.checked)}
              />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface SelectFieldProps {
  field: FieldName;
  /** Distinguishes several selects of one field (the three specialty choices). */
  suffix?: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  children: ReactNode;
}

export function SelectField({
  field,
  suffix,
  label,
  hint,
  value,
  onChange,
  error,
  children,
}: SelectFieldProps) {
  const id = fieldId(field, suffix);
  const hintId = `${id}-hint`;
  return (
    <div className="match-field" data-field={suffix ? undefined : field}>
      <label className="match-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="match-field__hint">
          {hint}
        </p>
      ) : null}
      {suffix ? null : <FieldError field={field} message={error} />}
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && fieldId(field, "error"))}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
