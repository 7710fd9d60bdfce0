"""The production settings pass Django's deployment checks (``check --deploy``) with
warnings counted as failures, and weakening them (no HSTS, no HTTPS redirect, CORS
open to every origin) is caught."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BACKEND = Path(__file__).resolve().parents[2]
# Whatever the machine running the tests has set must not leak into the check.
CLEARED = (
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "CORS_ALLOWED_ORIGINS",
)


def check_deploy(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    base_env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    production = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "firelight.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "FIRELIGHT_VAR_DIR": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={**base_env, **production, **env},
        cwd=BACKEND,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_production_settings_pass_the_deployment_checks(tmp_path):
    result = check_deploy(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "check_id"),
    [
        ({"SECURE_HSTS_SECONDS": "0"}, "security.W004"),
        ({"SECURE_SSL_REDIRECT": "false"}, "security.W008"),
        ({"CORS_ALLOWED_ORIGINS": "*"}, "firelight.E001"),
    ],
)
def test_weakened_settings_fail_the_deployment_checks(tmp_path, env, check_id):
    result = check_deploy(tmp_path, **env)
    assert result.returncode != 0
    assert check_id in result.stderr
