"""Database queries per resolve of every page type of the demo site, against a budget
per type, and the same counts with more content: a change that adds a query, or makes
a page's queries grow with its content, fails here (``make bench`` has the timings)."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from core.api.pages import registered_page_models
from core.demo.pages import ensure_child
from core.demo.scale import scale_demo
from core.models import StandardPage
from core.testing import count_resolve_queries, representative_pages

# Queries of an uncached resolve (renditions exist: they are made at publish time).
QUERY_BUDGETS = {
    "home.HomePage": 17,
    "services.ServiceIndexPage": 10,
    "services.ServicePage": 19,
    "services.LocationIndexPage": 8,
    "services.LocationPage": 14,
    "team.TeamIndexPage": 14,
    "team.TeamMemberPage": 13,
    "forms.FormPage": 11,
    "team.MatchPage": 10,
    "services.FeesPage": 9,
    "events.EventIndexPage": 15,
    "events.TrainingProgramPage": 17,
    "events.TrainingPage": 13,
    "events.EventPage": 14,
    "services.LicensurePathPage": 15,
    "blog.BlogIndexPage": 18,
    "blog.BlogPage": 24,
    "forms.NewsletterPage": 7,
    "core.SearchPage": 7,
    "core.StandardPage": 7,
}


def counts(client, pages: dict[str, str]) -> dict[str, int]:
    return {name: count_resolve_queries(client, path) for name, path in pages.items()}


@pytest.mark.django_db
def test_every_page_type_keeps_its_query_budget_as_content_grows(client):
    call_command("seed_demo", verbosity=0)
    home = Site.objects.get(is_default_site=True).root_page
    # The demo has no plain standard page: add one, so that every type is measured.
    ensure_child(home, StandardPage(title="About", slug="about", intro="Who we are."))
    client.defaults["HTTP_HOST"] = "localhost"
    pages = {name: path for name, (path, _id) in representative_pages().items()}
    registered = {model._meta.label for model in registered_page_models()}
    assert set(pages) == registered, "every registered page type is measured"
    assert set(QUERY_BUDGETS) == registered, "a page type was added or removed: budget it"
    assert counts(client, pages) == QUERY_BUDGETS

    # Three times the posts, events and supervisors: not one query more anywhere.
    assert scale_demo(home, 3) > 40
    assert counts(client, pages) == QUERY_BUDGETS
