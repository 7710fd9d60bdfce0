"""Shared pytest fixtures: a site whose root is a HomePage, and a clean cache."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from core.factories import SiteSettingsFactory
from home.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    """The default site's root page, replacing Wagtail's placeholder page."""
    root = Page.get_first_root_node()
    home_page = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home_page
    site.hostname = "testserver"
    site.save()
    placeholder.delete()
    home_page.refresh_from_db()
    return home_page


SHELL_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><!--firelight:head--></head>
<body><div id="root"></div><!--firelight:data-->
<script type="module" src="/assets/app.js"></script></body></html>"""


@pytest.fixture
def spa_build(tmp_path, settings):
    """A stand-in for the built SPA's ``index.html``, so the HTML shell can be tested
    without building the frontend."""
    (tmp_path / "index.html").write_text(SHELL_TEMPLATE)
    settings.FRONTEND_DIST_DIR = tmp_path
    return tmp_path


@pytest.fixture
def site_settings(home):
    return SiteSettingsFactory(site=Site.objects.get(is_default_site=True))


@pytest.fixture
def editor(client, db):
    """``client`` signed in as a member of Wagtail's default Editors group (given each
    area's admin rights by migrations)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("editor", "editor@example.com", "pw-12345678")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client
