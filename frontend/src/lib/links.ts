/**
 * Which link clicks and form submissions the SPA handles itself. Everything else (new
 * tabs, downloads, other origins, files and backend-served paths) is left to the browser.
 */

/** Paths served by the backend, not the SPA. */
const BACKEND_PREFIXES = [
  "/admin/",
  "/django-admin/",
  "/documents/",
  "/media/",
  "/api/",
  "/static/",
];
/** Feeds, sitemaps, calendar files and other downloads: a dot in the last segment. */
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i;
const FEED_PATH = /\/feed\/?$/;

export function isSpaPath(pathname: string): boolean {
  if (
    BACKEND_PREFIXES.some(
      (prefix) => pathname === prefix.slice(0, -1) || pathname.startsWith(prefix),
    )
  ) {
    return false;
  }
  return !FILE_PATH.test(pathname) && !FEED_PATH.test(pathname);
}

function closestAnchor(target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest("a[href]");
  return anchor instanceof HTMLAnchorElement ? anchor : null;
}

/**
 * The site-relative URL (path, query and hash) to navigate to client-side, or null
 * when the browser should follow the link itself.
 */
export function interceptableHref(
  event: MouseEvent,
  current: Location = window.location,
): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = closestAnchor(event.target);
  if (!anchor) return null;
  const target = anchor.getAttribute("target");
  if (target && target !== "_self") return null;
  if (anchor.hasAttribute("download")) return null;
  if (anchor.relList.contains("external")) return null;
  // A link that announces another media type (an RSS feed, a calendar) is not a page.
  if (anchor.type && !/^text\/html\b/i.test(anchor.type)) return null;

  let url: URL;
  try {
    url = new URL(anchor.href, current.href);
  } catch {
    return null;
  }
  if (url.origin !== current.origin) return null;
  if (!isSpaPath(url.pathname)) return null;
  // An anchor on the page being shown: let the browser scroll to it.
  if (url.hash && url.pathname === current.pathname && url.search === current.search) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * The site-relative URL a GET form (the site search) leads to, to load client-side as a
 * link would, or null when the browser should submit it itself. Forms that post, or
 * that a component already handles (prevented), are not touched.
 */
export function interceptableSubmit(
  event: SubmitEvent,
  current: Location = window.location,
): string | null {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return null;
  if (form.method !== "get" || (form.target && form.target !== "_self")) return null;
  const url = new URL(form.action, current.href);
  if (url.origin !== current.origin || !isSpaPath(url.pathname)) return null;
  // As the browser does: the fields replace the action's query (a GET form has no files).
  url.search = new URLSearchParams(new FormData(form) as unknown as string[][]).toString();
  return url.pathname + url.search;
}
