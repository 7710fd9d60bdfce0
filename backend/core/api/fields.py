"""DRF fields that serialise Wagtail values through the request's ReferenceResolver,
with OpenAPI schemas so the generated frontend types are exact."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


class ImageSerializer(serializers.Serializer):
    """Schema of an image as the API returns it."""

    src = serializers.CharField()
    srcset = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = serializers.CharField(allow_blank=True)


class ChoiceSerializer(serializers.Serializer):
    """An option of a list: the value sent back, and its label."""

    value = serializers.CharField()
    label = serializers.CharField()


class LinkSerializer(serializers.Serializer):
    """Schema of a resolved link: a site-relative ``path`` or an external ``url``."""

    label = serializers.CharField()
    href = serializers.CharField()
    external = serializers.BooleanField()


def refs(field: serializers.Field):
    return field.context["refs"]


@extend_schema_field(ImageSerializer(allow_null=True))
class ImageField(serializers.Field):
    """An image (model instance or an ``ImageBlock`` value) as ``{src, srcset, ...}``.

    ``rendition_set`` names a set in ``core.api.references.RENDITION_SETS``.
    """

    def __init__(self, rendition_set: str = "content", absolute: bool = False, **kwargs):
        self.rendition_set = rendition_set
        self.absolute = absolute
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def to_representation(self, value: Any):
        return refs(self).image(value, rendition_set=self.rendition_set, absolute=self.absolute)

    def get_attribute(self, instance):
        # Read the foreign key id rather than the related object: the resolver loads all
        # images of the page in one query.
        attname = f"{self.source}_id"
        if not isinstance(instance, dict) and hasattr(instance, attname):
            return getattr(instance, attname)
        return super().get_attribute(instance)

    def to_internal_value(self, data):  # pragma: no cover - read-only field
        raise NotImplementedError


@extend_schema_field({"type": "string", "description": "Sanitised display HTML."})
class RichTextField(serializers.Field):
    """Stored rich text as sanitised display HTML with site-relative internal links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value: Any):
        source = value.source if hasattr(value, "source") else str(value or "")
        return refs(self).rich_text(source)


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "description": "Site-relative path of a live, public page.",
    }
)
class PagePathField(serializers.Field):
    """A linked page as its site-relative path (``null`` when not live and public)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        attname = f"{self.source}_id"
        if not isinstance(instance, dict) and hasattr(instance, attname):
            return getattr(instance, attname)
        return super().get_attribute(instance)

    def to_representation(self, value: Any):
        return refs(self).page_path(value)


class ChoiceLiteralField(serializers.ChoiceField):
    """A constant string; the schema names it as a one-value enum so TypeScript can
    narrow a union on it (``type: "home.HomePage"``)."""

    def __init__(self, value: str, **kwargs):
        self.value = value
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(choices=[value], **kwargs)

    def to_representation(self, _instance):
        return self.value
