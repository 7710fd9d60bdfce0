"""Renaming a page's slug or moving it leaves a redirect from the old address (for the
page and the pages below it): resolve answers it as data, the HTML shell as a 301 that
keeps the query string."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from core.factories import StandardPageFactory


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()


@pytest.mark.django_db
def test_renaming_a_slug_redirects_the_old_paths(
    client, home, site_settings, spa_build, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, slug="prices", title="Prices", live=False)
    publish(page, django_capture_on_commit_callbacks)
    child = StandardPageFactory(parent=page, slug="sliding-scale", live=False)
    publish(child, django_capture_on_commit_callbacks)
    assert client.get("/api/pages/resolve/", {"path": "/prices/"}).status_code == 200  # cached

    page.slug = "fees"
    publish(page, django_capture_on_commit_callbacks)

    assert Redirect.objects.filter(old_path="/prices").exists()
    response = client.get("/api/pages/resolve/", {"path": "/prices/"})
    assert response.status_code == 200
    assert response.json() == {"redirect": {"to": "/fees/", "permanent": True}}
    below = client.get("/api/pages/resolve/", {"path": "/prices/sliding-scale/"})
    assert below.json() == {"redirect": {"to": "/fees/sliding-scale/", "permanent": True}}
    shell = client.get("/prices/?utm_source=mail")
    assert shell.status_code == 301
    assert shell["Location"] == "/fees/?utm_source=mail"
    assert client.get("/fees/").status_code == 200


@pytest.mark.django_db
def test_moving_a_page_redirects_its_old_path(
    client, home, site_settings, django_capture_on_commit_callbacks
):
    old_parent = StandardPageFactory(parent=home, slug="about")
    new_parent = StandardPageFactory(parent=home, slug="practice")
    page = StandardPageFactory(parent=old_parent, slug="values", live=False)
    publish(page, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page.move(new_parent, pos="last-child")
    response = client.get("/api/pages/resolve/", {"path": "/about/values/"})
    assert response.json() == {"redirect": {"to": "/practice/values/", "permanent": True}}
