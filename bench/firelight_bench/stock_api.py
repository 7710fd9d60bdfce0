"""Wagtail's API v2, configured the way a stock headless project would be: each page
type exposes its own fields (those its model adds to ``Page``), its child relations and
many-to-many fields, and a rendition of each image it points at, so that the detail
request returns what the SPA needs to render the page."""

from __future__ import annotations

from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

api_router = WagtailAPIRouter("stock_api")
api_router.register_endpoint("pages", PagesAPIViewSet)

SKIPPED = {"page_ptr", "content_type", "live_revision", "latest_revision", "locked_by"}


def own_fields(model: type[Page]) -> list[APIField]:
    fields: list[APIField] = []
    for field in model._meta.get_fields():
        if field.name in SKIPPED or getattr(field, "model", None) is Page:
            continue
        if isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey):
            fields.append(APIField(field.get_accessor_name()))
        elif isinstance(field, ParentalManyToManyField):
            fields.append(APIField(field.name))
        elif field.concrete and not field.auto_created:
            fields.append(APIField(field.name))
            related = getattr(field, "related_model", None)
            if related is not None and issubclass(related, AbstractImage):
                rendition = ImageRenditionField("width-800", source=field.name)
                fields.append(APIField(f"{field.name}_rendition", serializer=rendition))
    return fields


for page_model in apps.get_models():
    if issubclass(page_model, Page) and page_model is not Page:
        page_model.api_fields = own_fields(page_model)
