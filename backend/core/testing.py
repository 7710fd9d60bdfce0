"""Helpers for the API tests of every content area."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def resolve_json(client, path: str) -> dict:
    """The resolve body of ``path``, asserting a 200."""
    response = client.get("/api/pages/resolve/", {"path": path})
    assert response.status_code == 200, response.content
    return response.json()


def count_resolve_queries(client, path: str) -> int:
    """Queries of an uncached resolve of ``path``."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        resolve_json(client, path)
    return len(queries)
