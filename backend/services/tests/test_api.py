"""Contract and query-count tests of the services page types."""

from decimal import Decimal

import pytest
from wagtail.models import PageViewRestriction

from core.factories import StandardPageFactory
from core.testing import count_resolve_queries, resolve_json
from services.factories import (
    FeesPageFactory,
    LicensurePathPageFactory,
    LicensurePathStepFactory,
    LicensureRequirementFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    PriceItemFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)
from taxonomy.factories import (
    FAQCategoryFactory,
    FAQFactory,
    LicenseTypeFactory,
    SpecialtyFactory,
    StateFactory,
)

BASE_KEYS = {"id", "type", "title", "path", "seo", "breadcrumbs", "last_published_at"}


resolve = resolve_json
count_queries = count_resolve_queries


def json_ld_types(data) -> list[str]:
    return [item["@type"] for item in data["seo"]["json_ld"]]


@pytest.fixture
def colorado(db):
    return StateFactory(code="CO")


def make_service(index, colorado, n_extra=0, **kwargs):
    service = ServicePageFactory(parent=index, **kwargs)
    for _ in range(1 + n_extra):
        PriceItemFactory(page=service)
    service.specialties.set([SpecialtyFactory() for _ in range(1 + n_extra)])
    service.states.set([colorado])
    service.license_types.set([LicenseTypeFactory(state=colorado)])
    service.faqs.set([FAQFactory() for _ in range(1 + n_extra)])
    service.save()
    return service


@pytest.mark.django_db
class TestServicePages:
    def test_service_page_contract(self, client, home, site_settings, colorado):
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        make_service(index, colorado, slug="group", title="Group supervision")
        data = resolve(client, "/supervision/group/")
        assert set(data) == BASE_KEYS | {
            "kind",
            "kind_label",
            "intro",
            "audience",
            "formats",
            "group_size",
            "frequency",
            "counts_toward_licensure",
            "specialties",
            "states",
            "license_types",
            "price_items",
            "faqs",
            "body",
            "cta",
            "supervisors",
        }
        assert data["type"] == "services.ServicePage"
        assert data["formats"] == [
            {"value": "group", "label": "Group"},
            {"value": "online", "label": "Online"},
        ]
        assert data["group_size"] == {"min": 3, "max": 6}
        assert data["states"][0]["code"] == "CO"
        assert set(data["price_items"][0]) == {
            "label",
            "format",
            "format_label",
            "unit",
            "unit_label",
            "minutes",
            "price",
            "group_size",
            "sliding_scale_min",
            "effective_date",
        }
        assert data["price_items"][0]["price"] == "55.00"
        assert data["faqs"][0]["answer"] == "<p>An answer.</p>"
        assert json_ld_types(data) == ["Service", "FAQPage", "BreadcrumbList"]
        service_ld = data["seo"]["json_ld"][0]
        assert service_ld["provider"]["name"] == "Firelight Test Practice"
        assert service_ld["areaServed"] == [{"@type": "State", "name": "Colorado"}]
        assert service_ld["offers"][0]["price"] == "55.00"

    def test_call_to_action_falls_back_to_the_site_consultation_page(
        self, client, home, site_settings, colorado
    ):
        consult = StandardPageFactory(parent=home, slug="free-call")
        site_settings.consultation_cta_page = consult
        site_settings.save()
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        ServicePageFactory(parent=index, slug="group", cta_heading="Fit?", cta_text="Talk.")
        assert resolve(client, "/supervision/group/")["cta"] == {
            "heading": "Fit?",
            "text": "Talk.",
            "label": "Get started with a free consultation call",
            "path": "/free-call/",
        }

    def test_service_query_count_is_constant(self, client, home, site_settings, colorado):
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        make_service(index, colorado, slug="small")
        make_service(index, colorado, slug="large", n_extra=12)
        assert count_queries(client, "/supervision/small/") == count_queries(
            client, "/supervision/large/"
        )

    def test_index_lists_only_public_children(self, client, home, site_settings, colorado):
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        make_service(index, colorado, slug="group", title="Group supervision")
        ServicePageFactory(parent=index, slug="draft", live=False)
        private = ServicePageFactory(parent=index, slug="private")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        data = resolve(client, "/supervision/")
        assert set(data) == BASE_KEYS | {"kind", "intro", "body", "services"}
        assert [s["path"] for s in data["services"]] == ["/supervision/group/"]
        assert set(data["services"][0]) == {
            "title",
            "path",
            "intro",
            "kind",
            "formats",
            "counts_toward_licensure",
            "price_from",
        }
        assert data["services"][0]["price_from"] == "55.00"

    def test_index_query_count_is_constant(self, client, home, site_settings, colorado):
        small = ServiceIndexPageFactory(parent=home, slug="small")
        make_service(small, colorado)
        large = ServiceIndexPageFactory(parent=home, slug="large")
        for _ in range(8):
            make_service(large, colorado, n_extra=2)
        assert count_queries(client, "/small/") == count_queries(client, "/large/")


