"""Running the real server for the end-to-end suite and the benchmarks: a free port, a
fresh database (or a copy of one), and gunicorn serving it until the block ends."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BACKEND = Path(__file__).resolve().parent.parent / "backend"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database_url(var_dir: Path, suffix: str = "e2e") -> str:
    """An empty database for a run: ``<name>_<suffix>`` beside ``DATABASE_URL`` when it
    is PostgreSQL, else a SQLite file in ``var_dir``."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{var_dir / f'{suffix}.sqlite3'}"
    return _recreate(url, suffix, "")


def clone_database(source_url: str, suffix: str) -> str:
    """A PostgreSQL copy of a seeded database, ``<name>_<suffix>`` (a template copy:
    seconds, where seeding again would take a minute)."""
    source = urlsplit(source_url).path.lstrip("/")
    return _recreate(source_url, suffix, f' TEMPLATE "{source}"')


def drop_database(url: str) -> None:
    with _server_connection(url) as connection:
        connection.execute(
            f'DROP DATABASE IF EXISTS "{urlsplit(url).path.lstrip("/")}" WITH (FORCE)'
        )


def _recreate(url: str, suffix: str, template: str) -> str:
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/')}_{suffix}"
    with _server_connection(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"{template}')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _server_connection(url: str):
    import psycopg

    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    return psycopg.connect(admin_url, autocommit=True)


@contextlib.contextmanager
def gunicorn(
    env: dict[str, str],
    log_path: Path,
    workers: int = 2,
    options: Sequence[str] = (),
    ready_path: str = "/api/site/",
) -> Iterator[str]:
    """gunicorn serving the backend with ``env`` on a free port, its output in
    ``log_path``: yields the base URL once ``ready_path`` answers 200, and stops it
    afterwards."""
    port = free_port()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "config.wsgi"),
                *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
                *("--chdir", str(BACKEND), *options),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(f"{url}{ready_path}", process)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"The server did not answer {url} within {timeout} s")


def forget_cache_entries(env: dict[str, str]) -> None:
    """Remove this run's entries from a shared Redis (a file cache dies with var_dir)."""
    if not env.get("REDIS_URL"):
        return
    import redis

    client = redis.Redis.from_url(env["REDIS_URL"])
    keys = list(client.scan_iter(match=f"{env['CACHE_KEY_PREFIX']}:*", count=500))
    if keys:
        client.delete(*keys)
