"""``/sitemap.xml`` lists every live public page, and nothing else, on the public host;
``/robots.txt`` points at it and keeps crawlers out of the admin and the API."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.factories import StandardPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: getattr(url.find("s:lastmod", NS), "text", None)
        for url in root.findall("s:url", NS)
    }


@pytest.mark.django_db
def test_sitemap_lists_public_pages_only(client, home, settings):
    settings.PUBLIC_BASE_URL = "https://firelight.example"
    about = StandardPageFactory(parent=home, slug="about", title="About")
    about.save_revision().publish()
    StandardPageFactory(parent=about, slug="team-values", title="Values")
    StandardPageFactory(parent=home, slug="draft", live=False)
    hidden_section = StandardPageFactory(parent=home, slug="hidden", live=False)
    StandardPageFactory(parent=hidden_section, slug="orphan")
    private = StandardPageFactory(parent=home, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    StandardPageFactory(parent=private, slug="below-private")
    StandardPageFactory(parent=home, slug="expired", expired=True, expire_at=timezone.now())
    entries = sitemap(client)
    assert set(entries) == {
        "https://firelight.example/",
        "https://firelight.example/about/",
        "https://firelight.example/about/team-values/",
    }
    about.refresh_from_db()
    assert entries["https://firelight.example/about/"] == about.last_published_at.date().isoformat()


@pytest.mark.django_db
def test_a_published_page_is_in_the_sitemap_at_once(
    client, home, django_capture_on_commit_callbacks
):
    assert "http://testserver/new/" not in sitemap(client)
    page = StandardPageFactory(parent=home, slug="new", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "http://testserver/new/" in sitemap(client)
    page.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert "http://testserver/new/" not in sitemap(client)


def test_robots(client, settings):
    settings.PUBLIC_BASE_URL = "https://firelight.example"
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines and "Disallow: /api/" in lines
    assert "Sitemap: https://firelight.example/sitemap.xml" in lines
