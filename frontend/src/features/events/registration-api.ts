/**
 * `POST {registration.submit_path}`: a visitor's registration for an event. The
 * `Idempotency-Key` header makes a retried registration count once.
 */
import { API_BASE } from "../../lib/api-client";
import type { components } from "../../lib/api-types";
import { postJson, type PostOutcome } from "../../lib/post-json";

type Schemas = components["schemas"];
export type RegistrationInput = Schemas["RegistrationRequestRequest"];
export type RegistrationReceipt = Schemas["RegistrationReceipt"];

export function registrationUrl(submitPath: string): string {
  return `${API_BASE}${submitPath}`;
}

function isReceipt(data: unknown): data is RegistrationReceipt {
  return (
    typeof data === "object" &&
    data !== null &&
    "status" in data &&
    "message" in data &&
    "seats_left" in data
  );
}

export function postRegistration(
  submitPath: string,
  input: RegistrationInput,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<PostOutcome<RegistrationReceipt>> {
  return postJson(registrationUrl(submitPath), input, {
    headers: { "Idempotency-Key": idempotencyKey },
    signal,
    accept: isReceipt,
  });
}
