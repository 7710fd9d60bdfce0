"""Scheduled publishing: a change scheduled for later is not public until
``publish_scheduled`` runs after its time; then, and when a page expires, the cached
responses change at once, as after a manual publish."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.factories import StandardPageFactory
from core.testing import resolve_json


@pytest.mark.django_db
def test_go_live_and_expiry_reach_visitors_at_once(
    client, home, site_settings, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, slug="news", title="Old title", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert resolve_json(client, "/news/")["title"] == "Old title"  # now cached

    page.title = "New title"
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert resolve_json(client, "/news/")["title"] == "Old title"  # scheduled, not public

    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", verbosity=0)
    assert resolve_json(client, "/news/")["title"] == "Old title"  # not yet its time

    # Its time comes (moved back rather than waiting an hour).
    page.refresh_from_db()
    revision = page.get_latest_revision()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", verbosity=0)
    assert resolve_json(client, "/news/")["title"] == "New title"

    page.refresh_from_db()
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save(update_fields=["expire_at"])
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", verbosity=0)
    response = client.get("/api/pages/resolve/", {"path": "/news/"})
    assert response.status_code == 404
