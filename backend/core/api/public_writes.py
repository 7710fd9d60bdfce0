"""What every anonymous ``POST`` endpoint shares: rate limits kept in the shared cache
(so they hold across gunicorn workers), the honeypot field, and idempotency keys."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import APIException, PermissionDenied, ValidationError
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView
from wagtail.models import Site

from core.querysets import public_pages

HONEYPOT_FIELD = "website"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# What each kind of field takes from a JSON body (``bool`` is an ``int`` to Python, so
# it is refused where a number is expected).
JSON_TYPES: list[tuple[type[serializers.Field], type, str]] = [
    (serializers.BooleanField, bool, "Send true or false."),
    (serializers.IntegerField, int, "Send a whole number."),
    (serializers.PrimaryKeyRelatedField, int, "Send a whole number."),
    (serializers.CharField, str, "Send text."),
    (serializers.SlugRelatedField, str, "Send text."),
]
NUL_REFUSED = "Null characters are not allowed."


def json_type_error(field: serializers.Field, value) -> str | None:
    """Why ``value`` is not of the JSON type ``field`` takes, or ``None``. Text with a
    NUL character is refused here too, before a related field looks it up: PostgreSQL
    cannot take it even in a query (DRF's text fields refuse it only after that)."""
    if value is None:
        return None  # the field's own ``allow_null`` decides
    if isinstance(field, serializers.ListField) and isinstance(value, list):
        return next(filter(None, (json_type_error(field.child, item) for item in value)), None)
    for field_class, json_type, message in JSON_TYPES:
        if isinstance(field, field_class):
            if not isinstance(value, json_type) or (json_type is int and isinstance(value, bool)):
                return message
            return NUL_REFUSED if json_type is str and "\x00" in value else None
    return None


# A posted JSON body whose values must have the types the schema gives them. DRF would
# turn ``1`` into ``"1"``, ``"yes"`` into ``True`` and ``"5"`` into ``5``, so a client's
# mistake would pass unnoticed and the API accept what its schema refuses. (A comment,
# not a docstring: the schema would describe every input serializer with it.)
class JSONInputSerializer(serializers.Serializer):
    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            errors = {
                name: [message]
                for name, field in self.fields.items()
                if not field.read_only
                and name in data
                and (message := json_type_error(field, data[name]))
            }
            if errors:
                raise ValidationError(errors)
        return super().to_internal_value(data)


class ConfiguredThrottle(AnonRateThrottle):
    """Subclasses set ``scope``, and ``rate`` unless ``FIRELIGHT_RATES`` names the scope
    (rates the settings can change, e.g. raised by a load test)."""

    def get_rate(self):
        return settings.FIRELIGHT_RATES[self.scope]


class VisitorThrottle(ConfiguredThrottle):
    """Per visitor: the client address (see ``NUM_PROXIES`` behind a proxy)."""


class SiteThrottle(ConfiguredThrottle):
    """For the whole site, so that many addresses together cannot flood the database."""

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


UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def idempotency_key(request: Request) -> uuid.UUID | None:
    """The ``Idempotency-Key`` header (a UUID the client generates once per submission
    and repeats when it retries), or ``None`` without one. Only a UUID written as the
    schema's ``uuid`` format is taken: an empty or other value is the client's mistake,
    and storing the post without a key would break the promise of one copy per retry."""
    raw = request.headers.get(IDEMPOTENCY_HEADER)
    if raw is None:
        return None
    if not UUID_TEXT.fullmatch(raw.strip()):
        raise ValidationError({"idempotency_key": ["The Idempotency-Key header must be a UUID."]})
    return uuid.UUID(raw.strip())


def site_page_or_404(request: Request, queryset, pk: int):
    """The public page ``pk`` of ``queryset`` on the request's site, or 404."""
    site = Site.find_for_request(request._request)
    root_path = site.root_page.path if site else "-"
    return get_object_or_404(public_pages(queryset.filter(pk=pk, path__startswith=root_path)))


def replayed(model, key: uuid.UUID | None, what: str, **owner):
    """What a retried post already stored under ``key`` (``None`` for a first post);
    a key stored for another ``owner`` (another post, another form) is refused."""
    if key is None:
        return None
    existing = model.objects.filter(idempotency_key=key).first()
    if existing is not None and any(
        getattr(existing, f"{name}_id") != value.pk for name, value in owner.items()
    ):
        raise ValidationError(
            {"idempotency_key": [f"This key was already used for another {what}."]}
        )
    return existing


def create_once(model, key: uuid.UUID | None, create, **owner):
    """``create()`` in a transaction; when the same retry arrived twice at once and the
    other request stored it first, that one."""
    try:
        with transaction.atomic():
            return create()
    except IntegrityError:
        existing = (
            model.objects.filter(idempotency_key=key, **owner).first() if key is not None else None
        )
        if existing is None:
            raise
        return existing


class TrustedOrigin(BasePermission):
    """Anonymous posts come from this site or from an origin allowed to call the API
    (``CORS_ALLOWED_ORIGINS``, for an SPA hosted elsewhere); anything else is refused.
    Views that set ``csrf_protected`` also need Django's CSRF token when the post comes
    from this site (or names no origin): the SPA gets it from ``GET /api/csrf/``."""

    message = "Posts are accepted from this site only."

    def has_permission(self, request: Request, view) -> bool:
        # Refuse an oversized body before anything (the CSRF check) reads it.
        limit = getattr(view, "max_request_bytes", None)
        if limit and int(request.META.get("CONTENT_LENGTH") or 0) > limit:
            raise RequestTooLarge()
        origin = request.headers.get("Origin")
        if origin and origin not in own_origins(request):
            if origin in settings.CORS_ALLOWED_ORIGINS:
                return True
            raise PermissionDenied(self.message, code="untrusted_origin")
        if getattr(view, "csrf_protected", True):
            reason = _csrf_failure(request)
            if reason:
                raise PermissionDenied(
                    "Your session expired: reload the page and try again.", code="csrf_failed"
                )
        return True


def own_origins(request: Request) -> set[str]:
    """Origins that are this site: the request's own, the public one (behind a proxy
    the two can differ) and ``CSRF_TRUSTED_ORIGINS``."""
    origins = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    if settings.PUBLIC_BASE_URL:
        parts = urlsplit(settings.PUBLIC_BASE_URL)
        origins.add(f"{parts.scheme}://{parts.netloc}")
    return origins - set(settings.CORS_ALLOWED_ORIGINS)


class RequestTooLarge(APIException):
    status_code = 413
    default_detail = "The form is too large to send (6 MB at most, files included)."
    default_code = "too_large"


class _CsrfCheck(CsrfViewMiddleware):
    def _reject(self, request, reason):
        return reason


def _csrf_failure(request: Request) -> str | None:
    """Django's CSRF check (``csrftoken`` cookie and ``X-CSRFToken`` header): the reason
    it fails, or ``None``."""
    check = _CsrfCheck(lambda _request: None)
    check.process_request(request._request)
    return check.process_view(request._request, None, (), {})


class CsrfTokenSerializer(serializers.Serializer):
    token = serializers.CharField()
    header = serializers.CharField()


class CsrfTokenView(APIView):
    """A CSRF token (also set as the ``csrftoken`` cookie) for the SPA's posts."""

    authentication_classes: list = []
    permission_classes: list = []

    @extend_schema(operation_id="csrf", responses={200: CsrfTokenSerializer})
    def get(self, request: Request) -> Response:
        response = Response({"token": get_token(request._request), "header": "X-CSRFToken"})
        patch_cache_control(response, no_store=True, private=True)
        return response
