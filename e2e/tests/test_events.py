"""Journeys through Events & trainings: the listing (upcoming before past), an event
with limited seats registered for (the seats left drop, the confirmation arrives with
its calendar file), the public calendar file parsed as iCalendar, and a full event that
refuses with a clear message."""

from __future__ import annotations

import datetime
import uuid

from icalendar import Calendar
from playwright.sync_api import expect

from e2e.accessibility import assert_no_axe_violations

PAID = "Risk assessment: winter session"
PAID_PATH = "/events-and-trainings/risk-assessment-winter-session/"
FULL_PATH = "/events-and-trainings/client-retention-evening-cohort/"
LICENSE = "LPCC – Licensed Professional Counselor Candidate (CO)"


def test_browse_register_and_add_to_calendar(event_listing, event_detail, page, mailbox):
    event_listing.open("/")
    event_listing.follow_menu_link("Events & trainings")
    expect(event_listing.main_heading).to_have_text("Events & trainings")
    upcoming = event_listing.heading("Upcoming events")
    past = event_listing.heading("Past events")
    expect(upcoming).to_be_visible()
    expect(past).to_be_visible()
    assert event_listing.comes_before(upcoming, past)
    assert_no_axe_violations(page)

    event_listing.open_event(PAID)
    expect(event_detail.main_heading).to_have_text(PAID)
    event_detail.expect_seats("3 seats left")
    assert_no_axe_violations(page)

    address = f"alex.{uuid.uuid4().hex[:8]}@example.org"
    event_detail.register(
        name="Alex Rivera",
        email=address,
        license_type=LICENSE,
        state="Colorado",
        price="Pre-licensed",
    )
    expect(event_detail.status).to_contain_text("You are registered")
    event_detail.expect_seats("2 seats left")
    assert_no_axe_violations(page)

    # Another visitor sees the seat gone: the cached page was refreshed.
    page.reload()
    event_detail.expect_seats("2 seats left")

    download = event_detail.download_calendar()
    calendar = Calendar.from_ical(download.path().read_bytes())
    (item,) = calendar.walk("VEVENT")
    assert str(item["SUMMARY"]) == PAID
    assert str(item["URL"]).endswith(PAID_PATH)
    assert item["DTSTART"].params["TZID"] == "America/Denver"
    start = item.decoded("DTSTART")
    assert start.tzinfo is not None and start > datetime.datetime.now(datetime.UTC)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Denver"]
    assert "meet.example.com" not in str(item["DESCRIPTION"])  # registrants only

    # Sent after the registration committed, before the answer reached the browser.
    message = mailbox.latest_to(address)
    assert message is not None and message["Subject"] == f"You are registered: {PAID}"
    attachments = [part for part in message.walk() if part.get_filename()]
    assert [part.get_filename() for part in attachments] == ["risk-assessment-winter-session.ics"]
    private = Calendar.from_ical(attachments[0].get_payload(decode=True))
    assert "meet.example.com" in str(private.walk("VEVENT")[0]["DESCRIPTION"])


def test_a_full_event_refuses_with_a_clear_message(event_detail, page):
    event_detail.open(FULL_PATH)
    expect(event_detail.main_heading).to_have_text("Client retention: evening cohort")
    expect(event_detail.registration).to_contain_text("This event is full.")
    expect(event_detail.registration.get_by_role("button", name="Register")).to_have_count(0)
    assert_no_axe_violations(page)

    # A registration sent anyway (a stale page, a script) is refused, and says why.
    event = page.request.get(f"/api/pages/resolve/?path={FULL_PATH}").json()
    token = page.request.get("/api/csrf/").json()["token"]
    response = page.request.post(
        event["registration"]["submit_path"],
        data={
            "name": "Late Comer",
            "email": "late@example.org",
            "license_type": event["eligible_license_types"][0]["id"],
            "state": "CO",
            "consent": True,
        },
        headers={"X-CSRFToken": token},
    )
    assert response.status == 409
    assert response.json()["error"] == {
        "code": "event_full",
        "message": "This event is full and has no waitlist.",
    }
