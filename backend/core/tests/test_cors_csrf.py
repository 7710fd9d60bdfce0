"""Cross-origin reads and forged posts.

CORS: only the configured origins get CORS headers (with credentials, so never ``*``),
and only on the API. CSRF: every public ``POST`` endpoint in the URLconf is found and
checked, so a new one cannot ship without the protection: from this site it needs the
token, from another site it is refused; the admin's forms need the token too."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from rest_framework.views import APIView

from core.api.public_writes import TrustedOrigin

SPA = "https://spa.firelight.example"
OTHER_SPA = "https://preview.firelight.example"
EVIL = "https://evil.example"
CORS_HEADERS = (
    "Access-Control-Allow-Origin",
    "Access-Control-Allow-Credentials",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Headers",
)
API_READS = ["/api/site/", "/api/pages/resolve/?path=/", "/api/search/?q=x", "/api/csrf/"]
NON_API = ["/", "/admin/login/", "/sitemap.xml", "/robots.txt"]


@pytest.fixture
def origins(settings):
    settings.CORS_ALLOWED_ORIGINS = [SPA, OTHER_SPA]
    return settings.CORS_ALLOWED_ORIGINS


def preflight(client: Client, path: str, origin: str):
    return client.options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type, x-csrftoken, idempotency-key",
    )


# -- CORS ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", API_READS)
def test_a_configured_origin_may_read_the_api_with_credentials(
    client, site_settings, origins, path
):
    for origin in origins:
        response = client.get(path, HTTP_ORIGIN=origin)
        assert response["Access-Control-Allow-Origin"] == origin  # itself, never "*"
        assert response["Access-Control-Allow-Credentials"] == "true"
        assert "origin" in response["Vary"].lower()


@pytest.mark.django_db
def test_a_configured_origin_may_post_after_a_preflight(client, site_settings, origins):
    response = preflight(client, "/api/newsletter/subscriptions/", SPA)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == SPA
    assert response["Access-Control-Allow-Credentials"] == "true"
    assert "POST" in response["Access-Control-Allow-Methods"]
    allowed = response["Access-Control-Allow-Headers"].lower()
    assert {"content-type", "x-csrftoken", "idempotency-key"} <= set(allowed.split(", "))


@pytest.mark.django_db
@pytest.mark.parametrize("path", API_READS)
def test_other_origins_get_no_cors_headers(client, site_settings, origins, path):
    for origin in (EVIL, "null", "https://spa.firelight.example.evil.example", SPA + ":8443"):
        response = client.get(path, HTTP_ORIGIN=origin)
        assert not any(header in response for header in CORS_HEADERS), origin
    response = preflight(client, "/api/match/", EVIL)
    assert not any(header in response for header in CORS_HEADERS)


@pytest.mark.django_db
@pytest.mark.parametrize("path", NON_API)
def test_only_the_api_answers_cross_origin_requests(client, site_settings, spa_build, path):
    for origin in (SPA, EVIL):
        for response in (client.get(path, HTTP_ORIGIN=origin), preflight(client, path, origin)):
            assert not any(header in response for header in CORS_HEADERS), (path, origin)


@pytest.mark.django_db
def test_no_origin_is_ever_allowed_as_a_wildcard(client, site_settings, settings):
    # The test settings' configured origin is allowed; no request makes it "*".
    for origin in (settings.CORS_ALLOWED_ORIGINS[0], EVIL, "*"):
        for path in API_READS:
            value = client.get(path, HTTP_ORIGIN=origin).get("Access-Control-Allow-Origin")
            assert value in (None, settings.CORS_ALLOWED_ORIGINS[0]), (path, origin, value)


# -- CSRF ----------------------------------------------------------------------------------


def _api_post_endpoints() -> list[tuple[str, type[APIView]]]:
    """Every ``/api/`` route whose view accepts ``POST``, as a concrete path."""
    (api,) = [
        pattern
        for pattern in get_resolver().url_patterns
        if isinstance(pattern, URLResolver) and str(pattern.pattern) == "api/"
    ]
    found = []
    for pattern in api.url_patterns:
        assert isinstance(pattern, URLPattern), pattern  # no nested includes to miss
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class is not None and hasattr(view_class, "post"):
            kwargs = dict.fromkeys(pattern.pattern.converters, 1)
            found.append((reverse(pattern.name, kwargs=kwargs), view_class))
    return found


POST_ENDPOINTS = _api_post_endpoints()
# A read count is not worth a token (the origin check keeps other sites out).
WITHOUT_TOKEN = {"/api/blog/posts/1/views/"}


def test_every_public_post_endpoint_is_found_and_checks_the_origin():
    paths = {path for path, _view in POST_ENDPOINTS}
    assert {
        "/api/match/",
        "/api/blog/posts/1/comments/",
        "/api/blog/posts/1/views/",
        "/api/forms/1/submissions/",
        "/api/newsletter/subscriptions/",
        "/api/newsletter/confirm/",
        "/api/newsletter/unsubscribe/",
        "/api/events/1/registrations/",
    } <= paths
    for path, view in POST_ENDPOINTS:
        assert TrustedOrigin in view.permission_classes, path
        assert getattr(view, "csrf_protected", True) == (path not in WITHOUT_TOKEN), path


def post(client: Client, path: str, **headers):
    return client.post(path, {}, content_type="application/json", **headers)


@pytest.mark.django_db
@pytest.mark.parametrize("path", sorted({path for path, _ in POST_ENDPOINTS} - WITHOUT_TOKEN))
def test_same_origin_posts_need_the_csrf_token(site_settings, path):
    browser = Client(enforce_csrf_checks=True)
    for headers in ({"HTTP_ORIGIN": "http://testserver"}, {}):
        refused = post(browser, path, **headers)
        assert refused.status_code == 403, (path, headers)
        assert refused.json()["error"]["code"] == "csrf_failed"
        assert refused.json()["error"]["message"]
    token = browser.get("/api/csrf/").json()["token"]
    accepted = post(browser, path, HTTP_ORIGIN="http://testserver", HTTP_X_CSRFTOKEN=token)
    # Past the forgery check: the endpoint itself answers (an empty post is invalid, or
    # names nothing that exists).
    assert accepted.status_code in (200, 201, 400, 404), (path, accepted.content)
    # A token from another visitor's cookie does not count.
    stranger = Client(enforce_csrf_checks=True)
    stolen = post(stranger, path, HTTP_ORIGIN="http://testserver", HTTP_X_CSRFTOKEN=token)
    assert stolen.status_code == 403 and stolen.json()["error"]["code"] == "csrf_failed"


@pytest.mark.django_db
@pytest.mark.parametrize("path", sorted(path for path, _ in POST_ENDPOINTS))
def test_posts_from_other_sites_are_refused(site_settings, path):
    browser = Client(enforce_csrf_checks=True)
    token = browser.get("/api/csrf/").json()["token"]
    refused = post(browser, path, HTTP_ORIGIN=EVIL, HTTP_X_CSRFTOKEN=token)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "untrusted_origin"


@pytest.mark.django_db
def test_admin_forms_need_the_csrf_token(home):
    browser = Client(enforce_csrf_checks=True)
    credentials = {"username": "nobody", "password": "wrong-password-123"}
    refused = browser.post("/admin/login/", credentials)
    assert refused.status_code == 403
    page = browser.get("/admin/login/")
    token = page.cookies["csrftoken"].value
    answered = browser.post("/admin/login/", {**credentials, "csrfmiddlewaretoken": token})
    assert answered.status_code == 200  # past the check: the form again, with its error
    assert 'name="username"' in answered.content.decode()
