/**
 * `POST /api/blog/posts/{id}/comments/`: a visitor's comment, held for moderation. The
 * `Idempotency-Key` header makes a retried submission count once.
 */
import { API_BASE } from "../../lib/api-client";
import type { components } from "../../lib/api-types";
import { postJson, type PostOutcome } from "../../lib/post-json";

type Schemas = components["schemas"];
export type CommentInput = Schemas["CommentInputRequest"];
export type CommentReceipt = Schemas["CommentReceipt"];

export function commentsUrl(postId: number): string {
  return `${API_BASE}/api/blog/posts/${postId}/comments/`;
}

function isReceipt(data: unknown): data is CommentReceipt {
  return typeof data === "object" && data !== null && "message" in data && "status" in data;
}

export function postComment(
  postId: number,
  input: CommentInput,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<PostOutcome<CommentReceipt>> {
  return postJson(commentsUrl(postId), input, {
    headers: { "Idempotency-Key": idempotencyKey },
    signal,
    accept: isReceipt,
  });
}

/**
 * A version 4 UUID for the Idempotency-Key header. `crypto.randomUUID` exists only in
 * secure contexts (HTTPS, localhost); elsewhere the same comes from random bytes.
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
