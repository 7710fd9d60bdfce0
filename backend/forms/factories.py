"""Factories for form pages."""

import factory
import wagtail_factories

from forms.models import FormField, FormPage


class FormPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FormPage

    title = factory.Sequence(lambda n: f"Form {n}")
    slug = factory.Sequence(lambda n: f"form-{n}")
    intro = "Tell us about yourself."
    to_address = "team@firelight.example"
    subject = "New submission"


class FormFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FormField

    page = factory.SubFactory(FormPageFactory)
    label = factory.Sequence(lambda n: f"Question {n}")
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(lambda n: n)
