"""Factories for the home page."""

import factory
import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Supervision that helps you grow"
    hero_text = "Experienced supervisors for therapists on the way to licensure."
    hero_primary_label = "Get started"
