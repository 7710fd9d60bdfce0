"""The one definition of what visitors may see."""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page
from wagtail.query import PageQuerySet


def public_pages(queryset: PageQuerySet) -> PageQuerySet:
    """Pages any visitor may see: live, not expired, without view restrictions on
    themselves or an ancestor (password, login or group), and without an unpublished
    ancestor (Wagtail does not serve a page below an unpublished section either)."""
    unpublished_ancestor = Page.objects.filter(
        live=False,
        depth__gt=1,
        depth__lt=OuterRef("depth"),
        path=Substr(OuterRef("path"), 1, F("depth") * Page.steplen),
    )
    return queryset.live().public().filter(expired=False).exclude(Exists(unpublished_ancestor))
