#!/usr/bin/env python3
"""Back up and restore the site's state: the database and the uploaded files.

    python scripts/backup.py backup [--dir backups]          (make backup)
    python scripts/backup.py restore <backup> [--force]      (make restore BACKUP=...)

The database and the upload directories are the ones the site itself uses: Django's
settings (``DATABASE_URL``, ``MEDIA_ROOT``, ``PRIVATE_MEDIA_ROOT``, with
``DJANGO_SETTINGS_MODULE`` defaulting to the development settings as manage.py does).
A backup is a directory ``<dir>/<UTC timestamp>/`` holding

    database.dump         pg_dump's custom format (PostgreSQL; the supported path), or
    database.sqlite3      a copy of the embedded database (SQLite, for ``make run``)
    media.tar.gz          MEDIA_ROOT: images, their renditions, documents
    private-media.tar.gz  PRIVATE_MEDIA_ROOT: visitors' uploads (CVs)
    manifest.json         the row count of every table, and each file's size and SHA-256

PostgreSQL's row counts are taken in the very snapshot pg_dump reads, so a restore is
checked against them exactly. A backup is written under a temporary name and renamed
once complete: a directory with a manifest is a whole backup.

A restore checks the files against the manifest, refuses a target database or upload
directory that is not empty unless ``--force`` is given, restores the database
(``pg_restore --clean --if-exists --no-owner``, in one transaction), compares every
table's row count with the manifest, replaces the uploads, and invalidates the
delivery cache so that no worker serves pages from before the restore.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BACKEND = REPO / "backend"
MANIFEST = "manifest.json"
FORMAT = 1
ARCHIVES = {"media": "media.tar.gz", "private_media": "private-media.tar.gz"}
# Django's connection settings -> libpq's parameter names.
PG_PARAMS = {
    "NAME": "dbname",
    "USER": "user",
    "PASSWORD": "password",
    "HOST": "host",
    "PORT": "port",
}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


# -- settings ------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """Where the site keeps its state, as its settings say."""

    database: dict[str, Any]
    uploads: dict[str, Path]  # archive key -> directory


def load_site() -> Site:
    sys.path.insert(0, str(BACKEND))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django
    from django.conf import settings

    django.setup()
    return Site(
        database=dict(settings.DATABASES["default"]),
        uploads={
            "media": Path(settings.MEDIA_ROOT),
            "private_media": Path(settings.PRIVATE_MEDIA_ROOT),
        },
    )


# -- databases -----------------------------------------------------------------------


class Postgres:
    """pg_dump and pg_restore, with the connection taken from the settings; the password
    goes in the environment, never on a command line."""

    engine = "postgresql"
    file_name = "database.dump"

    def __init__(self, settings_dict: dict[str, Any]):
        self.settings = settings_dict

    def connect(self):
        import psycopg

        return psycopg.connect(**self._params())

    def _params(self) -> dict[str, str]:
        return {
            key: str(self.settings[name])
            for name, key in PG_PARAMS.items()
            if self.settings.get(name)
        }

    def _client(self, program: str, *args: str) -> list[str]:
        params = self._params()
        command = [program, "--dbname", params["dbname"]]
        for option in ("host", "port"):
            if option in params:
                command += [f"--{option}", params[option]]
        if "user" in params:
            command += ["--username", params["user"]]
        return [*command, "--no-password", *args]

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.settings.get("PASSWORD"):
            env["PGPASSWORD"] = str(self.settings["PASSWORD"])
        return env

    def dump(self, target: Path) -> dict[str, int]:
        import psycopg

        with self.connect() as connection:
            connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            # The counts and the dump see the same snapshot, so they agree exactly.
            (snapshot,) = connection.execute("SELECT pg_export_snapshot()").fetchone()
            counts = self.row_counts(connection)
            run(
                self._client(
                    "pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}"
                ),
                env=self._env(),
            )
            connection.rollback()
        return counts

    def restore(self, source: Path) -> None:
        run(
            self._client(
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                str(source),
            ),
            env=self._env(),
        )

    def tables(self, connection) -> list[str]:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
        return [name for (name,) in rows]

    def row_counts(self, connection=None) -> dict[str, int]:
        from psycopg import sql

        with self._connection(connection) as conn:
            return {
                table: conn.execute(
                    sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
                ).fetchone()[0]
                for table in self.tables(conn)
            }

    def is_empty(self) -> bool:
        with self.connect() as connection:
            return not self.tables(connection)

    @contextmanager
    def _connection(self, connection=None) -> Iterator[Any]:
        if connection is not None:
            yield connection
            return
        with self.connect() as own:
            yield own


class Sqlite:
    """The embedded database of ``make run``, copied with SQLite's online backup (a
    consistent copy even while the site writes)."""

    engine = "sqlite"
    file_name = "database.sqlite3"

    def __init__(self, settings_dict: dict[str, Any]):
        self.path = Path(settings_dict["NAME"])

    def dump(self, target: Path) -> dict[str, int]:
        if not self.path.exists():
            raise BackupError(f"There is no database at {self.path}.")
        copy_sqlite(self.path, target)
        return self.row_counts(target)

    def restore(self, source: Path) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        copy_sqlite(source, self.path)

    def row_counts(self, path: Path | None = None) -> dict[str, int]:
        with closing(sqlite3.connect(path or self.path)) as connection:
            names = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY 1"
                )
            ]
            return {
                name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for name in names
            }

    def is_empty(self) -> bool:
        return not self.path.exists() or not self.row_counts()


def copy_sqlite(source: Path, target: Path) -> None:
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def database_for(settings_dict: dict[str, Any]) -> Postgres | Sqlite:
    engine = settings_dict["ENGINE"]
    if engine.endswith("postgresql"):
        return Postgres(settings_dict)
    if engine.endswith("sqlite3"):
        return Sqlite(settings_dict)
    raise BackupError(f"Backups support PostgreSQL and SQLite, not {engine}.")


# -- files ---------------------------------------------------------------------------


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    try:
        subprocess.run(command, env=env, check=True, stdin=subprocess.DEVNULL)
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} is not installed: install PostgreSQL's client programs "
            "(the same major version as the server or newer)."
        ) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed (exit code {error.returncode}).") from error


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pack(directory: Path, archive: Path) -> dict[str, int]:
    """``directory``'s contents as a gzipped tar (empty when it does not exist)."""
    files = size = 0
    with tarfile.open(archive, "w:gz") as tar:
        if directory.is_dir():
            for path in sorted(directory.rglob("*")):
                tar.add(path, arcname=str(path.relative_to(directory)), recursive=False)
                if path.is_file():
                    files += 1
                    size += path.stat().st_size
    return {"files": files, "bytes": size}


