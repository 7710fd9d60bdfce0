"""Health endpoints for load balancers and the container runtime.

``/healthz`` (liveness) says the process answers: it touches nothing else, so a
database outage does not get every worker restarted. ``/readyz`` (readiness) says this
instance can serve: the database answers ``SELECT 1`` and the cache stores and returns
a value. A failed check names itself and the kind of error, never a trace or the
error's text (which can name hosts); the details go to the log.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

READINESS_KEY_PREFIX = "firelight:readyz:"


def check_database() -> None:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not return 1")


def check_cache() -> None:
    # A key of its own per call: two workers checking at once cannot see each other's.
    key = f"{READINESS_KEY_PREFIX}{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("the cache did not return the value it was given")
    finally:
        cache.delete(key)


CHECKS: dict[str, Callable[[], None]] = {"database": check_database, "cache": check_cache}


def run_check(name: str, check: Callable[[], None]) -> dict[str, object]:
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # any failure means "not ready", whatever raised it
        logger.warning(
            "Readiness check %s failed: %s: %s",
            name,
            type(error).__name__,
            error,
            extra={"check": name},
        )
        return {"status": "error", "reason": f"{type(error).__name__}"}
    return {"status": "ok", "ms": round((time.perf_counter() - started) * 1000, 1)}


@csrf_exempt
@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: 200 ``{"status": "ok"}`` while the process can answer at all."""
    return JsonResponse({"status": "ok"})


@csrf_exempt
@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: 200 when the database and the cache answer, else 503 naming the
    check that failed; ``{"status", "checks": {name: {"status", "ms" | "reason"}}}``."""
    checks = {name: run_check(name, check) for name, check in CHECKS.items()}
    ready = all(result["status"] == "ok" for result in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )
