"""The RSS 2.0 feed of a blog index (``/blog/feed/``), with absolute URLs on the public
host, cached like the delivery API and invalidated by the same content changes."""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from blog.models import BlogIndexPage, BlogPage
from blog.serializers import posts_queryset
from core.api.references import site_relative_path
from core.models import SiteSettings
from core.querysets import public_pages
from core.site_files import serve_site_file

FEED_LIMIT = 50
CONTENT_TYPE = "application/rss+xml; charset=utf-8"


def blog_feed(request: HttpRequest, index_path: str = "") -> HttpResponse:
    """The feed of the blog index at ``index_path``; any other ``…/feed/`` path is an
    ordinary page path, answered by the HTML shell."""
    return serve_site_file(
        request,
        "feed",
        index_path,
        build_feed,
        lambda xml: HttpResponse(xml, content_type=CONTENT_TYPE),
    )


def build_feed(site: Site, path: str, base_url: str) -> bytes | None:
    root = site.root_page
    index = (
        public_pages(BlogIndexPage.objects.filter(url_path=root.url_path + path.lstrip("/")))
        .only("id", "title", "url_path", "path", "depth", "intro", "search_description")
        .first()
    )
    if index is None:
        return None
    index_url = base_url + path
    organisation = SiteSettings.for_site(site).organisation_name
    feed = Rss201rev2Feed(
        title=f"{index.title} | {organisation}",
        link=index_url,
        description=index.search_description or index.intro or index.title,
        language=settings.LANGUAGE_CODE,
        feed_url=index_url + "feed/",
    )
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    for post in posts_queryset(BlogPage.objects.child_of(index))[:FEED_LIMIT]:
        url = base_url + site_relative_path(post.url_path, root.url_path)
        feed.add_item(
            title=post.title,
            link=url,
            description=post.intro,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=datetime.datetime.combine(post.date, datetime.time(9), tzinfo=zone),
            updateddate=post.last_published_at,
            author_name=post.author_name,
            categories=[category.name for category in post.categories.all()],
        )
    return feed.writeString("utf-8").encode("utf-8")
