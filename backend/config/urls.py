"""Root URLs: admin, API, documents, media, and the HTML shell for every other path.

The SPA's built assets (``frontend/dist``) are served by WhiteNoise, before URL routing.
"""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve as serve_media
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from blog.feeds import blog_feed
from core.discovery import robots, sitemap
from core.health import healthz, readyz
from core.preview import shared_preview
from core.shell import ShellView
from events.calendar import calendar_file

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail sends visitors here to sign in for a document of a collection kept for
    # signed-in users or groups (without this name, such a document was a server error);
    # people sign in through the admin.
    path(
        "_util/login/",
        RedirectView.as_view(url="/admin/login/", query_string=True),
        name="wagtailcore_login",
    ),
    path("api/", include("config.api")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots, name="robots"),
    # Liveness and readiness probes (load balancers, docker-compose's healthcheck).
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # A shared draft (/preview/?token=…): "preview" is a reserved top-level slug.
    path("preview/", shared_preview, name="shared-preview"),
    # Documents are served by Wagtail (/documents/<id>/<name>), which checks a private
    # collection's restriction; their files are never served directly from /media/.
    re_path(
        r"^media/(?!documents/)(?P<path>.*)$",
        serve_media,
        {"document_root": settings.MEDIA_ROOT},
    ),
    # A blog index's RSS feed (any other …/feed/ path falls through to the shell).
    re_path(r"^(?P<index_path>(?:[\w\-]+/)*)feed/$", blog_feed, name="blog-feed"),
    # An event's calendar file (<event path>.ics) or an index's (<index path>calendar.ics).
    re_path(r"^(?P<path>(?:[\w\-]+/)*[\w\-]+)\.ics$", calendar_file, name="event-calendar"),
    # Named ``wagtail_serve`` so that Wagtail's ``page.url`` (used by the admin's "View
    # live" links) points at the shell.
    re_path(r"^((?:[\w\-]+/)*)$", ShellView.as_view(), name="wagtail_serve"),
    re_path(r"^.*$", ShellView.as_view(), name="shell"),
]

handler400 = "core.api.views.bad_request"
