"""Admin: the dashboard panel of the pages scheduled to go live."""

from __future__ import annotations

from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.dashboard import ListPanel, PanelItem


class ScheduledPagesPanel(ListPanel):
    name = "scheduled_pages"
    heading = "Scheduled to go live"
    empty = "No page is scheduled to go live."
    order = 120
    limit = 8

    def items(self) -> list[PanelItem]:
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        )
        revisions = Revision.page_revisions.filter(
            approved_go_live_at__isnull=False,
            object_id__in=editable.annotate(key=Cast("pk", CharField())).values("key"),
        ).order_by("approved_go_live_at")[: self.limit]
        pages = Page.objects.in_bulk([int(revision.object_id) for revision in revisions])
        return [
            PanelItem(
                title=pages[int(revision.object_id)].get_admin_display_title(),
                url=reverse("wagtailadmin_pages:edit", args=[revision.object_id]),
                meta=date_format(
                    timezone.localtime(revision.approved_go_live_at), "DATETIME_FORMAT"
                ),
            )
            for revision in revisions
            if int(revision.object_id) in pages
        ]


@hooks.register("construct_homepage_panels")
def add_scheduled_pages(request, panels):
    panels.append(ScheduledPagesPanel(request))
