"""Model fields shared by content areas."""

from django import forms
from django.db import models


class MultipleChoiceField(models.JSONField):
    """A list of values from fixed ``choices``, stored as JSON (works on SQLite and
    PostgreSQL) and edited as checkboxes."""

    def __init__(self, *args, choices=(), **kwargs):
        self.multiple_choices = list(choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.multiple_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.multiple_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {choice for choice, _label in self.multiple_choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            from django.core.exceptions import ValidationError

            raise ValidationError(f"Unknown choices: {', '.join(map(str, unknown))}")

    def labels(self, values) -> list[dict[str, str]]:
        """``[{"value", "label"}]`` in the order of ``choices``."""
        chosen = set(values or [])
        return [
            {"value": v, "label": str(label)} for v, label in self.multiple_choices if v in chosen
        ]
