"""The delivery cache: resolve and site responses, invalidated by content changes.

Every key embeds the current *content version*, a token kept in the shared cache.
Publishing, unpublishing, moving or deleting a page, or changing settings, snippets,
images or redirects, replaces the token: every worker process sees the new token on its
next request, so no worker can serve a stale page, and old entries simply age out. A
single token is deliberate: menus, breadcrumbs, related lists and links make most
changes visible on many pages, and publishing is rare next to reading.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache as django_cache

VERSION_KEY = "firelight:content-version"
ENTRY_TIMEOUT = 60 * 60 * 24 * 7


def content_version() -> str:
    version = django_cache.get(VERSION_KEY)
    if version is None:
        django_cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = django_cache.get(VERSION_KEY)
    return version


def bump_content_version() -> None:
    """Invalidate every cached delivery response, in every worker process."""
    django_cache.set(VERSION_KEY, uuid.uuid4().hex, None)


# Figures that change often and show on few pages (an event's seats left) have their own
# version: a response that shows them remembers the version it was built with, and a
# change makes only those responses stale, never the whole cache.
TRACKED = ("seats",)


def tracked_version(name: str) -> str:
    key = f"firelight:{name}-version"
    version = django_cache.get(key)
    if version is None:
        django_cache.add(key, uuid.uuid4().hex, None)
        version = django_cache.get(key)
    return version


def bump_tracked(name: str) -> None:
    django_cache.set(f"firelight:{name}-version", uuid.uuid4().hex, None)


def tracked_versions() -> dict[str, str]:
    return {name: tracked_version(name) for name in TRACKED}


@functools.cache
def release() -> str:
    """Identifies the code that shaped the cached responses: ``RELEASE_ID`` when set (a
    git SHA in deployments), else a digest of the backend's source files. A new
    release never reads entries serialised by the old code."""
    if settings.RELEASE_ID:
        return settings.RELEASE_ID
    digest = hashlib.sha256()
    for source in sorted(Path(settings.BACKEND_DIR).rglob("*.py")):
        if "tests" not in source.parts:
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def key(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"firelight:{kind}:{release()}:{content_version()}:{digest}"


def get(cache_key: str) -> Any:
    return django_cache.get(cache_key)


def set(cache_key: str, value: Any, timeout: float | None = None) -> None:
    """Store ``value``; ``timeout`` (seconds) shortens the default week for content that
    changes with time (a listing whose next event is about to start)."""
    django_cache.set(
        cache_key, value, ENTRY_TIMEOUT if timeout is None else min(timeout, ENTRY_TIMEOUT)
    )


def revalidate_every_time(response):
    """Browsers and CDNs may keep a public answer but must ask again each time: the
    delivery cache makes that cheap, and a published change shows on the next request."""
    from django.utils.cache import patch_cache_control

    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response