def unpack(archive: Path, directory: Path) -> None:
    """Replaces ``directory``'s contents (not the directory: it may be a mounted volume)
    with the archive's; the ``data`` filter refuses links and paths leaving it."""
    directory.mkdir(parents=True, exist_ok=True)
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(directory, filter="data")


def has_files(directory: Path) -> bool:
    return directory.is_dir() and any(path.is_file() for path in directory.rglob("*"))


# -- backup --------------------------------------------------------------------------


def backup(site: Site, backup_root: Path) -> Path:
    """Writes a backup under ``backup_root`` and returns its directory."""
    database = database_for(site.database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = backup_root / stamp
    suffix = 1
    while final.exists():
        suffix += 1
        final = backup_root / f"{stamp}-{suffix}"
    partial = backup_root / f".{final.name}.partial"
    partial.mkdir(parents=True)
    try:
        counts = database.dump(partial / database.file_name)
        uploads = {key: pack(site.uploads[key], partial / name) for key, name in ARCHIVES.items()}
        files = [database.file_name, *ARCHIVES.values()]
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": {"engine": database.engine, "file": database.file_name, "tables": counts},
            "uploads": uploads,
            "files": {
                name: {"bytes": (partial / name).stat().st_size, "sha256": sha256(partial / name)}
                for name in files
            },
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


# -- restore -------------------------------------------------------------------------


def read_manifest(backup_dir: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((backup_dir / MANIFEST).read_text())
    except FileNotFoundError as error:
        raise BackupError(f"{backup_dir} is not a complete backup (no {MANIFEST}).") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{backup_dir} has backup format {manifest.get('format')}, not {FORMAT}.")
    for name, expected in manifest["files"].items():
        path = backup_dir / name
        if not path.is_file() or sha256(path) != expected["sha256"]:
            raise BackupError(f"{path} is missing or damaged (its checksum does not match).")
    return manifest


def compare_counts(expected: dict[str, int], actual: dict[str, int]) -> list[str]:
    problems = [
        f"{table}: {actual.get(table, 'missing')} rows, the backup has {rows}"
        for table, rows in sorted(expected.items())
        if actual.get(table) != rows
    ]
    problems += [f"{table}: not in the backup" for table in sorted(set(actual) - set(expected))]
    return problems


def invalidate_cache() -> None:
    """Pages cached before the restore must not be served after it."""
    from wagtail.models import Site as WagtailSite

    from core.cache import TRACKED, bump_content_version, bump_tracked

    bump_content_version()
    for name in TRACKED:
        bump_tracked(name)
    WagtailSite.clear_site_root_paths_cache()


def restore(site: Site, backup_dir: Path, force: bool = False) -> list[str]:
    """Restores ``backup_dir``; returns the row-count differences (none when exact)."""
    manifest = read_manifest(backup_dir)
    database = database_for(site.database)
    if manifest["database"]["engine"] != database.engine:
        raise BackupError(
            f"This is a {manifest['database']['engine']} backup; the target database is "
            f"{database.engine}."
        )
    if not force:
        occupied = ["the database"] if not database.is_empty() else []
        occupied += [str(site.uploads[key]) for key in ARCHIVES if has_files(site.uploads[key])]
        if occupied:
            raise BackupError(
                f"Not restoring over existing data ({', '.join(occupied)}). "
                "Run again with --force (make restore FORCE=1) to replace it."
            )
    database.restore(backup_dir / manifest["database"]["file"])
    problems = compare_counts(manifest["database"]["tables"], database.row_counts())
    for key, name in ARCHIVES.items():
        unpack(backup_dir / name, site.uploads[key])
    invalidate_cache()
    return problems


# -- command line --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    backup_command = commands.add_parser("backup", help="write a backup")
    backup_command.add_argument(
        "--dir", type=Path, default=Path(os.environ.get("BACKUP_DIR", REPO / "backups"))
    )
    restore_command = commands.add_parser("restore", help="restore a backup")
    restore_command.add_argument("backup", type=Path, help="a backup's directory")
    restore_command.add_argument(
        "--force", action="store_true", help="replace a database and uploads that are not empty"
    )
    args = parser.parse_args(argv)
    try:
        site = load_site()
        if args.command == "backup":
            path = backup(site, args.dir)
            tables = json.loads((path / MANIFEST).read_text())["database"]["tables"]
            print(f"Backed up {len(tables)} tables and the uploads to {path}")
            return 0
        problems = restore(site, args.backup, force=args.force)
    except BackupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if problems:
        print("Restored, but the row counts differ from the backup's:", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        return 1
    print(f"Restored {args.backup}: every table has the backup's row count.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
