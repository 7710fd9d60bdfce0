"""Serializers of the shared StreamField blocks and of ``StandardPage``."""

from __future__ import annotations

from typing import Any

from django.utils.html import strip_tags
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.fields import ImageField, RichTextField
from core.api.pages import (
    BasePageSerializer,
    PageQuerySerializer,
    PaginationSerializer,
    QueryNotFound,
    register_page_serializer,
)
from core.api.streamfield import StreamFieldSerializer
from core.models import SearchPage, StandardPage
from core.search import pagination, result_items, search
from core.urls import safe_url


class HeadingValueSerializer(serializers.Serializer):
    text = serializers.CharField()
    level = serializers.ChoiceField(choices=["h2", "h3"])


class RichTextValueSerializer(serializers.Serializer):
    """A rich text block. Its value is wrapped as ``{"html": ...}`` so that every block
    value is an object."""

    html = RichTextField(source="*")


class ImageValueSerializer(serializers.Serializer):
    image = ImageField()
    caption = serializers.CharField(allow_blank=True)


class QuoteValueSerializer(serializers.Serializer):
    text = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)
    role = serializers.CharField(allow_blank=True)


class LinkTargetSerializer(serializers.Serializer):
    """``href`` is a site-relative path for a page (null when it is not public) or the
    external URL."""

    href = serializers.SerializerMethodField()
    external = serializers.SerializerMethodField()

    def get_href(self, value) -> str | None:
        if value.get("page"):
            return self.context["refs"].page_path(value["page"])
        return safe_url(value.get("url"))

    def get_external(self, value) -> bool:
        return not value.get("page") and bool(value.get("url"))


class CallToActionValueSerializer(LinkTargetSerializer):
    heading = serializers.CharField()
    text = serializers.CharField(allow_blank=True)
    button_label = serializers.CharField()


class FAQItemValueSerializer(serializers.Serializer):
    question = serializers.CharField()
    answer = RichTextField()


class FAQListValueSerializer(serializers.Serializer):
    heading = serializers.CharField(allow_blank=True)
    items = FAQItemValueSerializer(many=True)


class EmbedValueSerializer(serializers.Serializer):
    """An embed. ``html`` is the provider's player when the embed has been fetched into
    Wagtail's embed cache; the SPA otherwise shows a link to ``url``."""

    url = serializers.SerializerMethodField()
    html = serializers.SerializerMethodField()
    title = serializers.CharField()
    caption = serializers.CharField(allow_blank=True)

    def get_url(self, value) -> str:
        return value["embed"].url if value.get("embed") else ""

    @extend_schema_field({"type": "string", "nullable": True})
    def get_html(self, value):
        embed = value.get("embed")
        return self.context["refs"].embed_html(embed.url) if embed else None


class CardValueSerializer(LinkTargetSerializer):
    title = serializers.CharField()
    text = serializers.CharField(allow_blank=True)
    image = ImageField(rendition_set="card")


class CardsValueSerializer(serializers.Serializer):
    heading = serializers.CharField(allow_blank=True)
    cards = CardValueSerializer(many=True)


BODY_BLOCKS: dict[str, type[serializers.Serializer]] = {
    "heading": HeadingValueSerializer,
    "rich_text": RichTextValueSerializer,
    "image": ImageValueSerializer,
    "quote": QuoteValueSerializer,
    "call_to_action": CallToActionValueSerializer,
    "faq_list": FAQListValueSerializer,
    "embed": EmbedValueSerializer,
    "cards": CardsValueSerializer,
}


def body_field(**kwargs: Any) -> StreamFieldSerializer:
    """The serializer field of a ``BodyBlock`` StreamField."""
    return StreamFieldSerializer(BODY_BLOCKS, component="BodyBlock", **kwargs)


def faq_json_ld(stream) -> list[dict[str, Any]]:
    """A FAQPage object for the FAQ list blocks of a stream, if it has any."""
    questions = [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {"@type": "Answer", "text": strip_tags(item["answer"].source)},
        }
        for child in stream
        if child.block_type == "faq_list"
        for item in child.value["items"]
    ]
    if not questions:
        return []
    return [{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}]


@register_page_serializer(StandardPage)
class StandardPageSerializer(BasePageSerializer):
    intro = serializers.CharField()
    body = body_field()

    def get_json_ld(self, page: StandardPage) -> list[dict[str, Any]]:
        return [*super().get_json_ld(page), *faq_json_ld(page.body)]


class SearchQuery(PageQuerySerializer):
    q = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default="", help_text="search words"
    )
    page = serializers.IntegerField(
        min_value=1, max_value=100_000, required=False, default=1, help_text="page number"
    )


class SnippetPartSerializer(serializers.Serializer):
    text = serializers.CharField()
    highlight = serializers.BooleanField()


class SearchResultSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.CharField(help_text="The page type, e.g. blog.BlogPage")
    type_label = serializers.CharField(help_text="e.g. “Blog post”")
    title = serializers.CharField()
    path = serializers.CharField()
    snippet = SnippetPartSerializer(many=True)


@register_page_serializer(SearchPage)
class SearchPageSerializer(BasePageSerializer):
    """Search results: never cached (they depend on the visitor's words), never
    indexed."""

    query_serializer = SearchQuery
    noindex = True

    intro = serializers.CharField(allow_blank=True)
    no_results_text = serializers.CharField()
    query = serializers.SerializerMethodField()
    corrected_query = serializers.SerializerMethodField(
        help_text="The words searched instead, when the query found nothing."
    )
    results = serializers.SerializerMethodField()
    pagination = serializers.SerializerMethodField()

    def to_representation(self, page: SearchPage):
        self.context["freshness"].never_cache()
        query = self.context["query"]
        try:
            self.outcome = search(self.context["root"], query["q"], query["page"])
        except ValueError as error:
            raise QueryNotFound("There is no such page of results.") from error
        return super().to_representation(page)

    def get_query(self, page: SearchPage) -> str:
        return self.outcome.query

    def get_corrected_query(self, page: SearchPage) -> str | None:
        return self.outcome.corrected_query

    @extend_schema_field(SearchResultSerializer(many=True))
    def get_results(self, page: SearchPage):
        return result_items(self.outcome, self.context["root"])

    @extend_schema_field(PaginationSerializer)
    def get_pagination(self, page: SearchPage):
        return pagination(self.outcome, self.get_path(page))

    def get_json_ld(self, page: SearchPage) -> list[dict[str, Any]]:
        return [
            {
                "@context": "https://schema.org",
                "@type": "SearchResultsPage",
                "name": page.title,
                "url": self.canonical_url(page),
            }
        ]
