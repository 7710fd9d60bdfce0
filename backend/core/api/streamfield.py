"""Serialisation of StreamField values: each block as ``{"type", "id", "value"}``.

A stream is serialised by a :class:`StreamFieldSerializer` built from a mapping of
block name to a value serializer. The same mapping produces the OpenAPI schema (a
union discriminated by ``type``), so each block has one generated TypeScript type and
one renderer (``block-<name>.tsx``) in the SPA.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from core.api.fields import ChoiceLiteralField

_ITEM_SERIALIZERS: dict[tuple[str, type], type[serializers.Serializer]] = {}


def block_item_serializer(
    name: str, value_serializer: type[serializers.Serializer]
) -> type[serializers.Serializer]:
    """The ``{"type": name, "id", "value"}`` wrapper of one block (cached per name)."""
    key = (name, value_serializer)
    if key not in _ITEM_SERIALIZERS:
        component = value_serializer.__name__.removesuffix("Serializer").removesuffix("Value")
        _ITEM_SERIALIZERS[key] = type(
            f"{component}ItemSerializer",
            (serializers.Serializer,),
            {
                "type": ChoiceLiteralField(name),
                "id": serializers.CharField(),
                "value": value_serializer(),
                "__module__": value_serializer.__module__,
            },
        )
    return _ITEM_SERIALIZERS[key]


class StreamFieldSerializer(serializers.Field):
    """A StreamField as a list of typed blocks. Blocks without a serializer are skipped
    (a block added to a model before its serializer never breaks the API)."""

    def __init__(self, blocks: dict[str, type[serializers.Serializer]], component: str, **kwargs):
        self.blocks = blocks
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)
        self._spectacular_annotation = {
            "field": PolymorphicProxySerializer(
                component_name=component,
                serializers=[block_item_serializer(n, s) for n, s in blocks.items()],
                resource_type_field_name="type",
                many=True,
            )
        }

    def to_representation(self, stream: Any) -> list[dict[str, Any]]:
        items = []
        for child in stream:
            value_serializer = self.blocks.get(child.block_type)
            if value_serializer is None:
                continue
            items.append(
                {
                    "type": child.block_type,
                    "id": child.id,
                    "value": value_serializer(child.value, context=self.context).data,
                }
            )
        return items


__all__ = ["StreamFieldSerializer", "block_item_serializer", "extend_schema_field"]
