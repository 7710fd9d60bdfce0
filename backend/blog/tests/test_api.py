"""Contract, query-count and behaviour tests of the blog pages, comments, read counts
and the RSS feed."""

import uuid
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from blog.factories import (
    BlogCategoryFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    CommentFactory,
    GuestAuthorFactory,
)
from blog.models import BlogRelatedPost, Comment, PostViews
from core.factories import ImageFactory, rich_text_block
from core.testing import count_resolve_queries, resolve_json
from team.factories import TeamIndexPageFactory, TeamMemberPageFactory

BASE_KEYS = {"id", "type", "title", "path", "seo", "breadcrumbs", "last_published_at"}
SUMMARY_KEYS = {
    "id",
    "title",
    "path",
    "date",
    "intro",
    "reading_minutes",
    "hero",
    "author",
    "categories",
}
INDEX_KEYS = BASE_KEYS | {
    "intro",
    "active_filter",
    "posts",
    "pagination",
    "filters",
    "most_read",
    "recent_comments",
    "feed_path",
}
POST_KEYS = BASE_KEYS | {
    "date",
    "intro",
    "hero_image",
    "reading_minutes",
    "views",
    "author",
    "categories",
    "tags",
    "body",
    "index_path",
    "feed_path",
    "related",
    "recent",
    "more_by_author",
    "previous",
    "next",
    "comments_open",
    "comment_count",
    "comments",
}

resolve = resolve_json


def listing(client, **query):
    return client.get("/api/pages/resolve/", {"path": "/blog/", **query})


@pytest.fixture
def blog(home, site_settings):
    return BlogIndexPageFactory(parent=home, page_size=2)


@pytest.fixture
def team(home):
    return TeamIndexPageFactory(parent=home)


def post(blog, *, categories=(), tags=(), **kwargs):
    page = BlogPageFactory(parent=blog, **kwargs)
    if categories or tags:
        page.categories.set(categories)
        page.tags.set(list(tags))
        page.save_revision().publish()
    return page


