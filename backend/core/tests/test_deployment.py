"""Deployment files and environment-driven settings.

Docker is not available on the build machines, so the compose stack is checked
statically: it is well formed and every file, command and port it names exists."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[3]


def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_services_and_images():
    services = compose()["services"]
    assert set(services) == {"db", "redis", "backend", "scheduler"}
    assert services["db"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    for name in ("backend", "scheduler"):
        build = services[name]["build"]
        assert (REPO / build["context"] / build["dockerfile"]).is_file()


def test_compose_environment_matches_settings():
    env = compose()["services"]["backend"]["environment"]
    base = (REPO / "backend/config/settings/base.py").read_text()
    for name in (
        "DATABASE_URL",
        "REDIS_URL",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "CORS_ALLOWED_ORIGINS",
        "PUBLIC_BASE_URL",
    ):
        assert name in env
        assert f'"{name}"' in base or name == "SECRET_KEY"
    assert "@db:5432/" in env["DATABASE_URL"]
    assert env["REDIS_URL"].startswith("redis://redis:6379")


def test_backend_port_matches_gunicorn_bind():
    backend = compose()["services"]["backend"]
    published = {port.split(":")[1] for port in backend["ports"]}
    cmd = (REPO / "Dockerfile").read_text()
    assert re.search(r'"--bind", "0\.0\.0\.0:(\d+)"', cmd).group(1) in published
    assert "EXPOSE 8000" in cmd and published == {"8000"}


def test_dockerfile_sources_and_commands_exist():
    dockerfile = (REPO / "Dockerfile").read_text()
    for source in re.findall(r"^COPY (?!--from)(\S+)", dockerfile, re.M):
        assert (REPO / source).exists(), source
    entrypoint = REPO / "docker/entrypoint.sh"
    assert os.access(entrypoint, os.X_OK)
    lock = (REPO / "requirements.lock").read_text()
    assert re.search(r"^gunicorn==", lock, re.M)
    assert (REPO / "backend/config/wsgi.py").is_file()
    scheduler = " ".join(compose()["services"]["scheduler"]["command"])
    commands = set(re.findall(r"manage\.py (\w+)", scheduler))
    assert commands == {"publish_scheduled", "send_form_notifications", "purge_form_submissions"}
    for command in commands:
        assert list((REPO / "backend").glob(f"*/management/commands/{command}.py")) or (
            command == "publish_scheduled"  # Wagtail's own
        ), command


def _settings_value(module: str, expression: str, **env: str) -> subprocess.CompletedProcess:
    code = f"import django.conf as c; from {module} import *; print({expression})"
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS")
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean_env, **env},
        cwd=REPO / "backend",
        capture_output=True,
        text=True,
    )


def test_redis_url_selects_the_redis_cache():
    result = _settings_value(
        "config.settings.dev", "CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/5"
    )
    assert result.stdout.strip() == "core.redis_cache.ReusingRedisCache"


def test_default_cache_is_shared_between_processes():
    result = _settings_value("config.settings.dev", "CACHES['default']['BACKEND']")
    assert result.stdout.strip() == "django.core.cache.backends.filebased.FileBasedCache"


def test_database_url_is_used():
    result = _settings_value(
        "config.settings.dev",
        "DATABASES['default']['ENGINE']",
        DATABASE_URL="postgres://u@127.0.0.1:5432/x",
    )
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_production_requires_a_secret_key_and_hosts():
    result = _settings_value("config.settings.production", "DEBUG")
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr
    result = _settings_value(
        "config.settings.production",
        "(DEBUG, FIRELIGHT_CREATE_DEMO_EDITOR, ALLOWED_HOSTS)",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="firelight.example",
    )
    assert result.stdout.strip() == "(False, False, ['firelight.example'])"
