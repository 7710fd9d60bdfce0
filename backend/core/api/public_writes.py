"""What every anonymous ``POST`` endpoint shares: rate limits kept in the shared cache
(so they hold across gunicorn workers), the honeypot field, and idempotency keys."""

from __future__ import annotations

import uuid

from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.throttling import AnonRateThrottle

HONEYPOT_FIELD = "website"
IDEMPOTENCY_HEADER = "Idempotency-Key"


class VisitorThrottle(AnonRateThrottle):
    """Per visitor: the client address (see ``NUM_PROXIES`` behind a proxy).
    Subclasses set ``scope`` and ``rate``."""


class SiteThrottle(AnonRateThrottle):
    """For the whole site, so that many addresses together cannot flood the database.
    Subclasses set ``scope`` and ``rate``."""

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": "site"}


def honeypot_field() -> serializers.CharField:
    """A field people never see (the SPA hides it from sight and from assistive
    technology) and bots fill in."""
    return serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        write_only=True,
        help_text="Leave empty: a honeypot for bots.",
    )


def caught_by_honeypot(request: Request) -> bool:
    value = request.data.get(HONEYPOT_FIELD) if hasattr(request.data, "get") else None
    return bool(value and str(value).strip())


def idempotency_key(request: Request) -> uuid.UUID | None:
    """The ``Idempotency-Key`` header (a UUID the client generates once per submission
    and repeats when it retries), or ``None``."""
    raw = request.headers.get(IDEMPOTENCY_HEADER)
    if raw is None or not raw.strip():
        return None
    try:
        return uuid.UUID(raw.strip())
    except ValueError as error:
        raise ValidationError(
            {"idempotency_key": ["The Idempotency-Key header must be a UUID."]}
        ) from error
