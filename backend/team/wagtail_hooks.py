"""Admin: the anonymous match requests, read-only, so the practice can see demand."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from team.models import MatchRequest


class MatchRequestViewSet(ModelViewSet):
    model = MatchRequest
    icon = "search"
    menu_label = "Match requests"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["created_at", "target_license", "states", "format", "result_count"]
    list_filter = ["target_license", "format", "stage"]
    list_export = [
        "created_at",
        "states",
        "current_license",
        "target_license",
        "stage",
        "format",
        "mode",
        "time_zone",
        "specialties",
        "setting",
        "result_count",
        "top_results",
    ]
    inspect_view_enabled = True
    form_fields = ["result_count"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**kwargs)


@hooks.register("register_admin_viewset")
def register_match_requests():
    return MatchRequestViewSet("match_requests")
