"""Helpers the demo builders of every content area share."""

from __future__ import annotations

from wagtail.models import Page


def ensure_child(parent: Page, page: Page) -> Page:
    """Add and publish ``page`` under ``parent`` unless a child with its slug exists
    (then return that one): what makes ``seed_demo`` idempotent."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