@pytest.mark.django_db
class TestIndex:
    def test_contract_and_only_public_posts(self, client, blog):
        supervision = BlogCategoryFactory(name="Supervision", slug="supervision")
        post(blog, slug="public", categories=[supervision], hero_image=ImageFactory())
        post(blog, slug="draft", live=False)
        private = post(blog, slug="private")
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
        data = resolve(client, "/blog/")
        assert set(data) == INDEX_KEYS
        assert data["type"] == "blog.BlogIndexPage"
        assert [p["path"] for p in data["posts"]] == ["/blog/public/"]
        assert set(data["posts"][0]) == SUMMARY_KEYS
        assert data["posts"][0]["hero"]["width"] == 480
        assert data["filters"]["categories"] == [
            {"slug": "supervision", "name": "Supervision", "count": 1}
        ]
        assert data["pagination"] == {
            "page": 1,
            "page_count": 1,
            "total": 1,
            "previous": None,
            "next": None,
        }
        assert data["feed_path"] == "/blog/feed/"
        assert data["active_filter"] is None

    def test_pages_newest_first_with_editor_page_size(self, client, blog):
        for day in range(1, 6):
            post(blog, slug=f"p{day}", date=f"2026-03-0{day}")
        first = resolve(client, "/blog/")
        assert [p["path"] for p in first["posts"]] == ["/blog/p5/", "/blog/p4/"]
        assert first["pagination"]["next"] == "/blog/?page=2"
        third = listing(client, page=3).json()
        assert [p["path"] for p in third["posts"]] == ["/blog/p1/"]
        assert third["pagination"]["previous"] == "/blog/?page=2"
        assert third["seo"]["canonical"].endswith("/blog/?page=3")
        assert "page 3" in third["seo"]["title"]

    def test_filters_by_category_tag_and_author(self, client, blog, team):
        supervision = BlogCategoryFactory(name="Supervision", slug="supervision")
        member = TeamMemberPageFactory(parent=team, slug="maya", title="Maya Okafor")
        guest = GuestAuthorFactory(slug="tessa", name="Tessa Marlowe")
        post(blog, slug="a", categories=[supervision], tags=["burnout"], author=member)
        post(blog, slug="b", guest_author=guest, tags=["burnout"])
        post(blog, slug="c")

        def paths(**query):
            response = listing(client, **query)
            assert response.status_code == 200, response.content
            return response.json()

        by_category = paths(category="supervision")
        assert [p["path"] for p in by_category["posts"]] == ["/blog/a/"]
        assert by_category["active_filter"] == {
            "kind": "category",
            "slug": "supervision",
            "name": "Supervision",
        }
        assert by_category["seo"]["canonical"].endswith("/blog/?category=supervision")
        assert {p["path"] for p in paths(tag="burnout")["posts"]} == {"/blog/a/", "/blog/b/"}
        assert [p["path"] for p in paths(author="maya")["posts"]] == ["/blog/a/"]
        by_guest = paths(author="tessa")
        assert [p["path"] for p in by_guest["posts"]] == ["/blog/b/"]
        assert by_guest["posts"][0]["author"] == {"name": "Tessa Marlowe", "path": None}
        authors = paths()["filters"]["authors"]
        # Post "c" has its own (factory) guest author: three authors, sorted by name.
        assert [a["name"] for a in authors] == sorted(a["name"] for a in authors)
        assert {("maya", 1), ("tessa", 1)} < {(a["slug"], a["count"]) for a in authors}

    @pytest.mark.parametrize(
        "query",
        [{"page": "9"}, {"page": "0"}, {"page": "two"}, {"category": "nope"}, {"tag": "x"}],
    )
    def test_a_view_that_names_nothing_is_a_404(self, client, blog, query):
        post(blog)
        response = listing(client, **query)
        assert response.status_code == 404
        assert response.json()["error"]["code"] in {"not_found", "invalid_query"}

    def test_one_filter_at_a_time_and_only_names_with_published_posts(self, client, blog):
        BlogCategoryFactory(slug="empty")
        post(blog, slug="live", tags=["shared"])
        draft = post(blog, slug="draft", tags=["secret-plans"])
        draft.unpublish()
        assert listing(client, tag="shared").status_code == 200
        for query in (
            {"tag": "secret-plans"},
            {"category": "empty"},
            {"tag": "shared", "page": "1", "author": "x"},
        ):
            response = listing(client, **query)
            assert response.status_code == 404, query
            assert "secret" not in response.content.decode()

    def test_pages_that_ignore_the_query_stay_cached(self, client, blog):
        post(blog, slug="p")
        resolve(client, "/blog/p/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/pages/resolve/", {"path": "/blog/p/", "page": "7"})
        assert response.status_code == 200
        assert len(queries) == 0

    def test_listing_views_are_cached_but_invented_queries_are_not(self, client, blog):
        post(blog, slug="one")
        listing(client, page="1")  # not canonical (the default page): not cached
        listing(client, utm_source="mail")  # ignored parameter: the plain index entry
        with CaptureQueriesContext(connection) as queries:
            assert listing(client).status_code == 200
        assert len(queries) == 0
        with CaptureQueriesContext(connection) as queries:
            assert listing(client, page="1").status_code == 200
        assert len(queries) > 0

    def test_query_count_is_constant(self, client, blog, team):
        member = TeamMemberPageFactory(parent=team)

        def add_posts(count):
            for _ in range(count):
                category = BlogCategoryFactory()
                page = post(
                    blog,
                    categories=[category],
                    tags=[f"t{category.pk}"],
                    author=member,
                    hero_image=ImageFactory(),
                )
                CommentFactory(post=page)
                PostViews.objects.create(page=page, count=3)

        add_posts(2)
        few = count_resolve_queries(client, "/blog/")
        add_posts(6)
        assert count_resolve_queries(client, "/blog/") == few
        category = blog.get_children().last().specific.categories.first()
        # One more query: the category named by the filter.
        assert count_resolve_queries(client, "/blog/", category=category.slug) == few + 1


