"""Where the services page types may live."""

from wagtail.test.utils import WagtailPageTestCase

from core.models import StandardPage
from events.models import EventIndexPage
from home.models import HomePage
from services.models import (
    FeesPage,
    LicensurePathPage,
    LocationIndexPage,
    LocationPage,
    ServiceIndexPage,
    ServicePage,
)


class ServicesPageTreeTests(WagtailPageTestCase):
    def test_service_index_lives_under_home_and_holds_services(self):
        self.assertAllowedParentPageTypes(ServiceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage})

    def test_service_page_is_a_leaf_of_an_index(self):
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServicePage, set())

    def test_locations(self):
        self.assertAllowedParentPageTypes(LocationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LocationIndexPage, {LocationPage})
        self.assertAllowedSubpageTypes(LocationPage, set())

    def test_fees_page(self):
        self.assertAllowedParentPageTypes(FeesPage, {HomePage})
        self.assertAllowedSubpageTypes(FeesPage, set())

    def test_licensure_path_lives_in_a_section(self):
        self.assertAllowedParentPageTypes(LicensurePathPage, {StandardPage, EventIndexPage})
        self.assertAllowedSubpageTypes(LicensurePathPage, set())
