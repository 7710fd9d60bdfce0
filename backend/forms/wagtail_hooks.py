"""Admin: form submissions (search, date filter, CSV export), visitors' uploads served
to staff only, the newsletter list, and the dashboard's recent submissions."""

from __future__ import annotations

from django.db.models import TextField
from django.db.models.functions import Cast
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListView

from core.dashboard import ListPanel, PanelItem
from core.exports import FormulaSafeCsvMixin
from forms.models import LeadSubmission, SubmissionFile, Subscriber


class LeadSubmissionsListView(FormulaSafeCsvMixin, SubmissionsListView):
    """Wagtail's submissions listing with a search box over every answer, exported
    without formulas (visitors wrote every answer)."""

    is_searchable = True
    search_fields = ["form_data"]

    def search_queryset(self, queryset):
        if not self.search_query:
            return queryset
        return queryset.annotate(answers=Cast("form_data", TextField())).filter(
            answers__icontains=self.search_query
        )


def download_upload(request, pk: int):
    """A visitor's upload, to staff who may see the submissions of its form."""
    upload = get_object_or_404(SubmissionFile.objects.select_related("submission"), pk=pk)
    if (
        upload.submission is None
        or not get_forms_for_user(request.user).filter(pk=upload.submission.page_id).exists()
    ):
        raise Http404
    response = FileResponse(
        upload.file.open("rb"),
        as_attachment=True,
        filename=upload.original_name,
        content_type=upload.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@hooks.register("register_admin_urls")
def register_upload_url():
    return [path("forms/uploads/<int:pk>/", download_upload, name="forms_upload")]


class SubscriberIndexView(FormulaSafeCsvMixin, IndexView):
    """Addresses are visitors' input: ``=1+2@example.com`` is a valid one."""


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = "Newsletter"
    menu_order = 710
    add_to_admin_menu = True
    list_display = ["email", "status", "created_at", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    list_export = ["email", "status", "created_at", "confirmed_at", "unsubscribed_at"]
    export_filename = "newsletter-subscribers"
    form_fields = ["status"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_subscribers():
    return SubscriberViewSet("newsletter_subscribers")


class RecentSubmissionsPanel(ListPanel):
    name = "recent_submissions"
    heading = "Recent form submissions"
    empty = "No form has been sent yet."
    order = 110

    def items(self) -> list[PanelItem]:
        submissions = (
            LeadSubmission.objects.filter(page__in=get_forms_for_user(self.request.user))
            .select_related("page")
            .order_by("-submit_time")[: self.limit]
        )
        return [
            PanelItem(
                title=submission.page.title,
                url=reverse("wagtailforms:list_submissions", args=[submission.page_id]),
                meta=date_format(timezone.localtime(submission.submit_time), "DATETIME_FORMAT"),
            )
            for submission in submissions
        ]

    def more(self) -> tuple[str, str]:
        return ("All forms", reverse("wagtailforms:index"))


@hooks.register("construct_homepage_panels")
def add_recent_submissions(request, panels):
    panels.append(RecentSubmissionsPanel(request))
