"""OpenAPI schema hooks and extensions (this module is imported whenever the schema is
generated: the settings name its preprocessing hook)."""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension

# Text never contains NUL characters: DRF refuses them (PostgreSQL cannot store them).
# One or more characters: for a field that may be blank, drf-spectacular offers the
# empty string as a ``oneOf`` of its own, which an empty match here would make ambiguous.
WITHOUT_NUL = r"^[^\x00]+$"


def public_api_only(endpoints):
    """Document only the delivery API, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]


class InputTextExtension(OpenApiSerializerFieldExtension):
    """Text a client sends (a body or query field) is described with the one rule DRF
    adds to every text field, so that clients and the API fuzzing (``core/tests/
    test_api_fuzz.py``) know that a NUL character is refused."""

    target_class = "rest_framework.fields.CharField"
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        schema = auto_schema._map_serializer_field(self.target, direction, bypass_extensions=True)
        if direction == "request" and schema.get("type") == "string" and "pattern" not in schema:
            schema["pattern"] = WITHOUT_NUL
        return schema


class InputSlugExtension(InputTextExtension):
    """A related object named by text (a state's code) refuses NUL characters too."""

    target_class = "rest_framework.relations.SlugRelatedField"
