"""iCalendar files: valid RFC 5545 (parsed back with a strict parser), the event's own
time zone, a stable UID, the public URL, no join link in public files, and a calendar
of the upcoming events of an index."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from events.factories import EventIndexPageFactory, EventPageFactory, EventSeriesFactory


@pytest.fixture
def events(home, site_settings):
    return EventIndexPageFactory(parent=home)


def parse(response) -> Calendar:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    # Every line ends with CRLF and is folded at 75 octets (RFC 5545, 3.1).
    lines = response.content.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    return Calendar.from_ical(response.content)


@pytest.mark.django_db
class TestEventFile:
    def test_one_event_in_its_time_zone(self, client, events, settings):
        settings.PUBLIC_BASE_URL = "https://firelight.example"
        event = EventPageFactory(
            parent=events,
            slug="ll",
            title="Lunch & Learn: notes, plans; and more",
            start_date=datetime.date(2027, 7, 1),
            start_time=datetime.time(11, 0),
            end_time=datetime.time(12, 30),
            time_zone="America/Los_Angeles",
        )
        response = client.get("/events-and-trainings/ll.ics")
        assert response["Content-Disposition"] == 'attachment; filename="ll.ics"'
        calendar = parse(response)
        assert calendar["VERSION"] == "2.0"
        assert calendar["PRODID"]
        (zone,) = calendar.walk("VTIMEZONE")
        assert zone["TZID"] == "America/Los_Angeles"
        (item,) = calendar.walk("VEVENT")
        start = item.decoded("DTSTART")
        assert start == datetime.datetime(
            2027, 7, 1, 11, 0, tzinfo=zoneinfo.ZoneInfo("America/Los_Angeles")
        )
        assert start.utcoffset() == datetime.timedelta(hours=-7)  # daylight time
        assert item["DTSTART"].params["TZID"] == "America/Los_Angeles"
        assert item.decoded("DTEND") - start == datetime.timedelta(minutes=90)
        assert str(item["SUMMARY"]) == "Lunch & Learn: notes, plans; and more"
        assert str(item["URL"]) == "https://firelight.example/events-and-trainings/ll/"
        assert str(item["UID"]) == f"{event.translation_key}@firelight-events"
        assert item.decoded("DTSTAMP").tzinfo is not None
        assert "private-room" not in response.content.decode()
        assert "4321" not in response.content.decode()
        assert str(item["LOCATION"]) == "Online"

    def test_the_uid_is_the_same_whatever_the_host(self, client, events, settings):
        EventPageFactory(parent=events, slug="ll")
        first = parse(client.get("/events-and-trainings/ll.ics")).walk("VEVENT")[0]["UID"]
        settings.PUBLIC_BASE_URL = "https://other.example"
        settings.ALLOWED_HOSTS = ["*"]
        second = parse(client.get("/events-and-trainings/ll.ics", HTTP_HOST="other.example"))
        assert second.walk("VEVENT")[0]["UID"] == first

    def test_in_person_location(self, client, events):
        EventPageFactory(
            parent=events,
            slug="room",
            format="in_person",
            venue_name="Training room",
            street_address="1 Main St",
            locality="Denver",
            region="CO",
            postal_code="80202",
        )
        item = parse(client.get("/events-and-trainings/room.ics")).walk("VEVENT")[0]
        assert str(item["LOCATION"]) == "Training room, 1 Main St, Denver, CO 80202"

    def test_drafts_and_other_paths_are_not_found(self, client, events, spa_build):
        EventPageFactory(parent=events, slug="draft", live=False)
        assert client.get("/events-and-trainings/draft.ics").status_code == 404
        assert client.get("/events-and-trainings/nothing.ics").status_code == 404
        assert client.get("/events-and-trainings.ics").status_code == 404


@pytest.mark.django_db
class TestIndexCalendar:
    def test_upcoming_events_of_the_index(self, client, events):
        EventPageFactory(parent=events, title="Soon", days=3)
        EventPageFactory(parent=events, title="Later", days=30, time_zone="America/New_York")
        EventPageFactory(parent=events, title="Past", days=-3)
        EventPageFactory(parent=events, title="Draft", days=4, live=False)
        calendar = parse(client.get("/events-and-trainings/calendar.ics"))
        assert [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")] == ["Soon", "Later"]
        assert sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")) == [
            "America/Denver",
            "America/New_York",
        ]

    def test_a_series_calendar(self, client, events):
        series = EventSeriesFactory()
        EventIndexPageFactory(parent=events, slug="lunch-and-learns", series=series)
        EventPageFactory(parent=events, title="In the series", series=series)
        EventPageFactory(parent=events, title="Other")
        calendar = parse(client.get("/events-and-trainings/lunch-and-learns/calendar.ics"))
        assert [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")] == ["In the series"]

    def test_calendar_is_a_reserved_slug(self, events):
        from django.core.exceptions import ValidationError

        event = EventPageFactory.build(slug="calendar")
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert "slug" in error.value.message_dict


@pytest.mark.django_db
def test_event_times_are_validated(events):
    from django.core.exceptions import ValidationError

    skipped = EventPageFactory.build(
        slug="x",
        start_date=datetime.date(2027, 3, 14),  # clocks go forward at 2:00 in Denver
        start_time=datetime.time(2, 30),
        end_time=datetime.time(2, 15),
        format="in_person",
    )
    with pytest.raises(ValidationError) as error:
        skipped.clean()
    assert set(error.value.message_dict) == {"start_time", "end_time", "venue_name"}


@pytest.mark.django_db
def test_times_are_stored_in_utc(events):
    event = EventPageFactory(
        parent=events,
        start_date=datetime.date(2027, 1, 10),
        start_time=datetime.time(12, 0),
        end_date=datetime.date(2027, 1, 11),
        end_time=datetime.time(9, 0),
    )
    assert event.starts_at == datetime.datetime(2027, 1, 10, 19, 0, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2027, 1, 11, 16, 0, tzinfo=datetime.UTC)


@pytest.mark.django_db
def test_event_pages_link_their_calendar_and_carry_event_json_ld(client, events, spa_build):
    EventPageFactory(parent=events, slug="ll", title="Lunch & Learn")
    html = client.get("/events-and-trainings/ll/").content.decode()
    assert (
        '<link rel="alternate" type="text/calendar" title="Lunch &amp; Learn" '
        'href="http://testserver/events-and-trainings/ll.ics">'
    ) in html
    assert '"@type":"Event"' in html.replace(" ", "")
    listing = client.get("/events-and-trainings/").content.decode()
    assert 'href="http://testserver/events-and-trainings/calendar.ics"' in listing
