"""Queries per resolve, for one representative page of each page type (the first live
public page of that type in tree order), printed as JSON:
``{"types": {type: {"path", "id", "uncached", "cached", "stock", "time", "stock_time"}}}``
(times: ``{"ms", "database_ms"}``).

Run by ``bench/run.py`` with the bench settings and a memory cache: *uncached* is the
count of a resolve right after the cache was emptied (image renditions already exist:
they are made at upload and publish time), *cached* the count of the next one, and
*stock* the count of Wagtail's API v2 doing the same job (``find`` and the detail), also
with the cache just emptied, for comparison; and, for both, the median time of an
uncached load in this process and the part of it spent in the database.
"""

from __future__ import annotations

import json
import statistics
import time

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from core.testing import representative_pages  # noqa: E402


class Load:
    """One uncached load of a page in this process: its queries, and the time it took in
    all and in the database (the driver's round trips included)."""

    def __init__(self, client: Client, path: str, *, stock: bool = False) -> None:
        self.queries = 0
        self.database = 0.0

        def count(execute, sql, params, many, context):
            self.queries += 1
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                self.database += time.perf_counter() - started

        started = time.perf_counter()
        with connection.execute_wrapper(count):
            if stock:
                found = client.get("/api/v2/pages/find/", {"html_path": path})
                assert found.status_code == 302, (path, found.status_code)
                response = client.get(found["Location"])
            else:
                response = client.get("/api/pages/resolve/", {"path": path})
        self.total = time.perf_counter() - started
        assert response.status_code == 200, (path, response.status_code)


def median_times(client: Client, path: str, *, stock: bool, runs: int = 9) -> dict[str, float]:
    """Median milliseconds of uncached loads, in all and in the database."""
    loads = []
    for _ in range(runs):
        cache.clear()
        loads.append(Load(client, path, stock=stock))
    return {
        "ms": round(statistics.median(load.total for load in loads) * 1000, 2),
        "database_ms": round(statistics.median(load.database for load in loads) * 1000, 2),
    }


def main() -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    report = {}
    for name, (path, page_id) in representative_pages().items():
        cache.clear()
        client.get("/api/pages/resolve/", {"path": path})  # the first request of a worker
        cache.clear()
        uncached = Load(client, path).queries
        cached = Load(client, path).queries
        cache.clear()
        stock = Load(client, path, stock=True).queries
        report[name] = {
            "path": path,
            "id": page_id,
            "uncached": uncached,
            "cached": cached,
            "stock": stock,
            "time": median_times(client, path, stock=False),
            "stock_time": median_times(client, path, stock=True),
        }
    print(json.dumps({"types": report}))


main()
