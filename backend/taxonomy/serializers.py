"""Serializers of the shared taxonomies, nested in page responses."""

from rest_framework import serializers

from core.api.fields import RichTextField
from taxonomy.models import LicenseType, Specialty


class StateSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    board_name = serializers.CharField(allow_blank=True)
    board_url = serializers.CharField(allow_blank=True)
    online_supervision_across_state_lines = serializers.BooleanField()


class LicenseTypeSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    profession = serializers.CharField()
    profession_label = serializers.CharField(source="get_profession_display")
    level = serializers.ChoiceField(choices=LicenseType.Level.choices)
    state = serializers.CharField(source="state.code")


class SpecialtySerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Specialty.Kind.choices)


class FAQSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    question = serializers.CharField()
    answer = RichTextField()
