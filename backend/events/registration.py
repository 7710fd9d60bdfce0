"""Registering for an event, cancelling, and filling freed seats from the waitlist.

Seats are counted in ``EventSeats`` and taken with one conditional ``UPDATE … SET taken
= taken + 1 WHERE taken < capacity``: the database applies it to one request at a time,
so two people can never both take the last seat (PostgreSQL re-checks the condition
after waiting for the other transaction; SQLite runs writers one at a time). The
registration row is inserted in the same transaction, so a seat is never counted
without its registration, nor a registration stored without its seat.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.cache import bump_tracked
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
        resend_confirmation(existing, base_url)
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


RESEND_AFTER = datetime.timedelta(minutes=10)


def resend_confirmation(registration: Registration, base_url: str = "") -> None:
    """Someone registered again with the same address: the e-mail goes (again) to that
    address, at most once every ten minutes, so only its owner learns the details."""
    from events.notifications import send_confirmation

    again = Registration.objects.filter(
        pk=registration.pk,
        confirmation=Registration.Confirmation.SENT,
        confirmation_claimed_at__lt=timezone.now() - RESEND_AFTER,
    ).update(confirmation=Registration.Confirmation.PENDING, confirmation_attempts=0)
    if again:
        pk = registration.pk
        transaction.on_commit(lambda: send_confirmation(pk, base_url))


def after_registration(registration: Registration, base_url: str = "") -> None:
    """After commit: e-mail the registrant; a seat taken changes the seats shown."""
    from events.notifications import send_confirmation

    pk = registration.pk
    transaction.on_commit(lambda: send_confirmation(pk, base_url))
    if (
        registration.status == Registration.Status.CONFIRMED
        and registration.event.capacity is not None  # otherwise no count is shown
    ):
        seats_changed(registration.event_id)


def seats_changed(event_id: int) -> None:
    """Pages showing an event's seats left are stale (only those: see
    ``core.cache.TRACKED``), once the change commits."""
    transaction.on_commit(lambda: bump_tracked("seats"))


def cancel(registration: Registration) -> Registration | None:
    """Cancel a registration; a seat it held goes, in the same transaction, to the
    first person on the waitlist (returned, and e-mailed their confirmation)."""
    with transaction.atomic():
        locked = Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if locked is None or locked.status == Registration.Status.CANCELLED:
            return None
        held_seat = locked.status == Registration.Status.CONFIRMED
        Registration.objects.filter(pk=locked.pk).update(
            status=Registration.Status.CANCELLED, cancelled_at=timezone.now()
        )
        if not held_seat:
            return None
        EventSeats.objects.filter(event_id=locked.event_id, taken__gt=0).update(
            taken=F("taken") - 1
        )
        seats_changed(locked.event_id)
        event = EventPage.objects.get(pk=locked.event_id)
        return promote_next(event)


def promote_next(event: EventPage) -> Registration | None:
    """Inside a transaction: give a free seat to the first person on the waitlist, while
    registration is open."""
    if timezone.now() >= event.registration_closes:
        return None
    waiting = (
        Registration.objects.select_for_update()
        .filter(event=event, status=Registration.Status.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if waiting is None or not take_seat(event):
        return None
    Registration.objects.filter(pk=waiting.pk).update(
        status=Registration.Status.CONFIRMED,
        confirmation=Registration.Confirmation.PENDING,
        confirmation_attempts=0,
    )
    waiting.status = Registration.Status.CONFIRMED
    after_registration(waiting)
    return waiting


def fill_from_waitlist(event: EventPage) -> list[Registration]:
    """Give free seats (after a larger capacity) to the waitlist, in the order people
    registered."""
    event = EventPage.objects.get(pk=event.pk)  # the current capacity
    EventSeats.objects.get_or_create(event=event)
    promoted = []
    while True:
        with transaction.atomic():
            registration = promote_next(event)
        if registration is None:
            return promoted
        promoted.append(registration)
