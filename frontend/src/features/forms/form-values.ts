/**
 * An editor-built form's answers: where they start (defaults, and a choice the URL asks
 * for), how they are checked before a request (as the API checks them: required,
 * e-mail, length, file type and size), and the request body they become.
 */
import type { components } from "../../lib/api-types";
import { isEmailAddress } from "../../lib/email-address";
import { formatNumber } from "../../lib/format";

export type FormField = components["schemas"]["FormField"];
export type FieldType = FormField["type"];

/** Text for most fields, the values chosen for a group, ticked or not, the file picked. */
export type FieldValue = string | string[] | boolean | File | null;
export type FormValues = Record<string, FieldValue>;
/** Messages by field name. */
export type FormErrors = Record<string, string>;

export const MESSAGES = {
  text: "Please fill in this field.",
  choose: "Please choose an option.",
  chooseSome: "Please choose at least one option.",
  tick: "Please tick this box to continue.",
  file: "Please choose a file to upload.",
  email: "Enter an e-mail address like name@example.com.",
};

/** Checkboxes, and lists where several values may be chosen (shown as checkboxes too). */
export function isMultiple(field: FormField): boolean {
  return field.type === "checkboxes" || field.type === "multiselect";
}

/** Fields shown as a fieldset of choices, focused (and linked to) by their first choice. */
export function isGroup(field: FormField): boolean {
  return isMultiple(field) || field.type === "radio";
}

export function hasFileField(fields: readonly FormField[]): boolean {
  return fields.some((field) => field.type === "file");
}

/** Length in characters as the API counts them (code points, so an emoji is one). */
function length(text: string): number {
  return [...text].length;
}

/** Several values in one default, as Wagtail writes them: one a line, or comma-separated. */
function splitDefault(text: string): string[] {
  const separator = text.includes("\n") ? "\n" : ",";
  return text
    .split(separator)
    .map((value) => value.trim())
    .filter(Boolean);
}

const UNTICKED = new Set(["", "false", "0", "off", "no"]);

function startValue(field: FormField, params: URLSearchParams): FieldValue {
  const known = (value: string) => field.choices.some((choice) => choice.value === value);
  // The value a link asked for (?supervisor=<slug>), when it names one of the choices.
  const asked = field.prefill_param ? params.getAll(field.prefill_param).filter(known) : [];
  switch (field.type) {
    case "checkbox":
      return !UNTICKED.has(field.default.trim().toLowerCase());
    case "checkboxes":
    case "multiselect":
      return asked.length > 0 ? asked : splitDefault(field.default).filter(known);
    case "select":
    case "radio":
      return asked[0] ?? (known(field.default) ? field.default : "");
    case "file":
      return null;
    default:
      return field.default;
  }
}

/** The answers a visitor starts from, given the page's query string. */
export function initialValues(fields: readonly FormField[], search: string): FormValues {
  const params = new URLSearchParams(search);
  return Object.fromEntries(fields.map((field) => [field.name, startValue(field, params)]));
}

function textOf(value: FieldValue): string {
  return typeof value === "string" ? value.trim() : "";
}

function listOf(value: FieldValue): string[] {
  return Array.isArray(value) ? value : [];
}

/** "5 MB", "500 KB". */
export function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${formatNumber(Math.round(megabytes * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** "a", "a or b", "a, b or c". */
function either(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** Whether a file matches an `accept` list (".pdf,.docx", "application/pdf", "image/*"). */
export function isAccepted(file: File, accept: string): boolean {
  const patterns = accept
    .split(",")
    .map((pattern) => pattern.trim().toLowerCase())
    .filter(Boolean);
  if (patterns.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return patterns.some((pattern) => {
    if (pattern.startsWith(".")) return name.endsWith(pattern);
    if (pattern.endsWith("/*")) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}

function fileError(field: FormField, file: File): string | undefined {
  if (field.accept && !isAccepted(file, field.accept)) {
    const extensions = field.accept
      .split(",")
      .map((pattern) => pattern.trim())
      .filter(Boolean);
    return `This type of file cannot be sent. Choose a ${either(extensions)} file.`;
  }
  if (field.max_size !== null && file.size > field.max_size) {
    return `The file is larger than ${formatBytes(field.max_size)}. Choose a smaller one.`;
  }
  return undefined;
}

function fieldError(field: FormField, value: FieldValue): string | undefined {
  switch (field.type) {
    case "checkbox":
      return field.required && value !== true ? MESSAGES.tick : undefined;
    case "checkboxes":
    case "multiselect":
      return field.required && listOf(value).length === 0 ? MESSAGES.chooseSome : undefined;
    case "select":
    case "radio":
      return field.required && !textOf(value) ? MESSAGES.choose : undefined;
    case "file":
      if (value instanceof File) return fileError(field, value);
      return field.required ? MESSAGES.file : undefined;
    default: {
      const text = textOf(value);
      if (!text) return field.required ? MESSAGES.text : undefined;
      if (field.type === "email" && !isEmailAddress(text)) return MESSAGES.email;
      if (field.max_length !== null && length(text) > field.max_length) {
        return `Use ${formatNumber(field.max_length)} characters or fewer. This has ${formatNumber(length(text))}.`;
      }
      return undefined;
    }
  }
}

/** What needs fixing before the answers can be sent, by field, in the form's order. */
export function validateAnswers(fields: readonly FormField[], values: FormValues): FormErrors {
  const errors: FormErrors = {};
  for (const field of fields) {
    const message = fieldError(field, values[field.name] ?? null);
    if (message) errors[field.name] = message;
  }
  return errors;
}

/** The JSON body: text trimmed, groups as lists of values, a lone checkbox as a boolean. */
export function submissionJson(
  fields: readonly FormField[],
  values: FormValues,
  website: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name] ?? null;
    if (field.type === "checkbox") body[field.name] = value === true;
    else if (isMultiple(field)) body[field.name] = listOf(value);
    else if (field.type !== "file") body[field.name] = textOf(value);
  }
  body.website = website;
  return body;
}

/**
 * The multipart body, for forms with a file: each chosen value of a group under the
 * field's name again, a lone checkbox as "true" or "false", the file under its field.
 */
export function submissionFormData(
  fields: readonly FormField[],
  values: FormValues,
  website: string,
): FormData {
  const body = new FormData();
  for (const field of fields) {
    const value = values[field.name] ?? null;
    if (field.type === "checkbox") body.append(field.name, value === true ? "true" : "false");
    else if (isMultiple(field)) for (const item of listOf(value)) body.append(field.name, item);
    else if (field.type === "file") {
      if (value instanceof File) body.append(field.name, value, value.name);
    } else body.append(field.name, textOf(value));
  }
  body.append("website", website);
  return body;
}

/** What makes two submissions the same one (a retry), files by name, size and date. */
export function fingerprint(
  fields: readonly FormField[],
  values: FormValues,
  website: string,
): string {
  return JSON.stringify([
    fields.map((field) => {
      const value = values[field.name] ?? null;
      return value instanceof File
        ? { file: value.name, size: value.size, modified: value.lastModified }
        : value;
    }),
    website,
  ]);
}
