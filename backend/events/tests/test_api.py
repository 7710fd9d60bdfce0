"""Event listings, events, the training program and trainings as the SPA reads them:
exact keys, upcoming before past, what stays private, JSON-LD, constant query counts,
and cached responses that expire when an event's state changes with the clock."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from core import cache as delivery_cache
from core.api.resolve import resolve
from core.factories import ImageFactory
from core.testing import count_resolve_queries, resolve_json
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventPriceTierFactory,
    EventSeriesFactory,
    TrainingPageFactory,
    TrainingProgramPageFactory,
)
from events.models import (
    EventPage,
    EventPresenter,
    EventSeats,
    ProgramRelatedPost,
    TrainingRelatedPost,
)
from taxonomy.factories import LicenseTypeFactory
from team.factories import TeamIndexPageFactory, TeamMemberPageFactory

BASE_KEYS = {"id", "type", "title", "path", "seo", "breadcrumbs", "last_published_at"}
SUMMARY_KEYS = {
    "id",
    "title",
    "path",
    "intro",
    "starts_at",
    "ends_at",
    "time_zone",
    "time_zone_label",
    "format",
    "format_label",
    "place",
    "series",
    "hero",
    "ce_hours",
    "is_free",
    "price_from",
    "capacity",
    "seats_left",
    "registration",
}
EVENT_KEYS = BASE_KEYS | {
    "intro",
    "hero_image",
    "starts_at",
    "ends_at",
    "time_zone",
    "time_zone_label",
    "format",
    "format_label",
    "venue",
    "series",
    "training",
    "presenters",
    "audience",
    "eligible_license_types",
    "ce_hours",
    "ce_approver",
    "is_free",
    "price_tiers",
    "capacity",
    "seats_left",
    "registration",
    "recording_url",
    "calendar_path",
    "body",
}


@pytest.fixture
def events(home, site_settings):
    return EventIndexPageFactory(parent=home)


def titles(items):
    return [item["title"] for item in items]


@pytest.mark.django_db
class TestEventIndex:
    def test_upcoming_soonest_first_then_past_most_recent_first(self, client, events):
        EventPageFactory(parent=events, title="Later", days=30)
        EventPageFactory(parent=events, title="Soon", days=2)
        EventPageFactory(parent=events, title="Long ago", days=-40)
        EventPageFactory(parent=events, title="Last week", days=-7)
        EventPageFactory(parent=events, title="Draft", days=3, live=False)
        data = resolve_json(client, "/events-and-trainings/")
        assert set(data) == BASE_KEYS | {
            "intro",
            "series",
            "body",
            "upcoming",
            "past",
            "sections",
            "calendar_path",
        }
        assert titles(data["upcoming"]) == ["Soon", "Later"]
        assert titles(data["past"]) == ["Last week", "Long ago"]
        assert set(data["upcoming"][0]) == SUMMARY_KEYS
        assert data["calendar_path"] == "/events-and-trainings/calendar.ics"

    def test_an_event_happening_now_is_still_upcoming(self, client, events):
        now = timezone.localtime(timezone.now(), datetime.UTC)
        EventPageFactory(
            parent=events,
            title="Now",
            time_zone="UTC",
            start_date=(now - datetime.timedelta(hours=1)).date(),
            start_time=(now - datetime.timedelta(hours=1)).time(),
            end_date=(now + datetime.timedelta(hours=1)).date(),
            end_time=(now + datetime.timedelta(hours=1)).time(),
        )
        data = resolve_json(client, "/events-and-trainings/")
        assert titles(data["upcoming"]) == ["Now"]
        assert data["upcoming"][0]["registration"] == "closed"

    def test_a_series_page_lists_its_series_from_the_whole_site(self, client, events):
        series = EventSeriesFactory(slug="lunch-and-learns", name="Lunch & Learns")
        page = EventIndexPageFactory(
            parent=events, slug="lunch-and-learns", title="Lunch & Learns", series=series
        )
        EventPageFactory(parent=events, title="In the series", series=series)
        EventPageFactory(parent=events, title="Not in it")
        data = resolve_json(client, "/events-and-trainings/lunch-and-learns/")
        assert titles(data["upcoming"]) == ["In the series"]
        assert data["series"] == {"slug": "lunch-and-learns", "name": "Lunch & Learns"}
        top = resolve_json(client, "/events-and-trainings/")
        assert sorted(titles(top["upcoming"])) == ["In the series", "Not in it"]
        assert top["sections"] == [
            {
                "title": "Lunch & Learns",
                "path": "/events-and-trainings/lunch-and-learns/",
                "intro": "Lunch & Learns and trainings.",
            }
        ]
        assert page.series_id == series.pk

    def test_summary_badges_and_prices(self, client, events):
        full = EventPageFactory(parent=events, title="Full", capacity=2, waitlist=False, days=1)
        EventSeats.objects.create(event=full, taken=2)
        waitlist = EventPageFactory(parent=events, title="Waitlist", capacity=1, days=2)
        EventSeats.objects.create(event=waitlist, taken=1)
        paid = EventPageFactory(parent=events, title="Paid", capacity=None, days=3)
        EventPriceTierFactory(page=paid, label="Standard", price=Decimal("180"))
        EventPriceTierFactory(page=paid, label="Pre-licensed", price=Decimal("140"))
        not_open = EventPageFactory(
            parent=events,
            title="Not open",
            days=4,
            registration_opens_at=timezone.now() + datetime.timedelta(days=1),
        )
        by_title = {
            e["title"]: e for e in resolve_json(client, "/events-and-trainings/")["upcoming"]
        }
        assert (by_title["Full"]["registration"], by_title["Full"]["seats_left"]) == ("full", 0)
        assert by_title["Waitlist"]["registration"] == "waitlist"
        assert by_title["Paid"]["seats_left"] is None
        assert (by_title["Paid"]["is_free"], by_title["Paid"]["price_from"]) == (False, 140.0)
        assert by_title["Not open"]["registration"] == "not_open"
        assert by_title["Not open"]["is_free"] is True
        assert not_open.pk == by_title["Not open"]["id"]

    def test_query_count_is_constant(self, client, events):
        series = EventSeriesFactory()

        def add(count, offset):
            for n in range(count):
                event = EventPageFactory(
                    parent=events, days=offset + n, series=series, hero_image=ImageFactory()
                )
                EventPriceTierFactory(page=event)
                EventSeats.objects.create(event=event, taken=1)
                EventPageFactory(parent=events, days=-(offset + n) - 1)

        add(2, 1)
        few = count_resolve_queries(client, "/events-and-trainings/")
        add(6, 20)
        assert count_resolve_queries(client, "/events-and-trainings/") == few


@pytest.fixture
def presenters(home):
    team = TeamIndexPageFactory(parent=home)
    return [
        TeamMemberPageFactory(parent=team, slug="maya", title="Maya Okafor"),
        TeamMemberPageFactory(parent=team, slug="sam", title="Sam Whitehorse"),
        TeamMemberPageFactory(parent=team, slug="hidden", title="Hidden Person", live=False),
    ]


@pytest.mark.django_db
class TestEvent:
    def test_contract_and_what_stays_private(self, client, events, presenters):
        event = EventPageFactory(
            parent=events,
            slug="risk",
            title="Risk assessment: winter session",
            format="hybrid",
            venue_name="Training room",
            street_address="1 Main St",
            locality="Denver",
            region="CO",
            postal_code="80202",
            capacity=12,
            ce_hours=Decimal("6"),
            ce_approver="A board",
            recording_url="https://example.com/recording",
        )
        for order, member in enumerate(presenters):
            EventPresenter.objects.create(page=event, member=member, sort_order=order)
        event.eligible_license_types.add(LicenseTypeFactory())
        EventPriceTierFactory(page=event, label="Standard", price=Decimal("180"))
        EventSeats.objects.create(event=event, taken=9)
        response = client.get("/api/pages/resolve/", {"path": "/events-and-trainings/risk/"})
        data = response.json()
        assert set(data) == EVENT_KEYS
        assert data["type"] == "events.EventPage"
        assert data["starts_at"].endswith(("-07:00", "-06:00"))
        assert data["time_zone"] == "America/Denver"
        assert data["venue"]["locality"] == "Denver"
        assert [p["name"] for p in data["presenters"]] == ["Maya Okafor", "Sam Whitehorse"]
        assert data["seats_left"] == 3
        assert data["registration"]["state"] == "open"
        assert data["registration"]["submit_path"] == f"/api/events/{event.pk}/registrations/"
        assert data["registration"]["license_types"]
        assert data["calendar_path"] == "/events-and-trainings/risk.ics"
        # The join link and instructions are for registrants only; the recording comes
        # once the event is over.
        text = response.content.decode()
        assert "private-room" not in text and "4321" not in text
        assert data["recording_url"] is None
        assert "Hidden Person" not in text

    def test_json_ld_event(self, client, events, presenters):
        event = EventPageFactory(
            parent=events,
            slug="ll",
            title="Lunch & Learn",
            capacity=2,
            waitlist=False,
            hero_image=ImageFactory(),
        )
        EventPresenter.objects.create(page=event, member=presenters[0])
        EventSeats.objects.create(event=event, taken=2)
        data = resolve_json(client, "/events-and-trainings/ll/")
        ld = data["seo"]["json_ld"][0]
        assert ld["@type"] == "Event"
        assert ld["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
        assert ld["location"] == {
            "@type": "VirtualLocation",
            "url": "http://testserver/events-and-trainings/ll/",
        }
        assert ld["startDate"] == data["starts_at"]
        assert ld["offers"][0]["price"] == "0.00"
        assert ld["offers"][0]["availability"] == "https://schema.org/SoldOut"
        assert ld["performer"] == [
            {"@type": "Person", "name": "Maya Okafor", "url": "http://testserver/team/maya/"}
        ]
        assert (ld["maximumAttendeeCapacity"], ld["remainingAttendeeCapacity"]) == (2, 0)
        assert ld["image"].startswith("http://testserver/")
        assert data["registration"]["state"] == "full"
        assert data["registration"]["license_types"] == []

    def test_in_person_location_is_a_place(self, client, events):
        EventPageFactory(
            parent=events, slug="room", format="in_person", venue_name="Room", locality="Denver"
        )
        ld = resolve_json(client, "/events-and-trainings/room/")["seo"]["json_ld"][0]
        assert ld["location"]["@type"] == "Place"
        assert ld["location"]["address"]["addressLocality"] == "Denver"

    def test_past_event_shows_its_recording(self, client, events):
        EventPageFactory(
            parent=events, slug="past", days=-3, recording_url="https://example.com/recording"
        )
        data = resolve_json(client, "/events-and-trainings/past/")
        assert data["recording_url"] == "https://example.com/recording"
        assert data["registration"]["state"] == "past"

    def test_query_count_is_constant(self, client, events, presenters):
        event = EventPageFactory(parent=events, slug="e", capacity=5)
        few = count_resolve_queries(client, "/events-and-trainings/e/")
        for order, member in enumerate(presenters):
            EventPresenter.objects.create(page=event, member=member, sort_order=order)
        for _ in range(3):
            EventPriceTierFactory(page=event)
            event.eligible_license_types.add(LicenseTypeFactory(code=f"X{_}"))
        EventSeats.objects.create(event=event, taken=2)
        event.training = TrainingPageFactory(
            parent=TrainingProgramPageFactory(parent=events), slug="t"
        )
        event.save()
        more = count_resolve_queries(client, "/events-and-trainings/e/")
        # The training's link: one query for its page.
        assert more == few + 1


@pytest.mark.django_db
class TestFreshness:
    def test_cached_listing_expires_when_registration_closes(self, rf, events):
        event = EventPageFactory(parent=events, days=5)
        request = rf.get("/", HTTP_HOST="testserver")
        cache.clear()
        resolution = resolve(request, "/events-and-trainings/")
        # Registration closes at the start: the listing changes then.
        until_start = (event.starts_at - timezone.now()).total_seconds()
        assert abs(resolution.timeout - until_start) < 5

    def test_cached_listing_expires_when_the_event_ends(self, rf, events):
        event = EventPageFactory(
            parent=events,
            days=5,
            registration_closes_at=timezone.now() - datetime.timedelta(days=1),
        )
        request = rf.get("/", HTTP_HOST="testserver")
        cache.clear()
        resolution = resolve(request, "/events-and-trainings/")
        # Then it moves from upcoming to past.
        until_end = (event.ends_at - timezone.now()).total_seconds()
        assert abs(resolution.timeout - until_end) < 5

    def test_pages_without_events_are_cached_until_content_changes(self, rf, home, site_settings):
        request = rf.get("/", HTTP_HOST="testserver")
        assert resolve(request, "/").timeout is None

    def test_an_expired_entry_is_served_fresh(self, client, events, monkeypatch):
        EventPageFactory(parent=events, title="Soon", days=1)
        stored = []
        original = delivery_cache.set
        monkeypatch.setattr(
            delivery_cache,
            "set",
            lambda key, value, timeout=None: (
                stored.append(timeout) or original(key, value, timeout)
            ),
        )
        resolve_json(client, "/events-and-trainings/")
        assert stored and stored[0] is not None and stored[0] < 2 * 86400
        assert stored[0] == pytest.approx(
            (EventPage.objects.get().starts_at - timezone.now()).total_seconds(), abs=5
        )


@pytest.mark.django_db
class TestTrainings:
    @pytest.fixture
    def program(self, events, home):
        program = TrainingProgramPageFactory(parent=events, price=Decimal("480"))
        blog = BlogIndexPageFactory(parent=home)
        first = TrainingPageFactory(parent=program, slug="risk-assessment", title="Risk")
        second = TrainingPageFactory(parent=program, slug="safety", title="Safety")
        TrainingPageFactory(parent=program, slug="draft", title="Draft", live=False)
        post = BlogPageFactory(parent=blog, slug="post", title="A post")
        ProgramRelatedPost.objects.create(page=program, post=post)
        TrainingRelatedPost.objects.create(page=first, post=post)
        EventPageFactory(parent=events, title="Risk session", training=first, days=9)
        EventPageFactory(parent=events, title="Risk later", training=first, days=40)
        EventPageFactory(parent=events, title="Risk past", training=first, days=-9)
        EventPageFactory(parent=events, title="Safety session", training=second, days=5)
        return program

    def test_program(self, client, program):
        data = resolve_json(client, "/events-and-trainings/clinical-training-program/")
        assert set(data) == BASE_KEYS | {
            "intro",
            "hero_image",
            "objectives",
            "price",
            "price_note",
            "ce_approver",
            "total_hours",
            "ce_hours",
            "trainings",
            "upcoming_sessions",
            "body",
            "related_posts",
        }
        assert titles(data["trainings"]) == ["Risk", "Safety"]
        assert data["trainings"][0]["next_session"]["title"] == "Risk session"
        assert data["trainings"][1]["next_session"]["title"] == "Safety session"
        assert (data["total_hours"], data["ce_hours"]) == (7.0, 7.0)
        assert titles(data["upcoming_sessions"]) == ["Safety session", "Risk session", "Risk later"]
        assert data["objectives"] == ["Assess risk", "Plan for safety"]
        assert titles(data["related_posts"]) == ["A post"]
        course = data["seo"]["json_ld"][0]
        assert course["@type"] == "Course"
        assert [part["name"] for part in course["hasPart"]] == ["Risk", "Safety"]
        assert len(course["hasCourseInstance"]) == 3

    def test_training(self, client, program):
        data = resolve_json(
            client, "/events-and-trainings/clinical-training-program/risk-assessment/"
        )
        assert data["program"] == {
            "title": "Clinical training program",
            "path": "/events-and-trainings/clinical-training-program/",
        }
        assert data["modules"][0] == {"title": "Part one", "hours": 1.5, "summary": "First"}
        assert data["total_hours"] == 3.5
        assert titles(data["upcoming_sessions"]) == ["Risk session", "Risk later"]
        assert data["seo"]["json_ld"][0]["offers"]["price"] == "180.00"

    def test_query_counts_are_constant(self, client, program, events):
        program_path = "/events-and-trainings/clinical-training-program/"
        training_path = program_path + "risk-assessment/"
        few = (
            count_resolve_queries(client, program_path),
            count_resolve_queries(client, training_path),
        )
        training = program.get_children().first().specific
        for n in range(8):
            EventPageFactory(parent=events, training=training, days=50 + n)
            more = TrainingPageFactory(parent=program, slug=f"more-{n}")
            EventPageFactory(parent=events, training=more, days=80 + n)
        assert (
            count_resolve_queries(client, program_path),
            count_resolve_queries(client, training_path),
        ) == few
        # Every training has its next session, even beyond the sessions listed.
        trainings = resolve_json(client, program_path)["trainings"]
        assert len(trainings) == 10 and all(t["next_session"] for t in trainings)


@pytest.mark.django_db
def test_home_lists_the_next_three_events(client, events):
    for days in (9, 2, -1, 5, 20):
        EventPageFactory(parent=events, title=f"In {days} days", days=days)
    data = resolve_json(client, "/")
    assert titles(data["upcoming_events"]) == ["In 2 days", "In 5 days", "In 9 days"]
    assert data["events_path"] == "/events-and-trainings/"
