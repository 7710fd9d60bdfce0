/**
 * A version 4 UUID for the `Idempotency-Key` header of a visitor's submission: created
 * once per submission and sent again when the visitor retries it, so the API stores it
 * once. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost); elsewhere
 * the same comes from random bytes.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join("-");
}
