"""iCalendar (RFC 5545) files: one event at ``<event path>.ics`` and the upcoming events
of an index at ``<index path>calendar.ics``, on the public host. Each event carries its
own time zone (a ``VTIMEZONE`` with the rules of the years concerned), a UID that never
changes, and its public URL. The join link is only in the copy e-mailed to registrants.
"""

from __future__ import annotations

import datetime

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vText
from wagtail.models import Page, Site

from core.api.references import site_relative_path
from core.models import SiteSettings
from core.querysets import public_pages
from core.site_files import serve_site_file
from events.models import CALENDAR_SLUG, EventIndexPage, EventPage
from events.querysets import events_queryset, index_events, upcoming

CONTENT_TYPE = "text/calendar; charset=utf-8"
FEED_LIMIT = 100
# Calendar files of time-based listings are kept at most this long in the cache.
FEED_TIMEOUT = 60 * 15


def calendar_file(request: HttpRequest, path: str) -> HttpResponse:
    """``/events-and-trainings/<slug>.ics`` or ``/<index path>calendar.ics``; any other
    ``.ics`` path is answered by the HTML shell (its 404 page)."""
    return serve_site_file(request, "ics", path, build, respond, timeout=FEED_TIMEOUT)


def respond(built: tuple[bytes, str]) -> HttpResponse:
    data, filename = built
    response = HttpResponse(data, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def build(site: Site, page_path: str, base_url: str) -> tuple[bytes, str] | None:
    root = site.root_page
    url_path = root.url_path + page_path.lstrip("/")
    event = events_queryset(EventPage.objects.filter(url_path=url_path)).first()
    organisation = SiteSettings.for_site(site).organisation_name
    if event is not None:
        calendar = new_calendar(organisation, event.title)
        add_events(calendar, [event], root, base_url)
        return calendar.to_ical(), f"{event.slug}.ics"
    parent_path, _, last = page_path.rstrip("/").rpartition("/")
    if last != CALENDAR_SLUG:
        return None
    index = public_pages(
        EventIndexPage.objects.filter(url_path=root.url_path + parent_path.lstrip("/") + "/")
    ).first()
    if index is None:
        return None
    events = list(upcoming(events_queryset(index_events(index, root)))[:FEED_LIMIT])
    calendar = new_calendar(organisation, f"{index.title} | {organisation}")
    add_events(calendar, events, root, base_url)
    return calendar.to_ical(), f"{index.slug}.ics"


def new_calendar(organisation: str, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//{organisation}//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def add_events(
    calendar: Calendar,
    events: list[EventPage],
    root: Page,
    base_url: str,
    *,
    for_registrant: bool = False,
) -> None:
    """Add ``events`` and the ``VTIMEZONE`` of each zone they use (covering their
    dates)."""
    zones: dict[str, list[datetime.date]] = {}
    for event in events:
        zones.setdefault(event.time_zone, []).extend(
            [event.start_date, event.end_date or event.start_date]
        )
    for name, dates in sorted(zones.items()):
        if name != "UTC":
            calendar.add_component(
                Timezone.from_tzid(
                    name,
                    first_date=min(dates) - datetime.timedelta(days=366),
                    last_date=max(dates) + datetime.timedelta(days=366),
                )
            )
    for event in events:
        url = base_url + site_relative_path(event.url_path, root.url_path)
        start, end = event.local_times()
        item = Event()
        # A UUID of the page: the same in the public file and the e-mailed one, whatever
        # host served it, so calendars update the event rather than adding a second.
        item.add("uid", f"{event.translation_key}@firelight-events")
        item.add("dtstamp", timezone.now().astimezone(datetime.UTC))
        item.add("dtstart", start)
        item.add("dtend", end)
        item.add("summary", event.title)
        item.add("url", url)
        if event.last_published_at:
            modified = event.last_published_at.astimezone(datetime.UTC)
            item.add("last-modified", modified)
            # Grows with each publication, so calendars take a rescheduled event's times.
            item.add("sequence", int(modified.timestamp()))
        item.add("location", vText(location(event, for_registrant)))
        item.add("description", description(event, url, for_registrant))
        calendar.add_component(item)


def location(event: EventPage, for_registrant: bool) -> str:
    parts = []
    if event.format != EventPage.Format.ONLINE:
        parts.append(
            ", ".join(
                part
                for part in (
                    event.venue_name,
                    event.street_address,
                    event.locality,
                    " ".join(p for p in (event.region, event.postal_code) if p),
                )
                if part
            )
        )
    if event.format != EventPage.Format.IN_PERSON:
        parts.append(event.join_url if for_registrant and event.join_url else "Online")
    return " / ".join(parts)


def description(event: EventPage, url: str, for_registrant: bool) -> str:
    lines = [event.intro, "", f"Details: {url}"]
    if event.format != EventPage.Format.IN_PERSON:
        if for_registrant:
            if event.join_url:
                lines += ["", f"Join: {event.join_url}"]
            if event.join_instructions:
                lines += ["", event.join_instructions]
        else:
            lines += ["", "Registrants receive the link to join by e-mail."]
    return "\n".join(lines)


def registrant_calendar(event: EventPage, root: Page, base_url: str, organisation: str) -> bytes:
    """The event with its join link, attached to a registrant's confirmation."""
    calendar = new_calendar(organisation, event.title)
    add_events(calendar, [event], root, base_url, for_registrant=True)
    return calendar.to_ical()
