"""What search engines read beside the pages: ``/sitemap.xml`` (every live, public page
with its last-modified date, on the public host) and ``/robots.txt`` (pointing at it,
keeping crawlers out of the admin and the API). Cached like the delivery API and
invalidated by the same content changes."""

from __future__ import annotations

from xml.sax.saxutils import escape

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.models import Page, Site

from core import cache
from core.api.references import site_relative_path
from core.api.resolve import public_base_url
from core.querysets import public_pages

SITEMAP_LIMIT = 50_000  # the sitemap protocol's maximum per file


def sitemap_entries(site: Site) -> list[tuple[str, str | None]]:
    """(site-relative path, last-modified date) of every public page of ``site``."""
    from core.models import SearchPage

    root = site.root_page
    pages = (
        public_pages(Page.objects.descendant_of(root, inclusive=True))
        .not_type(SearchPage)  # never indexed
        .order_by("path")
        .values_list("url_path", "last_published_at")[:SITEMAP_LIMIT]
    )
    return [
        (
            site_relative_path(url_path, root.url_path),
            published.date().isoformat() if published else None,
        )
        for url_path, published in pages
    ]


def build_sitemap(site: Site, base_url: str) -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for path, modified in sitemap_entries(site):
        lines.append(f"  <url><loc>{escape(base_url + path)}</loc>")
        if modified:
            lines.append(f"    <lastmod>{modified}</lastmod>")
        lines.append("  </url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def sitemap(request: HttpRequest) -> HttpResponse:
    site = Site.find_for_request(request)
    if site is None:
        return HttpResponse("No site is configured for this host.", status=404)
    base_url = public_base_url(request)
    key = cache.key("sitemap", base_url, request.get_host())
    xml = cache.get(key)
    if xml is None:
        xml = build_sitemap(site, base_url)
        cache.set(key, xml)
    response = HttpResponse(xml, content_type="application/xml; charset=utf-8")
    cache.revalidate_every_time(response)
    return response


def robots(request: HttpRequest) -> HttpResponse:
    base_url = public_base_url(request)
    text = "\n".join(
        [
            "User-agent: *",
            "Disallow: /admin/",
            "Disallow: /api/",
            "Disallow: /search/",
            "",
            f"Sitemap: {base_url}/sitemap.xml",
            "",
        ]
    )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=3600)
    return response