@pytest.mark.django_db
class TestLocations:
    def test_location_page_contract_and_related_lists(self, client, home, site_settings, colorado):
        washington = StateFactory(code="WA")
        locations = LocationIndexPageFactory(parent=home)
        LocationPageFactory(parent=locations, state=colorado, slug="colorado")
        section = StandardPageFactory(parent=home, slug="events")
        LicensurePathPageFactory(parent=section, state=colorado, slug="path-to-lpc")
        LicensurePathPageFactory(
            parent=section,
            state=washington,
            slug="wa-path",
            starting_credential=LicenseTypeFactory(state=washington, code="LMHCA"),
            target_license=LicenseTypeFactory(state=washington, code="LMHC"),
        )
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        make_service(index, colorado, slug="group", title="Group supervision")
        ServicePageFactory(parent=index, slug="wa-only").states.set([washington])

        data = resolve(client, "/locations/colorado/")
        assert set(data) == BASE_KEYS | {
            "state",
            "intro",
            "license_types",
            "online_supervision_notes",
            "licensure_paths",
            "services",
            "supervisors",
            "body",
        }
        assert [p["path"] for p in data["licensure_paths"]] == ["/events/path-to-lpc/"]
        assert data["licensure_paths"][0]["target_license"]["code"] == "LPC"
        assert data["services"] == [
            {"title": "Group supervision", "path": "/supervision/group/", "kind": "supervision"}
        ]
        local = data["seo"]["json_ld"][1]
        assert local["@type"] == "ProfessionalService"
        assert local["areaServed"] == {"@type": "State", "name": "Colorado"}

    def test_location_index_lists_states(self, client, home, site_settings, colorado):
        locations = LocationIndexPageFactory(parent=home)
        LocationPageFactory(parent=locations, state=colorado, slug="colorado")
        data = resolve(client, "/locations/")
        assert set(data) == BASE_KEYS | {"intro", "body", "locations"}
        assert data["locations"][0]["state"]["code"] == "CO"
        assert data["locations"][0]["path"] == "/locations/colorado/"

    def test_location_query_count_is_constant(self, client, home, site_settings, colorado):
        locations = LocationIndexPageFactory(parent=home)
        LocationPageFactory(parent=locations, state=colorado, slug="colorado")
        washington = StateFactory(code="WA")
        LocationPageFactory(parent=locations, state=washington, slug="washington")
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        section = StandardPageFactory(parent=home, slug="events")
        for _ in range(6):
            make_service(index, colorado)
            LicensurePathPageFactory(parent=section, state=colorado)
        assert count_queries(client, "/locations/colorado/") == count_queries(
            client, "/locations/washington/"
        )


