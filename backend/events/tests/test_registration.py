"""Registration: validated, capacity enforced atomically (a concurrency test on
PostgreSQL proves two people never get the last seat), idempotent by e-mail, a waitlist
when full, clear refusals, a confirmation e-mail with the calendar file after commit."""

import datetime
import json
import threading
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from core.cache import content_version, tracked_version
from core.testing import resolve_json
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventPriceTierFactory,
    RegistrationFactory,
)
from events.models import EventSeats, Registration
from events.registration import Registrant, cancel, fill_from_waitlist, register
from taxonomy.factories import LicenseTypeFactory


@pytest.fixture
def events(home, site_settings):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def license_type(db):
    return LicenseTypeFactory()


@pytest.fixture
def answers(license_type):
    return {
        "name": "Alex Rivera",
        "email": "Alex@Example.org",
        "license_type": license_type.pk,
        "state": "CO",
        "consent": True,
    }


def post(client, event, data, **headers):
    return client.post(
        f"/api/events/{event.pk}/registrations/",
        json.dumps(data),
        content_type="application/json",
        **headers,
    )


@pytest.mark.django_db
class TestRegister:
    def test_registers_and_takes_a_seat(
        self, client, events, answers, django_capture_on_commit_callbacks
    ):
        event = EventPageFactory(parent=events, slug="ll", capacity=3)
        other = EventPageFactory(parent=events, slug="other", capacity=None)
        assert resolve_json(client, "/events-and-trainings/ll/")["seats_left"] == 3  # cached
        version = content_version()
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, event, answers)
        assert response.status_code == 201, response.content
        body = response.json()
        assert body == {
            "status": "confirmed",
            "message": "You are registered. A confirmation with the details and a calendar "
            "file is on its way to your inbox.",
            "seats_left": 2,
        }
        registration = Registration.objects.get(email="alex@example.org")
        assert registration.email == "alex@example.org"
        assert registration.confirmation == Registration.Confirmation.SENT
        assert EventSeats.objects.get(event=event).taken == 1
        # The page shows the new count at once: only the pages showing seats are stale,
        # the rest of the cache stays (registrations cannot flush it).
        assert resolve_json(client, "/events-and-trainings/ll/")["seats_left"] == 2
        assert resolve_json(client, "/events-and-trainings/")["upcoming"][0]["seats_left"] == 2
        assert content_version() == version
        # An event without a limit shows no count: registering changes no page.
        before = tracked_version("seats")
        with django_capture_on_commit_callbacks(execute=True):
            post(client, other, answers)
        assert tracked_version("seats") == before

    def test_confirmation_email_has_the_join_link_and_calendar_file(
        self, client, events, answers, django_capture_on_commit_callbacks
    ):
        event = EventPageFactory(parent=events, slug="ll", title="Lunch & Learn")
        with django_capture_on_commit_callbacks(execute=True):
            post(client, event, answers)
        (message,) = mail.outbox
        assert message.to == ["alex@example.org"]
        assert "You are registered" in message.subject
        assert "https://meet.example.com/private-room" in message.body
        assert "passcode 4321" in message.body
        assert "http://testserver/events-and-trainings/ll/" in message.body
        ((filename, content, mimetype),) = message.attachments
        assert (filename, mimetype) == ("ll.ics", "text/calendar")
        calendar = Calendar.from_ical(content)
        (item,) = calendar.walk("VEVENT")
        assert "meet.example.com/private-room" in str(item["description"])

    def test_same_email_again_changes_nothing(
        self, client, events, answers, django_capture_on_commit_callbacks
    ):
        event = EventPageFactory(parent=events, capacity=3)
        with django_capture_on_commit_callbacks(execute=True):
            first = post(client, event, answers)
            again = post(client, event, {**answers, "email": " alex@EXAMPLE.org", "name": "A"})
        # The same answer: nobody learns whether an address was registered.
        assert again.status_code == 201
        assert again.json() == first.json() | {"seats_left": 2}
        assert Registration.objects.count() == 1
        assert EventSeats.objects.get(event=event).taken == 1
        assert len(mail.outbox) == 1  # sent again only after ten minutes
        Registration.objects.update(
            confirmation_claimed_at=timezone.now() - datetime.timedelta(minutes=11)
        )
        with django_capture_on_commit_callbacks(execute=True):
            post(client, event, answers)
        assert len(mail.outbox) == 2 and mail.outbox[1].to == ["alex@example.org"]

    def test_waitlist_when_full(self, client, events, answers, django_capture_on_commit_callbacks):
        event = EventPageFactory(parent=events, slug="ll", capacity=1)
        EventSeats.objects.create(event=event, taken=1)
        resolve_json(client, "/events-and-trainings/ll/")  # cached
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = post(client, event, answers)
        assert response.status_code == 201
        assert response.json()["status"] == "waitlisted"
        assert response.json()["seats_left"] == 0
        assert "waitlist" in response.json()["message"]
        assert mail.outbox[0].subject.startswith("Waitlist")
        assert not mail.outbox[0].attachments
        assert "meet.example.com" not in mail.outbox[0].body
        # A waitlist sign-up changes nothing visitors see: no cache invalidation.
        assert len(callbacks) == 1

    def test_full_without_waitlist_is_refused(self, client, events, answers):
        event = EventPageFactory(parent=events, capacity=1, waitlist=False)
        EventSeats.objects.create(event=event, taken=1)
        response = post(client, event, answers)
        assert response.status_code == 409
        assert response.json()["error"] == {
            "code": "event_full",
            "message": "This event is full and has no waitlist.",
        }
        assert not Registration.objects.exists()

    @pytest.mark.parametrize(
        ("kwargs", "code", "message"),
        [
            ({"days": -2}, "event_past", "This event has already taken place."),
            (
                {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)},
                "registration_closed",
                "Registration for this event has closed.",
            ),
            (
                {
                    "registration_opens_at": datetime.datetime(
                        2099, 3, 1, 16, 0, tzinfo=datetime.UTC
                    ),
                    "days": 365 * 80,
                },
                "registration_not_open",
                "Registration opens on March 1, 2099 at 9:00 AM MST.",
            ),
        ],
    )
    def test_closed_registration_is_refused(self, client, events, answers, kwargs, code, message):
        event = EventPageFactory(parent=events, **kwargs)
        response = post(client, event, answers)
        assert response.status_code == 409
        assert response.json()["error"] == {"code": code, "message": message}
        assert not Registration.objects.exists()

    def test_validation_errors_are_specific(self, client, events):
        event = EventPageFactory(parent=events)
        response = post(
            client,
            event,
            {"name": "  ", "email": "nope", "license_type": 999, "state": "ZZ", "consent": False},
        )
        assert response.status_code == 400
        fields = response.json()["error"]["fields"]
        assert fields == {
            "name": ["Enter your name."],
            "email": ["Enter an e-mail address like name@example.com."],
            "license_type": ["Choose a license type from the list."],
            "state": ["Choose a state from the list."],
            "consent": ["Agree to be e-mailed about this event to register."],
        }
        assert not Registration.objects.exists()

    def test_a_price_is_chosen_among_the_events_tiers(self, client, events, answers):
        event = EventPageFactory(parent=events, capacity=5)
        EventPriceTierFactory(page=event, label="Standard", price=Decimal("180"))
        tier = EventPriceTierFactory(page=event, label="Pre-licensed", price=Decimal("140"))
        other = EventPriceTierFactory(label="Elsewhere")
        missing = post(client, event, answers)
        assert missing.json()["error"]["fields"] == {"price_tier": ["Choose a price."]}
        wrong = post(client, event, {**answers, "price_tier": other.pk})
        assert wrong.json()["error"]["fields"] == {
            "price_tier": ["Choose one of this event's prices."]
        }
        response = post(client, event, {**answers, "price_tier": tier.pk})
        assert response.status_code == 201
        registration = Registration.objects.get()
        assert (registration.price_label, registration.price) == ("Pre-licensed", Decimal("140"))

    def test_honeypot_stores_nothing(self, client, events, answers):
        event = EventPageFactory(parent=events)
        response = post(client, event, {**answers, "website": "http://spam.example"})
        assert response.status_code == 201
        assert not Registration.objects.exists()

    def test_non_public_events_are_not_found(self, client, events, answers):
        draft = EventPageFactory(parent=events, live=False)
        assert post(client, draft, answers).status_code == 404
        assert not Registration.objects.exists()

    def test_other_origins_are_refused(self, client, events, answers):
        event = EventPageFactory(parent=events)
        response = post(client, event, answers, HTTP_ORIGIN="https://evil.example")
        assert response.status_code == 403

    def test_same_origin_posts_need_the_csrf_token(self, events, answers):
        event = EventPageFactory(parent=events)
        browser = Client(enforce_csrf_checks=True)
        assert post(browser, event, answers).status_code == 403
        token = browser.get("/api/csrf/").json()["token"]
        assert post(browser, event, answers, HTTP_X_CSRFTOKEN=token).status_code == 201

    def test_a_failing_mail_server_loses_nothing(
        self, client, events, answers, settings, django_capture_on_commit_callbacks
    ):
        settings.EMAIL_BACKEND = "core.testing.FailingEmailBackend"
        event = EventPageFactory(parent=events)
        with django_capture_on_commit_callbacks(execute=True):
            assert post(client, event, answers).status_code == 201
        registration = Registration.objects.get()
        assert registration.confirmation == Registration.Confirmation.FAILED
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        call_command("send_form_notifications", verbosity=0)
        call_command("send_form_notifications", verbosity=0)
        assert len(mail.outbox) == 1
        registration.refresh_from_db()
        assert registration.confirmation == Registration.Confirmation.SENT


