"""``make backup`` / ``make restore`` (scripts/backup.py): a restored site has every row
and every uploaded file of the one that was backed up."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "scripts/backup.py"


def load_script():
    """scripts/backup.py as a module (it is not on the import path)."""
    if "firelight_backup" not in sys.modules:
        spec = importlib.util.spec_from_file_location("firelight_backup", SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules["firelight_backup"] = module
        spec.loader.exec_module(module)
    return sys.modules["firelight_backup"]


def checksums(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def write_files(directory: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        (directory / name).write_bytes(content)


# -- SQLite (``make run``'s database): runs everywhere ------------------------------


@pytest.fixture
def sqlite_site(tmp_path):
    """A small SQLite database and upload directories, as the settings would name them."""
    script = load_script()
    database = tmp_path / "site/db.sqlite3"
    database.parent.mkdir()
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("CREATE TABLE leads (id INTEGER PRIMARY KEY)")
        connection.executemany("INSERT INTO pages (title) VALUES (?)", [("a",), ("b",), ("c",)])
        connection.commit()
    media, private = tmp_path / "site/media", tmp_path / "site/private"
    write_files(media, {"images/a.jpg": b"\xff\xd8jpeg", "documents/fees.pdf": b"%PDF-1.7"})
    write_files(private, {"cvs/cv.pdf": b"%PDF private"})
    site = script.Site(
        database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(database)},
        uploads={"media": media, "private_media": private},
    )
    return script, site


def test_sqlite_round_trip(sqlite_site, tmp_path):
    script, site = sqlite_site
    backup_dir = script.backup(site, tmp_path / "backups")
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["database"] == {
        "engine": "sqlite",
        "file": "database.sqlite3",
        "tables": {"leads": 0, "pages": 3},
    }
    assert manifest["uploads"]["media"]["files"] == 2
    assert set(manifest["files"]) == {"database.sqlite3", "media.tar.gz", "private-media.tar.gz"}
    assert not list((tmp_path / "backups").glob(".*partial"))

    target = script.Site(
        database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "new/db.sqlite3")},
        uploads={"media": tmp_path / "new/media", "private_media": tmp_path / "new/private"},
    )
    assert script.restore(target, backup_dir) == []
    assert script.Sqlite(target.database).row_counts() == {"leads": 0, "pages": 3}
    for key in ("media", "private_media"):
        assert checksums(target.uploads[key]) == checksums(site.uploads[key])


def test_restore_refuses_a_site_with_data_unless_forced(sqlite_site, tmp_path):
    script, site = sqlite_site
    backup_dir = script.backup(site, tmp_path / "backups")
    with closing(sqlite3.connect(site.database["NAME"])) as connection:
        connection.execute("INSERT INTO leads DEFAULT VALUES")
        connection.commit()
    write_files(site.uploads["media"], {"images/new.jpg": b"newer"})
    with pytest.raises(script.BackupError, match=r"existing data.*--force"):
        script.restore(site, backup_dir)
    assert script.Sqlite(site.database).row_counts()["leads"] == 1  # untouched

    assert script.restore(site, backup_dir, force=True) == []
    assert script.Sqlite(site.database).row_counts() == {"leads": 0, "pages": 3}
    assert "images/new.jpg" not in checksums(site.uploads["media"])  # replaced, not merged


def test_a_damaged_backup_is_refused_before_anything_changes(sqlite_site, tmp_path):
    script, site = sqlite_site
    backup_dir = script.backup(site, tmp_path / "backups")
    with (backup_dir / "media.tar.gz").open("ab") as archive:
        archive.write(b"rot")
    with pytest.raises(script.BackupError, match="damaged"):
        script.restore(site, backup_dir, force=True)
    assert "images/a.jpg" in checksums(site.uploads["media"])


def test_restore_invalidates_the_delivery_cache(sqlite_site, tmp_path):
    from core.cache import content_version

    script, site = sqlite_site
    backup_dir = script.backup(site, tmp_path / "backups")
    before = content_version()
    script.restore(site, backup_dir, force=True)
    assert content_version() != before


# -- PostgreSQL (the production path): a seeded database round trip ------------------

DATABASE_URL = os.environ.get("DATABASE_URL", "")
needs_postgres = pytest.mark.skipif(
    not DATABASE_URL.startswith(("postgres://", "postgresql://")),
    reason="the PostgreSQL round trip needs DATABASE_URL to name a PostgreSQL server",
)


def server_connection(url: str):
    import psycopg

    return psycopg.connect(urlunsplit(urlsplit(url)._replace(path="/postgres")), autocommit=True)


def database_url(suffix: str) -> str:
    parts = urlsplit(DATABASE_URL)
    return urlunsplit(parts._replace(path=f"/{parts.path.lstrip('/')}_{suffix}"))


def recreate(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with server_connection(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with server_connection(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def row_counts(url: str) -> dict[str, int]:
    import psycopg
    from psycopg import sql

    with psycopg.connect(url) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
        return {
            table: connection.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


def site_env(tmp_path: Path, name: str, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": url,
        "FIRELIGHT_VAR_DIR": str(tmp_path / f"{name}-var"),
        "MEDIA_ROOT": str(tmp_path / f"{name}-media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / f"{name}-private"),
    }


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=900
    )


@needs_postgres
def test_postgres_round_trip_of_the_seeded_demo(tmp_path):
    source_url, target_url = database_url("backup_src"), database_url("backup_dst")
    source, target = site_env(tmp_path, "src", source_url), site_env(tmp_path, "dst", target_url)
    recreate(source_url)
    recreate(target_url)
    try:
        manage = str(REPO / "backend/manage.py")
        for command in (["migrate", "--no-input", "-v0"], ["seed_demo", "-v0"]):
            result = run([manage, *command], source)
            assert result.returncode == 0, result.stderr
        write_files(Path(source["PRIVATE_MEDIA_ROOT"]), {"leads/cv.pdf": b"%PDF a visitor's CV"})

        result = run([str(SCRIPT), "backup", "--dir", str(tmp_path / "backups")], source)
        assert result.returncode == 0, result.stderr
        (backup_dir,) = (tmp_path / "backups").iterdir()
        manifest = json.loads((backup_dir / "manifest.json").read_text())
        counts = row_counts(source_url)
        assert manifest["database"]["tables"] == counts
        assert counts["wagtailcore_page"] > 20 and counts["wagtailimages_image"] > 0

        result = run([str(SCRIPT), "restore", str(backup_dir)], target)
        assert result.returncode == 0, result.stderr
        assert row_counts(target_url) == counts
        for key in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
            restored = checksums(Path(target[key]))
            assert restored and restored == checksums(Path(source[key]))

        # Once restored, the target holds data: a second restore must be forced.
        again = run([str(SCRIPT), "restore", str(backup_dir)], target)
        assert again.returncode == 2 and "--force" in again.stderr
        forced = run([str(SCRIPT), "restore", str(backup_dir), "--force"], target)
        assert forced.returncode == 0, forced.stderr
        assert row_counts(target_url) == counts
    finally:
        drop(source_url)
        drop(target_url)
