"""Fuzzing of every operation in ``/api/schema/`` with schemathesis: inputs that fit the
schema and inputs that break it, against the demo site, with every check schemathesis
has (no 5xx, documented status codes, content types, headers and bodies, invalid
input refused, valid input accepted, ...). A failure prints the request to replay
(``curl``) and the check it broke.

The run is bounded and deterministic (a fixed number of examples per operation,
derandomised), so ``make test`` takes the same path every time; raise
``FUZZ_EXAMPLES`` locally to search harder. Every check runs on every operation; the
only exceptions are listed in ``RULES_BEYOND_THE_SCHEMA`` with their reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from unittest import mock

import pytest
import schemathesis
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from rest_framework.throttling import SimpleRateThrottle
from schemathesis.config import SchemathesisConfig
from wagtail.models import Page, Site

from blog.models import BlogPage
from events.models import EventPage, EventPriceTier
from forms.models import FormPage
from taxonomy.models import LicenseType, Specialty, State

# Operations whose rules go beyond what OpenAPI 3.0 can say, so that a request which
# fits the schema may rightly be refused with a 400 (their invalid inputs must still be
# refused, and nothing may fail with a 5xx). Operation id: why.
RULES_BEYOND_THE_SCHEMA = {
    "match": "states, licenses and interests must exist (editors manage them)",
    "event_registration_create": "the license type, state and price must exist",
    "form_submission_create": "the fields are those of the page's own form",
    "blog_comment_create": "a name without markup, at most two links, and text that "
    "is more than spaces",
    "newsletter_subscribe": "Django's e-mail rules, stricter than the `email` format "
    "(a top-level domain of two letters or more)",
    "page_preview": "a token or a page id: OpenAPI 3.0 cannot ask for one of two",
}

CONFIG = {
    # The fuzzing client is the SPA served from another allowed origin
    # (CORS_ALLOWED_ORIGINS in the test settings): what it posts passes the origin
    # check, so the fuzzing reaches validation instead of stopping at a 403.
    "headers": {"Origin": "http://spa.example"},
    "generation": {
        "mode": "all",  # positive and negative inputs
        "max-examples": int(os.environ.get("FUZZ_EXAMPLES", "25")),
        "deterministic": True,
        "database": "none",
    },
    "operations": [
        {
            "include-operation-id": operation_id,
            "checks": {
                "positive_data_acceptance": {
                    "expected-statuses": ["2xx", "400", "403", "404", "409", "429"]
                }
            },
        }
        for operation_id in RULES_BEYOND_THE_SCHEMA
    ],
}

schema = schemathesis.openapi.from_wsgi(
    "/api/schema/", WSGIHandler(), config=SchemathesisConfig.from_dict(CONFIG)
)
# The same operations once every rate limit is reached: a few examples each are enough
# to see the 429 answers (and their Retry-After header) as documented.
throttled_schema = schemathesis.openapi.from_wsgi(
    "/api/schema/",
    WSGIHandler(),
    config=SchemathesisConfig.from_dict(
        {
            **CONFIG,
            "generation": {**CONFIG["generation"], "max-examples": 4},
            "phases": {"coverage": {"enabled": False}},
        }
    ),
)


@dataclass(frozen=True)
class DemoReferences:
    """Ids and codes of the demo site's content, for requests that name them."""

    posts: list[int]
    events: list[int]
    forms: list[int]
    paths: list[str]
    states: list[str]
    licenses: list[tuple[int, str]]
    specialties: list[int]
    price_tiers: list[int]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, built once for the module in a transaction rolled back at the end
    (each test's own changes are rolled back after it, inside this one)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("seed_demo", verbosity=0)
            yield DemoReferences(
                posts=list(BlogPage.objects.live().values_list("pk", flat=True)),
                events=list(EventPage.objects.live().values_list("pk", flat=True)),
                forms=list(FormPage.objects.live().values_list("pk", flat=True)),
                paths=site_paths(),
                states=list(State.objects.values_list("code", flat=True)),
                licenses=list(LicenseType.objects.values_list("pk", "state__code")),
                specialties=list(Specialty.objects.values_list("pk", flat=True)),
                price_tiers=list(EventPriceTier.objects.values_list("pk", flat=True)),
            )
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def site_paths() -> list[str]:
    """The path of every live page of the default site (``/``, ``/blog/``, ...)."""
    root = Site.objects.get(is_default_site=True).root_page
    pages = Page.objects.live().descendant_of(root, inclusive=True)
    return [
        url_path[len(root.url_path) - 1 :] for url_path in pages.values_list("url_path", flat=True)
    ]


@pytest.fixture(scope="module", autouse=True)
def _connection_kept_open():
    """Django closes the database connection around each request it serves; here the
    requests run inside the test's transaction, which must survive them (Django's test
    client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def pick(choices: list, generated: int, original=None):
    """A stored value chosen by a generated number, or now and then the generated value
    itself (so unknown ids and paths are tried too)."""
    options = [*choices, generated if original is None else original]
    return options[abs(generated) % len(options)]


def generated_id(value, *, digits_too: bool = False) -> int | None:
    """``value`` if it is a JSON number (not a boolean), or with ``digits_too`` text of
    digits (the coverage phase writes path values as text); else ``None``."""
    if digits_too and isinstance(value, str) and value.isdigit():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def name_demo_content(case, demo: DemoReferences) -> None:
    """Point generated ids, codes and paths at the demo site's content, so that the
    fuzzing gets past "not found" and "choose from the list" to the code behind them.
    Only values of the right type are replaced, and schemathesis checks the edited case
    again (reading ``meta`` does it), so a case stays negative only if it still breaks
    the schema."""
    name_demo_pages(case, demo)
    if isinstance(case.body, dict):
        name_demo_taxonomy(case.body, demo)
    assert case.meta is not None


def name_demo_pages(case, demo: DemoReferences) -> None:
    """Posts, events and forms that exist, and pages to resolve."""
    path = case.path_parameters or {}
    for name, ids in (("post_id", demo.posts), ("event_id", demo.events), ("page_id", demo.forms)):
        if (number := generated_id(path.get(name), digits_too=True)) is not None:
            path[name] = pick(ids, number, path[name])
    query = case.query or {}
    if case.operation.path == "/api/pages/resolve/" and isinstance(query.get("path"), str):
        query["path"] = pick(demo.paths, len(query["path"]), query["path"])


def name_demo_taxonomy(body: dict, demo: DemoReferences) -> None:
    """License types, states, prices and interests that exist."""
    licenses = dict(demo.licenses)
    for name, ids in (
        ("license_type", list(licenses)),
        ("current_license", list(licenses)),
        ("target_license", list(licenses)),
        ("price_tier", demo.price_tiers),
    ):
        if (number := generated_id(body.get(name))) is not None:
            body[name] = pick(ids, number)
    if isinstance(body.get("state"), str):
        body["state"] = pick(demo.states, len(body["state"]), body["state"])
    target, states = body.get("target_license"), body.get("states")
    if isinstance(target, int) and target in licenses and isinstance(states, list) and states:
        # The matcher wants the target license's state among the visitor's.
        states[0] = licenses[target]
    specialties = body.get("specialties")
    if isinstance(specialties, list):
        for index, value in enumerate(specialties):
            if (number := generated_id(value)) is not None:
                specialties[index] = pick(demo.specialties, number)


@pytest.mark.django_db
@schema.parametrize()
def test_every_operation_survives_fuzzing(case, demo):
    """No 5xx, and every answer as documented, whatever the request."""
    # Rate limits live in the cache: without this, the fuzzing would soon meet only 429s
    # (which ``test_throttled_answers_match_the_schema`` covers).
    cache.clear()
    name_demo_content(case, demo)
    case.call_and_validate()


@pytest.mark.django_db
@throttled_schema.parametrize()
def test_throttled_answers_match_the_schema(case, demo):
    """With every limit reached, the views that throttle answer 429: an operation that
    does not document it (or its Retry-After header) fails here."""
    name_demo_content(case, demo)
    with (
        mock.patch.object(SimpleRateThrottle, "allow_request", return_value=False),
        mock.patch.object(SimpleRateThrottle, "wait", return_value=42.0),
    ):
        case.call_and_validate()
