"""Where events and trainings may live in the page tree."""

from wagtail.test.utils import WagtailPageTestCase

from core.models import StandardPage
from events.models import EventIndexPage, EventPage, TrainingPage, TrainingProgramPage
from home.models import HomePage
from services.models import LicensurePathPage


class EventsPageTreeTests(WagtailPageTestCase):
    def test_event_index(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage, EventIndexPage})
        self.assertAllowedSubpageTypes(
            EventIndexPage,
            {EventPage, EventIndexPage, TrainingProgramPage, LicensurePathPage, StandardPage},
        )

    def test_events_and_trainings(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(TrainingProgramPage, {TrainingPage})
        self.assertAllowedParentPageTypes(TrainingPage, {TrainingProgramPage})
