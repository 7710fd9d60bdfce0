/**
 * The work done once a navigation's result is on screen: head tags, scroll, focus on
 * the main heading, and the screen-reader announcement.
 */
import { announce } from "../lib/announce";
import type { ApiPage } from "../lib/api-client";
import { applyFeedLink, applyNotFoundHead, applyPageHead } from "../lib/head";
import type { PendingRender } from "./navigator";
import type { Failure } from "./navigation-state";

export type RenderedView =
  { kind: "page"; page: ApiPage } | { kind: "not-found" } | { kind: "failure"; failure: Failure };

const FAILURE_ANNOUNCEMENTS: Record<Failure, string> = {
  offline: "You appear to be offline. The page could not be loaded.",
  unavailable: "The site is temporarily unavailable. The page could not be loaded.",
  error: "Something went wrong. The page could not be loaded.",
};

function announcement(view: RenderedView): string {
  switch (view.kind) {
    case "page":
      return `${view.page.title} page loaded`;
    case "not-found":
      return "Page not found";
    case "failure":
      return FAILURE_ANNOUNCEMENTS[view.failure];
  }
}

function hashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * Scrolls back to a saved position (back/forward, reload) with every section at its real
 * size: sections laid out only near the viewport (`content-visibility: auto`, marked
 * `data-restoring` in CSS) would otherwise still have their placeholder size, and the
 * visitor would land somewhere else. The next frame lets the browser skip them again;
 * it remembers their real size.
 */
export function restoreScroll(y: number): void {
  const root = document.documentElement;
  root.dataset.restoring = "";
  window.scrollTo(0, y);
  requestAnimationFrame(() => {
    delete root.dataset.restoring;
  });
}

export function afterRender(pending: PendingRender, view: RenderedView, siteName: string): void {
  if (view.kind === "page") {
    const { page } = view;
    // A preview's draft comes with `seo.noindex` set by the API.
    applyPageHead(page.seo, page.path, siteName);
    const feedPath =
      "feed_path" in page && typeof page.feed_path === "string" ? page.feed_path : null;
    applyFeedLink(feedPath, page.seo.canonical, siteName);
  } else if (view.kind === "not-found") applyNotFoundHead(siteName);

  if (pending.mode === "initial") {
    // First load: the browser's own focus and reading order start at the top.
    if (pending.scrollY !== null) restoreScroll(pending.scrollY);
    else hashTarget(pending.hash)?.scrollIntoView();
    return;
  }

  const heading = document.querySelector<HTMLElement>("main h1");
  heading?.focus({ preventScroll: true });
  if (pending.mode === "pop") {
    restoreScroll(pending.scrollY ?? 0);
  } else {
    const target = hashTarget(pending.hash);
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }
  // A page may say more than its name (the search: how many results it found).
  announce(heading?.dataset.announce ?? announcement(view));
}
