"""Cache invalidation for event snippets, and the seats counter of published events.

Registrations invalidate the cache themselves, and only when a seat is taken or freed
(see ``events.registration``): waitlist sign-ups change nothing visitors see."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from core.signals import invalidate_on_change
from events.models import EventPage, EventSeats, EventSeries

invalidate_on_change(EventSeries)


@receiver(page_published, sender=EventPage, dispatch_uid="firelight-event-published")
def on_event_published(sender, instance: EventPage, **kwargs):
    """Every published event has its seats counter; a larger capacity gives the new
    seats to the waitlist."""
    from events.registration import fill_from_waitlist

    EventSeats.objects.get_or_create(event_id=instance.pk)
    transaction.on_commit(lambda: fill_from_waitlist(instance))
