"""The HTML shell: head tags, inlined data, status codes."""

import json
import re

import pytest
from wagtail.contrib.redirects.models import Redirect

from core.factories import StandardPageFactory


@pytest.fixture(autouse=True)
def dist(spa_build):
    return spa_build


def inline_data(html: str) -> dict:
    match = re.search(
        r'<script id="firelight-data" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "no inline data"
    return json.loads(match.group(1))


@pytest.mark.django_db
def test_home_head_and_inline_data(client, home, site_settings):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Home | Firelight Test Practice</title>" not in html  # the root has no suffix
    assert "<title>Home</title>" in html
    assert '<meta name="description" content="Experienced supervisors' in html
    assert '<link rel="canonical" href="http://testserver/">' in html
    assert '<meta property="og:title" content="Home">' in html
    assert '<meta property="og:url" content="http://testserver/">' in html
    assert html.count('<script type="application/ld+json">') == 3
    data = inline_data(html)
    assert data["path"] == "/"
    # The inlined page is exactly what the API answers.
    assert data["page"] == client.get("/api/pages/resolve/", {"path": "/"}).json()
    assert data["site"] == client.get("/api/site/").json()


@pytest.mark.django_db
def test_unknown_path_is_404_with_spa(client, home, site_settings):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert inline_data(html)["page"]["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_redirects_are_http_redirects_keeping_the_query(client, home, site_settings):
    target = StandardPageFactory(parent=home, slug="fees")
    Redirect.objects.create(old_path="/prices", redirect_page=target, is_permanent=True)
    Redirect.objects.create(old_path="/promo", redirect_page=target, is_permanent=False)
    permanent = client.get("/prices/?utm_source=mail")
    assert permanent.status_code == 301
    assert permanent["Location"] == "/fees/?utm_source=mail"
    assert client.get("/promo/").status_code == 302


@pytest.mark.django_db
def test_content_cannot_break_out_of_script_elements(client, home, site_settings):
    StandardPageFactory(
        parent=home,
        slug="xss",
        title="</script><script>alert('x')</script>",
        intro="<!-- & \u2028",
    )
    html = client.get("/xss/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert" in html  # escaped in <title>
    data = inline_data(html)
    assert data["page"]["title"] == "</script><script>alert('x')</script>"
    assert data["page"]["intro"] == "<!-- & \u2028"


@pytest.mark.django_db
def test_missing_build_is_a_clear_503(client, home, site_settings, settings, tmp_path):
    settings.FRONTEND_DIST_DIR = tmp_path / "nowhere"
    response = client.get("/")
    assert response.status_code == 503
    assert b"make build" in response.content


@pytest.mark.django_db
def test_admin_and_api_are_not_shell(client, home, site_settings):
    response = client.get("/api/nope/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert client.get("/admin/").status_code == 302  # to the login page


@pytest.mark.django_db
def test_paths_without_trailing_slash_redirect(client, home, site_settings):
    StandardPageFactory(parent=home, slug="contact")
    response = client.get("/contact?from=card")
    assert response.status_code == 301
    assert response["Location"] == "/contact/?from=card"
    assert client.get("/admin")["Location"] == "/admin/"


@pytest.mark.django_db
@pytest.mark.parametrize("raw_path", ["//evil.example/x", "///evil.example/x"])
def test_trailing_slash_redirect_never_leaves_the_site(client, home, site_settings, raw_path):
    response = client.generic("GET", "/", PATH_INFO=raw_path)
    assert response.status_code == 301
    assert not response["Location"].startswith("//")
    assert response["Location"].startswith("/%2F")


def test_inline_json_encodes_decimals_and_dates_like_the_api():
    import datetime
    from decimal import Decimal

    from core.api.resolve import json_for_script

    data = {"fee": Decimal("275.0"), "on": datetime.date(2026, 10, 15)}
    assert json.loads(json_for_script(data)) == {"fee": 275.0, "on": "2026-10-15"}
