"""Factories for the services pages."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories

from services.models import (
    FeesPage,
    LicensurePathPage,
    LicensurePathStep,
    LicensureRequirement,
    LocationIndexPage,
    LocationPage,
    PriceItem,
    ServiceIndexPage,
    ServiceKind,
    ServicePage,
)
from taxonomy.factories import LicenseTypeFactory, StateFactory


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ServiceIndexPage

    title = "Supervision"
    slug = factory.Sequence(lambda n: f"services-{n}")
    kind = ServiceKind.SUPERVISION
    intro = "Supervision toward licensure."
    show_in_menus = True


class ServicePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ServicePage

    title = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    kind = ServiceKind.SUPERVISION
    intro = "A service."
    audience = ["pre_licensed"]
    formats = ["group", "online"]
    group_size_min = 3
    group_size_max = 6
    frequency = "Every other week"
    counts_toward_licensure = True


class PriceItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PriceItem

    page = factory.SubFactory(ServicePageFactory)
    label = factory.Sequence(lambda n: f"Price {n}")
    format = "group"
    unit = "person_session"
    minutes = 90
    price = Decimal("55.00")
    group_size = "3–6"
    sliding_scale_min = Decimal("40.00")
    effective_date = datetime.date(2026, 1, 1)


class LocationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LocationIndexPage

    title = "Locations"
    slug = "locations"
    intro = "Where we work."


class LocationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LocationPage

    title = factory.LazyAttribute(lambda o: o.state.name)
    slug = factory.LazyAttribute(lambda o: o.state.name.lower())
    state = factory.SubFactory(StateFactory)
    intro = "Supervision in this state."
    online_supervision_notes = "<p>Video supervision is accepted.</p>"


class FeesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FeesPage

    title = "Fees & FAQs"
    slug = "fees-and-faqs"
    intro = "Our prices."


class LicensurePathPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LicensurePathPage

    title = "Your path to LPC in Colorado"
    slug = factory.Sequence(lambda n: f"path-{n}")
    state = factory.SubFactory(StateFactory)
    starting_credential = factory.LazyAttribute(lambda o: LicenseTypeFactory(state=o.state))
    target_license = factory.LazyAttribute(
        lambda o: LicenseTypeFactory(
            state=o.state, code="LPC", name="Licensed Professional Counselor", level="independent"
        )
    )
    intro = "Steps to licensure."


class LicensureRequirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LicensureRequirement

    page = factory.SubFactory(LicensurePathPageFactory)
    metric = LicensureRequirement.Metric.TOTAL_HOURS
    value = Decimal("2000")
    source_url = "https://board.example.org/rules"
    last_verified = datetime.date(2026, 10, 15)


class LicensurePathStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LicensurePathStep

    page = factory.SubFactory(LicensurePathPageFactory)
    title = factory.Sequence(lambda n: f"Step {n}")
    body = "<p>Do this.</p>"
    documents = "Transcript\nApplication"
    exam = ""
