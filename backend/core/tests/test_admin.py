"""Editors can open every page type and the site settings in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from core.factories import StandardPageFactory


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-12345678")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_edit_views_render(editor_client, home, site_settings):
    page = StandardPageFactory(parent=home)
    for target in (home, page):
        response = editor_client.get(f"/admin/pages/{target.pk}/edit/")
        assert response.status_code == 200, target
    assert editor_client.get(f"/admin/pages/add/core/standardpage/{home.pk}/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    assert editor_client.get(f"/admin/settings/core/sitesettings/{site.pk}/").status_code == 200


@pytest.mark.django_db
def test_publishing_from_the_admin_is_visible_at_once(
    editor_client, client, home, site_settings, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, slug="about", title="About")
    assert client.get("/api/pages/resolve/", {"path": "/about/"}).json()["title"] == "About"
    form = {
        "title": "About the practice",
        "slug": "about",
        "intro": "Hello.",
        "body-count": "0",
        "action-publish": "publish",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 302, response.content[:2000]
    data = client.get("/api/pages/resolve/", {"path": "/about/"}).json()
    assert data["title"] == "About the practice"


@pytest.mark.django_db
def test_every_section_opens_in_the_admin(editor_client):
    """Edit views of each page type, the snippet listings and the match requests."""
    from django.core.management import call_command
    from wagtail.models import Page

    call_command("seed_demo", verbosity=0)
    seen = set()
    for page in Page.objects.filter(depth__gt=1).specific():
        if type(page) in seen:
            continue
        seen.add(type(page))
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
    assert len(seen) >= 11
    for url in (
        "/admin/snippets/taxonomy/state/",
        "/admin/snippets/taxonomy/licensetype/",
        "/admin/snippets/taxonomy/specialty/",
        "/admin/snippets/taxonomy/faq/",
        "/admin/snippets/taxonomy/faqcategory/",
        "/admin/match_requests/",
    ):
        assert editor_client.get(url).status_code == 200, url
    site = Site.objects.get(is_default_site=True)
    assert editor_client.get(f"/admin/settings/team/matchweights/{site.pk}/").status_code == 200
