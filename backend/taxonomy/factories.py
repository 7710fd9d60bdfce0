"""Factories for the shared taxonomies."""

import factory

from taxonomy.models import FAQ, FAQCategory, LicenseType, Specialty, State


class StateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = State
        django_get_or_create = ("code",)

    code = "CO"
    name = factory.LazyAttribute(
        lambda o: {"CO": "Colorado", "WA": "Washington"}.get(o.code, o.code)
    )
    board_name = "State licensing board"
    board_url = "https://board.example.org/"
    online_supervision_across_state_lines = True


class LicenseTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LicenseType
        django_get_or_create = ("state", "code")

    code = "LPCC"
    name = "Licensed Professional Counselor Candidate"
    profession = LicenseType.Profession.COUNSELING
    level = LicenseType.Level.CANDIDATE
    state = factory.SubFactory(StateFactory)


class SpecialtyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Specialty

    name = factory.Sequence(lambda n: f"Specialty {n}")
    kind = Specialty.Kind.CLINICAL_ISSUE


class FAQCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQCategory

    name = factory.Sequence(lambda n: f"Category {n}")
    sort_order = 10


class FAQFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQ

    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>An answer.</p>"
    category = factory.SubFactory(FAQCategoryFactory)
