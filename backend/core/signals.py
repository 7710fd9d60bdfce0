"""Cache invalidation: any change that could alter a delivered page bumps the content
version (see ``core.cache``). Publishing also warms the new version of the page, so its
image renditions are generated at publish time rather than on a visitor's request."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version
from core.models import SiteSettings, SocialLink

logger = logging.getLogger(__name__)

# Models whose saves and deletions can change what visitors see. Content areas add
# their snippets with ``invalidate_on_change``.
WATCHED_MODELS = [
    SiteSettings,
    SocialLink,
    Site,
    Redirect,
    PageViewRestriction,
    CollectionViewRestriction,  # hides the collection's images and documents
    Collection,  # moved under (or out of) a restricted collection
    get_image_model(),
    get_document_model(),
]


def invalidate(**_kwargs) -> None:
    transaction.on_commit(bump_content_version)


def invalidate_on_change(model) -> None:
    """Invalidate the delivery cache whenever ``model`` is saved or deleted."""
    post_save.connect(invalidate, sender=model, dispatch_uid=f"firelight-save-{model._meta.label}")
    post_delete.connect(
        invalidate, sender=model, dispatch_uid=f"firelight-delete-{model._meta.label}"
    )


for watched in WATCHED_MODELS:
    invalidate_on_change(watched)


@receiver(post_save, sender=get_image_model(), dispatch_uid="firelight-image-renditions")
def on_image_saved(sender, instance, **kwargs):
    """Generate every rendition the API uses when an image is uploaded or changed (new
    file, focal point), rather than in a visitor's request."""
    transaction.on_commit(lambda: warm_image(instance))


def warm_image(image) -> None:
    from core.api.references import RENDITION_SETS

    try:
        image.get_renditions(*(spec for s in RENDITION_SETS.values() for spec in s["specs"]))
    except Exception:
        logger.exception("Could not generate the renditions of image %s", image.pk)


@receiver(page_published, dispatch_uid="firelight-page-published")
def on_page_published(sender, instance, **kwargs):
    def bump_and_warm():
        bump_content_version()
        warm_page(instance)

    transaction.on_commit(bump_and_warm)


@receiver(page_unpublished, dispatch_uid="firelight-page-unpublished")
@receiver(post_page_move, dispatch_uid="firelight-page-moved")
def on_page_changed(sender, **kwargs):
    invalidate()


@receiver(post_delete, dispatch_uid="firelight-page-deleted")
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def warm_page(page: Page) -> None:
    """Serialise a just-published page once so its renditions exist before visitors
    ask. A failure here must never fail the publish: it is logged and the page is
    simply serialised on its first request instead."""
    from core.api.pages import serializer_for
    from core.api.resolve import serialize_page

    try:
        page = page.specific
        if serializer_for(type(page)) is None:
            return
        for site in Site.objects.select_related("root_page"):
            if page.url_path.startswith(site.root_page.url_path):
                serialize_page(page, site, site.root_page, base_url="")
    except Exception:
        logger.exception("Could not warm page %s after publishing", page.pk)
