"""Publish to live, for ``bench/run.py``: an editor's publish (the same call as the
admin's Publish button) is followed at once by a visitor's resolve request and HTML
shell request to a running server; both must already show the new version.

    python -m firelight_bench.publish http://127.0.0.1:8000 /blog/some-post/

Run with the server's settings, database and cache. Prints JSON: the rounds, how many
requests served the old version, and the time from publish to each fresh answer.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.request
from urllib.parse import quote

import django

django.setup()

from wagtail.models import Page, Site  # noqa: E402

ROUNDS = 5


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


def main() -> None:
    base, path = sys.argv[1], sys.argv[2]
    root = Site.objects.get(is_default_site=True).root_page
    page = Page.objects.get(url_path=root.url_path + path.lstrip("/")).specific
    original = page.title
    resolve_url = f"{base}/api/pages/resolve/?path={quote(path)}"
    shell_url = base + path
    stale = 0
    seconds: list[float] = []
    try:
        for round_number in range(1, ROUNDS + 1):
            fetch(resolve_url)  # both answers are cached before the change
            fetch(shell_url)
            page.title = f"{original} (edition {round_number})"
            published = time.perf_counter()  # the editor presses Publish
            page.save_revision().publish()
            for url in (resolve_url, shell_url):
                body = fetch(url)
                if json.dumps(page.title)[1:-1] not in body and page.title not in body:
                    stale += 1
            seconds.append(time.perf_counter() - published)
    finally:
        page.title = original
        page.save_revision().publish()
    print(
        json.dumps(
            {
                "rounds": ROUNDS,
                "requests": 2 * ROUNDS,
                "stale_responses": stale,
                "publish_to_live_ms_max": round(max(seconds) * 1000, 1),
            }
        )
    )


main()
