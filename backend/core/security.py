"""Security headers on every response: Content-Security-Policy, Permissions-Policy and
X-Frame-Options (Django's ``SecurityMiddleware`` adds HSTS on HTTPS, nosniff,
Referrer-Policy and Cross-Origin-Opener-Policy).

Three policies, chosen by what the response is:

- **HTML of the site** (the SPA's shell, shared previews): scripts, styles, fonts and
  connections from this origin only. The page data and JSON-LD are inlined as
  non-executable ``application/json`` scripts, so no inline script runs and none needs
  allowing; frames only from the embed providers the embed block accepts.
- **HTML of the admin**: Wagtail's editor has a few inline scripts (widget and panel
  initialisers). Each carries this response's nonce (``{% csp_nonce %}`` in the
  overridden templates, and :func:`nonce_chooser_scripts` for the chooser widgets), so
  ``script-src`` needs neither ``'unsafe-inline'`` nor ``'unsafe-eval'``. Wagtail sets
  inline ``style`` attributes throughout, so the admin allows inline styles.
- **Everything else** (API JSON, files, feeds, calendars): nothing may load or frame it.

Frames: only the admin's preview (Wagtail marks its preview views ``SAMEORIGIN``) may be
framed, by the admin itself; every other response is ``frame-ancestors 'none'`` and
``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import contextvars
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.http import HttpRequest, HttpResponse

ADMIN_PREFIX = "/admin/"
CSP_HEADER = "Content-Security-Policy"

# Powerful features the site never uses: denied to the site and to every frame in it.
# (Embedded players keep autoplay, fullscreen and picture-in-picture.)
DENIED_FEATURES = (
    "accelerometer",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "serial",
    "usb",
)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)

# Nothing may load, run or frame what is not a page (JSON, files, feeds, calendars).
RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'"

_nonce: contextvars.ContextVar[str] = contextvars.ContextVar("csp_nonce", default="")


def current_nonce() -> str:
    """This request's script nonce ("" outside the admin). A context variable, because
    Wagtail renders widget templates without the request."""
    return _nonce.get()


def origin_of(url: str) -> str | None:
    """``scheme://host[:port]`` of an absolute URL, ``None`` for a site-relative one."""
    parts = urlsplit(url or "")
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def _serialize(directives: dict[str, list[str]]) -> str:
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def _with_origins(*sources: str | None) -> list[str]:
    """``sources`` without the empty ones and duplicates, in order."""
    return list(dict.fromkeys(source for source in sources if source))


def embed_frame_sources() -> list[str]:
    """The origins of the embed providers' players (see ``EMBED_PROVIDERS``)."""
    return list(getattr(settings, "CSP_FRAME_SOURCES", []))


def site_policy(frame_ancestors: str) -> str:
    """The SPA's shell and other public HTML: no inline script or style."""
    media = origin_of(settings.MEDIA_URL)
    return _serialize(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'"],
            "style-src": ["'self'"],
            "img-src": _with_origins("'self'", "data:", media),
            "font-src": ["'self'"],
            "connect-src": ["'self'"],
            "media-src": _with_origins("'self'", media),
            "frame-src": embed_frame_sources() or ["'none'"],
            "object-src": ["'none'"],
            "base-uri": ["'self'"],
            "form-action": ["'self'"],
            "frame-ancestors": [frame_ancestors],
        }
    )


def admin_policy(nonce: str, frame_ancestors: str) -> str:
    """Wagtail's admin: inline scripts only with this response's nonce; inline styles
    allowed (Wagtail's templates and scripts set ``style`` attributes); the preview
    panel's frame (this origin, or ``FRONTEND_ORIGIN`` when the SPA is hosted there)."""
    media = origin_of(settings.MEDIA_URL)
    frontend = origin_of(getattr(settings, "FRONTEND_ORIGIN", ""))
    return _serialize(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'", f"'nonce-{nonce}'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": _with_origins("'self'", "data:", "blob:", media),
            "font-src": ["'self'", "data:"],
            "connect-src": ["'self'"],
            "media-src": _with_origins("'self'", "blob:", media),
            "frame-src": _with_origins("'self'", frontend, *embed_frame_sources()),
            "object-src": ["'none'"],
            "base-uri": ["'self'"],
            "form-action": ["'self'"],
            "frame-ancestors": [frame_ancestors],
        }
    )


