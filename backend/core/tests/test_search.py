"""Site search: public pages only, pages named by the query first, highlighted snippets,
the closest known word for a typo, pagination; never cached, never indexed."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from core.factories import StandardPageFactory, rich_text_block
from core.models import SearchPage
from core.testing import resolve_json


@pytest.fixture
def site_pages(home, site_settings):
    home.add_child(instance=SearchPage(title="Search", slug="search"))
    blog = BlogIndexPageFactory(parent=home)
    BlogPageFactory(
        parent=blog,
        slug="notes",
        title="Writing notes",
        intro="Short notes after each session.",
        body=[rich_text_block("<p>Group supervision helps when exposure accumulates.</p>")],
    )
    StandardPageFactory(
        parent=home, slug="group-supervision", title="Group supervision", intro="Learn with peers."
    )
    StandardPageFactory(parent=home, slug="draft", title="Supervision draft", live=False)
    private = StandardPageFactory(parent=home, slug="private", title="Private supervision")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return blog


def search(client, **query):
    return resolve_json(client, "/search/", **query)


@pytest.mark.django_db
def test_results_are_public_ranked_and_highlighted(client, site_pages):
    data = search(client, q="supervision")
    titles = [result["title"] for result in data["results"]]
    assert titles[0] == "Group supervision"  # named by the query
    assert "Writing notes" in titles
    assert "Supervision draft" not in titles and "Private supervision" not in titles
    post = next(r for r in data["results"] if r["title"] == "Writing notes")
    assert post["type"] == "blog.BlogPage" and post["type_label"] == "Blog post"
    assert post["path"] == "/blog/notes/"
    assert {"text": "supervision", "highlight": True} in [
        {**part, "text": part["text"].lower()} for part in post["snippet"]
    ]
    assert data["seo"]["noindex"] is True
    assert data["pagination"]["total"] == len(titles)


@pytest.mark.django_db
def test_a_word_from_a_body_finds_its_page(client, site_pages):
    data = search(client, q="accumulates")
    assert [r["title"] for r in data["results"]] == ["Writing notes"]


@pytest.mark.django_db
def test_a_typo_is_corrected_from_the_site_words(client, site_pages):
    data = search(client, q="supervison")
    assert data["corrected_query"] == "supervision"
    assert data["results"]


@pytest.mark.django_db
def test_empty_and_no_result_states(client, site_pages):
    empty = search(client)
    assert (empty["query"], empty["results"], empty["pagination"]["total"]) == ("", [], 0)
    none = search(client, q="zzzqqq")
    assert none["results"] == [] and none["corrected_query"] is None
    assert none["no_results_text"]


@pytest.mark.django_db
def test_results_are_paginated_and_never_cached(client, site_pages, home):
    for n in range(12):
        StandardPageFactory(parent=home, slug=f"p{n}", title=f"Supervision topic {n}")
    first = search(client, q="supervision")
    assert first["pagination"]["page_count"] == 2
    assert first["pagination"]["next"] == "/search/?q=supervision&page=2"
    second = search(client, q="supervision", page=2)
    assert second["pagination"]["previous"] == "/search/?q=supervision"
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    missing = client.get("/api/pages/resolve/", {"path": "/search/", "q": "supervision", "page": 9})
    assert missing.status_code == 404
    cache.clear()
    search(client, q="supervision")
    StandardPageFactory(parent=home, slug="fresh", title="Supervision fresh")  # no publish signal
    assert "Supervision fresh" in [r["title"] for r in search(client, q="supervision")["results"]]


@pytest.mark.django_db
def test_search_api(client, site_pages):
    response = client.get("/api/search/", {"q": "accumulates"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"query", "corrected_query", "results", "pagination"}
    assert data["results"][0]["path"] == "/blog/notes/"
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert client.get("/api/search/", {"q": "x" * 201}).status_code == 400


@pytest.mark.django_db
def test_the_search_page_is_not_in_the_sitemap(client, site_pages):
    assert "/search/" not in client.get("/sitemap.xml").content.decode()
