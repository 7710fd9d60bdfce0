"""The one definition of what visitors may see."""

from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Substr
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.query import PageQuerySet


def public_pages(queryset: PageQuerySet) -> PageQuerySet:
    """Pages any visitor may see: live, not expired, without view restrictions on
    themselves or an ancestor (password, login or group), and without an unpublished
    ancestor (Wagtail does not serve a page below an unpublished section either).

    Both conditions are subqueries of the one query: Wagtail's own ``public()`` would
    first load every view restriction, a query each time a list is filtered."""
    unpublished_ancestor = Page.objects.filter(
        live=False,
        depth__gt=1,
        depth__lt=OuterRef("depth"),
        path=Substr(OuterRef("path"), 1, F("depth") * Page.steplen),
    )
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__depth__lte=OuterRef("depth"),
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen),
    )
    return (
        queryset.live()
        .filter(expired=False)
        .exclude(Exists(unpublished_ancestor))
        .exclude(Exists(restricted_ancestor))
    )


def public_media(queryset: QuerySet) -> QuerySet:
    """Images or documents any visitor may see: none in a collection with a view
    restriction on itself or a parent collection (Wagtail guards a private document's
    file, but a page linking to it would still give its address and name, and nothing
    guards an image's renditions). One subquery of the one query, as for pages."""
    restricted_collection = CollectionViewRestriction.objects.filter(
        collection__depth__lte=OuterRef("collection__depth"),
        collection__path=Substr(
            OuterRef("collection__path"), 1, F("collection__depth") * Collection.steplen
        ),
    )
    return queryset.exclude(Exists(restricted_collection))
