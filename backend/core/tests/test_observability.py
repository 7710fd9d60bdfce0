"""Request ids and structured logs (core.observability)."""

from __future__ import annotations

import io
import json
import logging
import re
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.observability import (
    JsonFormatter,
    RequestContextFilter,
    RequestIdMiddleware,
    current_request_id,
)

BACKEND = Path(__file__).resolve().parents[2]


@pytest.fixture
def captured():
    """A handler formatted like the console one: the records as JSON lines."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestContextFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)


def middleware(view):
    return RequestIdMiddleware(view)


def test_a_request_gets_a_new_id_echoed_in_the_response():
    seen = {}

    def view(request):
        seen["attribute"] = request.request_id
        seen["context"] = current_request_id()
        return HttpResponse("ok")

    response = middleware(view)(RequestFactory().get("/"))
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    assert seen == {"attribute": response["X-Request-ID"], "context": response["X-Request-ID"]}
    assert current_request_id() is None  # not leaked to whatever runs next in the thread


def test_a_well_formed_incoming_id_is_kept():
    request = RequestFactory().get("/", HTTP_X_REQUEST_ID="edge-4f1c2a9b:1")
    response = middleware(lambda request: HttpResponse())(request)
    assert response["X-Request-ID"] == "edge-4f1c2a9b:1"


@pytest.mark.parametrize(
    "incoming",
    [
        "a" * 129,  # too long to log
        "short",  # too short to be unique
        "abc def ghi",  # spaces
        'x"}{"level":"CRITICAL',  # would forge JSON
        "line\nbreak-12345",
    ],
)
def test_a_malformed_incoming_id_is_replaced(incoming):
    request = RequestFactory().get("/", HTTP_X_REQUEST_ID=incoming)
    response = middleware(lambda request: HttpResponse())(request)
    assert response["X-Request-ID"] != incoming
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_records_inside_a_request_carry_its_id_method_and_path(captured):
    def view(request):
        logging.getLogger("blog.api").warning("Comment refused", extra={"reason": "spam"})
        return HttpResponse()

    request = RequestFactory().post("/api/blog/posts/3/comments/?token=secret")
    response = middleware(view)(request)
    logging.getLogger("blog.api").warning("After the request")
    inside, outside = captured()
    assert inside["request_id"] == response["X-Request-ID"]
    assert inside["method"] == "POST"
    assert inside["path"] == "/api/blog/posts/3/comments/"  # never the query string
    assert inside["reason"] == "spam"
    assert inside["user_id"] is None
    assert (inside["level"], inside["logger"], inside["message"]) == (
        "WARNING",
        "blog.api",
        "Comment refused",
    )
    assert outside["request_id"] == "-" and "path" not in outside


def test_a_server_error_is_logged_with_its_context_and_trace(editor, captured):
    editor.raise_request_exception = False
    # A view that fails after the user was loaded: the admin's dashboard, made to fail.
    with mock.patch("wagtail.admin.views.home.HomeView.get", side_effect=RuntimeError("boom")):
        response = editor.get("/admin/", {"password": "hunter2"})
    assert response.status_code == 500
    (entry,) = [e for e in captured() if e["logger"] == "django.request"]
    assert entry["level"] == "ERROR"
    assert entry["status_code"] == 500
    assert (entry["method"], entry["path"]) == ("GET", "/admin/")
    assert entry["request_id"] == response["X-Request-ID"]
    assert entry["user_id"] == response.wsgi_request.user.pk
    assert "RuntimeError: boom" in entry["exception"]
    assert "hunter2" not in json.dumps(entry)  # the query string is not logged


def test_responses_django_logs_after_the_middleware_carry_the_request_id(client, captured, db):
    """Django logs 4xx and 5xx responses once every middleware has returned."""
    response = client.get("/api/pages/resolve/", {"path": "/no-such-page/"})
    assert response.status_code == 404
    (entry,) = [e for e in captured() if e["logger"] == "django.request"]
    assert entry["request_id"] == response["X-Request-ID"]
    assert (entry["status_code"], entry["path"]) == (404, "/api/pages/resolve/")


def test_json_formatter_survives_values_json_cannot_encode():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "at %s", ("noon",), None)
    record.when = object()
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "at noon"
    assert entry["when"].startswith("<object object")


def _log_line(log_format: str) -> str:
    """A line logged by a fresh process configured with the settings' ``LOGGING``."""
    code = (
        "import logging.config; from config.settings.base import LOGGING; "
        "logging.config.dictConfig(LOGGING); "
        "logging.getLogger('core').warning('hello %s', 'world')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BACKEND,
        env={
            "PATH": "/usr/bin:/bin",
            "LOG_FORMAT": log_format,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return next(line for line in result.stderr.splitlines() if "hello" in line)


def test_log_format_setting_selects_json_or_readable_text():
    entry = json.loads(_log_line("json"))
    assert entry["message"] == "hello world"
    assert entry["request_id"] == "-" and entry["logger"] == "core"
    text = _log_line("text")
    assert re.fullmatch(r"\S+ \S+ WARNING core \[-\] hello world", text)
