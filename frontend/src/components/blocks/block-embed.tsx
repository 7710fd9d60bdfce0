import type { components } from "../../lib/api-types";

type EmbedValue = components["schemas"]["EmbedValue"];

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** Providers often omit the iframe title screen readers announce; add the block's. */
export function withIframeTitle(html: string, title: string): string {
  if (!title) return html;
  return html.replace(/<iframe\b(?![^>]*\stitle=)/gi, `<iframe title="${escapeAttribute(title)}"`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export function BlockEmbed({ value }: { value: EmbedValue }) {
  const caption = value.caption ? (
    <figcaption className="figure__caption">{value.caption}</figcaption>
  ) : null;
  if (value.html) {
    return (
      <figure className="figure embed">
        {/* Provider player HTML from Wagtail's embed finder, trusted by the backend. */}
        <div
          className="embed__frame"
          dangerouslySetInnerHTML={{ __html: withIframeTitle(value.html, value.title) }}
        />
        {caption}
      </figure>
    );
  }
  return (
    <figure className="figure embed">
      <a className="embed__link" href={value.url}>
        <span className="embed__title">{value.title || value.url}</span>
        <span className="embed__host">Watch or view on {hostOf(value.url)}</span>
      </a>
      {caption}
    </figure>
  );
}