@pytest.mark.django_db
class TestPost:
    def test_contract_author_card_and_json_ld(self, client, blog, team):
        member = TeamMemberPageFactory(
            parent=team, slug="maya", title="Maya Okafor", short_bio="Founder."
        )
        page = post(blog, slug="hello", author=member, hero_image=ImageFactory(), hero_alt="Hills")
        data = resolve(client, "/blog/hello/")
        assert set(data) == POST_KEYS
        assert data["author"]["name"] == "Maya Okafor"
        assert data["author"]["path"] == "/team/maya/"
        assert data["author"]["posts_path"] == "/blog/?author=maya"
        assert data["author"]["bio"] == "Founder."
        assert data["hero_image"]["alt"] == "Hills"
        assert data["hero_image"]["width"] == 1024
        assert data["index_path"] == "/blog/"
        (posting,) = [item for item in data["seo"]["json_ld"] if item["@type"] == "BlogPosting"]
        assert posting["headline"] == page.title
        assert posting["author"] == {
            "@type": "Person",
            "name": "Maya Okafor",
            "url": "http://testserver/team/maya/",
        }
        assert posting["datePublished"] == page.date.isoformat()
        assert posting["image"].startswith("http://testserver/media/")
        assert data["seo"]["og_image"]["src"] == posting["image"]

    def test_an_author_who_is_not_public_is_named_only(self, client, blog, team):
        member = TeamMemberPageFactory(
            parent=team, slug="draft-member", title="Dana Draft", live=False, short_bio="Secret"
        )
        post(blog, slug="p", author=member)
        data = resolve(client, "/blog/p/")
        assert data["author"]["name"] == "Dana Draft"
        assert data["author"]["path"] is None
        assert data["author"]["bio"] == "" and data["author"]["photo"] is None
        assert data["author"]["posts_path"] == "/blog/"
        assert "Secret" not in str(data)
        posting = data["seo"]["json_ld"][0]
        assert posting["author"] == {"@type": "Person", "name": "Dana Draft"}

    def test_the_feed_slug_is_reserved(self, blog):
        from django.core.exceptions import ValidationError

        page = post(blog, slug="fine")
        page.slug = "feed"
        with pytest.raises(ValidationError):
            page.full_clean()

    def test_related_hand_picked_first_then_shared_newest_never_self_or_draft(self, client, blog):
        shared = BlogCategoryFactory()
        page = post(blog, slug="main", categories=[shared], date="2026-05-01")
        picked = post(blog, slug="picked", date="2026-01-01")
        older = post(blog, slug="older", categories=[shared], date="2026-02-01")
        newer = post(blog, tags=[], slug="newer", categories=[shared], date="2026-04-01")
        post(blog, slug="unrelated", date="2026-04-20")
        draft = post(blog, slug="draft", categories=[shared], date="2026-04-25")
        draft.unpublish()
        BlogRelatedPost.objects.create(page=page, post=picked, sort_order=0)
        BlogRelatedPost.objects.create(page=page, post=draft, sort_order=1)
        data = resolve(client, "/blog/main/")
        assert [p["path"] for p in data["related"]] == [
            "/blog/picked/",
            "/blog/newer/",
            "/blog/older/",
        ]
        assert set(data["related"][0]) == SUMMARY_KEYS
        assert older.pk and newer.pk

    def test_recent_by_author_and_previous_next(self, client, blog, team):
        member = TeamMemberPageFactory(parent=team)
        first = post(blog, slug="first", date="2026-01-01", author=member)
        middle = post(blog, slug="middle", date="2026-02-01")
        post(blog, slug="last", date="2026-03-01", author=member)
        data = resolve(client, "/blog/middle/")
        assert data["previous"]["path"] == "/blog/first/"
        assert data["next"]["path"] == "/blog/last/"
        assert [p["path"] for p in data["recent"]] == ["/blog/last/", "/blog/first/"]
        assert data["more_by_author"] == []
        by_member = resolve(client, "/blog/first/")
        assert by_member["previous"] is None
        assert [p["path"] for p in by_member["more_by_author"]] == ["/blog/last/"]
        assert middle.pk and first.pk

    def test_only_approved_comments_are_shown_and_emails_never(self, client, blog):
        page = post(blog, slug="p")
        CommentFactory(post=page, name="Ana", body="Approved words")
        for status in ("pending", "rejected", "spam"):
            CommentFactory(post=page, name=status, status=status)
        data = resolve(client, "/blog/p/")
        assert data["comment_count"] == 1
        assert data["comments"] == [
            {
                "id": data["comments"][0]["id"],
                "name": "Ana",
                "body": "Approved words",
                "created_at": data["comments"][0]["created_at"],
            }
        ]
        assert "reader@example.com" not in str(data)

    def test_query_count_is_constant_with_many_related_items_and_comments(self, client, blog, team):
        member = TeamMemberPageFactory(parent=team, photo=ImageFactory(), photo_alt="Me")
        category = BlogCategoryFactory()
        page = post(
            blog,
            slug="main",
            categories=[category],
            tags=["a", "b"],
            author=member,
            hero_image=ImageFactory(),
        )

        def grow(count):
            for _ in range(count):
                other = post(
                    blog,
                    categories=[category, BlogCategoryFactory()],
                    tags=["a"],
                    author=member,
                    hero_image=ImageFactory(),
                )
                BlogRelatedPost.objects.create(page=page, post=other)
                CommentFactory(post=page)
                CommentFactory(post=page, status="pending")

        grow(1)
        # One hand-picked post: the newest posts sharing a category fill the rest.
        filled = count_resolve_queries(client, "/blog/main/")
        grow(2)
        few = count_resolve_queries(client, "/blog/main/")
        assert few == filled - 1  # three hand-picked posts: no query for the newest posts
        grow(8)
        assert count_resolve_queries(client, "/blog/main/") == few

    def test_reading_time_is_computed_on_save(self, blog):
        words = " ".join(["word"] * 660)
        page = post(blog, body=[rich_text_block(f"<p>{words}</p>")])
        assert page.reading_minutes == 4

    def test_raw_html_has_title_description_canonical_and_og_image(self, client, blog, spa_build):
        post(blog, slug="p", title="A post", intro="About it.", hero_image=ImageFactory())
        html = client.get("/blog/p/").content.decode()
        assert "<title>A post | " in html
        assert '<meta name="description" content="About it.">' in html
        assert '<link rel="canonical" href="http://testserver/blog/p/">' in html
        assert '<meta property="og:image" content="http://testserver/media/' in html
        assert '"@type":"BlogPosting"' in html
        assert (
            '<link rel="alternate" type="application/rss+xml" title="Firelight Test Practice blog" '
            'href="http://testserver/blog/feed/">'
        ) in html


