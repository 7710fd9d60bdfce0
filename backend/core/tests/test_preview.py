"""Headless preview: Wagtail's preview (live, while typing) renders the draft in the SPA
shell, for every page type of the demo site; shareable links expire; the preview API
gives anonymous requests nothing; the public resolve never shows a draft; the editor
bar's cookie follows the admin sign-in."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, RequestFactory
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.factories import StandardPageFactory
from core.middleware import EDITOR_COOKIE
from core.shell import DATA_ELEMENT_ID


def inlined(html: str) -> dict:
    match = re.search(
        rf'<script id="{DATA_ELEMENT_ID}" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, html[:500]
    return json.loads(match.group(1))


@pytest.fixture
def draft(home, site_settings):
    page = StandardPageFactory(parent=home, slug="about", title="About us", live=False)
    page.save_revision().publish()
    page.refresh_from_db()
    page.title = "About us (new draft)"
    page.save_revision()
    return page


@pytest.mark.django_db
def test_live_preview_renders_the_unsaved_draft_in_the_spa(editor, draft, spa_build):
    url = f"/admin/pages/{draft.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "Typed but not saved",
            "slug": "about",
            "intro": "An intro being written.",
            "body": streamfield([]),
        }
    )
    posted = editor.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content
    response = editor.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    data = inlined(html)
    assert data["page"]["title"] == "Typed but not saved"
    assert data["preview"] == {"expires_at": None}
    assert data["page"]["seo"]["noindex"] is True
    assert '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"]
    # Visitors still get the published page.
    public = editor.get("/api/pages/resolve/", {"path": "/about/"}).json()
    assert public["title"] == "About us"


@pytest.mark.django_db
def test_every_demo_page_type_previews(spa_build):
    call_command("seed_demo", verbosity=0)
    user = get_user_model().objects.create_superuser("admin", "a@example.com", "pw-12345678")
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    request.user = user
    seen = set()
    for page in Page.objects.filter(depth__gte=2).specific():
        label = page._meta.label
        if label in seen:
            continue
        seen.add(label)
        # A draft as Wagtail previews it: rebuilt from its latest revision (its relations
        # in memory, not in the database).
        draft = page.save_revision().as_object()
        response = draft.serve_preview(request, "")
        assert response.status_code == 200, label
        assert inlined(response.content.decode())["page"]["type"] == label
    assert len(seen) >= 15


@pytest.mark.django_db
def test_share_links_show_the_draft_to_anyone_until_they_expire(
    editor, client, draft, spa_build, settings
):
    page = editor.get(f"/admin/pages/{draft.pk}/share-preview/")
    assert page.status_code == 200
    link = re.search(r'value="(http://testserver/preview/\?token=[^"]+)"', page.content.decode())
    assert link, page.content[:300]
    path = link.group(1).removeprefix("http://testserver")
    editor.logout()
    shared = client.get(path)
    assert shared.status_code == 200
    assert shared["X-Robots-Tag"] == "noindex, nofollow"
    data = inlined(shared.content.decode())
    assert data["page"]["title"] == "About us (new draft)"
    assert data["preview"]["expires_at"]
    api = client.get("/api/pages/preview/", {"token": path.split("token=")[1]})
    assert api.status_code == 200 and api.json()["title"] == "About us (new draft)"

    assert client.get(path + "x").status_code == 404
    settings.PREVIEW_LINK_DAYS = 0
    expired = client.get(path)
    assert expired.status_code == 404
    assert "expired" in expired.content.decode()


@pytest.mark.django_db
def test_preview_api_gives_anonymous_requests_nothing(client, editor, draft):
    visitor = Client()
    response = visitor.get("/api/pages/preview/", {"page_id": draft.pk})
    assert response.status_code == 403
    assert "About us" not in response.content.decode()
    assert visitor.get("/api/pages/preview/", {"token": "nope"}).status_code == 404
    assert visitor.get("/api/pages/preview/").status_code == 400
    mine = editor.get("/api/pages/preview/", {"page_id": draft.pk})
    assert mine.status_code == 200
    assert mine.json()["title"] == "About us (new draft)"
    assert "no-store" in mine["Cache-Control"]


@pytest.mark.django_db
def test_editors_cannot_preview_pages_they_cannot_edit(client, draft):
    user = get_user_model().objects.create_user("reader", "r@example.com", "pw-12345678")
    client.force_login(user)
    assert client.get("/api/pages/preview/", {"page_id": draft.pk}).status_code == 404


@pytest.mark.django_db
def test_the_editor_cookie_follows_the_admin_sign_in(editor, home):
    response = editor.get("/admin/")
    assert response.cookies[EDITOR_COOKIE].value == "1"
    assert not response.cookies[EDITOR_COOKIE]["httponly"]
    editor.post("/admin/logout/")
    after = editor.get("/admin/login/")
    assert after.cookies[EDITOR_COOKIE].value == ""  # deleted
