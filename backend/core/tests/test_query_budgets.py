"""Database queries per resolve of every page type of the demo site, against a budget
per type, and the same counts with more content: a change that adds a query, or makes
a page's queries grow with its content, fails here (``make bench`` has the timings)."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from core.demo.scale import scale_demo
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
}


def counts(client, pages: dict[str, str]) -> dict[str, int]:
    return {name: count_resolve_queries(client, path) for name, path in pages.items()}


@pytest.mark.django_db
def test_every_page_type_keeps_its_query_budget_as_content_grows(client):
    call_command("seed_demo", verbosity=0)
    client.defaults["HTTP_HOST"] = "localhost"
    pages = representative_pages()
    assert set(pages) == set(QUERY_BUDGETS), "a page type was added or removed: budget it"
    assert counts(client, pages) == QUERY_BUDGETS

    # Three times the posts, events and supervisors: not one query more anywhere.
    scale_demo(Site.objects.get(is_default_site=True).root_page, 3)
    assert counts(client, pages) == QUERY_BUDGETS
