"""Resolving a site path to the data that renders it: the one code path shared by the
resolve endpoint and the HTML shell, so the inlined data is exactly what the API answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import F
from django.http import HttpRequest
from rest_framework.utils.encoders import JSONEncoder
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from core import cache
from core.api.errors import flatten
from core.api.pages import (
    BasePageSerializer,
    Freshness,
    QueryNotFound,
    query_driven_types,
    query_parameter_fields,
    serializer_for,
)
from core.api.references import ReferenceResolver, site_relative_path
from core.models import SiteSettings
from core.querysets import public_pages
from core.urls import safe_url

MAX_PATH_LENGTH = 1024


class Resolution:
    """What a path resolves to: ``status`` 200 with a page or redirect body, or 404.

    The body travels as data (``body``) and as JSON text (``text``), each made from the
    other on first use: the cache keeps the text, which the API answers as it is and
    the HTML shell inlines as it is, so a cached page is never serialised again."""

    def __init__(
        self,
        status: int,
        body: dict[str, Any] | None = None,
        timeout: float | None = None,
        tracked: dict[str, str] | None = None,
        text: str | None = None,
    ) -> None:
        self.status = status
        if body is not None:
            self.body = body
        if text is not None:
            self.text = text
        #: Seconds the body may be cached when it changes with the clock (``None``:
        #: until the content changes).
        self.timeout = timeout
        #: The tracked figures it shows, with their versions when it was built.
        self.tracked = tracked

    @cached_property
    def body(self) -> dict[str, Any]:
        return json.loads(self.text)

    @cached_property
    def text(self) -> str:
        """The body as JSON that is also safe inside a ``<script>`` element."""
        return json_for_script(self.body)

    @property
    def redirect(self) -> dict[str, Any] | None:
        return self.body.get("redirect")


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``</script>`` or comment
    can close it early, and U+2028/9 cannot break older parsers)."""
    # DRF's encoder, so numbers, decimals and dates read exactly as the API sends them.
    return (
        json.dumps(
            data, ensure_ascii=False, allow_nan=False, separators=(",", ":"), cls=JSONEncoder
        )
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


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


def query_pairs(query: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """The parameters of ``query`` that some page type reads, sorted; others (campaign
    tags, the team directory's client-side filters) never change a response."""
    if not query:
        return []
    names = query_parameter_fields()
    return sorted((name, str(query[name])[:200]) for name in names if name in query)


def resolve(
    request: HttpRequest, raw_path: str, query: Mapping[str, str] | None = None
) -> Resolution:
    """The cached resolution of ``raw_path`` (with a listing's ``query``) on the
    request's site."""
    path = normalise_path(raw_path)
    if path is None:
        return Resolution(
            404, {"error": {"code": "invalid_path", "message": "That is not a valid page path."}}
        )
    pairs = query_pairs(query)
    base_url = public_base_url(request)

    def key_for(cache_pairs: list[tuple[str, str]]) -> str:
        return cache.key("resolve", base_url, request.get_host(), path, urlencode(cache_pairs))

    cached = fresh(cache.get(key_for(pairs)))
    if cached is None and pairs:
        # A page that ignores the query (or a redirect) is cached without it.
        plain = fresh(cache.get(key_for([])))
        if plain is not None and plain[3] not in query_driven_types():
            cached = plain
    if cached is not None:
        status, text, tracked, _type = cached
        return Resolution(status, text=text, tracked=tracked)
    versions = cache.tracked_versions()  # before serialising: a change meanwhile counts
    resolution, cache_pairs = resolve_uncached(request, path, base_url, pairs)
    if resolution.status == 200 and cache_pairs is not None and resolution.timeout != 0:
        # Unknown paths, non-canonical queries and search results are not cached:
        # anyone can invent them, so they must not be able to fill the cache.
        tracked = {name: versions[name] for name in resolution.tracked or {}}
        cache.set(
            key_for(cache_pairs),
            (resolution.status, resolution.text, tracked, resolution.body.get("type")),
            timeout=resolution.timeout,
        )
    return resolution


def fresh(entry: tuple | None) -> tuple | None:
    """A cached entry, unless a tracked figure it shows has changed since."""
    if entry is None:
        return None
    tracked = entry[2]
    if tracked and any(cache.tracked_version(name) != v for name, v in tracked.items()):
        return None
    return entry


def resolve_uncached(
    request: HttpRequest, path: str, base_url: str, pairs: list[tuple[str, str]]
) -> tuple[Resolution, list[tuple[str, str]] | None]:
    """The resolution, and the query it may be cached under (``None``: not cached)."""
    site = Site.find_for_request(request)
    if site is None:
        return not_found(path), None
    root = site.root_page
    url_path = root.url_path + path.lstrip("/")
    page = public_pages(Page.objects.filter(url_path=url_path)).specific().first()
    serializer_class = serializer_for(type(page)) if page is not None else None
    if serializer_class is not None:
        query_class = serializer_class.query_serializer
        freshness = Freshness()
        if query_class is None:
            body = serialize_page(page, site, root, base_url, freshness=freshness)
            return Resolution(200, body, freshness.timeout(), tracked_of(freshness)), []
        reader = query_class(data=dict(pairs))
        if not reader.is_valid():
            return invalid_query(reader.errors), None
        canonical = reader.canonical(reader.validated_data)
        try:
            body = serialize_page(
                page,
                site,
                root,
                base_url,
                query=reader.validated_data,
                canonical=canonical,
                freshness=freshness,
            )
        except QueryNotFound as error:
            return Resolution(404, {"error": {"code": "not_found", "message": str(error)}}), None
        resolution = Resolution(200, body, freshness.timeout(), tracked_of(freshness))
        return resolution, pairs if canonical == pairs else None
    redirect = find_redirect(site, path)
    if redirect is not None:
        return Resolution(200, {"redirect": redirect}), []
    return not_found(path), None


def tracked_of(freshness: Freshness) -> dict[str, str] | None:
    return dict.fromkeys(freshness.tracked, "") or None


def invalid_query(errors: dict[str, Any]) -> Resolution:
    fields = flatten(errors)
    message = " ".join(f"{name}: {' '.join(messages)}" for name, messages in fields.items())
    return Resolution(
        404,
        {
            "error": {
                "code": "invalid_query",
                "message": f"This list has no such view ({message})",
                "fields": fields,
            }
        },
    )


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


def default_query(serializer_class: type[BasePageSerializer]) -> dict[str, Any]:
    if serializer_class.query_serializer is None:
        return {}
    reader = serializer_class.query_serializer(data={})
    reader.is_valid(raise_exception=True)
    return dict(reader.validated_data)


def serialize_page(
    page: Page,
    site: Site,
    root: Page,
    base_url: str,
    *,
    query: dict[str, Any] | None = None,
    canonical: list[tuple[str, str]] | None = None,
    freshness: Freshness | None = None,
    ancestors: list[Page] | None = None,
) -> dict[str, Any]:
    """The resolve body of a public page (also used to warm renditions on publish).
    Its ancestors are public too (see ``public_pages``), so breadcrumbs reveal nothing.
    ``query`` holds a listing's validated parameters (defaults when ``None``);
    ``ancestors`` (root to the page itself) are given for a draft that is not saved."""
    serializer_class: type[BasePageSerializer] = serializer_for(type(page))
    refs = ReferenceResolver(root_url_path=root.url_path, base_url=base_url)
    context = {
        "refs": refs,
        "root": root,
        "base_url": base_url,
        "site_settings": SiteSettings.for_site(site),
        "ancestors": ancestors
        if ancestors is not None
        else list(
            page.get_ancestors(inclusive=True)
            .filter(depth__gte=root.depth)
            .only("id", "title", "url_path", "depth")
        ),
        "query": query if query is not None else default_query(serializer_class),
        "query_string": urlencode(canonical or []),
        "freshness": freshness or Freshness(),
    }
    return refs.finish(dict(serializer_class(page, context=context).data))
