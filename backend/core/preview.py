"""Headless preview: drafts rendered by the real SPA, never by the public resolve.

- Wagtail's preview panel and "Preview" button call ``BasePage.serve_preview``: the
  draft (the unsaved form data while typing) is serialised like a published page and
  inlined in the SPA's HTML shell, marked ``preview`` and ``noindex``. When the SPA is
  hosted elsewhere (``FRONTEND_ORIGIN``), the serialised draft is kept briefly in the
  cache and the iframe is sent to ``<FRONTEND_ORIGIN>/preview/?token=…``, where the SPA
  reads it from ``GET /api/pages/preview/?token=…``.
- A shareable link (``/preview/?token=…``, from the page header's "Share preview"
  button) names a page revision, signed and valid for ``PREVIEW_LINK_DAYS`` days.
- ``GET /api/pages/preview/?page_id=…`` answers a signed-in editor with the latest
  draft of a page they may edit. Anonymous requests without a valid token get nothing.
"""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import cache as django_cache
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from django.utils.html import escape
from wagtail.models import Page, Revision, Site

from core.api.resolve import public_base_url, serialize_page
from core.api.site import build_site_payload

SALT = "firelight.preview-link"
LIVE_PREVIEW_SECONDS = 60 * 60
CACHE_PREFIX = "firelight:preview:"


class PreviewUnavailable(Exception):
    """No preview for this token or request; the message says why."""


def link_days() -> int:
    return int(getattr(settings, "PREVIEW_LINK_DAYS", 7))


def site_of(page: Page, request: HttpRequest) -> Site:
    return (
        page.get_site() or Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    )


def draft_body(page: Page, request: HttpRequest) -> dict[str, Any]:
    """The resolve body of ``page`` as it is (a draft, possibly unsaved)."""
    page = page.specific if type(page) is Page else page
    site = site_of(page, request)
    root = site.root_page
    ancestors = [
        *page.get_ancestors()
        .filter(depth__gte=root.depth)
        .only("id", "title", "url_path", "depth"),
        page,
    ]
    body = serialize_page(page, site, root, public_base_url(request), ancestors=ancestors)
    body["seo"]["noindex"] = True
    return body


# -- shareable links ---------------------------------------------------------------------


def share_token(revision: Revision) -> str:
    return signing.dumps({"revision": revision.pk}, salt=SALT, compress=True)


def read_token(token: str, request: HttpRequest) -> tuple[dict[str, Any], datetime.datetime | None]:
    """The draft body a token names, and when the token expires (``None`` for a live
    preview's short-lived token)."""
    if not token or len(token) > 2000:
        raise PreviewUnavailable("This preview link is not valid.")
    cached = django_cache.get(CACHE_PREFIX + token) if token.isalnum() else None
    if cached is not None:
        return cached, None
    try:
        data, signed_at = loads_with_time(token)
    except signing.SignatureExpired as error:
        raise PreviewUnavailable(
            "This preview link has expired: ask an editor for a new one."
        ) from error
    except signing.BadSignature as error:
        raise PreviewUnavailable("This preview link is not valid.") from error
    revision = Revision.page_revisions.filter(pk=data.get("revision")).first()
    if revision is None:
        raise PreviewUnavailable("This draft no longer exists.")
    page = revision.as_object()
    return draft_body(page, request), signed_at + datetime.timedelta(days=link_days())


def loads_with_time(token: str) -> tuple[dict[str, Any], datetime.datetime]:
    """``signing.loads`` that also gives the signing time (for the expiry shown)."""
    data = signing.loads(token, salt=SALT, max_age=datetime.timedelta(days=link_days()))
    # A signed token is "payload:timestamp:signature" (the timestamp in base 62).
    timestamp = signing.b62_decode(token.rsplit(":", 2)[-2])
    return data, datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)


def share_url(revision: Revision, request: HttpRequest) -> str:
    return f"{public_base_url(request)}/preview/?token={share_token(revision)}"


# -- responses ---------------------------------------------------------------------------


def render_preview(
    request: HttpRequest, body: dict[str, Any], expires_at: datetime.datetime | None
) -> HttpResponse:
    """The SPA's shell with the draft inlined and marked as a preview."""
    from core.shell import load_template, render_shell

    template = load_template()
    site = build_site_payload(request)
    if template is None or site is None:
        return preview_error("The site cannot show previews yet (build the frontend).", 503)
    preview = {"expires_at": expires_at.isoformat() if expires_at else None}
    html = render_shell(template, body.get("path", "/"), body, site, preview=preview)
    return private(HttpResponse(html))


def preview_error(message: str, status: int = 404) -> HttpResponse:
    html = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        '<meta name="robots" content="noindex"><title>Preview unavailable</title>'
        f"<main><h1>Preview unavailable</h1><p>{escape(message)}</p></main></html>"
    )
    return private(HttpResponse(html, status=status))


def private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def serve_draft(page: Page, request: HttpRequest) -> HttpResponse:
    """What Wagtail's preview shows for ``page`` (see ``BasePage.serve_preview``)."""
    try:
        body = draft_body(page, request)
    except Exception as error:
        return preview_error(f"This draft cannot be previewed yet: {error}", 200)
    origin = getattr(settings, "FRONTEND_ORIGIN", "")
    if origin:
        token = secrets.token_urlsafe(24).replace("-", "a").replace("_", "b")
        django_cache.set(CACHE_PREFIX + token, body, LIVE_PREVIEW_SECONDS)
        return private(HttpResponseRedirect(f"{origin}/preview/?token={token}"))
    return render_preview(request, body, None)


def shared_preview(request: HttpRequest) -> HttpResponse:
    """``/preview/?token=…``: a shared draft, for anyone holding a valid link."""
    try:
        body, expires_at = read_token(request.GET.get("token", ""), request)
    except PreviewUnavailable as error:
        return preview_error(str(error))
    return render_preview(request, body, expires_at)


def editor_draft(request: HttpRequest, page_id: int) -> dict[str, Any]:
    """The latest draft of a page the signed-in user may edit."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        raise PermissionError("Sign in to the admin to preview drafts.")
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.permissions_for_user(user).can_edit():
        raise PreviewUnavailable("No draft you may preview has this id.")
    return draft_body(page.get_latest_revision_as_object(), request)
