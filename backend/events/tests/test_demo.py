"""The demo events: the pages of SITEMAP.md, upcoming and past events, a paid training
session with limited seats, a full event, and the program with its three trainings."""

import pytest
from django.core.management import call_command

from events.models import EventPage, Registration


@pytest.mark.django_db
def test_demo_events(client):
    call_command("seed_demo", verbosity=0)

    def resolve(path):
        response = client.get("/api/pages/resolve/", {"path": path}, HTTP_HOST="localhost")
        assert response.status_code == 200, path
        return response.json()

    index = resolve("/events-and-trainings/")
    assert index["type"] == "events.EventIndexPage"
    assert len(index["upcoming"]) >= 3 and len(index["past"]) >= 1
    series = resolve("/events-and-trainings/lunch-and-learns/")
    assert series["series"]["name"] == "Lunch & Learns"
    assert len(series["upcoming"]) >= 2
    assert resolve("/events-and-trainings/clinical-training-program/")["type"] == (
        "events.TrainingProgramPage"
    )
    for slug in ("client-retention", "risk-assessment", "safety-intervention"):
        training = resolve(f"/events-and-trainings/clinical-training-program/{slug}/")
        assert training["type"] == "events.TrainingPage" and training["modules"]
    for path in ("path-to-lpc-in-colorado", "path-to-lcsw-in-colorado"):
        assert resolve(f"/events-and-trainings/{path}/")["type"] == "services.LicensurePathPage"

    summaries = index["upcoming"]
    paid = [e for e in summaries if not e["is_free"] and e["seats_left"]]
    assert paid and paid[0]["seats_left"] <= 5
    assert any(e["registration"] == "full" for e in summaries)
    past = resolve(index["past"][0]["path"])
    assert past["recording_url"]
    for event in EventPage.objects.live():
        taken = Registration.objects.filter(event=event, status="confirmed").count()
        assert event.seats.taken == taken