@pytest.mark.django_db
class TestCancel:
    def test_a_freed_seat_goes_to_the_first_on_the_waitlist(
        self, events, django_capture_on_commit_callbacks
    ):
        event = EventPageFactory(parent=events, capacity=1)
        EventSeats.objects.create(event=event, taken=1)
        seated = RegistrationFactory(event=event)
        first = RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
        RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
        with django_capture_on_commit_callbacks(execute=True):
            promoted = cancel(seated)
        assert promoted.pk == first.pk
        first.refresh_from_db()
        assert first.status == Registration.Status.CONFIRMED
        assert EventSeats.objects.get(event=event).taken == 1
        assert [m.to for m in mail.outbox] == [[first.email]]
        assert mail.outbox[0].attachments
        assert cancel(seated) is None  # already cancelled: nothing changes

    def test_publishing_a_larger_capacity_fills_from_the_waitlist(
        self, events, django_capture_on_commit_callbacks
    ):
        event = EventPageFactory(parent=events, capacity=1)
        EventSeats.objects.create(event=event, taken=1)
        waiting = [
            RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
            for _ in range(3)
        ]
        event.capacity = 3
        with django_capture_on_commit_callbacks(execute=True):
            event.save_revision().publish()
        confirmed = Registration.objects.filter(status="confirmed").values_list("pk", flat=True)
        assert sorted(confirmed) == [waiting[0].pk, waiting[1].pk]
        assert EventSeats.objects.get(event=event).taken == 3
        assert fill_from_waitlist(event) == []

    def test_no_promotion_once_registration_has_closed(self, events):
        event = EventPageFactory(
            parent=events,
            capacity=1,
            registration_closes_at=timezone.now() - datetime.timedelta(minutes=1),
        )
        seated = RegistrationFactory(event=event)
        EventSeats.objects.create(event=event, taken=1)
        RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
        assert cancel(seated) is None
        assert EventSeats.objects.get(event=event).taken == 0

    def test_a_cancelled_registration_is_never_emailed(self, events):
        event = EventPageFactory(parent=events)
        registration = RegistrationFactory(
            event=event, status=Registration.Status.WAITLISTED, confirmation="failed"
        )
        cancel(registration)
        call_command("send_form_notifications", verbosity=0)
        assert mail.outbox == []

    def test_registering_again_after_cancelling(self, events, license_type):
        event = EventPageFactory(parent=events, capacity=2)
        person = Registrant("Alex", "alex@example.org", license_type.pk, license_type.state_id)
        registration, created = register(event, person)
        cancel(registration)
        again, created = register(event, person)
        assert created and again.pk == registration.pk
        assert again.status == Registration.Status.CONFIRMED
        assert EventSeats.objects.get(event=event).taken == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_never_get_the_last_seat(home, site_settings, license_type):
    """Many registrations race for few seats; the database hands out exactly the seats
    there are, and everybody else is waitlisted."""
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, capacity=3)
    EventSeats.objects.create(event=event, taken=1)
    barrier = threading.Barrier(12)
    results: list[str] = []
    errors: list[BaseException] = []

    def attempt(number: int) -> None:
        try:
            barrier.wait()
            person = Registrant(f"Person {number}", f"p{number}@example.org", license_type.pk, None)
            registration, _created = register(event, person)
            results.append(registration.status)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(results).count("confirmed") == 2
    assert sorted(results).count("waitlisted") == 10
    assert EventSeats.objects.get(event=event).taken == 3
    assert Registration.objects.filter(status="confirmed").count() == 2


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_person_twice_at_once_is_stored_once(home, site_settings, license_type):
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, capacity=5)
    barrier = threading.Barrier(6)
    ids: list[int] = []

    def attempt() -> None:
        try:
            barrier.wait()
            person = Registrant("Alex", "alex@example.org", license_type.pk, None)
            ids.append(register(event, person)[0].pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(ids) == 6 and len(set(ids)) == 1
    assert EventSeats.objects.get(event=event).taken == 1


@pytest.mark.django_db
def test_registrations_of_long_past_events_are_purged(events, site_settings):
    old = EventPageFactory(parent=events, days=-800)
    recent = EventPageFactory(parent=events, days=-30)
    RegistrationFactory(event=old)
    kept = RegistrationFactory(event=recent)
    call_command("purge_form_submissions", "--dry-run", verbosity=0)
    assert Registration.objects.count() == 2
    call_command("purge_form_submissions", verbosity=0)
    assert list(Registration.objects.values_list("pk", flat=True)) == [kept.pk]
