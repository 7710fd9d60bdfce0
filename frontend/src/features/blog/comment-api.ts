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
