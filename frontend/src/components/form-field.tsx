/**
 * A labelled form control with its hint and its error, shared by the site's forms. The
 * error's line is always there (empty when all is well), so that an error appearing does
 * not push the rest of the form down; the control points at both with
 * `aria-describedby` and says it is invalid with `aria-invalid`.
 */
import type { ReactNode } from "react";

import "./form-field.css";

/** What the control inside a field needs to be labelled, described and marked invalid. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;
const requiredId = (id: string) => `${id}-required`;

/** Ids for `aria-describedby`, or undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(" ") : undefined;
}

/** The control's props for a field `id` with an optional hint and error. */
export function controlProps(id: string, hint?: string, error?: string): ControlProps {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && hintId(id), error && errorId(id)),
  };
}

/**
 * The visual mark of a required field. Hidden from assistive technology: the label stays
 * exactly the field's name, and the control's `required` says the rest.
 */
export function RequiredMark() {
  return (
    <span className="form-field__required" aria-hidden="true">
      *
    </span>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={hintId(id)} className="form-field__hint">
      {hint}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <p id={errorId(id)} className="form-field__error">
      {error ? (
        <>
          <span className="visually-hidden">Error: </span>
          {error}
        </>
      ) : null}
    </p>
  );
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shows the required mark beside the label. */
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: FormFieldProps) {
  return (
    <div className={className ? `form-field ${className}` : "form-field"}>
      <div className="form-field__heading">
        <label className="form-field__label" htmlFor={id}>
          {label}
        </label>
        {required ? <RequiredMark /> : null}
      </div>
      <FieldHint id={id} hint={hint} />
      {children(controlProps(id, hint, error))}
      <FieldError id={id} error={error} />
    </div>
  );
}

interface FormFieldsetProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
  /** The choices, each a `FormChoice`. */
  children: ReactNode;
}

/**
 * A group of checkboxes or radios: the legend names the group, and the group points at
 * its hint and error (each choice has its own label). A required group says so in its
 * description too, as a checkbox group has no `required` of its own.
 */
export function FormFieldset({
  id,
  legend,
  hint,
  error,
  required,
  className,
  children,
}: FormFieldsetProps) {
  return (
    <fieldset
      id={id}
      className={className ? `form-field form-group ${className}` : "form-field form-group"}
      aria-describedby={describedBy(
        required && requiredId(id),
        hint && hintId(id),
        error && errorId(id),
      )}
    >
      <legend className="form-field__label">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {required ? (
        <span id={requiredId(id)} className="visually-hidden">
          Required.
        </span>
      ) : null}
      <FieldHint id={id} hint={hint} />
      <div className="form-choices">{children}</div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

interface FormChoiceProps {
  id: string;
  label: string;
  /** Shows the required mark after the label (a lone checkbox that must be ticked). */
  required?: boolean;
  /** The checkbox or radio, with `id`. */
  children: ReactNode;
}

/** A checkbox or radio with its label beside it; the whole row is the target. */
export function FormChoice({ id, label, required, children }: FormChoiceProps) {
  return (
    <div className="form-choice">
      {children}
      <label htmlFor={id}>{label}</label>
      {required ? <RequiredMark /> : null}
    </div>
  );
}
