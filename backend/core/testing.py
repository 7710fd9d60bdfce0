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


class FailingEmailBackend:
    """An SMTP server that is down (``settings.EMAIL_BACKEND`` in tests)."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