@pytest.mark.django_db
class TestComments:
    def url(self, page):
        return f"/api/blog/posts/{page.pk}/comments/"

    def send(self, client, page, key=None, **fields):
        headers = {name: fields.pop(name) for name in list(fields) if name.startswith("HTTP_")}
        data = {"name": "Ana", "email": "ana@example.com", "body": "Thank you.", **fields}
        if key:
            headers["HTTP_IDEMPOTENCY_KEY"] = key
        return client.post(self.url(page), data, content_type="application/json", **headers)

    def test_a_comment_waits_for_moderation_then_appears(
        self, client, blog, django_capture_on_commit_callbacks
    ):
        page = post(blog, slug="p")
        response = self.send(client, page, body="<script>alert(1)</script> Kind words")
        assert response.status_code == 201
        body = response.json()
        assert body["status"] == "pending"
        comment = Comment.objects.get(pk=body["id"])
        assert comment.body == "<script>alert(1)</script> Kind words"  # stored as text
        assert resolve(client, "/blog/p/")["comments"] == []
        with django_capture_on_commit_callbacks(execute=True):
            comment.status = Comment.Status.APPROVED
            comment.save()
        shown = resolve(client, "/blog/p/")["comments"]
        assert [c["body"] for c in shown] == ["<script>alert(1)</script> Kind words"]

    def test_invalid_input_gets_field_errors_and_stores_nothing(self, client, blog):
        page = post(blog)
        response = self.send(client, page, name="  ", email="nope", body="")
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == "invalid"
        assert set(error["fields"]) == {"name", "email", "body"}
        assert error["fields"]["name"] == ["Please tell us your name."]
        assert not Comment.objects.exists()

    def test_honeypot_is_accepted_silently_and_not_stored(self, client, blog):
        page = post(blog)
        response = self.send(client, page, website="http://spam.example")
        assert response.status_code == 201
        assert not Comment.objects.exists()

    def test_a_retry_with_the_same_idempotency_key_is_stored_once(self, client, blog):
        page = post(blog)
        key = str(uuid.uuid4())
        first = self.send(client, page, key=key)
        again = self.send(client, page, key=key)
        assert first.status_code == again.status_code == 201
        assert first.json()["id"] == again.json()["id"]
        assert Comment.objects.count() == 1
        assert self.send(client, page, key="not-a-uuid").status_code == 400

    def test_a_key_reused_for_another_post_is_refused(self, client, blog):
        key = str(uuid.uuid4())
        assert self.send(client, post(blog), key=key).status_code == 201
        reused = self.send(client, post(blog), key=key)
        assert reused.status_code == 400
        assert "idempotency_key" in reused.json()["error"]["fields"]
        assert Comment.objects.count() == 1

    def test_invalid_posts_do_not_use_up_the_sites_limit(self, client, blog, monkeypatch):
        from blog.api import CommentSiteThrottle

        monkeypatch.setattr(CommentSiteThrottle, "rate", "2/hour")
        page = post(blog)
        for _ in range(2):  # five posts in all: within one visitor's limit
            assert self.send(client, page, body="").status_code == 400
        statuses = [self.send(client, page, body=f"Words {n}").status_code for n in range(3)]
        assert statuses == [201, 201, 429]

    def test_same_origin_comments_need_the_csrf_token(self, blog):
        from django.test import Client

        page = post(blog)
        browser = Client(enforce_csrf_checks=True)
        refused = self.send(browser, page, HTTP_ORIGIN="http://testserver")
        assert refused.status_code == 403
        token = browser.get("/api/csrf/").json()["token"]
        accepted = self.send(browser, page, HTTP_ORIGIN="http://testserver", HTTP_X_CSRFTOKEN=token)
        assert accepted.status_code == 201
        assert self.send(browser, page, HTTP_ORIGIN="https://evil.example").status_code == 403
        counted = browser.post(f"/api/blog/posts/{page.pk}/views/", HTTP_ORIGIN="http://testserver")
        assert counted.status_code == 200  # a read count needs no token

    def test_closed_draft_and_unknown_posts(self, client, blog):
        closed = post(blog, comments_open=False)
        assert self.send(client, closed).status_code == 403
        draft = post(blog, live=False)
        assert self.send(client, draft).status_code == 404
        assert client.post("/api/blog/posts/999999/comments/", {}).status_code == 404
        assert not Comment.objects.exists()

    def test_rate_limited_per_visitor(self, client, blog):
        page = post(blog)
        statuses = [self.send(client, page, body=f"Comment {n}").status_code for n in range(6)]
        assert statuses == [201] * 5 + [429]
        assert Comment.objects.count() == 5

    def test_a_new_pending_comment_does_not_flush_the_cache(
        self, client, blog, django_capture_on_commit_callbacks
    ):
        page = post(blog, slug="p")
        resolve(client, "/blog/p/")
        with django_capture_on_commit_callbacks(execute=True):
            self.send(client, page)
        with CaptureQueriesContext(connection) as queries:
            resolve(client, "/blog/p/")
        assert len(queries) == 0


