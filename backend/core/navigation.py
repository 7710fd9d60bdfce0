"""Navigation menus built from the page tree (pages with "show in menus" ticked)."""

from __future__ import annotations

from typing import Any

from wagtail.models import Page

from core.api.references import site_relative_path
from core.querysets import public_pages

MENU_DEPTH = 2


def main_menu(root: Page) -> list[dict[str, Any]]:
    """The live, public menu pages below ``root``, two levels deep, in tree order,
    as ``[{"title", "path", "children": [...]}]``. One query whatever the tree's size."""
    pages = (
        public_pages(Page.objects.descendant_of(root))
        .filter(show_in_menus=True, depth__lte=root.depth + MENU_DEPTH)
        .order_by("path")
        .values_list("title", "url_path", "depth", "path")
    )
    items: list[dict[str, Any]] = []
    by_tree_path: dict[str, dict[str, Any]] = {}
    for title, url_path, depth, tree_path in pages:
        item = {"title": title, "path": site_relative_path(url_path, root.url_path), "children": []}
        if depth == root.depth + 1:
            items.append(item)
            by_tree_path[tree_path] = item
        else:
            parent = by_tree_path.get(tree_path[: -Page.steplen])
            # A child whose parent is hidden from menus is left out with it.
            if parent is not None:
                parent["children"].append(item)
    return items
