"""URL safety for links that editors or data supply."""

from urllib.parse import urlsplit

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a site-relative path or uses a safe scheme, else ``None``
    (no ``javascript:``, ``data:`` or protocol-relative ``//host`` targets)."""
    url = (url or "").strip()
    if not url:
        return None
    if url.startswith("/"):
        return None if url.startswith("//") or url.startswith("/\\\\") else url
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SAFE_SCHEMES else None
