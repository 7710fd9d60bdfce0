/**
 * The data the HTML shell inlines for the first render, so that it needs no request:
 * `<script id="firelight-data" type="application/json">{"path", "page", "site"}</script>`.
 * A preview of a draft adds `"preview": {"expires_at"}`: the page is marked with it.
 */
import { parseResolveBody, type ResolveResult, type Site } from "./api-client";

export const INLINE_DATA_ID = "firelight-data";

export interface InlineData {
  path: string;
  page: ResolveResult | null;
  site: Site | null;
}

export function readInlineData(doc: Document = document): InlineData | null {
  const element = doc.getElementById(INLINE_DATA_ID);
  if (!element?.textContent) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(element.textContent);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const data = raw as { path?: unknown; page?: unknown; site?: unknown; preview?: unknown };
  let page: ResolveResult | null = null;
  try {
    page = data.page === undefined ? null : parseResolveBody(data.page);
  } catch {
    page = null;
  }
  const preview = data.preview as { expires_at?: unknown } | null | undefined;
  if (page?.kind === "page" && typeof preview === "object" && preview !== null) {
    const expiresAt = preview.expires_at;
    page.preview = { expires_at: typeof expiresAt === "string" ? expiresAt : null };
  }
  return {
    path: typeof data.path === "string" ? data.path : "",
    page,
    site: typeof data.site === "object" && data.site !== null ? (data.site as Site) : null,
  };
}
