"""Contract tests of ``GET /api/pages/resolve/``."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from core.factories import (
    ImageFactory,
    StandardPageFactory,
    image_block,
    page_link,
    rich_text_block,
    stream_block,
)

RESOLVE = "/api/pages/resolve/"
BASE_KEYS = {"id", "type", "title", "path", "seo", "breadcrumbs", "last_published_at"}


def resolve(client, path):
    return client.get(RESOLVE, {"path": path})


@pytest.mark.django_db
class TestResolveContract:
    def test_home_page_keys(self, client, home, site_settings):
        response = resolve(client, "/")
        assert response.status_code == 200
        data = response.json()
        assert set(data) == BASE_KEYS | {
            "hero",
            "body",
            "latest_posts",
            "upcoming_events",
            "events_path",
        }
        assert data["type"] == "home.HomePage"
        assert data["path"] == "/"
        assert set(data["hero"]) == {
            "heading",
            "text",
            "image",
            "primary_label",
            "primary_path",
            "secondary_label",
            "secondary_path",
        }
        assert set(data["seo"]) == {
            "title",
            "description",
            "canonical",
            "og_image",
            "json_ld",
            "noindex",
        }
        assert data["seo"]["noindex"] is False
        assert data["seo"]["canonical"] == "http://testserver/"
        assert data["breadcrumbs"] == [{"title": "Home", "path": "/"}]
        types = [item["@type"] for item in data["seo"]["json_ld"]]
        assert types[:2] == ["ProfessionalService", "WebSite"]
        assert "BreadcrumbList" in types

    def test_standard_page_keys(self, client, home, site_settings):
        parent = StandardPageFactory(parent=home, title="Supervision", slug="supervision")
        StandardPageFactory(
            parent=parent,
            title="Group supervision",
            slug="group",
            body=[stream_block("heading", {"text": "Hi", "level": "h2"})],
        )
        data = resolve(client, "/supervision/group/").json()
        assert set(data) == BASE_KEYS | {"intro", "body"}
        assert data["type"] == "core.StandardPage"
        assert data["path"] == "/supervision/group/"
        assert data["seo"]["title"] == "Group supervision | Firelight Test Practice"
        assert data["seo"]["canonical"] == "http://testserver/supervision/group/"
        assert data["breadcrumbs"] == [
            {"title": "Home", "path": "/"},
            {"title": "Supervision", "path": "/supervision/"},
            {"title": "Group supervision", "path": "/supervision/group/"},
        ]
        assert data["body"] == [
            {"type": "heading", "id": data["body"][0]["id"], "value": {"text": "Hi", "level": "h2"}}
        ]

    def test_path_without_slashes_is_normalised(self, client, home, site_settings):
        StandardPageFactory(parent=home, slug="contact")
        assert resolve(client, "contact").json()["path"] == "/contact/"

    def test_unknown_path_is_404_with_error_body(self, client, home, site_settings):
        response = resolve(client, "/no-such-page/")
        assert response.status_code == 404
        assert response.json() == {
            "error": {"code": "not_found", "message": "No page is published at /no-such-page/."}
        }

    @pytest.mark.parametrize("path", ["/../etc/", "/a/./b/", "/x" * 600])
    def test_invalid_path_is_404(self, client, home, site_settings, path):
        response = resolve(client, path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "invalid_path"


@pytest.mark.django_db
class TestRedirects:
    def test_redirect_to_page_is_data(self, client, home, site_settings):
        target = StandardPageFactory(parent=home, slug="new-place")
        Redirect.objects.create(old_path="/old-place", redirect_page=target, is_permanent=True)
        response = resolve(client, "/old-place/")
        assert response.status_code == 200
        assert response.json() == {"redirect": {"to": "/new-place/", "permanent": True}}

    def test_temporary_redirect_to_link(self, client, home, site_settings):
        Redirect.objects.create(
            old_path="/elsewhere", redirect_link="https://example.org/x", is_permanent=False
        )
        assert resolve(client, "/elsewhere/").json() == {
            "redirect": {"to": "https://example.org/x", "permanent": False}
        }

    def test_redirect_to_unpublished_page_is_404(self, client, home, site_settings):
        target = StandardPageFactory(parent=home, slug="draft-target", live=False)
        Redirect.objects.create(old_path="/to-draft", redirect_page=target)
        assert resolve(client, "/to-draft/").status_code == 404


@pytest.mark.django_db
class TestNonPublicPagesAreNeverReturned:
    def test_draft_page(self, client, home, site_settings):
        StandardPageFactory(parent=home, slug="draft", live=False)
        assert resolve(client, "/draft/").status_code == 404

    def test_unpublished_page(self, client, home, site_settings):
        page = StandardPageFactory(parent=home, slug="gone")
        page.unpublish()
        assert resolve(client, "/gone/").status_code == 404

    def test_expired_page(self, client, home, site_settings):
        StandardPageFactory(parent=home, slug="expired", expired=True)
        assert resolve(client, "/expired/").status_code == 404

    @pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
    def test_private_page_and_its_children(self, client, home, site_settings, restriction_type):
        private = StandardPageFactory(parent=home, slug="private")
        StandardPageFactory(parent=private, slug="child")
        restriction = PageViewRestriction.objects.create(
            page=private, restriction_type=restriction_type, password="secret-pass"
        )
        if restriction_type == "groups":
            restriction.groups.add(Group.objects.create(name="Staff only"))
        assert resolve(client, "/private/").status_code == 404
        assert resolve(client, "/private/child/").status_code == 404

    def test_draft_changes_of_a_live_page_are_not_returned(self, client, home, site_settings):
        page = StandardPageFactory(parent=home, slug="about", title="Published title")
        page.title = "Draft title"
        page.save_revision()
        assert resolve(client, "/about/").json()["title"] == "Published title"


@pytest.mark.django_db
class TestRichTextAndImages:
    def test_internal_links_become_site_relative_paths(self, client, home, site_settings):
        target = StandardPageFactory(parent=home, slug="fees")
        draft = StandardPageFactory(parent=home, slug="secret-draft", live=False)
        html = (
            f"<p>See {page_link(target, 'our fees')} and {page_link(draft, 'a draft')}, "
            '<a href="https://example.org/">out</a><script>alert(1)</script></p>'
        )
        StandardPageFactory(parent=home, slug="page", body=[rich_text_block(html)])
        value = resolve(client, "/page/").json()["body"][0]["value"]
        assert value == {
            "html": '<p>See <a href="/fees/">our fees</a> and <a>a draft</a>, '
            '<a href="https://example.org/">out</a></p>'
        }

    def test_image_shape(self, client, home, site_settings):
        image = ImageFactory(description="Two people talking over coffee")
        StandardPageFactory(
            parent=home,
            slug="pictures",
            body=[image_block(image, caption="Supervision", alt_text="")],
        )
        value = resolve(client, "/pictures/").json()["body"][0]["value"]
        assert value["caption"] == "Supervision"
        rendered = value["image"]
        assert set(rendered) == {"src", "srcset", "width", "height", "alt"}
        assert rendered["alt"] == "Two people talking over coffee"
        assert rendered["src"].startswith("/media/images/") and ".webp" in rendered["src"]
        assert (rendered["width"], rendered["height"]) == (800, 533)
        widths = [entry.rsplit(" ", 1)[1] for entry in rendered["srcset"].split(", ")]
        assert widths == ["480w", "800w", "1200w", "1600w"]

    def test_contextual_alt_text_wins(self, client, home, site_settings):
        image = ImageFactory(description="Generic description")
        StandardPageFactory(
            parent=home, slug="alt", body=[image_block(image, alt_text="Supervisor and supervisee")]
        )
        value = resolve(client, "/alt/").json()["body"][0]["value"]
        assert value["image"]["alt"] == "Supervisor and supervisee"


def _rich_body(home, count):
    """A body with ``count`` rich-text blocks (each linking to its own page), images
    and calls to action."""
    targets = [StandardPageFactory(parent=home) for _ in range(count)]
    images = [ImageFactory(width=64, height=48) for _ in range(count)]
    body = []
    for target, image in zip(targets, images, strict=True):
        body.append(rich_text_block(f"<p>{page_link(target, 'link')}</p>"))
        body.append(image_block(image))
        body.append(
            stream_block(
                "call_to_action",
                {
                    "heading": "Talk to us",
                    "text": "",
                    "button_label": "Go",
                    "page": target.pk,
                    "url": "",
                },
            )
        )
    return body


@pytest.mark.django_db
def test_resolve_query_count_is_constant(client, home, site_settings, django_assert_num_queries):
    small = StandardPageFactory(parent=home, slug="small", body=_rich_body(home, 1))
    large = StandardPageFactory(parent=home, slug="large", body=_rich_body(home, 30))
    # Renditions are generated on first serialisation (at publish time in production).
    resolve(client, "/small/")
    resolve(client, "/large/")

    from django.core.cache import cache

    cache.clear()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small_queries:
        assert resolve(client, "/small/").status_code == 200
    cache.clear()
    with django_assert_num_queries(len(small_queries)):
        data = resolve(client, "/large/").json()
    assert len(data["body"]) == 90
    assert small.pk != large.pk


@pytest.mark.django_db
def test_cached_resolve_makes_no_queries(client, home, site_settings, django_assert_num_queries):
    StandardPageFactory(parent=home, slug="cached")
    resolve(client, "/cached/")
    with django_assert_num_queries(0):
        assert resolve(client, "/cached/").status_code == 200


@pytest.mark.django_db
class TestReviewedLeaks:
    def test_live_page_below_an_unpublished_section_is_not_served(
        self, client, home, site_settings
    ):
        section = StandardPageFactory(parent=home, slug="secret", title="Secret section")
        StandardPageFactory(parent=section, slug="child")
        section.unpublish()
        assert resolve(client, "/secret/child/").status_code == 404
        assert client.get("/api/site/").json()["menus"]["main"] == []

    def test_link_to_a_page_below_an_unpublished_section_loses_its_target(
        self, client, home, site_settings
    ):
        section = StandardPageFactory(parent=home, slug="secret")
        child = StandardPageFactory(parent=section, slug="child")
        section.unpublish()
        StandardPageFactory(
            parent=home, slug="page", body=[rich_text_block(f"<p>{page_link(child, 'x')}</p>")]
        )
        assert resolve(client, "/page/").json()["body"][0]["value"]["html"] == "<p><a>x</a></p>"

    def test_redirect_to_a_private_page_is_404(self, client, home, site_settings):
        private = StandardPageFactory(parent=home, slug="board-minutes")
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret-pass"
        )
        Redirect.objects.create(old_path="/minutes", redirect_page=private)
        assert resolve(client, "/minutes/").status_code == 404

    @pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,x", "//evil.example/"])
    def test_redirect_to_an_unsafe_url_is_404(self, client, home, site_settings, link):
        Redirect.objects.create(old_path="/bad", redirect_link=link)
        assert resolve(client, "/bad/").status_code == 404

    def test_site_specific_redirect_wins_over_all_sites(self, client, home, site_settings):
        from wagtail.models import Site

        mine = StandardPageFactory(parent=home, slug="mine")
        other = StandardPageFactory(parent=home, slug="other")
        Redirect.objects.create(old_path="/old", redirect_page=other, site=None)
        Redirect.objects.create(
            old_path="/old", redirect_page=mine, site=Site.objects.get(is_default_site=True)
        )
        assert resolve(client, "/old/").json()["redirect"]["to"] == "/mine/"

    def test_unknown_paths_are_not_cached(self, client, home, site_settings):
        from django.core.cache import cache

        resolve(client, "/invented/")  # creates the content version
        before = len(cache._cache)
        for index in range(5):
            resolve(client, f"/invented-{index}/")
        assert len(cache._cache) == before

    def test_unsafe_call_to_action_url_has_no_href(self, client, home, site_settings):
        StandardPageFactory(
            parent=home,
            slug="cta",
            body=[
                stream_block(
                    "call_to_action",
                    {
                        "heading": "Go",
                        "text": "",
                        "button_label": "Go",
                        "page": None,
                        "url": "javascript:alert(1)",
                    },
                )
            ],
        )
        assert resolve(client, "/cta/").json()["body"][0]["value"]["href"] is None


@pytest.mark.django_db
def test_no_site_for_the_host_is_a_404(client):
    from wagtail.models import Site

    Site.objects.all().delete()
    response = client.get("/api/site/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "no_site"
