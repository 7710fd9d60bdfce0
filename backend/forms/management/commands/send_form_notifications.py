"""Send the e-mails that are pending or failed (run every few minutes): form
notifications and event registration confirmations."""

from django.core.management.base import BaseCommand

from events import notifications as event_notifications
from events.models import Registration
from forms.models import LeadSubmission
from forms.notifications import send_notification, waiting


class Command(BaseCommand):
    help = (
        "Send form notifications and event registration confirmations that are pending or "
        "failed (up to five attempts each)."
    )

    def handle(self, *args, **options):
        due = LeadSubmission.objects.filter(waiting()).values_list("pk", flat=True)
        sent = sum(send_notification(pk) for pk in list(due))
        self.stdout.write(f"Sent {sent} notification(s).")
        due = Registration.objects.filter(event_notifications.waiting()).values_list(
            "pk", flat=True
        )
        sent = sum(event_notifications.send_confirmation(pk) for pk in list(due))
        self.stdout.write(f"Sent {sent} registration confirmation(s).")
