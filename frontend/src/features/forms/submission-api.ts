/**
 * `POST {submit_path}`: a visitor's answers to an editor-built form, as JSON, or as
 * `multipart/form-data` when the form has a file field. The `Idempotency-Key` header
 * makes a retried submission count once.
 */
import { API_BASE } from "../../lib/api-client";
import type { components } from "../../lib/api-types";
import { postFormData, postJson, type PostOutcome } from "../../lib/post-json";
import {
  hasFileField,
  submissionFormData,
  submissionJson,
  type FormField,
  type FormValues,
} from "./form-values";

export type Receipt = components["schemas"]["Receipt"];

export function submissionUrl(submitPath: string): string {
  return `${API_BASE}${submitPath}`;
}

function isReceipt(data: unknown): data is Receipt {
  return typeof data === "object" && data !== null && "id" in data && "message" in data;
}

export interface Submission {
  submitPath: string;
  fields: readonly FormField[];
  values: FormValues;
  /** The honeypot's value: empty unless a bot filled it in. */
  website: string;
  idempotencyKey: string;
}

export function postSubmission(
  { submitPath, fields, values, website, idempotencyKey }: Submission,
  signal?: AbortSignal,
): Promise<PostOutcome<Receipt>> {
  const options = { headers: { "Idempotency-Key": idempotencyKey }, signal, accept: isReceipt };
  const url = submissionUrl(submitPath);
  return hasFileField(fields)
    ? postFormData(url, submissionFormData(fields, values, website), options)
    : postJson(url, submissionJson(fields, values, website), options);
}
