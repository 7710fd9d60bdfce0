"""What a browser fetches, for ``bench/run.py``: for each page type, the JavaScript and
CSS a direct load fetches (gzipped bytes, as the server sends them), the API requests
made before first contentful paint, and the API requests of a client-side navigation
to the page from the home page.

    python bench/browser_checks.py http://127.0.0.1:8000 '{"home.HomePage": "/", ...}'

prints a JSON object keyed by page type.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, Request, sync_playwright

DIST = Path(__file__).resolve().parent.parent / "frontend" / "dist"
CHROMIUM = "/usr/bin/chromium"


def loads_page(url: str, path: str) -> bool:
    """Whether ``url`` brings the data of the page at ``path``: its resolve, or the
    site's menus (which come inlined and should never be fetched again)."""
    parts = urlsplit(url)
    if parts.path == "/api/site/":
        return True
    return parts.path == "/api/pages/resolve/" and parse_qs(parts.query).get("path") == [path]


def gzipped_size(url: str) -> int:
    """Bytes on the wire: the precompressed file the server sends, or the file
    gzipped at the same level when it is too small to have one."""
    file = DIST / urlsplit(url).path.lstrip("/")
    packed = file.with_name(file.name + ".gz")
    if packed.exists():
        return packed.stat().st_size
    return len(gzip.compress(file.read_bytes(), compresslevel=9))


def is_api(request: Request) -> bool:
    return urlsplit(request.url).path.startswith("/api/")


def direct_load(page: Page, base: str, path: str) -> dict:
    requests: list[Request] = []

    def record(request: Request) -> None:
        requests.append(request)

    page.on("request", record)
    page.goto(base + path, wait_until="networkidle")
    page.get_by_role("main").get_by_role("heading", level=1).wait_for()
    page.remove_listener("request", record)
    fcp = page.evaluate(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
    )
    # No first paint at all is a failure, not "no request before it".
    api_before_fcp = None
    if fcp is not None:
        api_before_fcp = page.evaluate(
            """(fcp) => performance.getEntriesByType('resource').filter(
                (entry) => new URL(entry.name).pathname.startsWith('/api/')
                    && entry.startTime < fcp).length""",
            fcp,
        )
    scripts = [r.url for r in requests if r.resource_type == "script" and "/assets/" in r.url]
    styles = [r.url for r in requests if r.resource_type == "stylesheet" and "/assets/" in r.url]
    return {
        "fcp_ms": round(fcp) if fcp is not None else None,
        "api_requests_before_fcp": api_before_fcp,
        "api_requests_on_load": sum(1 for r in requests if is_api(r)),
        "js_gzip_bytes": sum(gzipped_size(url) for url in scripts),
        "css_gzip_bytes": sum(gzipped_size(url) for url in styles),
        "scripts": [urlsplit(url).path for url in scripts],
    }


def settle(page: Page, requests: list, quiet_ms: int = 500, limit_ms: int = 5000) -> None:
    """Waits until no request has started for ``quiet_ms`` (a page loaded client-side
    never reaches Playwright's "network idle" again): what a page sends after painting
    (a post's read count) is then counted too."""
    seen, waited = -1, 0
    while len(requests) != seen and waited < limit_ms:
        seen = len(requests)
        page.wait_for_timeout(quiet_ms)
        waited += quiet_ms


def client_navigation(page: Page, base: str, path: str, start: str) -> dict:
    """API requests made by following a link from ``start`` to ``path`` in the SPA, in
    a fresh browser context: those that load the page, and the others (a post's read
    count, sent after it has painted)."""
    page.goto(base + start, wait_until="networkidle")
    requests: list[Request] = []

    def record(request: Request) -> None:
        requests.append(request)

    page.on("request", record)
    page.evaluate(
        """(path) => {
            const link = document.createElement('a');
            link.href = path;
            link.textContent = 'Benchmark link';
            document.querySelector('main').prepend(link);
        }""",
        path,
    )
    with page.expect_response(lambda r: urlsplit(r.url).path == "/api/pages/resolve/"):
        page.get_by_role("link", name="Benchmark link").click()
    page.wait_for_function("(path) => location.pathname === path", arg=path)
    settle(page, requests)
    page.remove_listener("request", record)
    api = [r for r in requests if is_api(r)]
    loads = [r for r in api if r.method == "GET" and loads_page(r.url, path)]
    return {
        "page_data": len(loads),
        "other": [f"{r.method} {urlsplit(r.url).path}" for r in api if r not in loads],
    }


def main() -> None:
    base, paths = sys.argv[1], json.loads(sys.argv[2])
    report = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for name, path in paths.items():
            context = browser.new_context()
            result = direct_load(context.new_page(), base, path)
            context.close()
            # A fresh context: nothing this visit did (a counted read) is remembered.
            context = browser.new_context()
            start = "/" if path != "/" else "/blog/"
            navigation = client_navigation(context.new_page(), base, path, start)
            result["api_requests_client_navigation"] = navigation["page_data"]
            result["api_requests_after_navigation"] = navigation["other"]
            report[name] = result
            context.close()
        browser.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
