"""Admin: the blog's categories and guest authors (snippets), comment moderation, and
the dashboard's comments awaiting moderation."""

from __future__ import annotations

from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from blog.models import BlogCategory, Comment, GuestAuthor
from core.dashboard import ListPanel, PanelItem
from core.exports import FormulaSafeCsvMixin


class BlogCategoryViewSet(SnippetViewSet):
    model = BlogCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug"]


class GuestAuthorViewSet(SnippetViewSet):
    model = GuestAuthor
    icon = "user"
    list_display = ["name", "slug"]


class BlogGroup(SnippetViewSetGroup):
    menu_label = "Blog"
    menu_icon = "doc-full-inverse"
    menu_order = 290
    items = [BlogCategoryViewSet, GuestAuthorViewSet]


register_snippet(BlogGroup)

MODERATION_ACTIONS = {
    Comment.Status.APPROVED: ("Approve", "approved: it is now shown on the post"),
    Comment.Status.REJECTED: ("Reject", "rejected"),
    Comment.Status.SPAM: ("Mark as spam", "marked as spam"),
}


class ModerateView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Read a comment and approve it, reject it or mark it as spam."""

    model = Comment
    permission_required = "change"
    template_name = "blog/admin/moderate.html"
    page_title = "Moderate comment"
    index_url_name: str = ""
    moderate_url_name: str = ""

    def get_base_object_queryset(self):
        return Comment.objects.select_related("post")

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["comment"] = self.object
        context["actions"] = [
            (status.value, label) for status, (label, _done) in MODERATION_ACTIONS.items()
        ]
        context["post_url"] = self.object.post.url
        context["action_url"] = reverse(self.moderate_url_name, args=[quote(self.object.pk)])
        context["next_url"] = get_valid_next_url_from_request(self.request) or reverse(
            self.index_url_name
        )
        return context

    def post(self, request, *args, **kwargs):
        status = request.POST.get("status")
        if status not in MODERATION_ACTIONS:
            messages.error(request, "Choose approve, reject or spam.")
            return redirect(reverse(self.moderate_url_name, args=[quote(self.object.pk)]))
        self.object.status = status
        self.object.moderated_at = timezone.now()
        self.object.save(update_fields=["status", "moderated_at"])
        messages.success(request, f"Comment by {self.object.name} {MODERATION_ACTIONS[status][1]}.")
        return redirect(get_valid_next_url_from_request(request) or reverse(self.index_url_name))


class CommentIndexView(FormulaSafeCsvMixin, IndexView):
    moderate_url_name = ""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("post")

    def get_edit_url(self, instance):
        # A comment's title links to moderation: reading it and deciding is the job.
        return reverse(self.moderate_url_name, args=[quote(instance.pk)])

    def get_list_buttons(self, instance):
        moderate = Button(
            "Moderate",
            url=self.get_edit_url(instance),
            icon_name="tasks",
            attrs={"aria-label": f"Moderate the comment by {instance.name}"},
            priority=5,
        )
        return [moderate, *super().get_list_buttons(instance)]


class CommentViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = "Comments"
    menu_order = 295
    add_to_admin_menu = True
    index_view_class = CommentIndexView
    list_display = [
        "excerpt",
        "name",
        "post",
        "status",
        DateColumn("created_at", label="Received"),
    ]
    list_filter = ["status"]
    search_fields = ["name", "body", "email"]
    list_export = ["created_at", "post", "name", "email", "body", "status", "moderated_at"]
    export_filename = "comments"
    ordering = ["-created_at"]
    form_fields = ["status"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            moderate_url_name=self.get_url_name("moderate"), **kwargs
        )

    @property
    def moderate_view(self):
        return self.construct_view(ModerateView, index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("moderate/<str:pk>/", self.moderate_view, name="moderate"),
        ]


@hooks.register("register_admin_viewset")
def register_comments():
    return CommentViewSet("blog_comments")


class PendingCommentsPanel(ListPanel):
    name = "pending_comments"
    heading = "Comments awaiting moderation"
    empty = "No comment is waiting: all caught up."
    order = 115

    def items(self) -> list[PanelItem]:
        if not self.request.user.has_perm("blog.change_comment"):
            return []
        comments = (
            Comment.objects.filter(status=Comment.Status.PENDING)
            .select_related("post")
            .order_by("created_at")[: self.limit]
        )
        return [
            PanelItem(
                title=f"{comment.name} on “{comment.post.title}”",
                url=reverse("blog_comments:moderate", args=[quote(comment.pk)]),
                meta=comment.excerpt,
            )
            for comment in comments
        ]

    def more(self) -> tuple[str, str]:
        return (
            "All comments awaiting moderation",
            reverse("blog_comments:index") + "?status=pending",
        )


@hooks.register("construct_homepage_panels")
def add_pending_comments(request, panels):
    if request.user.has_perm("blog.change_comment"):
        panels.append(PendingCommentsPanel(request))
