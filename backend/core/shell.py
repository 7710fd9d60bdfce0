"""The HTML shell: the built SPA's ``index.html`` with the page's head tags, JSON-LD and
the resolve and site data inlined, answered with the page's real HTTP status.

Search engines and link previews read complete head tags without running JavaScript,
and the SPA's first render needs no API request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.utils.html import escape
from django.utils.http import escape_leading_slashes
from django.views import View

from core.api.resolve import json_for_script, resolve
from core.api.site import build_site_payload
from core.cache import revalidate_every_time

DATA_ELEMENT_ID = "firelight-data"
HEAD_MARKER = "<!--firelight:head-->"
BODY_MARKER = "<!--firelight:data-->"

_template_cache: dict[str, Any] = {"mtime": None, "html": None}


def load_template() -> str | None:
    """The built ``index.html``, re-read when a new build replaces it."""
    index = Path(settings.FRONTEND_DIST_DIR) / "index.html"
    try:
        mtime = index.stat().st_mtime
    except FileNotFoundError:
        return None
    if _template_cache["mtime"] != mtime:
        _template_cache["html"] = index.read_text(encoding="utf-8")
        _template_cache["mtime"] = mtime
    return _template_cache["html"]


def head_tags(body: dict[str, Any], site: dict[str, Any]) -> str:
    """``<title>``, description, canonical, Open Graph, Twitter and JSON-LD tags."""
    seo = body.get("seo")
    if not seo:
        title = f"Page not found | {site['name']}"
        return f'<title>{escape(title)}</title>\n<meta name="robots" content="noindex">'
    tags = [
        f"<title>{escape(seo['title'])}</title>",
        f'<meta name="description" content="{escape(seo["description"])}">',
        f'<link rel="canonical" href="{escape(seo["canonical"])}">',
        f'<meta property="og:site_name" content="{escape(site["name"])}">',
        f'<meta property="og:type" content="{"website" if body["path"] == "/" else "article"}">',
        f'<meta property="og:title" content="{escape(seo["title"])}">',
        f'<meta property="og:description" content="{escape(seo["description"])}">',
        f'<meta property="og:url" content="{escape(seo["canonical"])}">',
    ]
    if seo.get("noindex"):
        tags.append('<meta name="robots" content="noindex">')
    image = seo.get("og_image")
    if image:
        tags += [
            f'<meta property="og:image" content="{escape(image["src"])}">',
            f'<meta property="og:image:width" content="{image["width"]}">',
            f'<meta property="og:image:height" content="{image["height"]}">',
            f'<meta property="og:image:alt" content="{escape(image["alt"])}">',
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:image" content="{escape(image["src"])}">',
        ]
    else:
        tags.append('<meta name="twitter:card" content="summary">')
    tags += [
        f'<meta name="twitter:title" content="{escape(seo["title"])}">',
        f'<meta name="twitter:description" content="{escape(seo["description"])}">',
    ]
    feed_path = body.get("feed_path")
    if isinstance(feed_path, str):
        # Feed readers find the blog's RSS from any of its pages.
        feed_url = urljoin(seo["canonical"], feed_path)
        tags.append(
            '<link rel="alternate" type="application/rss+xml" '
            f'title="{escape(site["name"])} blog" href="{escape(feed_url)}">'
        )
    calendar_path = body.get("calendar_path")
    if isinstance(calendar_path, str):
        # Calendar apps subscribe to an event listing's upcoming events (or one event).
        calendar_url = urljoin(seo["canonical"], calendar_path)
        tags.append(
            '<link rel="alternate" type="text/calendar" '
            f'title="{escape(body.get("title", ""))}" href="{escape(calendar_url)}">'
        )
    tags += [
        f'<script type="application/ld+json">{json_for_script(item)}</script>'
        for item in seo.get("json_ld", [])
    ]
    return "\n".join(tags)


def render_shell(
    template: str,
    path: str,
    body: dict[str, Any],
    site: dict[str, Any],
    *,
    preview: dict[str, Any] | None = None,
    body_text: str | None = None,
) -> str:
    """The page's HTML. ``body_text`` is ``body`` as script-safe JSON when it is at hand
    (a cached resolution), so it is not serialised again."""
    page = body_text if body_text is not None else json_for_script(body)
    data = f'{{"path":{json_for_script(path)},"page":{page},"site":{json_for_script(site)}'
    if preview is not None:
        data += f',"preview":{json_for_script(preview)}'
    data_tag = f'<script id="{DATA_ELEMENT_ID}" type="application/json">{data}}}</script>'
    return template.replace(HEAD_MARKER, head_tags(body, site), 1).replace(BODY_MARKER, data_tag, 1)


class ShellView(View):
    """Serves the SPA for every path that is not the admin, the API or a file."""

    http_method_names = ["get", "head"]

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        last_segment = request.path.rsplit("/", 1)[-1]
        if last_segment and "." not in last_segment:
            # One URL per page: /contact → /contact/ (and /admin → /admin/). Leading
            # slashes are escaped so that //evil.example/x cannot leave the site.
            query = request.META.get("QUERY_STRING")
            target = escape_leading_slashes(request.path + "/")
            return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))
        template = load_template()
        if template is None:
            return HttpResponse(
                "The frontend has not been built yet: run `make build` (or `make run`).",
                status=503,
                content_type="text/plain; charset=utf-8",
            )
        site = build_site_payload(request)
        if site is None:
            return HttpResponse(
                "No site is configured for this host.",
                status=404,
                content_type="text/plain; charset=utf-8",
            )
        resolution = resolve(request, request.path, request.GET)
        redirect = resolution.redirect
        if redirect:
            target = redirect["to"]
            if request.META.get("QUERY_STRING") and "?" not in target:
                target = f"{target}?{request.META['QUERY_STRING']}"
            redirect_class = (
                HttpResponsePermanentRedirect if redirect["permanent"] else HttpResponseRedirect
            )
            return redirect_class(target)
        html = render_shell(
            template, request.path, resolution.body, site, body_text=resolution.text
        )
        response = HttpResponse(html, status=resolution.status)
        revalidate_every_time(response)
        return response
