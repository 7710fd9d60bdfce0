"""Admin: the dashboard panel of the pages scheduled to go live, and shareable preview
links of drafts."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import CharField
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.dashboard import ListPanel, PanelItem
from core.preview import link_days, share_url


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


# -- shareable preview links ---------------------------------------------------------


def share_preview_view(request, page_id: int):
    """A link to the page's latest draft that anyone can open, for a limited time."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.get_latest_revision() or page.specific.save_revision(user=request.user)
    return TemplateResponse(
        request,
        "core/admin/share_preview.html",
        {
            "page": page,
            "header_title": f"Share a preview of “{page.get_admin_display_title()}”",
            "url": share_url(revision, request),
            "days": link_days(),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )


@hooks.register("register_admin_urls")
def share_preview_urls():
    return [path("pages/<int:page_id>/share-preview/", share_preview_view, name="share_preview")]


@hooks.register("register_page_header_buttons")
def share_preview_button(page, user, view_name, next_url=None):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            "Share preview",
            url=reverse("share_preview", args=[page.pk]),
            icon_name="link",
            priority=45,
        )
