"""Serializers of the form page (its fields described for the SPA to render) and of the
newsletter page."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.fields import ChoiceSerializer, RichTextField
from core.api.pages import BasePageSerializer, register_page_serializer
from core.serializers import body_field
from forms.builder import (
    MAX_UPLOAD_BYTES,
    UPLOAD_TYPES,
    license_choices,
    state_choices,
    supervisor_choices,
)
from forms.models import FormField, FormPage, NewsletterPage

# Wagtail's field type → how the SPA renders it.
INPUT_TYPES = {
    "singleline": "text",
    "multiline": "textarea",
    "email": "email",
    "number": "number",
    "url": "url",
    "checkbox": "checkbox",
    "checkboxes": "checkboxes",
    "dropdown": "select",
    "multiselect": "multiselect",
    "radio": "radio",
    "date": "date",
    "datetime": "datetime",
    "phone": "tel",
    "state": "select",
    "license_type": "select",
    "supervisor": "select",
    "file": "file",
}
MAX_LENGTHS = {"singleline": 255, "multiline": 5000, "email": 254, "url": 500, "phone": 30}
AUTOCOMPLETE = {"email": "email", "phone": "tel", "url": "url"}
NAME_FIELDS = {"name", "full_name", "your_name"}


class FormFieldSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The key of this answer in a submission.")
    label = serializers.CharField()
    type = serializers.ChoiceField(choices=sorted(set(INPUT_TYPES.values())))
    help_text = serializers.CharField(allow_blank=True)
    required = serializers.BooleanField()
    choices = ChoiceSerializer(many=True)
    default = serializers.CharField(allow_blank=True)
    max_length = serializers.IntegerField(allow_null=True)
    autocomplete = serializers.CharField(allow_blank=True)
    accept = serializers.CharField(allow_blank=True, help_text="File types, for uploads.")
    max_size = serializers.IntegerField(allow_null=True, help_text="Bytes, for uploads.")
    prefill_param = serializers.CharField(
        allow_blank=True,
        help_text="A query parameter that may pre-select this field (e.g. ?supervisor=slug).",
    )


def describe(field: FormField, dynamic: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    kind = field.field_type
    if kind in dynamic:
        pairs = dynamic[kind]
    elif kind in ("dropdown", "multiselect", "radio", "checkboxes"):
        pairs = [(choice, choice) for choice in _split(field.choices)]
    else:
        pairs = []
    autocomplete = AUTOCOMPLETE.get(kind, "")
    if kind == "singleline" and field.clean_name in NAME_FIELDS:
        autocomplete = "name"
    return {
        "name": field.clean_name,
        "label": field.label,
        "type": INPUT_TYPES[kind],
        "help_text": field.help_text,
        "required": field.required,
        "choices": [{"value": value, "label": label} for value, label in pairs],
        "default": field.default_value or "",
        "max_length": MAX_LENGTHS.get(kind),
        "autocomplete": autocomplete,
        "accept": ",".join(UPLOAD_TYPES) if kind == "file" else "",
        "max_size": MAX_UPLOAD_BYTES if kind == "file" else None,
        "prefill_param": "supervisor" if kind == "supervisor" else "",
    }


def _split(choices: str) -> list[str]:
    separator = "\n" if "\n" in choices else ","
    return [choice.strip() for choice in choices.split(separator) if choice.strip()]


@register_page_serializer(FormPage)
class FormPageSerializer(BasePageSerializer):
    intro = serializers.CharField(allow_blank=True)
    body = body_field()
    # (Not ``get_fields``: that name is the serializer's own.)
    fields = serializers.SerializerMethodField(method_name="describe_fields")
    submit_label = serializers.CharField()
    privacy_note = serializers.CharField(allow_blank=True)
    thank_you_title = serializers.CharField()
    thank_you_text = RichTextField()
    submit_path = serializers.SerializerMethodField()

    @extend_schema_field(FormFieldSerializer(many=True))
    def describe_fields(self, page: FormPage):
        form_fields = list(page.form_fields.all())
        kinds = {field.field_type for field in form_fields}
        sources = {
            "state": state_choices,
            "license_type": license_choices,
            "supervisor": supervisor_choices,
        }
        dynamic = {kind: source() for kind, source in sources.items() if kind in kinds}
        return [describe(field, dynamic) for field in form_fields]

    def get_submit_path(self, page: FormPage) -> str:
        return f"/api/forms/{page.pk}/submissions/"


@register_page_serializer(NewsletterPage)
class NewsletterPageSerializer(BasePageSerializer):
    intro = serializers.CharField(allow_blank=True)
    confirm_text = serializers.CharField()
    confirmed_text = serializers.CharField()
    unsubscribe_text = serializers.CharField()
    unsubscribed_text = serializers.CharField()

    def get_json_ld(self, page: NewsletterPage) -> list[dict[str, Any]]:
        return []
