"""Page-tree rules: where each page type may live."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage
from core.models import SearchPage, StandardPage
from events.models import EventIndexPage
from forms.models import FormPage, NewsletterPage
from home.models import HomePage
from services.models import FeesPage, LicensurePathPage, LocationIndexPage, ServiceIndexPage
from team.models import MatchPage, TeamIndexPage


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                ServiceIndexPage,
                LocationIndexPage,
                FeesPage,
                TeamIndexPage,
                MatchPage,
                BlogIndexPage,
                EventIndexPage,
                SearchPage,
                FormPage,
                NewsletterPage,
            },
        )

    def test_standard_page_parents(self):
        self.assertAllowedParentPageTypes(
            StandardPage, {HomePage, StandardPage, TeamIndexPage, EventIndexPage}
        )

    def test_standard_page_children_are_the_types_that_accept_it(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, LicensurePathPage, FormPage})


@pytest.mark.django_db
def test_only_one_home_page_can_be_created(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())
