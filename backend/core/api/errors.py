"""Every API error has the body ``{"error": {"code", "message", "fields"?}}``."""

from __future__ import annotations

from typing import Any

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


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict:
    detail: dict[str, Any] = {"code": code, "message": message}
    if fields:
        detail["fields"] = fields
    return {"error": detail}


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, ValidationError):
        fields = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        response.data = error_body(
            "invalid",
            "Some fields need attention.",
            {
                name: [str(m) for m in (msgs if isinstance(msgs, list) else [msgs])]
                for name, msgs in fields.items()
            },
        )
    else:
        detail = getattr(exc, "detail", str(exc))
        code = getattr(detail, "code", None) or "error"
        if response.status_code == status.HTTP_429_TOO_MANY_REQUESTS:
            code = "throttled"
        response.data = error_body(str(code), str(detail))
    return response


def error_response(status_code: int, code: str, message: str) -> Response:
    return Response(error_body(code, message), status=status_code)
