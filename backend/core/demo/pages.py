"""Helpers the demo builders of every content area share."""

from __future__ import annotations

import re

from wagtail.models import Page

LINK = re.compile(r"\[\[(/[^|\]]*)\|([^\]]+)\]\]")


def ensure_child(parent: Page, page: Page) -> Page:
    """Add and publish ``page`` under ``parent`` unless a child with its slug exists
    (then return that one): what makes ``seed_demo`` idempotent."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def page_at(home: Page, path: str) -> Page:
    """The page at the site path ``path`` under ``home``."""
    return Page.objects.get(url_path=home.url_path + path.lstrip("/"))


def linkify(home: Page, html: str) -> str:
    """Rich text with ``[[/path/|label]]`` turned into internal page links."""

    def replace(match: re.Match) -> str:
        page = page_at(home, match.group(1))
        return f'<a linktype="page" id="{page.pk}">{match.group(2)}</a>'

    return LINK.sub(replace, html)
