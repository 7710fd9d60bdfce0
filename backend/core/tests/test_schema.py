"""The OpenAPI schema is served, valid, and the committed copy has not drifted.

``backend/openapi.yaml`` is what the frontend's types are generated from (``make
types``); ``make test`` also checks that ``frontend/src/lib/api-types.ts`` matches it."""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.mark.django_db
def test_schema_is_served(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert set(schema["paths"]) == {
        "/api/site/",
        "/api/pages/resolve/",
        "/api/pages/preview/",
        "/api/search/",
        "/api/match/",
        "/api/blog/posts/{post_id}/comments/",
        "/api/blog/posts/{post_id}/views/",
        "/api/events/{event_id}/registrations/",
        "/api/forms/{page_id}/submissions/",
        "/api/newsletter/subscriptions/",
        "/api/newsletter/confirm/",
        "/api/newsletter/unsubscribe/",
        "/api/csrf/",
    }
    page_types = {
        ref.rsplit("/", 1)[1]
        for ref in (
            item["$ref"] for item in schema["components"]["schemas"]["ResolveResponse"]["oneOf"]
        )
    }
    assert {"HomePage", "StandardPage", "Redirect"} <= page_types


def test_committed_schema_matches_the_code(tmp_path):
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--file", str(generated), "--validate", "--fail-on-warn")
    assert generated.read_text() == SCHEMA_FILE.read_text(), (
        "backend/openapi.yaml is out of date: run `make types` and commit the result."
    )
