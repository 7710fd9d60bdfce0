"""Admin: event series (snippets) and registrations, listed per event, exported as CSV
and cancelled (which gives the seat to the waitlist)."""

from __future__ import annotations

from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import path, reverse
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
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.exports import FormulaSafeCsvMixin
from events.models import EventPage, EventSeries, Registration
from events.registration import cancel


class EventSeriesViewSet(SnippetViewSet):
    model = EventSeries
    icon = "date"
    menu_label = "Event series"
    list_display = ["name", "slug"]


register_snippet(EventSeriesViewSet)


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the site and are cancelled, never added or deleted here,
    so that seats stay counted."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(
    Registration, RegistrationPermissionPolicy(Registration), exact_class=True
)


class CancelView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    model = Registration
    permission_required = "change"
    template_name = "events/admin/cancel.html"
    page_title = "Cancel registration"
    index_url_name: str = ""
    cancel_url_name: str = ""

    def get_base_object_queryset(self):
        return Registration.objects.select_related("event")

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration"] = self.object
        context["action_url"] = reverse(self.cancel_url_name, args=[quote(self.object.pk)])
        context["next_url"] = get_valid_next_url_from_request(self.request) or reverse(
            self.index_url_name
        )
        return context

    def post(self, request, *args, **kwargs):
        promoted = cancel(self.object)
        text = f"Registration of {self.object.name} cancelled."
        if promoted is not None:
            text += f" The seat went to {promoted.name}, first on the waitlist."
        messages.success(request, text)
        return redirect(get_valid_next_url_from_request(request) or reverse(self.index_url_name))


class RegistrationIndexView(FormulaSafeCsvMixin, IndexView):
    cancel_url_name = ""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "license_type", "state")

    def get_list_buttons(self, instance):
        buttons = list(super().get_list_buttons(instance))
        if instance.status != Registration.Status.CANCELLED:
            buttons.insert(
                0,
                Button(
                    "Cancel",
                    url=reverse(self.cancel_url_name, args=[quote(instance.pk)]),
                    icon_name="cross",
                    attrs={"aria-label": f"Cancel the registration of {instance.name}"},
                    priority=5,
                ),
            )
        return buttons


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = "Registrations"
    menu_order = 296
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    list_display = [
        "name",
        "email",
        "event",
        "status",
        "license_type",
        "state",
        "price_label",
        DateColumn("created_at", label="Registered"),
    ]
    list_filter = ["event", "status"]
    search_fields = ["name", "email"]
    list_export = [
        "created_at",
        "event",
        "name",
        "email",
        "status",
        "license_type",
        "state",
        "price_label",
        "price",
        "consented_at",
        "cancelled_at",
        "confirmation",
    ]
    export_filename = "registrations"
    ordering = ["event", "created_at"]
    form_fields = ["name"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(cancel_url_name=self.get_url_name("cancel"), **kwargs)

    @property
    def cancel_view(self):
        return self.construct_view(CancelView, index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("cancel/<str:pk>/", self.cancel_view, name="cancel"),
        ]


registrations = RegistrationViewSet("event_registrations")


@hooks.register("register_admin_viewset")
def register_registrations():
    return registrations


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name, next_url=None):
    """An event's page header links to its registrations."""
    if page.specific_class is EventPage and registrations.permission_policy.user_has_permission(
        user, "view"
    ):
        yield Button(
            "Registrations",
            url=reverse(registrations.get_url_name("index")) + f"?event={page.pk}",
            icon_name="group",
            priority=40,
        )
