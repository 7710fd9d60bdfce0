"""The site with its database down: the real server (gunicorn) pointed at a PostgreSQL
port where nothing listens. Visitors get the SPA's friendly "temporarily unavailable"
state with a way to retry; the API answers 503 with its error body; the probes say
live but not ready."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from e2e.accessibility import assert_no_axe_violations
from e2e.server import BACKEND, free_port, gunicorn


@pytest.fixture(scope="module")
def server_without_database(tmp_path_factory) -> Iterator[str]:
    """gunicorn whose database cannot be reached (a closed port), with its own file
    cache; started once /healthz answers, which needs no database."""
    var_dir = tmp_path_factory.mktemp("reliability-var")
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "FIRELIGHT_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"postgres://firelight@127.0.0.1:{free_port()}/firelight",
        "CACHE_KEY_PREFIX": f"reliability-{os.getpid()}-{time.time_ns()}",
        "PYTHONPATH": str(BACKEND),
    }
    # Started once /healthz answers: it needs no database.
    with gunicorn(env, var_dir / "server.log", workers=1, ready_path="/healthz") as url:
        yield url


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_probes_say_live_but_not_ready(server_without_database):
    assert get(f"{server_without_database}/healthz")[0] == 200
    status, _headers, body = get(f"{server_without_database}/readyz")
    assert status == 503
    checks = json.loads(body)["checks"]
    assert checks["database"] == {"status": "error", "reason": "OperationalError"}
    assert checks["cache"]["status"] == "ok"


def test_the_api_answers_503_with_its_error_body(server_without_database):
    status, headers, body = get(f"{server_without_database}/api/pages/resolve/?path=/")
    assert status == 503
    assert headers["Retry-After"] == "30"
    assert json.loads(body)["error"]["code"] == "unavailable"
    assert b"Traceback" not in body


def test_a_visitor_sees_a_friendly_error_with_a_retry(browser: Browser, server_without_database):
    context = browser.new_context(base_url=server_without_database)
    page = context.new_page()
    try:
        response = page.goto("/supervision/")
        assert response is not None and response.status == 503
        expect(page.get_by_role("heading", level=1)).to_have_text("We'll be right back")
        expect(page.get_by_text("Please try again in a minute", exact=False)).to_be_visible()
        expect(page).to_have_title("Temporarily unavailable | Firelight")
        retry = page.get_by_role("button", name="Try again")
        expect(retry).to_be_visible()
        assert_no_axe_violations(page)
        # Trying again asks the API again, and says the same while it is down.
        with page.expect_response(lambda r: "/api/pages/resolve/" in r.url) as answer:
            retry.click()
        assert answer.value.status == 503
        expect(page.get_by_role("heading", level=1)).to_have_text("We'll be right back")
    finally:
        context.close()
