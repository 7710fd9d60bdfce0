"""Admin for the shared taxonomies: one "Taxonomies" menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import FAQ, FAQCategory, LicenseType, Specialty, State


class StateViewSet(SnippetViewSet):
    model = State
    icon = "site"
    list_display = ["name", "code", "online_supervision_across_state_lines"]


class LicenseTypeViewSet(SnippetViewSet):
    model = LicenseType
    icon = "doc-full"
    list_display = ["code", "name", "state", "level"]
    list_filter = ["state", "profession", "level"]


class SpecialtyViewSet(SnippetViewSet):
    model = Specialty
    icon = "tag"
    list_display = ["name", "kind"]
    list_filter = ["kind"]


class FAQCategoryViewSet(SnippetViewSet):
    model = FAQCategory
    icon = "folder-open-inverse"
    list_display = ["name", "sort_order"]


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    list_display = ["question", "category", "sort_order"]
    list_filter = ["category"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomies"
    menu_icon = "list-ul"
    menu_order = 300
    items = [StateViewSet, LicenseTypeViewSet, SpecialtyViewSet, FAQCategoryViewSet, FAQViewSet]


register_snippet(TaxonomyGroup)
