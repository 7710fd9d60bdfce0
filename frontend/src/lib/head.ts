/**
 * Keeps the document head in step with client-side navigations, mirroring the tags
 * the HTML shell writes on the server (title, description, canonical, Open Graph,
 * Twitter, robots, JSON-LD) so shared links and the browser tab stay correct.
 */
import type { Seo } from "./api-client";

type MetaKey = { attr: "name" | "property"; key: string };

function setMeta({ attr, key }: MetaKey, content: string | null, doc: Document): void {
  let element = doc.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
  if (content === null) {
    element?.remove();
    return;
  }
  if (!element) {
    element = doc.createElement("meta");
    element.setAttribute(attr, key);
    doc.head.appendChild(element);
  }
  element.content = content;
}

function setCanonical(href: string | null, doc: Document): void {
  let link = doc.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (href === null) {
    link?.remove();
    return;
  }
  if (!link) {
    link = doc.createElement("link");
    link.rel = "canonical";
    doc.head.appendChild(link);
  }
  link.href = href;
}

function setJsonLd(items: readonly unknown[], doc: Document): void {
  doc.head.querySelectorAll('script[type="application/ld+json"]').forEach((el) => el.remove());
  for (const item of items) {
    const script = doc.createElement("script");
    script.type = "application/ld+json";
    script.textContent = JSON.stringify(item);
    doc.head.appendChild(script);
  }
}

const name = (key: string): MetaKey => ({ attr: "name", key });
const property = (key: string): MetaKey => ({ attr: "property", key });

export function applyPageHead(seo: Seo, path: string, siteName: string, doc: Document = document) {
  const image = seo.og_image;
  doc.title = seo.title;
  setMeta(name("description"), seo.description, doc);
  // The shell writes noindex for such pages (search results, drafts); others drop it.
  setMeta(name("robots"), seo.noindex ? "noindex" : null, doc);
  setCanonical(seo.canonical, doc);
  setMeta(property("og:site_name"), siteName || null, doc);
  setMeta(property("og:type"), path === "/" ? "website" : "article", doc);
  setMeta(property("og:title"), seo.title, doc);
  setMeta(property("og:description"), seo.description, doc);
  setMeta(property("og:url"), seo.canonical, doc);
  setMeta(property("og:image"), image?.src ?? null, doc);
  setMeta(property("og:image:width"), image ? String(image.width) : null, doc);
  setMeta(property("og:image:height"), image ? String(image.height) : null, doc);
  setMeta(property("og:image:alt"), image?.alt ?? null, doc);
  setMeta(name("twitter:card"), image ? "summary_large_image" : "summary", doc);
  setMeta(name("twitter:image"), image?.src ?? null, doc);
  setMeta(name("twitter:title"), seo.title, doc);
  setMeta(name("twitter:description"), seo.description, doc);
  setJsonLd(seo.json_ld, doc);
}

const FEED_LINK = 'link[rel="alternate"][type="application/rss+xml"]';

/**
 * The blog's RSS feed, announced to feed readers on the pages that have one (the API
 * gives them a `feed_path`), as the shell does; removed on every other page.
 */
export function applyFeedLink(
  feedPath: string | null,
  canonical: string,
  siteName: string,
  doc: Document = document,
) {
  let link = doc.head.querySelector<HTMLLinkElement>(FEED_LINK);
  if (feedPath === null) {
    link?.remove();
    return;
  }
  if (!link) {
    link = doc.createElement("link");
    link.rel = "alternate";
    link.type = "application/rss+xml";
    doc.head.appendChild(link);
  }
  link.title = siteName ? `${siteName} blog` : "Blog";
  try {
    link.href = new URL(feedPath, canonical).href;
  } catch {
    link.href = feedPath;
  }
}

/** The head the shell writes for an unknown path: a plain title and noindex. */
export function applyNotFoundHead(siteName: string, doc: Document = document) {
  doc.title = siteName ? `Page not found | ${siteName}` : "Page not found";
  for (const key of [
    "description",
    "twitter:card",
    "twitter:image",
    "twitter:title",
    "twitter:description",
  ]) {
    setMeta(name(key), null, doc);
  }
  for (const key of [
    "og:site_name",
    "og:type",
    "og:title",
    "og:description",
    "og:url",
    "og:image",
    "og:image:width",
    "og:image:height",
    "og:image:alt",
  ]) {
    setMeta(property(key), null, doc);
  }
  setCanonical(null, doc);
  applyFeedLink(null, "", siteName, doc);
  setJsonLd([], doc);
  setMeta(name("robots"), "noindex", doc);
}
