"""Factories for events and trainings."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from events.models import (
    EventIndexPage,
    EventPage,
    EventPriceTier,
    EventSeries,
    Registration,
    TrainingPage,
    TrainingProgramPage,
)


class EventSeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventSeries
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events & trainings"
    slug = "events-and-trainings"
    intro = "Lunch & Learns and trainings."


def days_from_now(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


class EventPageFactory(wagtail_factories.PageFactory):
    """An online event at noon Mountain Time, ``days`` from today (10 by default)."""

    class Meta:
        model = EventPage

    class Params:
        days = 10

    title = factory.Sequence(lambda n: f"Sample event {n}")
    slug = factory.Sequence(lambda n: f"sample-event-{n}")
    intro = "A sample event."
    start_date = factory.LazyAttribute(lambda event: days_from_now(event.days))
    start_time = datetime.time(12, 0)
    end_time = datetime.time(13, 0)
    time_zone = "America/Denver"
    format = EventPage.Format.ONLINE
    join_url = "https://meet.example.com/private-room"
    join_instructions = "Use the passcode 4321."
    capacity = 10


class EventPriceTierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventPriceTier

    page = factory.SubFactory(EventPageFactory)
    label = factory.Sequence(lambda n: f"Tier {n}")
    price = Decimal("100.00")


class TrainingProgramPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TrainingProgramPage

    title = "Clinical training program"
    slug = "clinical-training-program"
    intro = "Three trainings."
    objectives = "Assess risk\nPlan for safety"


class TrainingPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TrainingPage

    title = factory.Sequence(lambda n: f"Training {n}")
    slug = factory.Sequence(lambda n: f"training-{n}")
    intro = "A training."
    objectives = "Learn one thing\nLearn another"
    modules = factory.LazyFunction(
        lambda: [
            {"type": "module", "value": {"title": "Part one", "hours": "1.5", "summary": "First"}},
            {"type": "module", "value": {"title": "Part two", "hours": "2", "summary": "Second"}},
        ]
    )
    ce_hours = Decimal("3.5")
    price = Decimal("180.00")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    name = factory.Sequence(lambda n: f"Registrant {n}")
    email = factory.Sequence(lambda n: f"registrant{n}@example.org")
    status = Registration.Status.CONFIRMED
    consented_at = factory.LazyFunction(timezone.now)
    confirmation = Registration.Confirmation.SENT
