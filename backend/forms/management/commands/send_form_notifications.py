"""Send the form notifications that are pending or failed (run every few minutes)."""

from django.core.management.base import BaseCommand

from forms.models import LeadSubmission
from forms.notifications import MAX_ATTEMPTS, send_notification


class Command(BaseCommand):
    help = "Send form notifications that are pending or failed (up to five attempts each)."

    def handle(self, *args, **options):
        waiting = LeadSubmission.objects.filter(
            notification__in=[
                LeadSubmission.Notification.PENDING,
                LeadSubmission.Notification.FAILED,
            ],
            notification_attempts__lt=MAX_ATTEMPTS,
        ).values_list("pk", flat=True)
        sent = sum(send_notification(pk) for pk in list(waiting))
        self.stdout.write(f"Sent {sent} notification(s).")