def with_frame_ancestors(policy: str, source: str) -> str:
    """``policy`` with its ``frame-ancestors`` directive replaced by ``source``."""
    directives = [
        part.strip()
        for part in policy.split(";")
        if part.strip() and part.split()[0] != "frame-ancestors"
    ]
    return "; ".join([*directives, f"frame-ancestors {source}"])


def is_html(response: HttpResponse) -> bool:
    content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return content_type in ("text/html", "application/xhtml+xml")


def is_admin(request: HttpRequest) -> bool:
    return request.path.startswith(ADMIN_PREFIX)


class SecurityHeadersMiddleware:
    """Adds the Content-Security-Policy, Permissions-Policy and X-Frame-Options headers
    to every response (WhiteNoise's files too: it runs after this middleware), and gives
    admin requests the script nonce their templates print."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        nonce = secrets.token_urlsafe(18) if is_admin(request) else ""
        request.csp_nonce = nonce
        token = _nonce.set(nonce)
        try:
            response = self.get_response(request)
        finally:
            _nonce.reset(token)
        self.add_headers(response, nonce)
        return response

    def add_headers(self, response: HttpResponse, nonce: str) -> None:
        # Wagtail marks what the admin frames (its previews) SAMEORIGIN; Django's
        # XFrameOptionsMiddleware has set DENY on the rest, and WhiteNoise's files
        # have no header yet.
        framed = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
        response.headers.setdefault("X-Frame-Options", "DENY")
        frame_ancestors = "'self'" if framed else "'none'"
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if CSP_HEADER in response:
            # The view's own, stricter policy (Wagtail's documents and images), or a
            # preview's: Wagtail renders it through the middleware as a request for the
            # page's public URL, then marks the response for the admin to frame.
            if framed:
                response[CSP_HEADER] = with_frame_ancestors(response[CSP_HEADER], "'self'")
            return
        if settings.DEBUG and response.status_code >= 500:
            return  # Django's traceback page (development only) styles itself inline
        if not is_html(response):
            response[CSP_HEADER] = RESOURCE_POLICY
        elif nonce:
            response[CSP_HEADER] = admin_policy(nonce, frame_ancestors)
        else:
            response[CSP_HEADER] = site_policy(frame_ancestors)


# -- Wagtail's chooser widgets ------------------------------------------------------------


def nonce_chooser_scripts() -> None:
    """Give the initialiser script of Wagtail's chooser widgets (page, image, document,
    snippet and task choosers) this response's nonce.

    ``BaseChooser.render`` writes its ``<script>`` in Python, so no template override
    reaches it. This is Wagtail 8.0's ``BaseChooser.render`` with only the nonce added
    (kept as ``render.replaces``: a test fails when an upgrade changes it).
    """
    from django.utils.safestring import mark_safe
    from wagtail.admin.widgets.chooser import BaseChooser

    if getattr(BaseChooser.render, "csp_nonce", False):
        return

    def render(self, name, value, attrs=None, renderer=None):
        try:
            id_ = attrs["id"]
        except (KeyError, TypeError) as e:
            raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
        value_data = self.get_value_data(value)
        widget_html = self.render_html(name, value_data, attrs)
        js = self.render_js_init(id_, name, value_data)
        return mark_safe(f'{widget_html}<script nonce="{current_nonce()}">{js}</script>')

    render.csp_nonce = True
    render.replaces = BaseChooser.render
    BaseChooser.render = render


# -- deployment checks ---------------------------------------------------------------------


@checks.register(checks.Tags.security)
def check_cors(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Credentials may only go to origins named one by one: never to any origin."""
    errors = []
    if getattr(settings, "CORS_ALLOW_ALL_ORIGINS", False) or "*" in settings.CORS_ALLOWED_ORIGINS:
        errors.append(
            checks.Error(
                "CORS must name the allowed origins (CORS_ALLOWED_ORIGINS), not allow all.",
                id="firelight.E001",
            )
        )
    if getattr(settings, "CORS_ALLOWED_ORIGIN_REGEXES", None):
        errors.append(
            checks.Error(
                "CORS origins are listed one by one, not matched by regexes.",
                id="firelight.E002",
            )
        )
    return errors
