/**
 * Client-side navigation: intercepts link clicks, keeps the history stack (with a key
 * and a scroll position per entry), fetches one resolve per navigation (aborting the
 * previous one), follows redirects given as data, and caches pages for back/forward
 * by path and query (a listing's filter or page number is part of what it shows).
 * A GET form to a site path (the search) navigates the same way as a link.
 * It reports to React through `dispatch`; what happens after the new page has
 * rendered (focus, scroll, announcement) is read back with `takeRendered`.
 */
import { startTransition } from "react";
import { navigate } from "wouter/use-browser-location";

import { ApiError, fetchResolve, OfflineError, RefusedError } from "../lib/api-client";
import { interceptableHref, interceptableSubmit } from "../lib/links";
import { isQueryDriven, preloadPageType } from "./page-types";
import type { Content, Failure, NavigationAction } from "./navigation-state";

export type NavigationMode = "initial" | "push" | "pop";

export interface PendingRender {
  renderId: number;
  mode: NavigationMode;
  /** Where to scroll once rendered: a saved position (back/forward, reload) or null. */
  scrollY: number | null;
  hash: string;
}

const CACHE_SIZE = 20;
const SLOW_AFTER_MS = 900;
const MAX_REDIRECTS = 5;
const POSITIONS_KEY = "firelight:scroll-positions";

interface EntryState {
  key?: string;
}

function entryKey(): string | undefined {
  const state = window.history.state as EntryState | null;
  return typeof state?.key === "string" ? state.key : undefined;
}

/** What a failed load shows: no network, the site down for a moment (503), or an error. */
function failureOf(error: unknown): Failure {
  if (error instanceof OfflineError) return "offline";
  if (error instanceof ApiError && error.status === 503) return "unavailable";
  return "error";
}

function newKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** The part of the URL that selects a page: path and query (not the hash). */
export function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

