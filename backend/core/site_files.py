"""Files served beside the pages for a site path (a blog's RSS feed, events' calendar
files): built once, cached with the content version, and, when the path names nothing,
answered by the HTML shell (its 404 page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from wagtail.models import Site

from core import cache
from core.api.resolve import normalise_path, public_base_url


def serve_site_file(
    request: HttpRequest,
    kind: str,
    raw_path: str,
    build: Callable[[Site, str, str], Any | None],
    respond: Callable[[Any], HttpResponse],
    timeout: float | None = None,
) -> HttpResponse:
    """``build(site, path, base_url)`` makes the cached value (``None``: no such file);
    ``respond(value)`` turns it into the response."""
    from core.shell import ShellView

    site = Site.find_for_request(request)
    path = normalise_path(raw_path)
    if site is None or path is None:
        return ShellView.as_view()(request)
    base_url = public_base_url(request)
    key = cache.key(kind, base_url, request.get_host(), path)
    value = cache.get(key)
    if value is None:
        value = build(site, path, base_url)
        if value is None:
            return ShellView.as_view()(request)
        cache.set(key, value, timeout=timeout)
    response = respond(value)
    cache.revalidate_every_time(response)
    return response
