"""End-to-end fixtures: a real server (gunicorn, two worker processes) on a fresh
database seeded with the demo site, and Chromium driven by Playwright.

The database is a fresh SQLite file, or, when ``DATABASE_URL`` names a PostgreSQL
server (as in CI), a fresh ``<name>_e2e`` database on that server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.mailbox import Mailbox
from e2e.pages.event_pages import EventDetail, EventListing
from e2e.pages.site_page import SitePage
from e2e.server import forget_cache_entries, fresh_database_url, gunicorn

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
DIST_INDEX = REPO / "frontend" / "dist" / "index.html"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[str]:
    if not DIST_INDEX.exists():
        pytest.exit("The frontend is not built: run `make build` first.", returncode=1)
    var_dir = tmp_path_factory.mktemp("e2e-var")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "FIRELIGHT_VAR_DIR": str(var_dir),
        "DATABASE_URL": fresh_database_url(var_dir),
        "PYTHONPATH": str(BACKEND),
        # E-mails are written to files, so journeys can follow the links they carry.
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(var_dir / "mail"),
    }
    _MAILBOX["dir"] = var_dir / "mail"
    # With REDIS_URL set (CI), the workers share Redis as in production; a fresh key
    # prefix keeps earlier runs' entries out.
    env["CACHE_KEY_PREFIX"] = f"e2e-{os.getpid()}-{time.time_ns()}"
    manage = [sys.executable, str(BACKEND / "manage.py")]
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["seed_demo", "-v0"],
        ["ensure_demo_editor", "-v0"],
    ):
        subprocess.run([*manage, *command], env=env, check=True, cwd=REPO)
    try:
        with gunicorn(env, var_dir / "server.log", options=("--access-logfile", "-")) as url:
            yield url
    finally:
        forget_cache_entries(env)
        if os.environ.get("E2E_KEEP_LOGS"):
            shutil.copy(var_dir / "server.log", REPO / "e2e-server.log")


@pytest.fixture(scope="session")
def base_url(live_server: str) -> str:
    return live_server


_MAILBOX: dict[str, Path] = {}


@pytest.fixture(scope="session")
def mailbox(live_server: str) -> Mailbox:
    """The e-mails the server sent."""
    return Mailbox(_MAILBOX["dir"])


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    args = {
        **browser_type_launch_args,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }
    if Path(CHROMIUM).exists():
        # Playwright's own browser download is not available here: use the system one.
        args["executable_path"] = CHROMIUM
    return args


@pytest.fixture
def site(page) -> SitePage:
    """The site as a visitor sees it, in a desktop-sized browser."""
    return SitePage(page)


@pytest.fixture
def event_listing(page) -> EventListing:
    return EventListing(page)


@pytest.fixture
def event_detail(page) -> EventDetail:
    return EventDetail(page)


@pytest.fixture
def phone_site(browser, base_url) -> Iterator[SitePage]:
    """The site on a phone-sized screen with touch."""
    context = browser.new_context(
        base_url=base_url,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    page = context.new_page()
    try:
        yield SitePage(page)
    finally:
        context.close()
