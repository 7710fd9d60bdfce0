"""The demo site command builds the sitemap's menu sections and is idempotent."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from core.models import SiteSettings
from home.models import HomePage

TOP_LEVEL = [
    "/supervision/",
    "/clinical-consultation/",
    "/locations/",
    "/team/",
    "/find-a-supervisor/",
    "/fees-and-faqs/",
    "/events-and-trainings/",
    "/blog/",
    "/contact/",
]


@pytest.mark.django_db
def test_seed_demo_builds_the_site_once(client):
    call_command("seed_demo", verbosity=0)
    count = Page.objects.count()
    call_command("seed_demo", verbosity=0)
    assert Page.objects.count() == count

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    settings = SiteSettings.for_site(site)
    assert settings.phone and settings.consultation_cta_page
    for path in TOP_LEVEL:
        response = client.get("/api/pages/resolve/", {"path": path}, HTTP_HOST="localhost")
        assert response.status_code == 200, path
    menu = client.get("/api/site/", HTTP_HOST="localhost").json()["menus"]["main"]
    assert [item["path"] for item in menu] == TOP_LEVEL
    assert any(item["children"] for item in menu)


@pytest.mark.django_db
def test_demo_editor_only_under_development_settings(settings):
    settings.FIRELIGHT_CREATE_DEMO_EDITOR = False
    with pytest.raises(CommandError):
        call_command("ensure_demo_editor")
