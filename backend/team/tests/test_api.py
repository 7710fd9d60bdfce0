"""Contract, query-count and behaviour tests of the team pages and ``POST /api/match/``."""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.factories import ImageFactory
from core.testing import count_resolve_queries, resolve_json
from services.factories import ServiceIndexPageFactory, ServicePageFactory
from taxonomy.factories import LicenseTypeFactory, SpecialtyFactory, StateFactory
from team.factories import (
    AvailabilitySlotFactory,
    MatchPageFactory,
    TeamIndexPageFactory,
    TeamMemberLicenseFactory,
    TeamMemberPageFactory,
)
from team.models import MatchRequest

BASE_KEYS = {"id", "type", "title", "path", "seo", "breadcrumbs", "last_published_at"}
SUMMARY_KEYS = {
    "id",
    "name",
    "slug",
    "path",
    "pronouns",
    "role",
    "role_label",
    "short_bio",
    "photo",
    "accepting_new",
    "formats",
    "specialties",
    "licenses",
}


resolve = resolve_json
count_queries = count_resolve_queries


@pytest.fixture
def lpc(db):
    return LicenseTypeFactory(state=StateFactory(code="CO"), code="LPC", level="independent")


def member(team, lpc, n_extra=0, **kwargs):
    person = TeamMemberPageFactory(
        parent=team, photo=ImageFactory(width=64, height=64), photo_alt="Portrait", **kwargs
    )
    TeamMemberLicenseFactory(page=person, license_type=lpc)
    for _ in range(1 + n_extra):
        AvailabilitySlotFactory(page=person)
    person.specialties.set([SpecialtyFactory() for _ in range(1 + n_extra)])
    person.save()
    return person


@pytest.mark.django_db
class TestTeamPages:
    def test_directory_contract_and_public_members_only(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc, slug="ana")
        TeamMemberPageFactory(parent=team, slug="draft", live=False)
        hidden = TeamMemberPageFactory(parent=team, slug="hidden")
        PageViewRestriction.objects.create(page=hidden, restriction_type="login")
        data = resolve(client, "/team/")
        assert set(data) == BASE_KEYS | {"intro", "body", "members", "filters"}
        assert [m["slug"] for m in data["members"]] == ["ana"]
        assert set(data["members"][0]) == SUMMARY_KEYS
        assert data["members"][0]["photo"]["alt"] == "Portrait"
        assert set(data["filters"]) == {"states", "license_types", "specialties", "formats"}

    def test_directory_query_count_is_constant(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc)
        count_queries(client, "/team/")
        small = count_queries(client, "/team/")
        for _ in range(6):
            member(team, lpc, n_extra=2)
        count_queries(client, "/team/")  # renditions are made once (on upload in production)
        assert count_queries(client, "/team/") == small

    def test_profile_contract_and_json_ld(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc, slug="ana", title="Ana Sample")
        data = resolve(client, "/team/ana/")
        assert set(data) == BASE_KEYS | {
            "pronouns",
            "role",
            "role_label",
            "photo",
            "short_bio",
            "bio",
            "languages",
            "licenses",
            "certifications",
            "years_licensed",
            "years_supervising",
            "supervision_model",
            "style",
            "style_statement",
            "specialties",
            "work_settings",
            "formats",
            "availability",
            "accepting_new",
            "fee_notes",
            "consultation_path",
            "posts",
        }
        assert data["licenses"][0]["code"] == "LPC"
        assert data["availability"][0] == {
            "weekday": 1,
            "weekday_label": "Tuesday",
            "start": "13:00",
            "end": "17:00",
            "time_zone": "America/Denver",
        }
        person = data["seo"]["json_ld"][0]
        assert person["@type"] == "Person" and person["name"] == "Ana Sample"

    def test_profile_query_count_is_constant(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc, slug="small")
        large = member(team, lpc, slug="large", n_extra=10)
        for code in ("LAC", "LMFT", "LCSW"):
            TeamMemberLicenseFactory(
                page=large, license_type=LicenseTypeFactory(state=lpc.state, code=code)
            )
        count_queries(client, "/team/small/")
        count_queries(client, "/team/large/")
        assert count_queries(client, "/team/small/") == count_queries(client, "/team/large/")

    def test_service_shows_supervisors_sharing_specialties_and_states(
        self, client, home, site_settings, lpc
    ):
        team = TeamIndexPageFactory(parent=home)
        ana = member(team, lpc, slug="ana")
        member(team, lpc, slug="ben")  # licensed in Colorado but no shared specialty
        index = ServiceIndexPageFactory(parent=home, slug="supervision")
        service = ServicePageFactory(parent=index, slug="group")
        service.specialties.set(ana.specialties.all())
        service.states.set([lpc.state])
        service.save()
        assert [m["slug"] for m in resolve(client, "/supervision/group/")["supervisors"]] == ["ana"]
        service.featured_supervisors.set([team.get_children().get(slug="ben").specific])
        service.save()
        cache.clear()
        assert [m["slug"] for m in resolve(client, "/supervision/group/")["supervisors"]] == ["ben"]

    def test_match_page_offers_the_taxonomies(self, client, home, site_settings, lpc):
        MatchPageFactory(parent=home)
        data = resolve(client, "/find-a-supervisor/")
        assert set(data) == BASE_KEYS | {"intro", "no_results_text", "body", "options"}
        assert data["options"]["license_types"][0]["code"] == "LPC"
        assert {p["value"] for p in data["options"]["parts_of_day"]} == {
            "morning",
            "afternoon",
            "evening",
        }


