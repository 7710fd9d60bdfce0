"""Delete form submissions older than the retention period (Settings → Forms and
newsletter), with their uploaded files, and the registrations of events that ended
longer ago than that. Run it daily."""

import calendar
import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.models import Site

from events.models import EventPage, Registration
from forms.models import FormPage, FormSettings, LeadSubmission, SubmissionFile


class Command(BaseCommand):
    help = (
        "Delete form submissions (and uploads) older than the retention setting, and the "
        "registrations of events that ended longer ago."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        total = registrations_total = 0
        for site in Site.objects.select_related("root_page"):
            months = FormSettings.for_site(site).retention_months
            cutoff = months_before(timezone.now(), months)
            pages = FormPage.objects.descendant_of(site.root_page, inclusive=True)
            old = LeadSubmission.objects.filter(page__in=pages, submit_time__lt=cutoff)
            count = old.count()
            total += count
            if not dry_run and count:
                # Deleting the rows deletes their files (see forms.models.delete_upload).
                SubmissionFile.objects.filter(submission__in=old).delete()
                old.delete()
            self.stdout.write(f"{site}: {count} submission(s) older than {months} months.")
            events = EventPage.objects.descendant_of(site.root_page).filter(ends_at__lt=cutoff)
            registrations = Registration.objects.filter(event__in=events)
            registration_count = registrations.count()
            registrations_total += registration_count
            if not dry_run and registration_count:
                registrations.delete()
            self.stdout.write(
                f"{site}: {registration_count} registration(s) for events over {months} months ago."
            )
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {total} submission(s) and {registrations_total} registration(s)."
            )
        )


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day and time ``months`` calendar months earlier (the last day of the
    month when that day does not exist, e.g. 31 March → 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