@pytest.mark.django_db
class TestFeesPage:
    def test_price_table_and_faq_groups(self, client, home, site_settings, colorado):
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        make_service(index, colorado, slug="group", title="Group supervision")
        hidden = ServicePageFactory(parent=index, slug="hidden")
        PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
        PriceItemFactory(page=hidden, label="Secret price")
        FeesPageFactory(parent=home)
        getting_started = FAQCategoryFactory(name="Getting started", sort_order=0)
        FAQFactory(category=getting_started, question="How do I start?")
        data = resolve(client, "/fees-and-faqs/")
        assert set(data) == BASE_KEYS | {"intro", "price_items", "faq_groups", "body"}
        labels = [row["label"] for row in data["price_items"]]
        assert len(labels) == 1 and "Secret price" not in labels
        assert all(row["service"]["path"] == "/supervision/group/" for row in data["price_items"])
        assert data["faq_groups"][0]["category"] == "Getting started"
        assert data["faq_groups"][0]["faqs"][0]["question"] == "How do I start?"
        assert "FAQPage" in json_ld_types(data)

    def test_fees_query_count_is_constant(self, client, home, site_settings, colorado):
        FeesPageFactory(parent=home)
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        make_service(index, colorado)
        small = count_queries(client, "/fees-and-faqs/")
        for _ in range(5):
            make_service(index, colorado, n_extra=3)
        assert count_queries(client, "/fees-and-faqs/") == small


@pytest.mark.django_db
class TestLicensurePath:
    def test_contract_and_last_verified_is_the_oldest(self, client, home, site_settings, colorado):
        import datetime

        section = StandardPageFactory(parent=home, slug="events")
        path = LicensurePathPageFactory(parent=section, state=colorado, slug="path-to-lpc")
        LicensureRequirementFactory(page=path, value=Decimal("2000"))
        LicensureRequirementFactory(
            page=path,
            metric="min_months",
            value=Decimal("24"),
            last_verified=datetime.date(2026, 3, 1),
        )
        LicensurePathStepFactory(page=path, title="Register", fee=Decimal("88"))
        LicensurePathStepFactory(page=path, title="Practise")
        data = resolve(client, "/events/path-to-lpc/")
        assert set(data) == BASE_KEYS | {
            "state",
            "starting_credential",
            "target_license",
            "intro",
            "requirements",
            "steps",
            "last_verified",
            "body",
        }
        assert data["last_verified"] == "2026-03-01"
        assert [r["unit"] for r in data["requirements"]] == ["hours", "months"]
        assert data["requirements"][0]["value"] == 2000.0
        assert [s["title"] for s in data["steps"]] == ["Register", "Practise"]
        assert data["steps"][0]["documents"] == ["Transcript", "Application"]
        assert data["steps"][0]["fee"] == "88.00"
        assert json_ld_types(data) == ["WebPage", "HowTo", "BreadcrumbList"]

    def test_query_count_is_constant(self, client, home, site_settings, colorado):
        section = StandardPageFactory(parent=home, slug="events")
        small = LicensurePathPageFactory(parent=section, state=colorado, slug="small")
        LicensureRequirementFactory(page=small)
        LicensurePathStepFactory(page=small)
        large = LicensurePathPageFactory(parent=section, state=colorado, slug="large")
        for _ in range(10):
            LicensureRequirementFactory(page=large)
            LicensurePathStepFactory(page=large)
        assert count_queries(client, "/events/small/") == count_queries(client, "/events/large/")


@pytest.mark.django_db
def test_editing_a_faq_snippet_reaches_the_fees_page(
    client, home, site_settings, django_capture_on_commit_callbacks
):
    FeesPageFactory(parent=home)
    faq = FAQFactory(question="Old question?")
    assert resolve(client, "/fees-and-faqs/")["faq_groups"][0]["faqs"][0]["question"] == (
        "Old question?"
    )
    faq.question = "New question?"
    with django_capture_on_commit_callbacks(execute=True):
        faq.save()
    assert resolve(client, "/fees-and-faqs/")["faq_groups"][0]["faqs"][0]["question"] == (
        "New question?"
    )
