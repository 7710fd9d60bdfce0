"""Helpers for the API tests of every content area."""

import smtplib

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def resolve_json(client, path: str, **query) -> dict:
    """The resolve body of ``path`` (with a listing's ``query``), asserting a 200."""
    response = client.get("/api/pages/resolve/", {"path": path, **query})
    assert response.status_code == 200, response.content
    return response.json()


def count_resolve_queries(client, path: str, **query) -> int:
    """Queries of an uncached resolve of ``path``, once image renditions exist (they are
    generated at upload and publish time, never in a visitor's request)."""
    cache.clear()
    resolve_json(client, path, **query)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        resolve_json(client, path, **query)
    return len(queries)


def representative_pages() -> dict[str, tuple[str, int]]:
    """One page of each page type of the default site (the first public page of that
    type in tree order), as ``{type label: (site path, id)}``: what the query budgets
    and the benchmarks measure."""
    from wagtail.models import Page, Site

    from core.api.pages import serializer_for
    from core.querysets import public_pages

    root = Site.objects.get(is_default_site=True).root_page
    found: dict[str, tuple[str, int]] = {}
    for page in public_pages(Page.objects.descendant_of(root, inclusive=True)).specific():
        name = page._meta.label
        if name not in found and serializer_for(type(page)) is not None:
            found[name] = ("/" + page.url_path[len(root.url_path) :], page.pk)
    return found


class FailingEmailBackend:
    """An SMTP server that is down (``settings.EMAIL_BACKEND`` in tests)."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
