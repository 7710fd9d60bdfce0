"""A published change is visible on the very next request (cache invalidation)."""

import pytest
from django.core.cache import cache
from wagtail.contrib.redirects.models import Redirect

from core.factories import StandardPageFactory

RESOLVE = "/api/pages/resolve/"


def title_at(client, path):
    response = client.get(RESOLVE, {"path": path})
    return response.status_code, response.json().get("title")


@pytest.fixture
def page(home, site_settings):
    return StandardPageFactory(parent=home, slug="about", title="About us")


@pytest.mark.django_db
class TestInvalidation:
    def test_resolve_is_cached(self, client, page):
        assert title_at(client, "/about/") == (200, "About us")
        # A change made without publishing (no signal) is not seen: the response is cached.
        type(page).objects.filter(pk=page.pk).update(title="Changed behind the cache")
        assert title_at(client, "/about/") == (200, "About us")

    def test_publish(self, client, page, django_capture_on_commit_callbacks):
        assert title_at(client, "/about/") == (200, "About us")
        page.title = "About the practice"
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        assert title_at(client, "/about/") == (200, "About the practice")

    def test_publish_updates_menus_of_other_pages(
        self, client, page, django_capture_on_commit_callbacks
    ):
        assert [i["title"] for i in client.get("/api/site/").json()["menus"]["main"]] == [
            "About us"
        ]
        page.title = "Who we are"
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        assert [i["title"] for i in client.get("/api/site/").json()["menus"]["main"]] == [
            "Who we are"
        ]

    def test_unpublish(self, client, page, django_capture_on_commit_callbacks):
        assert title_at(client, "/about/")[0] == 200
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        assert title_at(client, "/about/")[0] == 404

    def test_move(self, client, home, page, django_capture_on_commit_callbacks):
        other = StandardPageFactory(parent=home, slug="practice")
        assert title_at(client, "/about/")[0] == 200
        with django_capture_on_commit_callbacks(execute=True):
            page.move(other, pos="last-child")
        assert title_at(client, "/practice/about/") == (200, "About us")
        # Wagtail creates a redirect from the old path, answered as data.
        response = client.get(RESOLVE, {"path": "/about/"})
        assert response.json() == {"redirect": {"to": "/practice/about/", "permanent": True}}

    def test_delete(self, client, page, django_capture_on_commit_callbacks):
        assert title_at(client, "/about/")[0] == 200
        with django_capture_on_commit_callbacks(execute=True):
            page.delete()
        assert title_at(client, "/about/")[0] == 404

    def test_site_settings_change(self, client, site_settings, django_capture_on_commit_callbacks):
        assert client.get("/api/site/").json()["phone"] == "(720) 555-0100"
        site_settings.phone = "(303) 555-0177"
        with django_capture_on_commit_callbacks(execute=True):
            site_settings.save()
        assert client.get("/api/site/").json()["phone"] == "(303) 555-0177"

    def test_new_redirect(self, client, page, django_capture_on_commit_callbacks):
        assert client.get(RESOLVE, {"path": "/old/"}).status_code == 404
        with django_capture_on_commit_callbacks(execute=True):
            Redirect.objects.create(old_path="/old", redirect_page=page)
        assert client.get(RESOLVE, {"path": "/old/"}).json()["redirect"]["to"] == "/about/"

    def test_version_is_shared_through_the_cache(
        self, client, page, django_capture_on_commit_callbacks
    ):
        """Invalidation lives in the shared cache, not in process memory, so every
        worker sees it."""
        from core.cache import VERSION_KEY

        title_at(client, "/about/")
        before = cache.get(VERSION_KEY)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        assert cache.get(VERSION_KEY) not in (None, before)


def test_the_redis_cache_reuses_one_client_per_connection_pool():
    from core.redis_cache import ReusingRedisCache

    cache = ReusingRedisCache("redis://127.0.0.1:6379/9", {})
    client = cache._cache
    assert client.get_client() is client.get_client()
    assert client.get_client(write=True) is client.get_client()
