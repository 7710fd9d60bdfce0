"""Factories for the team pages."""

import datetime

import factory
import wagtail_factories

from taxonomy.factories import LicenseTypeFactory
from team.models import (
    AvailabilitySlot,
    MatchPage,
    TeamIndexPage,
    TeamMemberLicense,
    TeamMemberPage,
)


class TeamIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TeamIndexPage

    title = "Our team"
    slug = "team"
    intro = "Meet the team."


class TeamMemberPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TeamMemberPage

    title = factory.Sequence(lambda n: f"Sample Supervisor {n}")
    slug = factory.Sequence(lambda n: f"supervisor-{n}")
    pronouns = "she/her"
    short_bio = "A sample supervisor."
    bio = "<p>A longer sample biography.</p>"
    work_settings = ["private_practice"]
    formats = ["individual", "online"]
    accepting_new = True


class TeamMemberLicenseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMemberLicense

    page = factory.SubFactory(TeamMemberPageFactory)
    license_type = factory.SubFactory(
        LicenseTypeFactory, code="LPC", name="Licensed Professional Counselor", level="independent"
    )
    number = factory.Sequence(lambda n: f"LPC.{n:05d}")
    can_supervise = True
    verified = datetime.date(2026, 9, 1)


class AvailabilitySlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AvailabilitySlot

    page = factory.SubFactory(TeamMemberPageFactory)
    weekday = 1
    start = datetime.time(13, 0)
    end = datetime.time(17, 0)
    time_zone = "America/Denver"


class MatchPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MatchPage

    title = "Find a supervisor"
    slug = "find-a-supervisor"
    intro = "Answer a few questions."
