/**
 * `POST {registration.submit_path}`: a visitor's registration for an event. The server
 * keeps one registration per e-mail address, so a retried post never registers twice
 * (the `Idempotency-Key` header it also carries is what every public post sends).
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
