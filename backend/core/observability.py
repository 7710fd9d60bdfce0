"""Request ids and structured logs.

Every request gets an id: the one a proxy or client sent in ``X-Request-ID`` when it is
well formed, or a new one. It is echoed in the response and added to every log record
written while the request is handled, so one visitor's failure can be found in the
logs of every worker (and matched with the proxy's own log line).

``LOG_FORMAT=json`` writes one JSON object per line for log collectors; the default is
readable text with the request id. Both are wired in ``LOGGING`` (settings/base.py).

This module is imported while logging is configured, before the apps are loaded: it
must not import models.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import uuid
from datetime import UTC, datetime
from typing import Any

REQUEST_ID_HEADER = "X-Request-ID"
# Ids from outside are logged and echoed: bounded, and nothing that could forge a log
# line or a header (no spaces, quotes or control characters).
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")
NO_REQUEST = "-"


# The request being handled in this thread (or task): what log records are tagged with.
_current_request: contextvars.ContextVar[Any] = contextvars.ContextVar(
    "firelight_request", default=None
)


def current_request_id() -> str | None:
    """The id of the request being handled in this thread, or None outside one."""
    return getattr(_current_request.get(), "request_id", None)


def user_id(request: Any) -> int | str | None:
    """The signed-in user's id, if the request has already loaded its user.

    Never loads it: that is a database query, and the database may be the very thing
    that failed."""
    user = getattr(request, "_cached_user", None)
    if user is not None and getattr(user, "is_authenticated", False):
        return user.pk
    return None


def incoming_request_id(value: str | None) -> str | None:
    """The client's or proxy's id when it is safe to log and echo, else None."""
    if value and _VALID_REQUEST_ID.fullmatch(value):
        return value
    return None


def new_request_id() -> str:
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Gives each request an id (``request.request_id``), makes it available to logging
    for the duration of the request, and returns it in ``X-Request-ID``.

    First in ``MIDDLEWARE``, so that everything after it logs with the id, including
    the errors Django turns into 500 responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = incoming_request_id(request.headers.get(REQUEST_ID_HEADER))
        request_id = request_id or new_request_id()
        request.request_id = request_id
        token = _current_request.set(request)
        try:
            response = self.get_response(request)
        finally:
            _current_request.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestContextFilter(logging.Filter):
    """Adds ``request_id``, ``method``, ``path`` and ``user_id`` to every record (only
    ``request_id``, as ``-``, outside a request), so both formats can name them.

    The request is the one being handled, or the one Django names in a record's
    ``request`` extra: it logs 4xx and 5xx responses once the middleware have returned.
    Attached to the handlers, not the loggers: a logger's filters do not see the
    records its children propagate to it."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = _current_request.get()
        if request is None:
            request = getattr(record, "request", None)
        request_id = getattr(request, "request_id", None)
        record.request_id = request_id or NO_REQUEST
        if request_id:
            record.method = request.method
            record.path = request.path
            record.user_id = user_id(request)
        return True


# Attributes every LogRecord has; anything else was passed in ``extra=``.
_RECORD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "request_id",
}
# Extras that are not data: Django's ``request`` (its repr carries the query string,
# which can hold preview tokens) and the dev server's ``server_time``.
_SKIPPED_EXTRAS = frozenset({"request", "server_time"})


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``timestamp`` (UTC, ISO 8601), ``level``, ``logger``,
    ``message``, ``request_id``, ``exception`` (the traceback, when there is one) and
    every extra field (``method``, ``path``, ``status_code``, ``user_id``, ...)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", NO_REQUEST),
        }
        for key, value in record.__dict__.items():
            if key not in _RECORD_ATTRIBUTES and key not in _SKIPPED_EXTRAS:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str, ensure_ascii=False)