@pytest.mark.django_db
class TestViews:
    def test_counts_once_per_visitor_and_not_bots_without_revisions(self, client, blog):
        page = post(blog, slug="p")
        revisions = page.revisions.count()
        url = f"/api/blog/posts/{page.pk}/views/"
        first = client.post(url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/130")
        assert first.json() == {"views": 1, "counted": True}
        again = client.post(url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/130")
        assert again.json() == {"views": 1, "counted": False}
        cache.clear()
        bot = client.post(url, HTTP_USER_AGENT="Googlebot/2.1")
        assert bot.json() == {"views": 1, "counted": False}
        cache.clear()
        client.post(url, HTTP_USER_AGENT="Mozilla/5.0", REMOTE_ADDR="10.0.0.2")
        assert PostViews.objects.get(page=page).count == 2
        assert page.revisions.count() == revisions

    def test_read_counts_feed_most_read(self, client, blog):
        quiet = post(blog, slug="quiet")
        popular = post(blog, slug="popular")
        PostViews.objects.create(page=popular, count=40)
        PostViews.objects.create(page=quiet, count=2)
        most_read = resolve(client, "/blog/")["most_read"]
        assert [(p["path"], p["views"]) for p in most_read] == [
            ("/blog/popular/", 40),
            ("/blog/quiet/", 2),
        ]

    def test_a_draft_post_is_not_counted(self, client, blog):
        draft = post(blog, live=False)
        assert client.post(f"/api/blog/posts/{draft.pk}/views/").status_code == 404
        assert not PostViews.objects.exists()


@pytest.mark.django_db
class TestFeed:
    def test_valid_rss_with_every_public_post_and_absolute_urls(self, client, blog, settings):
        settings.PUBLIC_BASE_URL = "https://firelight.example"
        for n in range(3):
            post(blog, slug=f"p{n}", title=f"Post <{n}> & more")
        post(blog, slug="draft", live=False)
        response = client.get("/blog/feed/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
        root = ET.fromstring(response.content)
        assert root.tag == "rss" and root.get("version") == "2.0"
        channel = root.find("channel")
        assert channel.findtext("link") == "https://firelight.example/blog/"
        items = channel.findall("item")
        assert [item.findtext("link") for item in items] == [
            f"https://firelight.example/blog/p{n}/" for n in (2, 1, 0)
        ]
        assert items[0].findtext("title") == "Post <2> & more"
        assert all(item.findtext("pubDate") and item.findtext("guid") for item in items)

    def test_feed_of_a_path_without_a_blog_is_the_shell_404(self, client, blog, spa_build):
        assert client.get("/nothing-here/feed/").status_code == 404


@pytest.mark.django_db
class TestElsewhere:
    def test_home_lists_the_latest_posts(self, client, blog):
        for day in range(1, 5):
            post(blog, slug=f"p{day}", date=f"2026-03-0{day}")
        latest = resolve(client, "/")["latest_posts"]
        assert [p["path"] for p in latest] == ["/blog/p4/", "/blog/p3/", "/blog/p2/"]
        assert set(latest[0]) == SUMMARY_KEYS

    def test_a_profile_lists_the_members_posts(self, client, blog, team):
        member = TeamMemberPageFactory(parent=team, slug="maya")
        post(blog, slug="mine", author=member)
        post(blog, slug="theirs")
        posts = resolve(client, "/team/maya/")["posts"]
        assert [p["path"] for p in posts] == ["/blog/mine/"]
