"""Send the form notifications that are pending or failed (run every few minutes)."""

from django.core.management.base import BaseCommand

from forms.models import LeadSubmission
from forms.notifications import send_notification, waiting


class Command(BaseCommand):
    help = "Send form notifications that are pending or failed (up to five attempts each)."

    def handle(self, *args, **options):
        due = LeadSubmission.objects.filter(waiting()).values_list("pk", flat=True)
        sent = sum(send_notification(pk) for pk in list(due))
        self.stdout.write(f"Sent {sent} notification(s).")
