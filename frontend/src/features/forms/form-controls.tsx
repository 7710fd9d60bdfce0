/**
 * One control per field type of an editor-built form. Every control is labelled by
 * exactly the field's label (the required mark is hidden from assistive technology);
 * groups of choices are fieldsets whose legend is the label.
 */
import type { HTMLInputTypeAttribute } from "react";

import {
  controlProps,
  FieldError,
  FieldHint,
  FormChoice,
  FormField,
  FormFieldset,
} from "../../components/form-field";
import { isGroup, type FieldType, type FieldValue, type FormField as Field } from "./form-values";

const INPUT_TYPES: Partial<Record<FieldType, HTMLInputTypeAttribute>> = {
  text: "text",
  email: "email",
  tel: "tel",
  number: "number",
  url: "url",
  date: "date",
  datetime: "datetime-local",
};

/** The element to focus (and link to) for a field: a group's first choice. */
export function controlId(field: Field, id: string): string {
  return isGroup(field) ? choiceId(id, 0) : id;
}

function choiceId(id: string, index: number): string {
  return `${id}-${index}`;
}

interface FieldControlProps {
  field: Field;
  /** The control's id (a group's fieldset id; its choices add their index). */
  id: string;
  value: FieldValue;
  error?: string;
  onChange: (value: FieldValue) => void;
}

function ChoiceGroup({ field, id, value, error, onChange }: FieldControlProps) {
  const radio = field.type === "radio";
  const chosen = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const toggle = (choice: string, checked: boolean) => {
    if (radio) onChange(choice);
    else if (checked) onChange([...chosen.filter((item) => item !== choice), choice]);
    else onChange(chosen.filter((item) => item !== choice));
  };
  return (
    <FormFieldset
      id={id}
      legend={field.label}
      hint={field.help_text}
      error={error}
      required={field.required}
    >
      {field.choices.map((choice, index) => (
        <FormChoice key={choice.value} id={choiceId(id, index)} label={choice.label}>
          <input
            id={choiceId(id, index)}
            type={radio ? "radio" : "checkbox"}
            name={field.name}
            value={choice.value}
            checked={chosen.includes(choice.value)}
            // One of the radios must be chosen (the fieldset says so for checkboxes).
            required={radio && field.required ? true : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
        </FormChoice>
      ))}
    </FormFieldset>
  );
}

function Checkbox({ field, id, value, error, onChange }: FieldControlProps) {
  return (
    <div className="form-field form-field--checkbox">
      <FormChoice id={id} label={field.label} required={field.required}>
        <input
          {...controlProps(id, field.help_text, error)}
          type="checkbox"
          name={field.name}
          checked={value === true}
          required={field.required}
          onChange={(event) => onChange(event.target.checked)}
        />
      </FormChoice>
      <FieldHint id={id} hint={field.help_text} />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldControl(props: FieldControlProps) {
  const { field, id, value, error, onChange } = props;
  if (field.type === "checkbox") return <Checkbox {...props} />;
  if (isGroup(field)) return <ChoiceGroup {...props} />;

  const text = typeof value === "string" ? value : "";
  const common = {
    name: field.name,
    required: field.required,
    autoComplete: field.autocomplete || undefined,
  };
  return (
    <FormField
      id={id}
      label={field.label}
      hint={field.help_text}
      error={error}
      required={field.required}
    >
      {(control) => {
        switch (field.type) {
          case "select":
            return (
              <select
                {...control}
                {...common}
                value={text}
                onChange={(event) => onChange(event.target.value)}
              >
                {/* "Choose…" unless the editor's default is one of the choices: a default
                    that is not would show one option and send another. */}
                {field.choices.some((choice) => choice.value === field.default) ? null : (
                  <option value="">Choose…</option>
                )}
                {field.choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            );
          case "textarea":
            return (
              <textarea
                {...control}
                {...common}
                rows={6}
                maxLength={field.max_length ?? undefined}
                value={text}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          case "file":
            // A file input cannot be controlled: the browser keeps the choice.
            return (
              <input
                {...control}
                {...common}
                type="file"
                accept={field.accept || undefined}
                onChange={(event) => onChange(event.target.files?.[0] ?? null)}
              />
            );
          default:
            return (
              <input
                {...control}
                {...common}
                type={INPUT_TYPES[field.type] ?? "text"}
                maxLength={field.max_length ?? undefined}
                spellCheck={field.type === "email" || field.type === "url" ? "false" : undefined}
                value={text}
                onChange={(event) => onChange(event.target.value)}
              />
            );
        }
      }}
    </FormField>
  );
}
