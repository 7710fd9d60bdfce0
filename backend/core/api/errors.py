"""Every API error has the body ``{"error": {"code", "message", "fields"?}}``."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), required=False
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


# Throttled answers (429) tell the client when to try again: views that throttle list
# both, so that the schema describes the header the client may rely on.
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    int,
    location=OpenApiParameter.HEADER,
    response=[429],
    description="Seconds to wait before trying again.",
)
THROTTLED = OpenApiResponse(
    ErrorSerializer, description="Too many requests (code `throttled`): wait, then retry."
)
# Answers Django and DRF give before the view, for a body it cannot take.
TOO_LARGE = OpenApiResponse(ErrorSerializer, description="The body is too large")
UNSUPPORTED_MEDIA_TYPE = OpenApiResponse(
    ErrorSerializer, description="The body is not in a media type this operation reads"
)


def write_responses(answers: dict[int, Any]) -> dict[int, Any]:
    """The documented responses of a public write: its own ``answers`` (the success,
    a 404 where it names something) and those every write can give (per-field 400,
    403 origin or token, 413, 415, 429), by status."""
    common = {
        400: OpenApiResponse(ErrorSerializer, description="Per-field errors"),
        403: ErrorSerializer,
        413: TOO_LARGE,
        415: UNSUPPORTED_MEDIA_TYPE,
        429: THROTTLED,
    }
    return dict(sorted({**common, **answers}.items()))


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict:
    detail: dict[str, Any] = {"code": code, "message": message}
    if fields:
        detail["fields"] = fields
    return {"error": detail}


def flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested errors as ``{"field": [...], "items.0.weekday": [...]}``; a nested
    serializer's ``non_field_errors`` belong to the field itself."""
    if isinstance(detail, dict):
        fields: dict[str, list[str]] = {}
        for name, value in detail.items():
            key = (
                prefix
                if name == "non_field_errors" and prefix
                else (f"{prefix}.{name}" if prefix else str(name))
            )
            for field, messages in flatten(value, key).items():
                fields.setdefault(field, []).extend(messages)
        return fields
    if isinstance(detail, list):
        if all(not isinstance(item, dict | list) for item in detail):
            return {prefix or "non_field_errors": [str(item) for item in detail]}
        fields = {}
        for index, item in enumerate(detail):
            if item:
                for field, messages in flatten(item, f"{prefix}.{index}").items():
                    fields.setdefault(field, []).extend(messages)
        return fields
    return {prefix or "non_field_errors": [str(detail)]}


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, ValidationError):
        detail = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        response.data = error_body("invalid", "Some fields need attention.", flatten(detail))
    else:
        detail = getattr(exc, "detail", str(exc))
        code = getattr(detail, "code", None) or "error"
        if response.status_code == status.HTTP_429_TOO_MANY_REQUESTS:
            code = "throttled"
        response.data = error_body(str(code), str(detail))
    return response


def error_response(status_code: int, code: str, message: str) -> Response:
    return Response(error_body(code, message), status=status_code)
