"""``/healthz`` (liveness), ``/readyz`` (readiness) and the container healthcheck."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
import yaml
from django.core.cache import cache

from core import health
from core.tests.test_availability import database_unreachable

REPO = Path(__file__).resolve().parents[3]
HEALTHCHECK = REPO / "docker/healthcheck.py"


def assert_not_cacheable(response):
    assert "no-store" in response["Cache-Control"]
    assert "Set-Cookie" not in response  # no session, no CSRF cookie


@pytest.mark.django_db
def test_healthz_is_ok_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0), database_unreachable():
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert_not_cacheable(response)


@pytest.mark.django_db
def test_readyz_checks_the_database_and_the_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache"}
    assert all(check["status"] == "ok" for check in body["checks"].values())
    assert_not_cacheable(response)
    # The probe's key is gone once it has been read back.
    assert not [key for key in cache._cache if health.READINESS_KEY_PREFIX in key]


@pytest.mark.django_db
def test_readyz_is_503_naming_the_database_when_it_is_down(client, caplog):
    with database_unreachable():
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == {"status": "error", "reason": "OperationalError"}
    assert body["checks"]["cache"]["status"] == "ok"
    # The error's text (it names hosts) is logged, never answered.
    assert '"db"' not in response.content.decode()
    assert 'connection to server at "db"' in caplog.text
    assert_not_cacheable(response)


@pytest.mark.django_db
def test_readyz_is_503_naming_the_cache_when_it_forgets(client):
    with mock.patch.object(cache, "get", return_value=None):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == {"status": "error", "reason": "RuntimeError"}
    assert response.json()["checks"]["database"]["status"] == "ok"


@pytest.mark.django_db
def test_readyz_refuses_writes(client):
    assert client.post("/readyz").status_code == 405


def run_healthcheck(url: str, allowed_hosts: str = "localhost") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(HEALTHCHECK)],
        env={**os.environ, "HEALTHCHECK_URL": url, "ALLOWED_HOSTS": allowed_hosts},
        capture_output=True,
        text=True,
        timeout=30,
    )


# serialized_rollback: the flush after this test must not recreate content types with new
# ids (PostgreSQL keeps its sequences), or the next serialized-rollback test cannot
# restore the database's initial rows (events/tests/test_registration.py).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_container_healthcheck_follows_readyz(live_server):
    assert run_healthcheck(f"{live_server.url}/readyz", ".localhost,other").returncode == 0
    failing = {"database": mock.Mock(side_effect=OSError("down")), "cache": health.check_cache}
    with mock.patch.dict(health.CHECKS, failing):
        result = run_healthcheck(f"{live_server.url}/readyz")
    assert result.returncode == 1
    assert "503" in result.stdout
    # A host the backend refuses (400) is not healthy either.
    assert run_healthcheck(f"{live_server.url}/readyz", "elsewhere.example").returncode == 1


def test_compose_probes_readyz_with_a_command_the_image_has():
    services = yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"]
    command = services["backend"]["healthcheck"]["test"]
    assert command == ["CMD", "firelight-healthcheck"]
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "COPY docker/healthcheck.py /usr/local/bin/firelight-healthcheck" in dockerfile
    assert os.access(HEALTHCHECK, os.X_OK)
    assert HEALTHCHECK.read_text().startswith("#!/usr/bin/env python3\n")
    assert '"http://127.0.0.1:8000/readyz"' in HEALTHCHECK.read_text()
    # The scheduler starts once the backend has migrated the database.
    assert services["scheduler"]["depends_on"]["backend"]["condition"] == "service_healthy"
