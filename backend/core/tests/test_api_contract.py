"""What the API fuzzing (``test_api_fuzz.py``) found, pinned down one by one: the API
answers what its schema says, whatever it is sent."""

import json

import pytest
from django.test import Client

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from blog.models import Comment
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registration
from forms.models import Subscriber
from taxonomy.factories import LicenseTypeFactory


def post_json(client, url: str, data, **headers):
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def error_fields(response) -> set[str]:
    return set(response.json()["error"]["fields"])


@pytest.fixture
def blog_post(home, site_settings):
    return BlogPageFactory(parent=BlogIndexPageFactory(parent=home))


@pytest.fixture
def event(home, site_settings):
    return EventPageFactory(parent=EventIndexPageFactory(parent=home))


@pytest.fixture
def registration(db):
    """A valid registration for ``event``."""
    return {
        "name": "Alex Rivera",
        "email": "alex@example.org",
        "license_type": LicenseTypeFactory().pk,
        "state": "CO",
        "consent": True,
    }


def comments_url(post) -> str:
    return f"/api/blog/posts/{post.pk}/comments/"


def registrations_url(event) -> str:
    return f"/api/events/{event.pk}/registrations/"


@pytest.mark.django_db
def test_a_post_to_an_unknown_api_path_is_a_json_404_even_without_a_csrf_token():
    response = Client(enforce_csrf_checks=True).post("/api/blog/posts/none/comments/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_resolve_needs_a_path(client, home):
    response = client.get("/api/pages/resolve/")
    assert response.status_code == 400
    assert error_fields(response) == {"path"}
    assert client.get("/api/pages/resolve/", {"path": ""}).status_code == 200  # the home page


def test_search_pages_are_numbers(client, home):
    assert client.get("/api/search/", {"q": "x", "page": ""}).status_code == 400
    assert client.get("/api/search/", {"q": "x"}).status_code == 200


@pytest.mark.parametrize(
    "fields",
    [{"name": 5}, {"body": ["Kind", "words"]}, {"website": 0}],
    ids=["number-for-text", "list-for-text", "number-in-the-honeypot"],
)
def test_comments_take_text_as_text(client, blog_post, fields):
    data = {"name": "Ana", "body": "Thank you.", **fields}
    response = post_json(client, comments_url(blog_post), data)
    assert response.status_code == 400
    assert error_fields(response) == set(fields)
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [{"consent": "yes"}, {"consent": 1}, {"license_type": "LICENSE"}, {"price_tier": True}],
    ids=["text-for-boolean", "number-for-boolean", "text-for-id", "boolean-for-number"],
)
def test_registrations_take_each_value_in_its_json_type(client, event, registration, fields):
    if fields.get("license_type") == "LICENSE":
        fields = {"license_type": str(registration["license_type"])}
    response = post_json(client, registrations_url(event), {**registration, **fields})
    assert response.status_code == 400
    assert error_fields(response) == set(fields)
    assert post_json(client, registrations_url(event), registration).status_code == 201


@pytest.mark.parametrize(
    ("fields", "refused"),
    [
        ({"target_license": "LICENSE"}, "target_license"),
        ({"availability": [{"weekday": "1", "part": "morning"}]}, "availability.0.weekday"),
        ({"states": [1]}, "states"),
    ],
    ids=["text-for-id", "text-for-number-in-a-list", "number-for-text-in-a-list"],
)
def test_the_matcher_takes_each_value_in_its_json_type(client, home, fields, refused):
    license_id = LicenseTypeFactory().pk
    answers = {
        "states": ["CO"],
        "target_license": license_id,
        "stage": "starting",
        "format": "individual",
        "availability": [{"weekday": 1, "part": "morning"}],
        "time_zone": "America/Denver",
    }
    assert post_json(client, "/api/match/", answers).status_code == 201
    if fields.get("target_license") == "LICENSE":
        fields = {"target_license": str(license_id)}
    response = post_json(client, "/api/match/", {**answers, **fields})
    assert response.status_code == 400
    assert error_fields(response) == {refused}


def test_a_filled_honeypot_does_not_excuse_invalid_input(client, blog_post, event, registration):
    """Invalid posts are refused whoever sends them; only a valid one with the honeypot
    filled vanishes."""
    spam = {"website": "http://spam.example"}
    invalid_comment = post_json(client, comments_url(blog_post), {"name": "Bot", **spam})
    assert invalid_comment.status_code == 400
    invalid_registration = post_json(client, registrations_url(event), {"name": "Bot", **spam})
    assert invalid_registration.status_code == 400
    invalid_address = post_json(client, "/api/newsletter/subscriptions/", {"email": "x", **spam})
    assert invalid_address.status_code == 400
    assert not Comment.objects.exists() and not Subscriber.objects.exists()
    assert not Registration.objects.exists()


def test_a_caught_registration_is_answered_like_a_real_one(client, event, registration):
    caught = post_json(client, registrations_url(event), {**registration, "website": "x"})
    assert not Registration.objects.exists()
    real = post_json(client, registrations_url(event), registration)
    assert caught.status_code == real.status_code == 201
    # (The real one took a seat; otherwise nothing tells the two apart.)
    assert {**caught.json(), "seats_left": 0} == {**real.json(), "seats_left": 0}


KEY = "0b9f5d2e-8c1a-4e7b-9f3d-2a6c5e8b1d40"


@pytest.mark.parametrize("key", ["", "  ", f"{{{KEY}}}", KEY.replace("-", ""), f"urn:uuid:{KEY}"])
def test_an_idempotency_key_is_a_uuid_or_absent(client, blog_post, key):
    """Written as the schema's ``uuid`` format: Python would read the other spellings
    too, and an empty key used to be taken as none."""
    data = {"name": "Ana", "body": "Thank you."}
    response = post_json(client, comments_url(blog_post), data, HTTP_IDEMPOTENCY_KEY=key)
    assert response.status_code == 400
    assert error_fields(response) == {"idempotency_key"}
    accepted = post_json(client, comments_url(blog_post), data, HTTP_IDEMPOTENCY_KEY=KEY.upper())
    assert accepted.status_code == 201


@pytest.mark.django_db
def test_a_token_of_spaces_names_nobody(client):
    response = post_json(client, "/api/newsletter/confirm/", {"token": "   "})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_token"


def test_text_with_a_nul_character_is_refused(client, blog_post, event, registration):
    """Before any lookup: PostgreSQL cannot take NUL even in a query (a 500 there)."""
    comment = post_json(client, comments_url(blog_post), {"name": "A\x00na", "body": "Hi!"})
    assert comment.status_code == 400
    assert error_fields(comment) == {"name"}
    state = post_json(client, registrations_url(event), {**registration, "state": "C\x00O"})
    assert state.status_code == 400
    assert state.json()["error"]["fields"] == {"state": ["Null characters are not allowed."]}
