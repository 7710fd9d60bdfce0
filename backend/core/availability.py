"""Graceful failure when the database (or the shared cache) cannot be reached.

Without this, a database outage is an unhandled exception: a bare 500 and a full trace
in the log for every request. Instead the API answers 503 with its usual error body and
a ``Retry-After``, and a visitor's page load gets the SPA's ``index.html`` with nothing
inlined, so the app starts, asks the API, and shows its own "temporarily unavailable"
state with a way to try again. Each failed request is logged once, with its request id.

Connection errors, timeouts and locks are all ``OperationalError``; a connection that
died mid-request is ``InterfaceError``. Both mean "try again shortly", not a bug.
"""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import Resolver404, resolve
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape
from django.utils.http import escape_leading_slashes
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from core.api.errors import error_body
from core.shell import BODY_MARKER, HEAD_MARKER, load_template

logger = logging.getLogger(__name__)

UNAVAILABLE_ERRORS: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
    RedisTimeoutError,
)
RETRY_AFTER_SECONDS = 30
MESSAGE = "The site is temporarily unavailable. Please try again in a minute."
# Set on the request when an inner middleware (not the view) failed this way: Django
# has already turned that into a 500 and logged it; it is answered as a 503 instead.
_FLAG = "_firelight_unavailable"
SHELL_URL_NAMES = frozenset({"wagtail_serve", "shell"})


def is_unavailability(error: BaseException) -> bool:
    return isinstance(error, UNAVAILABLE_ERRORS)


class DatabaseUnavailableMiddleware:
    """Answers 503 (JSON for the API, the bare SPA for pages, a short page for the
    admin and files) when the request failed because the database or cache is down."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, _FLAG, False):
            # Django has logged the error with its trace; not a second time.
            return _logged(unavailable_response(request))
        return response

    def process_exception(self, request: HttpRequest, exception: Exception):
        """A view (or its template) failed: answer 503 instead of Django's 500."""
        if not is_unavailability(exception):
            return None
        logger.error(
            "Service unavailable: %s %r: %s: %s",
            request.method,
            request.path,
            type(exception).__name__,
            exception,
            extra={"status_code": 503, "error": type(exception).__name__},
        )
        return _logged(unavailable_response(request))


def _logged(response: HttpResponse) -> HttpResponse:
    """Marks the response as logged, so that Django does not log it once more."""
    response._has_been_logged = True
    return response


def _remember_unavailability(sender, request=None, **kwargs) -> None:
    """Django sends this while it turns an exception into a 500 (inside its ``except``
    block, so the exception is at hand); only exceptions outside the view get here."""
    error = sys.exc_info()[1]
    if request is not None and error is not None and is_unavailability(error):
        setattr(request, _FLAG, True)


got_request_exception.connect(_remember_unavailability, dispatch_uid="firelight-unavailable")


def unavailable_response(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse(error_body("unavailable", MESSAGE), status=503)
    elif _is_shell_path(request) and (template := load_template()) is not None:
        response = HttpResponse(_bare_shell(template), status=503)
    else:
        response = HttpResponse(_plain_page(request), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _is_shell_path(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
    return match.url_name in SHELL_URL_NAMES


def _title() -> str:
    return f"Temporarily unavailable | {settings.WAGTAIL_SITE_NAME}"


def _bare_shell(template: str) -> str:
    """The SPA's page with no data inlined: it fetches the page and shows the API's
    503 as its own "temporarily unavailable" state."""
    head = f'<title>{escape(_title())}</title>\n<meta name="robots" content="noindex">'
    return template.replace(HEAD_MARKER, head, 1).replace(BODY_MARKER, "", 1)


def _plain_page(request: HttpRequest) -> str:
    """For the admin, files and feeds (and a missing SPA build): no scripts, no styles."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="robots" content="noindex"><title>{escape(_title())}</title></head>'
        "<body><main><h1>We'll be right back</h1>"
        f"<p>{escape(MESSAGE)}</p>"
        # Leading slashes escaped: //evil.example/ must not become a link off the site.
        f'<p><a href="{escape(escape_leading_slashes(request.get_full_path()))}">'
        "Try again</a></p>"
        "</main></body></html>"
    )
