/** `POST /api/blog/posts/{id}/views/`: counts a read of a post and answers the count. */
import { API_BASE } from "../../lib/api-client";
import type { components } from "../../lib/api-types";
import { postJson } from "../../lib/post-json";

type ViewCount = components["schemas"]["ViewCount"];

export function viewsUrl(postId: number): string {
  return `${API_BASE}/api/blog/posts/${postId}/views/`;
}

function isViewCount(data: unknown): data is ViewCount {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (data as Partial<ViewCount>).views === "number"
  );
}

/** The post's read count once this read is counted, or null when that failed. */
export async function postView(postId: number): Promise<number | null> {
  // keepalive: the count still arrives when the reader leaves straight away.
  const outcome = await postJson(viewsUrl(postId), {}, { keepalive: true, accept: isViewCount });
  return outcome.kind === "ok" ? outcome.data.views : null;
}
