"""The public events a listing shows, with what a summary needs in a constant number of
queries."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

from core.querysets import public_pages
from events.models import EventIndexPage, EventPage


def events_queryset(queryset: QuerySet | None = None) -> QuerySet:
    """Public events with their seats counter and series joined, prices prefetched."""
    queryset = queryset if queryset is not None else EventPage.objects.all()
    return public_pages(queryset).select_related("seats", "series").prefetch_related("price_tiers")


def index_events(index: EventIndexPage, root: Page) -> QuerySet:
    """The events an index lists: its series' anywhere on the site, or those below it."""
    if index.series_id:
        return EventPage.objects.descendant_of(root).filter(series_id=index.series_id)
    return EventPage.objects.descendant_of(index)


def upcoming(queryset: QuerySet, now=None) -> QuerySet:
    """Events not over yet (one happening now included), soonest first."""
    return queryset.filter(ends_at__gt=now or timezone.now()).order_by("starts_at", "pk")


def past(queryset: QuerySet, now=None) -> QuerySet:
    """Events that are over, most recent first."""
    return queryset.filter(ends_at__lte=now or timezone.now()).order_by("-starts_at", "-pk")