def post_match(client, body):
    return client.post("/api/match/", json.dumps(body), content_type="application/json")


def answers(lpc, **overrides):
    return {
        "states": ["CO"],
        "target_license": lpc.pk,
        "stage": "starting",
        "format": "individual",
        "mode": "online",
        "availability": [{"weekday": 1, "part": "afternoon"}],
        "time_zone": "America/Denver",
        **overrides,
    }


@pytest.mark.django_db
class TestMatchEndpoint:
    def test_ranks_and_explains(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        ana = member(team, lpc, slug="ana", title="Ana Sample")
        member(team, lpc, slug="ben", accepting_new=False)
        specialty = ana.specialties.first()
        response = post_match(client, answers(lpc, specialties=[specialty.pk]))
        assert response.status_code == 201
        data = response.json()
        assert set(data) == {
            "id",
            "results",
            "considered",
            "excluded",
            "alternatives",
            "suggestions",
            "message",
        }
        assert [r["slug"] for r in data["results"]] == ["ana"]
        assert set(data["results"][0]) == SUMMARY_KEYS | {"score", "reasons"}
        assert "Tue afternoons overlap" in data["results"][0]["reasons"]
        assert MatchRequest.objects.filter(pk=data["id"]).exists()
        assert data["excluded"] == [
            {"filter": "accepting", "reason": "not accepting new supervisees", "count": 1}
        ]

    def test_stores_the_request_without_personal_data(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc, title="Ana Sample")
        post_match(client, answers(lpc))
        stored = MatchRequest.objects.get()
        assert stored.target_license == "LPC" and stored.states == ["CO"]
        assert stored.top_results == ["Ana Sample"] and stored.result_count == 1

    def test_nobody_fits_gives_reasons_and_alternatives(self, client, home, site_settings, lpc):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc, slug="ana")
        data = post_match(
            client, answers(lpc, availability=[{"weekday": 6, "part": "morning"}])
        ).json()
        assert data["results"] == []
        assert data["excluded"][0]["filter"] == "schedule"
        assert [a["slug"] for a in data["alternatives"]] == ["ana"]
        assert data["alternatives"][0]["missing"] == "no shared time in your week"
        assert data["suggestions"] and data["message"]

    @pytest.mark.parametrize(
        ("override", "field"),
        [
            ({"states": ["ZZ"]}, "states"),
            ({"states": []}, "states"),
            ({"availability": []}, "availability"),
            ({"availability": [{"weekday": 9, "part": "noon"}]}, "availability.0.weekday"),
            ({"time_zone": "Mars/Olympus"}, "time_zone"),
            ({"format": "telepathy"}, "format"),
            ({"specialties": [1, 1]}, "specialties"),
            ({"target_license": 999999}, "target_license"),
            ({"target_license": 10**30}, "target_license"),
            ({"current_license": -1}, "current_license"),
            ({"specialties": [10**30]}, "specialties.0"),
        ],
    )
    def test_bad_answers_get_per_field_errors_and_store_nothing(
        self, client, home, site_settings, lpc, override, field
    ):
        response = post_match(client, answers(lpc, **override))
        assert response.status_code == 400
        body = response.json()["error"]
        assert body["code"] == "invalid" and field in body["fields"]
        assert not MatchRequest.objects.exists()

    def test_target_license_must_be_in_a_chosen_state(self, client, home, site_settings, lpc):
        washington = LicenseTypeFactory(state=StateFactory(code="WA"), code="LMHC")
        response = post_match(client, answers(lpc, target_license=washington.pk))
        assert "add Washington" in response.json()["error"]["fields"]["target_license"][0]

    def test_query_count_does_not_grow_with_the_team(
        self, client, home, site_settings, lpc, django_assert_max_num_queries
    ):
        team = TeamIndexPageFactory(parent=home)
        member(team, lpc)
        post_match(client, answers(lpc))  # renditions are made once (on upload in production)
        with CaptureQueriesContext(connection) as few:
            assert post_match(client, answers(lpc)).status_code == 201
        # Read now: every request resets the connection's query log.
        few_count = len(few)
        for _ in range(8):
            member(team, lpc, n_extra=2)
        post_match(client, answers(lpc))  # portrait renditions are made once
        with django_assert_max_num_queries(few_count):
            post_match(client, answers(lpc))


@pytest.mark.django_db
def test_forged_forwarded_for_headers_do_not_escape_the_rate_limit(
    client, home, site_settings, lpc
):
    statuses = [post_match_from(client, answers(lpc), f"10.0.0.{n}").status_code for n in range(32)]
    assert statuses.count(429) >= 2


def post_match_from(client, body, forwarded_for):
    return client.post(
        "/api/match/",
        json.dumps(body),
        content_type="application/json",
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.mark.django_db
def test_an_oversized_body_gets_a_json_error(client, home, site_settings, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(
        "/api/match/", json.dumps({"states": ["CO"] * 500}), content_type="application/json"
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
