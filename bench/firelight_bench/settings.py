"""``make bench`` settings: production-like (no debug), PostgreSQL and Redis from the
environment, and Wagtail's API v2 mounted beside ours. ``BENCH_CACHE=off`` replaces the
delivery cache with Django's dummy cache, for the uncached figures; ``memory`` with a
process's own memory, for counting queries in one process."""

import os

from config.settings.dev import *  # noqa: F403
from config.settings.dev import INSTALLED_APPS

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2"]
ROOT_URLCONF = "firelight_bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LOGGING = {"version": 1, "disable_existing_loggers": False}

BENCH_CACHES = {
    "off": "django.core.cache.backends.dummy.DummyCache",
    "memory": "django.core.cache.backends.locmem.LocMemCache",
}
if os.environ.get("BENCH_CACHE") in BENCH_CACHES:
    CACHES = {"default": {"BACKEND": BENCH_CACHES[os.environ["BENCH_CACHE"]]}}
