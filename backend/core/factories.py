"""Factories for core content. Tests build their data with these, never with the demo
site."""

from __future__ import annotations

import io
import uuid
from typing import Any

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from core.models import SiteSettings, StandardPage


def stream_block(block_type: str, value: Any) -> dict[str, Any]:
    """One StreamField block in its stored (raw) form."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def rich_text_block(html: str) -> dict[str, Any]:
    return stream_block("rich_text", html)


def image_block(image, caption: str = "", alt_text: str = "") -> dict[str, Any]:
    return stream_block(
        "image",
        {
            "image": {"image": image.pk, "decorative": False, "alt_text": alt_text},
            "caption": caption,
        },
    )


def page_link(page, text: str) -> str:
    """An internal link as Wagtail stores it in rich text."""
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def _png_bytes(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 120, 60)).save(buffer, format="PNG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    """A real (small) image file, so renditions can be generated."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    description = factory.Sequence(lambda n: f"Description of image {n}")
    collection = factory.LazyFunction(
        lambda: wagtail_factories.CollectionFactory._meta.model.get_first_root_node()
    )
    file = factory.LazyAttribute(
        lambda o: ImageFile(io.BytesIO(_png_bytes(o.width, o.height)), name="test.png")
    )

    class Params:
        width = 1800
        height = 1200


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    intro = "An introduction to this page."
    show_in_menus = True


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)

    organisation_name = "Firelight Test Practice"
    phone = "(720) 555-0100"
    phone_extension = "3"
    fax = "(720) 555-0101"
    email = "office@example.com"
    footer_text = "<p>All are welcome.</p>"
