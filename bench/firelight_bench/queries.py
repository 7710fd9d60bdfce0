"""Queries per resolve, for one representative page of each page type (the first live
public page of that type in tree order), printed as JSON:
``{"types": {type: {"path", "id", "uncached", "cached", "stock"}}}``.

Run by ``bench/run.py`` with the bench settings and a memory cache: *uncached* is the
count of a resolve right after the cache was emptied (image renditions already exist:
they are made at upload and publish time), *cached* the count of the next one, and
*stock* the count of Wagtail's API v2 doing the same job (``find`` and the detail), also
with the cache just emptied, for comparison.
"""

from __future__ import annotations

import json

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from core.testing import representative_pages  # noqa: E402


def count_queries(client: Client, path: str, *, stock: bool = False) -> int:
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        if stock:
            found = client.get("/api/v2/pages/find/", {"html_path": path})
            assert found.status_code == 302, (path, found.status_code)
            response = client.get(found["Location"])
        else:
            response = client.get("/api/pages/resolve/", {"path": path})
    assert response.status_code == 200, (path, response.status_code)
    return queries


def main() -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    report = {}
    for name, (path, page_id) in representative_pages().items():
        cache.clear()
        client.get("/api/pages/resolve/", {"path": path})  # the first request of a worker
        cache.clear()
        uncached = count_queries(client, path)
        cached = count_queries(client, path)
        cache.clear()
        stock = count_queries(client, path, stock=True)
        report[name] = {
            "path": path,
            "id": page_id,
            "uncached": uncached,
            "cached": cached,
            "stock": stock,
        }
    print(json.dumps({"types": report}))


main()
