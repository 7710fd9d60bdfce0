"""Send the e-mails that are pending or failed (run every few minutes): form
notifications and event registration confirmations."""

from django.core.management.base import BaseCommand

from events import notifications as event_notifications
from forms import notifications as form_notifications


class Command(BaseCommand):
    help = (
        "Send form notifications and event registration confirmations that are pending or "
        "failed (up to five attempts each)."
    )

    def handle(self, *args, **options):
        sent = sum(
            form_notifications.send_notification(pk) for pk in form_notifications.OUTBOX.due()
        )
        self.stdout.write(f"Sent {sent} notification(s).")
        sent = sum(
            event_notifications.send_confirmation(pk) for pk in event_notifications.OUTBOX.due()
        )
        self.stdout.write(f"Sent {sent} registration confirmation(s).")
