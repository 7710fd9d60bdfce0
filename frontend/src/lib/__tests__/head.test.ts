import { describe, expect, it } from "vitest";

import { applyFeedLink, applyNotFoundHead, applyPageHead } from "../head";
import { image, seo } from "../../test/fixtures";

const meta = (selector: string) =>
  document.head.querySelector<HTMLMetaElement>(`meta[${selector}]`)?.content;

describe("head tags", () => {
  it("mirror the page's SEO data", () => {
    applyPageHead(
      { ...seo("Supervision", "/supervision/"), og_image: image },
      "/supervision/",
      "Firelight",
    );
    expect(document.title).toBe("Supervision | Firelight Clinical Supervision");
    expect(meta('name="description"')).toBe("All about supervision.");
    expect(document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href).toBe(
      "https://firelight.example/supervision/",
    );
    expect(meta('property="og:title"')).toBe("Supervision | Firelight Clinical Supervision");
    expect(meta('property="og:type"')).toBe("article");
    expect(meta('property="og:image"')).toBe(image.src);
    expect(meta('name="twitter:card"')).toBe("summary_large_image");
    const jsonLd = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(jsonLd).toHaveLength(1);
    expect(JSON.parse(jsonLd[0]!.textContent!)).toMatchObject({ "@type": "WebPage" });
  });

  it("replace the previous page's tags rather than adding to them", () => {
    applyPageHead({ ...seo("A", "/a/"), og_image: image }, "/a/", "Firelight");
    applyPageHead(seo("B", "/b/"), "/b/", "Firelight");
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(meta('name="description"')).toBe("All about b.");
    expect(meta('property="og:image"')).toBeUndefined();
    expect(meta('name="twitter:card"')).toBe("summary");
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
  });

  it("keep search engines away from pages marked noindex, and only from those", () => {
    applyPageHead({ ...seo("Search", "/search/"), noindex: true }, "/search/", "Firelight");
    expect(document.head.querySelectorAll('meta[name="robots"]')).toHaveLength(1);
    expect(meta('name="robots"')).toBe("noindex");
    applyPageHead({ ...seo("Search", "/search/"), noindex: true }, "/search/", "Firelight");
    expect(document.head.querySelectorAll('meta[name="robots"]')).toHaveLength(1);
    applyPageHead(seo("Supervision", "/supervision/"), "/supervision/", "Firelight");
    expect(meta('name="robots"')).toBeUndefined();
  });

  it("for a missing page: a plain title, noindex and no canonical", () => {
    applyPageHead(seo("A", "/a/"), "/a/", "Firelight");
    applyNotFoundHead("Firelight");
    expect(document.title).toBe("Page not found | Firelight");
    expect(meta('name="robots"')).toBe("noindex");
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta('name="description"')).toBeUndefined();
    applyPageHead(seo("A", "/a/"), "/a/", "Firelight");
    expect(meta('name="robots"')).toBeUndefined();
  });

  it("announce the blog's feed on its pages, as the shell does, and only there", () => {
    const feeds = () =>
      document.head.querySelectorAll<HTMLLinkElement>(
        'link[rel="alternate"][type="application/rss+xml"]',
      );
    applyFeedLink("/blog/feed/", "https://firelight.example/blog/a-post/", "Firelight");
    applyFeedLink("/blog/feed/", "https://firelight.example/blog/", "Firelight");
    expect(feeds()).toHaveLength(1);
    expect(feeds()[0]?.href).toBe("https://firelight.example/blog/feed/");
    expect(feeds()[0]?.title).toBe("Firelight blog");
    applyFeedLink(null, "https://firelight.example/", "Firelight");
    expect(feeds()).toHaveLength(0);
    applyFeedLink("/blog/feed/", "https://firelight.example/blog/", "Firelight");
    applyNotFoundHead("Firelight");
    expect(feeds()).toHaveLength(0);
  });
});
