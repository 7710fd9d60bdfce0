"""Editors manage events in the admin: the page editors render, registrations are
listed per event, exported as CSV and cancelled (the seat goes to the waitlist)."""

import pytest
from django.core import mail

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    TrainingProgramPageFactory,
)
from events.models import EventSeats, Registration


@pytest.fixture
def event(home, site_settings):
    events = EventIndexPageFactory(parent=home)
    return EventPageFactory(parent=events, slug="e", title="Risk assessment", capacity=1)


@pytest.mark.django_db
def test_edit_and_add_views_render(admin_client, event):
    index = event.get_parent()
    program = TrainingProgramPageFactory(parent=index)
    for url in (
        f"/admin/pages/{event.pk}/edit/",
        f"/admin/pages/{index.pk}/edit/",
        f"/admin/pages/add/events/eventpage/{index.pk}/",
        f"/admin/pages/add/events/trainingprogrampage/{index.pk}/",
        f"/admin/pages/add/events/trainingpage/{program.pk}/",
        f"/admin/pages/add/services/licensurepathpage/{index.pk}/",
    ):
        assert admin_client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_the_event_header_links_to_its_registrations(editor, event):
    page = editor.get(f"/admin/pages/{event.pk}/edit/")
    assert f"/admin/event_registrations/?event={event.pk}".encode() in page.content


@pytest.mark.django_db
def test_registrations_per_event_and_csv(editor, event):
    RegistrationFactory(event=event, name="Ana Lopez", email="ana@example.org")
    other = EventPageFactory(parent=event.get_parent(), slug="other")
    RegistrationFactory(event=other, name="Ben Other")
    listing = editor.get(f"/admin/event_registrations/?event={event.pk}")
    assert listing.status_code == 200
    assert b"Ana Lopez" in listing.content and b"Ben Other" not in listing.content
    export = editor.get(f"/admin/event_registrations/?event={event.pk}&export=csv")
    assert export.status_code == 200
    text = b"".join(export.streaming_content).decode()
    assert "ana@example.org" in text and "Ben Other" not in text
    # Registrations only come from the site and leave by cancelling, so seats stay counted.
    assert editor.get("/admin/event_registrations/new/").status_code in (302, 403)
    registration = Registration.objects.get(name="Ana Lopez")
    delete = f"/admin/event_registrations/delete/{registration.pk}/"
    assert editor.post(delete).status_code in (302, 403)
    assert Registration.objects.filter(pk=registration.pk).exists()


@pytest.mark.django_db
def test_cancelling_gives_the_seat_to_the_waitlist(
    editor, event, django_capture_on_commit_callbacks
):
    EventSeats.objects.create(event=event, taken=1)
    seated = RegistrationFactory(event=event, name="Ana Lopez")
    waiting = RegistrationFactory(event=event, name="Ben Wait", status="waitlisted")
    page = editor.get(f"/admin/event_registrations/cancel/{seated.pk}/")
    assert page.status_code == 200 and b"Ana Lopez" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(f"/admin/event_registrations/cancel/{seated.pk}/")
    assert response.status_code == 302
    seated.refresh_from_db()
    waiting.refresh_from_db()
    assert seated.status == Registration.Status.CANCELLED
    assert waiting.status == Registration.Status.CONFIRMED
    assert [m.to for m in mail.outbox] == [[waiting.email]]


@pytest.mark.django_db
def test_visitors_cannot_see_registrations(client, event):
    RegistrationFactory(event=event)
    response = client.get("/admin/event_registrations/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
