"""Registering for an event, cancelling, and filling freed seats from the waitlist.

Seats are counted in ``EventSeats`` and taken with one conditional ``UPDATE … SET taken
= taken + 1 WHERE taken < capacity``: the database applies it to one request at a time,
so two people can never both take the last seat (PostgreSQL re-checks the condition
after waiting for the other transaction; SQLite runs writers one at a time). The
registration row is inserted in the same transaction, so a seat is never counted
without its registration, nor a registration stored without its seat.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.signals import invalidate
from events.models import EventPage, EventSeats, Registration


class RegistrationRefused(Exception):
    """The event takes no registration now; ``code`` and ``message`` say why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Registrant:
    name: str
    email: str
    license_type_id: int | None
    state_id: int | None
    price_label: str = ""
    price: Decimal = Decimal("0")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_open(event: EventPage, now=None) -> None:
    """Refuse registration for past events and outside the registration dates."""
    now = now or timezone.now()
    if event.ends_at <= now:
        raise RegistrationRefused("event_past", "This event has already taken place.")
    if event.registration_opens_at and now < event.registration_opens_at:
        opens = timezone.localtime(event.registration_opens_at, event.zone)
        raise RegistrationRefused(
            "registration_not_open",
            f"Registration opens on {opens:%B} {opens.day}, {opens:%Y} at "
            f"{opens:%-I:%M %p} {opens.tzname()}.",
        )
    if now >= event.registration_closes:
        raise RegistrationRefused("registration_closed", "Registration for this event has closed.")


def take_seat(event: EventPage) -> bool:
    """Take one seat if one is left (always, without a capacity)."""
    seats = EventSeats.objects.filter(event=event)
    if event.capacity is not None:
        seats = seats.filter(taken__lt=event.capacity)
    return seats.update(taken=F("taken") + 1) == 1


def register(
    event: EventPage, registrant: Registrant, base_url: str = ""
) -> tuple[Registration, bool]:
    """Register ``registrant``: a confirmed seat, else a waitlist place, else
    ``RegistrationRefused("event_full")``. Returns the registration and whether it is
    new: the same e-mail again gets the existing registration, unchanged. ``base_url``
    (the public origin) is for the links of the confirmation e-mail."""
    email = normalise_email(registrant.email)
    existing = Registration.objects.filter(event=event, email=email).first()
    if existing is not None and existing.status != Registration.Status.CANCELLED:
        return existing, False
    check_open(event)
    EventSeats.objects.get_or_create(event=event)
    try:
        with transaction.atomic():
            # The seat is taken first: the UPDATE is this transaction's first statement.
            seated = take_seat(event)
            if not seated and not event.waitlist:
                raise RegistrationRefused("event_full", "This event is full and has no waitlist.")
            status = Registration.Status.CONFIRMED if seated else Registration.Status.WAITLISTED
            values = {
                "name": registrant.name,
                "license_type_id": registrant.license_type_id,
                "state_id": registrant.state_id,
                "price_label": registrant.price_label,
                "price": registrant.price,
                "status": status,
                "created_at": timezone.now(),
                "consented_at": timezone.now(),
                "cancelled_at": None,
                "confirmation": Registration.Confirmation.PENDING,
                "confirmation_attempts": 0,
            }
            if existing is not None:  # registering again after cancelling
                updated = Registration.objects.filter(
                    pk=existing.pk, status=Registration.Status.CANCELLED
                ).update(**values)
                if not updated:
                    raise IntegrityError("registered meanwhile")
                registration = Registration.objects.get(pk=existing.pk)
            else:
                registration = Registration.objects.create(event=event, email=email, **values)
            after_registration(registration, base_url)
    except IntegrityError:
        # The same person's other request stored it first.
        return Registration.objects.get(event=event, email=email), False
    return registration, True


def after_registration(registration: Registration, base_url: str = "") -> None:
    """After commit: e-mail the registrant; a taken seat changes the seats shown."""
    from events.notifications import send_confirmation

    pk = registration.pk
    transaction.on_commit(lambda: send_confirmation(pk, base_url))
    if registration.status == Registration.Status.CONFIRMED:
        # Bounded by the capacity, so a flood of registrations cannot flush the cache.
        invalidate()


def cancel(registration: Registration) -> Registration | None:
    """Cancel a registration; a freed seat goes to the first person on the waitlist
    (returned, and e-mailed their confirmation)."""
    with transaction.atomic():
        updated = Registration.objects.filter(pk=registration.pk).exclude(
            status=Registration.Status.CANCELLED
        )
        was_confirmed = updated.filter(status=Registration.Status.CONFIRMED).exists()
        if not updated.update(status=Registration.Status.CANCELLED, cancelled_at=timezone.now()):
            return None
        if was_confirmed:
            EventSeats.objects.filter(event_id=registration.event_id, taken__gt=0).update(
                taken=F("taken") - 1
            )
            invalidate()
    promoted = fill_from_waitlist(registration.event)
    return promoted[0] if promoted else None


def fill_from_waitlist(event: EventPage) -> list[Registration]:
    """Give free seats (after a cancellation or a larger capacity) to the waitlist, in
    the order people registered."""
    event = EventPage.objects.get(pk=event.pk)  # the current capacity
    if event.is_past:
        return []
    EventSeats.objects.get_or_create(event=event)
    promoted = []
    while True:
        with transaction.atomic():
            waiting = (
                Registration.objects.select_for_update()
                .filter(event=event, status=Registration.Status.WAITLISTED)
                .order_by("created_at", "pk")
                .first()
            )
            if waiting is None or not take_seat(event):
                break
            Registration.objects.filter(pk=waiting.pk).update(
                status=Registration.Status.CONFIRMED,
                confirmation=Registration.Confirmation.PENDING,
                confirmation_attempts=0,
            )
            waiting.status = Registration.Status.CONFIRMED
            after_registration(waiting)
            promoted.append(waiting)
    return promoted
