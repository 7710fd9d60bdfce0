/**
 * The delivery API, as the SPA uses it: one call resolves a path into a page, a
 * redirect or "not found"; another returns the site settings and menus.
 */
import type { components } from "./api-types";

type Schemas = components["schemas"];

export type Site = Schemas["Site"];
export type Seo = Schemas["Seo"];
export type Breadcrumb = Schemas["Breadcrumb"];
export type BodyBlock = Schemas["BodyBlock"];
export type ApiImage = Schemas["Image"];

/** Every page type the schema knows about (the resolve response minus redirects). */
export type KnownPage = Exclude<Schemas["ResolveResponse"], Schemas["Redirect"]>;
export type KnownPageType = KnownPage["type"];

/**
 * A page as it arrives over the wire. The backend may already serve a page type this
 * build does not know yet, so the type is any string; the registry narrows it.
 */
export type ApiPage = Omit<KnownPage, "type"> & { readonly type: string };

/**
 * A draft shown to an editor or through a shareable link (the HTML shell's `preview`
 * key, or the preview endpoint): rendered as visitors would see it once published.
 */
export interface Preview {
  /** When a shareable link stops working (ISO date-time), or null when unknown. */
  expires_at: string | null;
}

export type ResolveResult =
  | { kind: "page"; page: ApiPage; preview?: Preview }
  | { kind: "redirect"; to: string; permanent: boolean }
  | { kind: "not-found"; message: string };

/** The API answered, but not with something we can render (5xx, malformed body). */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

/** The API refused for a reason the visitor should read (`{"error": {"message"}}`). */
export class RefusedError extends Error {}

/** The request never reached the API: no network, DNS failure, CORS refusal. */
export class OfflineError extends Error {
  constructor() {
    super("The network request failed");
    this.name = "OfflineError";
  }
}

export const API_BASE: string = import.meta.env.VITE_API_BASE_URL ?? "";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Interprets a resolve body, whether it came from the API or from the HTML shell. */
export function parseResolveBody(body: unknown): ResolveResult {
  if (isRecord(body)) {
    const redirect = body.redirect;
    if (isRecord(redirect) && typeof redirect.to === "string") {
      return { kind: "redirect", to: redirect.to, permanent: redirect.permanent === true };
    }
    const error = body.error;
    if (isRecord(error)) {
      return {
        kind: "not-found",
        message: typeof error.message === "string" ? error.message : "Page not found",
      };
    }
    if (typeof body.type === "string" && typeof body.path === "string") {
      return { kind: "page", page: body as unknown as ApiPage };
    }
  }
  throw new ApiError("The page data had an unexpected shape", 200);
}

export async function request(url: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    // An abort is the caller's decision, not a network problem.
    if (signal?.aborted) throw error;
    throw new OfflineError();
  }
}

/**
 * The resolve URL for a site path. The location's query goes along (listing pages read
 * `page`, `category`, `tag` and `author`; the API ignores the rest), except `path`.
 */
export function resolveUrl(path: string, search = ""): string {
  const params = new URLSearchParams(search);
  params.delete("path");
  const query = params.toString();
  return `${API_BASE}/api/pages/resolve/?path=${encodeURIComponent(path)}${query ? `&${query}` : ""}`;
}

interface ResolveOptions {
  /** The query of the location being resolved, e.g. "?category=licensure&page=2". */
  search?: string;
  signal?: AbortSignal;
}

/** `GET /api/pages/resolve/?path=...`: a page, a redirect (as data) or not found. */
export async function fetchResolve(
  path: string,
  { search, signal }: ResolveOptions = {},
): Promise<ResolveResult> {
  const response = await request(resolveUrl(path, search), signal);
  if (response.status === 404) {
    const body: unknown = await response.json().catch(() => null);
    return isRecord(body) && isRecord(body.error)
      ? parseResolveBody(body)
      : { kind: "not-found", message: "Page not found" };
  }
  if (!response.ok) {
    throw new ApiError(`The API answered ${response.status}`, response.status);
  }
  return parseResolveBody(await response.json());
}

/** `GET /api/site/`: only needed when the HTML shell did not inline it (dev server). */
export async function fetchSite(signal?: AbortSignal): Promise<Site> {
  const response = await request(`${API_BASE}/api/site/`, signal);
  if (!response.ok) throw new ApiError(`The API answered ${response.status}`, response.status);
  return (await response.json()) as Site;
}
