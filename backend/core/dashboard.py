"""Admin dashboard panels: a short list of what needs an editor's attention, with a
link to all of it. Each content area adds its own (see its ``wagtail_hooks``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from wagtail.admin.ui.components import Component


@dataclass(frozen=True)
class PanelItem:
    title: str
    url: str
    meta: str


class ListPanel(Component):
    """A dashboard panel listing up to ``limit`` items. Subclasses set ``name``,
    ``heading``, ``empty`` and ``order`` and implement ``items`` (and ``more``)."""

    template_name = "core/admin/dashboard_panel.html"
    heading = ""
    empty = ""
    limit = 5

    def __init__(self, request: HttpRequest):
        self.request = request

    def items(self) -> list[PanelItem]:
        raise NotImplementedError

    def more(self) -> tuple[str, str] | None:
        """The label and URL of the full list, if any."""
        return None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            panel_id=self.name.replace("_", "-"),
            heading=self.heading,
            empty=self.empty,
            items=self.items(),
            more=self.more(),
        )
        return context
