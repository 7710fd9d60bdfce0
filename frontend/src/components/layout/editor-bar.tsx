/**
 * The bars above the header that visitors never see: the banner over a preview of a
 * draft, and the bar of an editor signed in to the admin, with a link to edit the page
 * shown. This module loads only when one of them is needed (styles in layout.css).
 */
import { API_BASE, type Preview } from "../../lib/api-client";

/**
 * The admin's editor for page `id`. The admin lives with the API: on the backend's
 * origin when the SPA is configured with an API on another origin.
 */
export function editPageUrl(id: number): string {
  return `${API_BASE}/admin/pages/${id}/edit/`;
}

/** When a shareable link expires, in the visitor's time zone: "December 3, 2026 at 2:00 PM". */
export function expiryText(timestamp: string): string | null {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short" }).format(date);
}

function PreviewBanner({ preview }: { preview: Preview }) {
  const expires = preview.expires_at ? expiryText(preview.expires_at) : null;
  return (
    <section className="preview-banner" aria-label="Preview">
      <p className="preview-banner__inner container" role="note">
        <strong>Preview of a draft: not published</strong>
        {expires ? <> This link expires on {expires}.</> : null}
      </p>
    </section>
  );
}

interface EditorBarProps {
  /** Set while a preview of a draft is shown: its banner replaces the editor bar. */
  preview?: Preview | undefined;
  /** The page shown, or null (not found, a failure): no edit link then. */
  pageId: number | null;
}

export default function EditorBar({ preview, pageId }: EditorBarProps) {
  if (preview) return <PreviewBanner preview={preview} />;
  return (
    // A landmark of its own: it is outside the header and the main content.
    <section className="editor-bar" aria-label="Editor tools">
      <p className="editor-bar__inner container">
        You are signed in to the admin.{" "}
        {pageId !== null ? (
          <a className="editor-bar__link" href={editPageUrl(pageId)}>
            Edit this page
          </a>
        ) : null}
      </p>
    </section>
  );
}
