"""The one definition of what visitors may see."""

from wagtail.query import PageQuerySet


def public_pages(queryset: PageQuerySet) -> PageQuerySet:
    """Pages any visitor may see: live, not expired, and without view restrictions on
    themselves or an ancestor (password, login or group)."""
    return queryset.live().public().filter(expired=False)
