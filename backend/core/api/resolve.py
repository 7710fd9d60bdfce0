"""Resolving a site path to the data that renders it: the one code path shared by the
resolve endpoint and the HTML shell, so the inlined data is exactly what the API answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import F
from django.http import HttpRequest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from core import cache
from core.api.pages import BasePageSerializer, serializer_for
from core.api.references import ReferenceResolver, site_relative_path
from core.models import SiteSettings
from core.querysets import public_pages
from core.urls import safe_url

MAX_PATH_LENGTH = 1024


@dataclass(frozen=True)
class Resolution:
    """What a path resolves to: ``status`` 200 with a page or redirect body, or 404."""

    status: int
    body: dict[str, Any]

    @property
    def redirect(self) -> dict[str, Any] | None:
        return self.body.get("redirect")


def public_base_url(request: HttpRequest) -> str:
    """The public origin: ``PUBLIC_BASE_URL`` when set, else the request's own."""
    return settings.PUBLIC_BASE_URL or f"{request.scheme}://{request.get_host()}"


def normalise_path(path: str) -> str | None:
    """``supervision/group`` → ``/supervision/group/``; ``None`` for a path that cannot
    name a page (too long, or with a query, fragment or dot segment)."""
    path = (path or "/").strip()
    if len(path) > MAX_PATH_LENGTH or any(c in path for c in "?#\\\x00"):
        return None
    segments = [segment for segment in path.split("/") if segment]
    if any(segment in (".", "..") for segment in segments):
        return None
    return "/" + "".join(f"{segment}/" for segment in segments)


def not_found(path: str) -> Resolution:
    return Resolution(
        404, {"error": {"code": "not_found", "message": f"No page is published at {path}."}}
    )


def resolve(request: HttpRequest, raw_path: str) -> Resolution:
    """The cached resolution of ``raw_path`` on the request's site."""
    path = normalise_path(raw_path)
    if path is None:
        return Resolution(
            404, {"error": {"code": "invalid_path", "message": "That is not a valid page path."}}
        )
    base_url = public_base_url(request)
    key = cache.key("resolve", base_url, request.get_host(), path)
    cached = cache.get(key)
    if cached is not None:
        return Resolution(*cached)
    resolution = resolve_uncached(request, path, base_url)
    if resolution.status == 200:
        # Unknown paths are not cached: anyone can invent them, and they are cheap.
        cache.set(key, (resolution.status, resolution.body))
    return resolution


def resolve_uncached(request: HttpRequest, path: str, base_url: str) -> Resolution:
    site = Site.find_for_request(request)
    if site is None:
        return not_found(path)
    root = site.root_page
    url_path = root.url_path + path.lstrip("/")
    page = public_pages(Page.objects.filter(url_path=url_path)).specific().first()
    if page is not None and serializer_for(type(page)) is not None:
        return Resolution(200, serialize_page(page, site, root, base_url))
    redirect = find_redirect(site, path)
    if redirect is not None:
        return Resolution(200, {"redirect": redirect})
    return not_found(path)


def find_redirect(site: Site, path: str) -> dict[str, Any] | None:
    """A Wagtail redirect from ``path`` (site-specific first, then all sites), or
    ``None`` when its target is neither a public page of this site nor a safe URL."""
    redirect = (
        Redirect.get_for_site(site)
        .filter(old_path=Redirect.normalise_path(path))
        .order_by(F("site_id").desc(nulls_last=True))
        .first()
    )
    if redirect is None:
        return None
    root_url_path = site.root_page.url_path
    if redirect.redirect_page_id:
        target = (
            public_pages(Page.objects.filter(pk=redirect.redirect_page_id))
            .filter(url_path__startswith=root_url_path)
            .values_list("url_path", flat=True)
            .first()
        )
        to = site_relative_path(target, root_url_path) if target else None
    else:
        to = safe_url(redirect.redirect_link)
    if not to:
        return None
    return {"to": to, "permanent": redirect.is_permanent}


def serialize_page(page: Page, site: Site, root: Page, base_url: str) -> dict[str, Any]:
    """The resolve body of a public page (also used to warm renditions on publish).
    Its ancestors are public too (see ``public_pages``), so breadcrumbs reveal nothing."""
    serializer_class: type[BasePageSerializer] = serializer_for(type(page))
    refs = ReferenceResolver(root_url_path=root.url_path, base_url=base_url)
    context = {
        "refs": refs,
        "root": root,
        "base_url": base_url,
        "site_settings": SiteSettings.for_site(site),
        "ancestors": list(
            page.get_ancestors(inclusive=True)
            .filter(depth__gte=root.depth)
            .only("id", "title", "url_path", "depth")
        ),
    }
    return refs.finish(dict(serializer_class(page, context=context).data))