/** The path the API resolves: decoded, as Wagtail stores it, without the query. */
export function apiPath(url: string): string {
  const pathname = new URL(url, window.location.origin).pathname;
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

function searchOf(url: string): string {
  return new URL(url, window.location.origin).search;
}

/** What pages are cached under: the API path and the query (listings read it). */
function pageKey(url: string): string {
  return apiPath(url) + searchOf(url);
}

export class Navigator {
  private readonly dispatch: (action: NavigationAction) => void;
  private readonly cache = new Map<string, Content>();
  private positions = new Map<string, number>();
  private controller: AbortController | null = null;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private requestSeq = 0;
  private renderSeq = 0;
  private shownUrl: string;
  /** The type of the page on screen, or null (not found, a failure, nothing yet). */
  private shownType: string | null = null;
  private failure: Failure | null = null;
  private pending: PendingRender | null = null;
  private scrollFrame = 0;

  constructor(dispatch: (action: NavigationAction) => void, initial: Content | null) {
    this.dispatch = dispatch;
    this.shownUrl = currentUrl();
    if (initial) {
      this.remember(pageKey(this.shownUrl), initial);
      this.shownType = initial.kind === "page" ? initial.page.type : null;
      this.pending = { renderId: 0, mode: "initial", scrollY: null, hash: window.location.hash };
    }
  }

  /** Starts listening; returns the function that stops. */
  connect(): () => void {
    if ("scrollRestoration" in window.history) window.history.scrollRestoration = "manual";
    this.restorePositions();
    if (!entryKey()) {
      window.history.replaceState(
        { ...(window.history.state as object | null), key: newKey() },
        "",
      );
    }
    const key = entryKey();
    if (this.pending?.mode === "initial" && key) {
      // A reload, or a return from another site: go back to where the visitor was.
      this.pending.scrollY = this.positions.get(key) ?? null;
    }

    document.addEventListener("click", this.onClick);
    document.addEventListener("submit", this.onSubmit);
    window.addEventListener("popstate", this.onPopState);
    window.addEventListener("scroll", this.onScroll, { passive: true });
    window.addEventListener("online", this.onOnline);
    window.addEventListener("pagehide", this.savePositions);

    if (!this.cache.has(pageKey(currentUrl()))) {
      // No inline data (Vite dev server, or a static host): fetch the first page.
      void this.load(currentUrl(), "initial");
    }

    return () => {
      document.removeEventListener("click", this.onClick);
      document.removeEventListener("submit", this.onSubmit);
      window.removeEventListener("popstate", this.onPopState);
      window.removeEventListener("scroll", this.onScroll);
      window.removeEventListener("online", this.onOnline);
      window.removeEventListener("pagehide", this.savePositions);
      cancelAnimationFrame(this.scrollFrame);
      clearTimeout(this.slowTimer);
      this.controller?.abort();
    };
  }

  /** Navigates client-side to a site-relative URL. */
  go(href: string, { replace = false }: { replace?: boolean } = {}): void {
    const url = new URL(href, window.location.href);
    const target = url.pathname + url.search;
    // Following a link to the page already shown refreshes it without a new entry.
    const sameEntry = replace || (target === currentUrl() && !url.hash);
    this.recordScroll();
    navigate(target + url.hash, {
      replace: sameEntry,
      state: { key: sameEntry ? (entryKey() ?? newKey()) : newKey() },
    });
    void this.load(target, "push");
  }

  /** Loads the current URL again (the "Try again" buttons). */
  retry(): void {
    void this.load(currentUrl(), "push");
  }

  /** The after-render work for `renderId`, handed out once. */
  takeRendered(renderId: number): PendingRender | null {
    if (this.pending?.renderId !== renderId) return null;
    const pending = this.pending;
    this.pending = null;
    return pending;
  }

  private async load(url: string, mode: NavigationMode, redirects = 0): Promise<void> {
    this.controller?.abort();
    clearTimeout(this.slowTimer);
    const controller = new AbortController();
    this.controller = controller;
    const requestId = ++this.requestSeq;
    const path = apiPath(url);
    const key = pageKey(url);
    this.shownUrl = url;

    const cached = mode === "pop" ? this.cached(url) : undefined;
    if (cached) {
      this.commit(requestId, mode, cached);
      return;
    }
    if (!navigator.onLine) {
      this.commit(requestId, mode, "offline");
      return;
    }

    this.dispatch({ type: "start", requestId });
    this.slowTimer = setTimeout(() => this.dispatch({ type: "slow", requestId }), SLOW_AFTER_MS);
    try {
      // A shareable preview link the HTML shell did not answer (the SPA served from
      // another origin than the backend): its own endpoint, its code loaded then.
      const token = path === "/preview/" && new URLSearchParams(searchOf(url)).get("token");
      const result = token
        ? await import("../lib/preview-api").then((api) =>
            api.fetchPreview(token, controller.signal),
          )
        : await fetchResolve(path, { search: searchOf(url), signal: controller.signal });
      if (controller.signal.aborted) return;
      if (result.kind === "redirect") {
        this.followRedirect(result.to, mode, redirects);
        return;
      }
      if (result.kind === "page") {
        // Fetch the page type's code before swapping pages, so the old page stays
        // up instead of flashing a placeholder. A failed chunk surfaces on render.
        await preloadPageType(result.page.type).catch(() => undefined);
        if (controller.signal.aborted) return;
      }
      this.remember(key, result);
      this.commit(requestId, mode, result);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.commit(
        requestId,
        mode,
        failureOf(error),
        error instanceof RefusedError ? error.message : null,
      );
    } finally {
      if (this.controller === controller) clearTimeout(this.slowTimer);
    }
  }

  private followRedirect(to: string, mode: NavigationMode, redirects: number): void {
    if (redirects >= MAX_REDIRECTS) {
      this.commit(++this.requestSeq, mode, "error");
      return;
    }
    const target = new URL(to, window.location.href);
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      // Never follow javascript:, data: or other schemes, whatever the API says.
      this.commit(++this.requestSeq, mode, "error");
      return;
    }
    if (target.origin !== window.location.origin) {
      window.location.assign(target.href);
      return;
    }
    // The visitor's query string (campaign tags, filters) survives the redirect.
    const search = target.search || window.location.search;
    const hash = target.hash || window.location.hash;
    navigate(target.pathname + search + hash, {
      replace: true,
      state: { key: entryKey() ?? newKey() },
    });
    void this.load(target.pathname + search, mode === "pop" ? "push" : mode, redirects + 1);
  }

  private commit(
    requestId: number,
    mode: NavigationMode,
    next: Content | Failure,
    message: string | null = null,
  ): void {
    const renderId = ++this.renderSeq;
    const key = entryKey();
    this.pending = {
      renderId,
      mode,
      scrollY: mode === "pop" && key ? (this.positions.get(key) ?? 0) : null,
      hash: window.location.hash,
    };
    if (typeof next === "string") {
      this.failure = next;
      this.shownType = null;
      this.dispatch({ type: "failed", requestId, renderId, failure: next, message });
      return;
    }
    this.failure = null;
    this.shownType = next.kind === "page" ? next.page.type : null;
    // The current page has stayed on screen while the next one's data and code loaded
    // (see `load`). Preact's compat startTransition just runs the update.
    startTransition(() => this.dispatch({ type: "loaded", requestId, renderId, content: next }));
  }

  /**
   * The cached content for `url`: its own entry or, for a page that does not read its
   * query (the team directory filters on the client), its path's entry with any query.
   */
  private cached(url: string): Content | undefined {
    const exact = this.cache.get(pageKey(url));
    if (exact) return exact;
    const path = apiPath(url);
    let samePage: Content | undefined;
    for (const [key, content] of this.cache) {
      if (
        (key === path || key.startsWith(`${path}?`)) &&
        content.kind === "page" &&
        !isQueryDriven(content.page.type)
      ) {
        samePage = content;
      }
    }
    return samePage;
  }

  private remember(key: string, content: Content): void {
    this.cache.delete(key);
    this.cache.set(key, content);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private readonly onClick = (event: MouseEvent): void => {
    const href = interceptableHref(event);
    if (href === null) return;
    event.preventDefault();
    this.go(href);
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    const href = interceptableSubmit(event);
    if (href === null) return;
    event.preventDefault();
    this.go(href);
  };

  private readonly onPopState = (): void => {
    const url = currentUrl();
    if (
      !this.failure &&
      apiPath(url) === apiPath(this.shownUrl) &&
      (url === this.shownUrl || !isQueryDriven(this.shownType))
    ) {
      // Only the hash changed, or the query of a page that follows its own query (the
      // team directory's filters): the browser handles anchors and the page stays up
      // instead of being rendered again. A listing's query selects other content.
      this.shownUrl = url;
      return;
    }
    void this.load(url, "pop");
  };

  private readonly onOnline = (): void => {
    if (this.failure === "offline") this.retry();
  };

  private readonly onScroll = (): void => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.recordScroll();
    });
  };

  private recordScroll(): void {
    const key = entryKey();
    if (key) this.positions.set(key, window.scrollY);
  }

  private restorePositions(): void {
    try {
      const saved: unknown = JSON.parse(sessionStorage.getItem(POSITIONS_KEY) ?? "{}");
      if (saved && typeof saved === "object") {
        for (const [key, value] of Object.entries(saved)) {
          if (typeof value === "number" && !this.positions.has(key)) this.positions.set(key, value);
        }
      }
    } catch {
      // Storage can be unavailable (private mode, quotas); positions are a nicety.
    }
  }

  private readonly savePositions = (): void => {
    this.recordScroll();
    try {
      const recent = [...this.positions].slice(-50);
      sessionStorage.setItem(POSITIONS_KEY, JSON.stringify(Object.fromEntries(recent)));
    } catch {
      // See restorePositions.
    }
  };
}
