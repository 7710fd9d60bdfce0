"""Graceful failure: the database (or the shared cache) cannot be reached."""

from __future__ import annotations

import contextlib
import re
import socket
from unittest import mock

import pytest
from django.core.handlers.exception import convert_exception_to_response
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import RequestFactory

from core.availability import MESSAGE, DatabaseUnavailableMiddleware, unavailable_response

UNAVAILABLE = {"error": {"code": "unavailable", "message": MESSAGE}}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def database_unreachable():
    """Every connection attempt fails as it does when the server is down."""
    refused = OperationalError('connection to server at "db" failed: Connection refused')
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=refused):
        yield


@pytest.fixture
def redis_unreachable(settings):
    """The shared cache is a Redis server that does not answer."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }


def assert_unavailable_json(response):
    assert response.status_code == 503
    assert response.json() == UNAVAILABLE
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Traceback" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/pages/resolve/?path=/", "/api/site/", "/api/search/?q=x"])
def test_api_answers_503_with_the_error_body(client, home, site_settings, url):
    with database_unreachable():
        response = client.get(url)
    assert_unavailable_json(response)


@pytest.mark.django_db
def test_a_post_answers_503_too(client, home, site_settings):
    with database_unreachable():
        response = client.post(
            "/api/newsletter/subscriptions/", {"email": "a@example.com"}, "application/json"
        )
    assert_unavailable_json(response)


@pytest.mark.django_db
def test_a_page_gets_the_bare_spa_that_asks_the_api(client, home, site_settings, spa_build):
    with database_unreachable():
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<div id="root"></div>' in html and "/assets/app.js" in html
    # Nothing inlined: the SPA resolves the page itself and shows the API's 503.
    assert "firelight-data" not in html
    assert "<!--firelight" not in html
    assert "<title>Temporarily unavailable | Firelight</title>" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_without_a_build_a_page_gets_a_plain_friendly_page(settings, tmp_path):
    settings.FRONTEND_DIST_DIR = tmp_path / "nowhere"
    request = RequestFactory().get("/about/")
    # A path with leading slashes would make the retry link leave the site.
    request.path = request.path_info = "//evil.example/about/"
    response = unavailable_response(request)
    assert response.status_code == 503
    html = response.content.decode()
    assert "We'll be right back" in html and MESSAGE in html
    assert 'href="/%2Fevil.example/about/"' in html


@pytest.mark.django_db
def test_the_admin_gets_a_plain_friendly_page(client, home, spa_build):
    with database_unreachable():
        response = client.get("/admin/login/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "We'll be right back" in html
    assert "<script" not in html and "firelight-data" not in html


@pytest.mark.django_db
def test_a_cached_page_is_still_served(client, home, site_settings):
    """The cache holds the answer: an outage of the database alone does not show."""
    warm = client.get("/api/pages/resolve/", {"path": "/"})
    with database_unreachable():
        response = client.get("/api/pages/resolve/", {"path": "/"})
    assert response.status_code == 200
    assert response.json() == warm.json()


@pytest.mark.django_db
def test_an_unreachable_cache_is_503_too(client, home, site_settings, redis_unreachable):
    assert_unavailable_json(client.get("/api/pages/resolve/", {"path": "/"}))


@pytest.mark.django_db
def test_the_failure_is_logged_once_with_the_request_id(client, home, site_settings, caplog):
    with database_unreachable():
        response = client.get("/api/site/", HTTP_X_REQUEST_ID="probe-1234567")
    assert response["X-Request-ID"] == "probe-1234567"
    errors = [record for record in caplog.records if record.levelname == "ERROR"]
    assert [record.name for record in errors] == ["core.availability"]
    (record,) = errors
    assert record.status_code == 503 and record.error == "OperationalError"
    assert record.exc_info is None  # an outage is not a bug: no trace per request


def test_other_errors_stay_errors(rf):
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = rf.get("/api/site/")
    assert middleware.process_exception(request, ValueError("a bug")) is None


@pytest.mark.django_db
def test_a_failure_in_a_middleware_after_the_view_is_503_too(caplog):
    """Outside the view (a session saved on the way out), Django has already made the
    error a 500 response; the middleware answers 503 instead."""

    def failing(request):
        raise OperationalError("server closed the connection unexpectedly")

    middleware = DatabaseUnavailableMiddleware(convert_exception_to_response(failing))
    response = middleware(RequestFactory().get("/api/site/"))
    assert response.status_code == 503
    assert response.content.decode().startswith('{"error": {"code": "unavailable"')
    # A 500 that is not an outage stays a 500.
    bug = DatabaseUnavailableMiddleware(
        convert_exception_to_response(mock.Mock(side_effect=ValueError("a bug")))
    )
    assert bug(RequestFactory().get("/api/site/")).status_code == 500


def test_request_id_header_is_on_every_response(client):
    response = client.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
