"""Registration e-mails, sent after the registration commits, with the event's calendar
file (join link included) attached to confirmations.

Like form notifications they go through ``core.outbox``: claimed before they are sent,
so a retry (``manage.py send_form_notifications`` also sends these) never sends one
twice, and a failing mail server loses nothing.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from wagtail.models import Site

from core.api.references import site_relative_path
from core.models import SiteSettings
from core.outbox import Outbox
from events.calendar import registrant_calendar
from events.models import EventPage, Registration

OUTBOX = Outbox(
    Registration,
    "confirmation",
    "the confirmation of registration",
    only=~Q(status=Registration.Status.CANCELLED),
)


def send_confirmation(registration_id: int, base_url: str = "") -> bool:
    """E-mail one registration's confirmation (or waitlist notice); True when sent by
    this call. ``base_url`` is the public origin (default: ``PUBLIC_BASE_URL``, else the
    site's root URL)."""
    return OUTBOX.send(registration_id, lambda registration: build_message(registration, base_url))


def when(event: EventPage) -> str:
    """“Thursday, December 10, 2026, 12:00 PM – 1:00 PM MST”."""
    start, end = event.local_times()

    def clock(moment: datetime.datetime) -> str:
        return moment.strftime("%I:%M %p").lstrip("0")

    day = f"{start:%A, %B} {start.day}, {start:%Y}"
    if start.date() == end.date():
        if start.tzname() != end.tzname():  # the clocks change during the event
            return f"{day}, {clock(start)} {start.tzname()} – {clock(end)} {end.tzname()}"
        return f"{day}, {clock(start)} – {clock(end)} {end.tzname()}"
    end_day = f"{end:%A, %B} {end.day}"
    return f"{day}, {clock(start)} {start.tzname()} – {end_day}, {clock(end)} {end.tzname()}"


def build_message(registration: Registration, base_url: str = "") -> EmailMessage:
    event = EventPage.objects.get(pk=registration.event_id)
    site = next(
        (
            site
            for site in Site.objects.select_related("root_page")
            if event.url_path.startswith(site.root_page.url_path)
        ),
        None,
    )
    root = site.root_page if site else event.get_parent()
    base_url = settings.PUBLIC_BASE_URL or base_url or (site.root_url if site else "")
    organisation = SiteSettings.for_site(site).organisation_name if site else "Firelight"
    url = base_url + site_relative_path(event.url_path, root.url_path)
    confirmed = registration.status == Registration.Status.CONFIRMED
    lines = [f"Hello {registration.name},", ""]
    if confirmed:
        lines += [f"You are registered for “{event.title}”.", ""]
    else:
        lines += [
            f"“{event.title}” is full, so you are on the waitlist. If a seat frees up, it is "
            "yours and we will e-mail you a confirmation.",
            "",
        ]
    lines += [f"When: {when(event)}"]
    if event.format != EventPage.Format.ONLINE:
        place = (event.venue_name, event.street_address, event.locality, event.region)
        lines += ["Where: " + ", ".join(part for part in place if part)]
    if confirmed and event.format != EventPage.Format.IN_PERSON:
        if event.join_url:
            lines += [f"Join online: {event.join_url}"]
        if event.join_instructions:
            lines += ["", event.join_instructions]
    if registration.price_label:
        lines += [f"Price: {registration.price_label} (${registration.price})"]
    lines += ["", f"Details: {url}"]
    if confirmed:
        lines += ["", "The attached calendar file adds the event to your calendar."]
    lines += [
        "",
        "Cannot come after all? Reply to this e-mail and we will give your seat to someone "
        "on the waitlist."
        if confirmed
        else "No longer interested? Reply to this e-mail and we will take you off the list.",
        "",
        organisation,
    ]
    message = EmailMessage(
        subject=(f"You are registered: {event.title}" if confirmed else f"Waitlist: {event.title}"),
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
    )
    if confirmed:
        message.attach(
            f"{event.slug}.ics",
            registrant_calendar(event, root, base_url, organisation).decode("utf-8"),
            "text/calendar",
        )
    return message
