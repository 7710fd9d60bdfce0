"""Serializer of the home page."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.models import BlogPage
from blog.serializers import PostSummarySerializer, posts_queryset
from core.api.fields import ImageField, PagePathField
from core.api.pages import BasePageSerializer, register_page_serializer
from core.querysets import public_pages
from core.serializers import body_field, faq_json_ld
from events.models import EventIndexPage, EventPage
from events.serializers import HOME_EVENTS, EventSummarySerializer, upcoming_events
from home.models import HomePage


class HeroSerializer(serializers.Serializer):
    heading = serializers.CharField(source="hero_heading")
    text = serializers.CharField(source="hero_text", allow_blank=True)
    image = ImageField(source="hero_image", rendition_set="hero")
    primary_label = serializers.CharField(source="hero_primary_label", allow_blank=True)
    primary_path = PagePathField(source="hero_primary_page")
    secondary_label = serializers.CharField(source="hero_secondary_label", allow_blank=True)
    secondary_path = PagePathField(source="hero_secondary_page")


LATEST_POSTS = 3


@register_page_serializer(HomePage)
class HomePageSerializer(BasePageSerializer):
    hero = HeroSerializer(source="*")
    body = body_field()
    latest_posts = serializers.SerializerMethodField()
    upcoming_events = serializers.SerializerMethodField()
    events_path = serializers.SerializerMethodField(help_text="The events listing, if any.")

    @extend_schema_field(PostSummarySerializer(many=True))
    def get_latest_posts(self, page: HomePage):
        posts = posts_queryset(BlogPage.objects.descendant_of(page))[:LATEST_POSTS]
        return PostSummarySerializer(posts, many=True, context=self.nested_context).data

    @extend_schema_field(EventSummarySerializer(many=True))
    def get_upcoming_events(self, page: HomePage):
        return upcoming_events(self, EventPage.objects.descendant_of(page), HOME_EVENTS)

    def get_events_path(self, page: HomePage) -> str | None:
        listing = (
            public_pages(EventIndexPage.objects.child_of(page))
            .only("id", "url_path")
            .order_by("path")
            .first()
        )
        return self.page_path(listing) if listing else None

    def get_default_description(self, page: HomePage) -> str:
        return page.hero_text

    def get_json_ld(self, page: HomePage) -> list[dict[str, Any]]:
        settings = self.context["site_settings"]
        base_url = self.context["base_url"]
        organisation: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ProfessionalService",
            "name": settings.organisation_name,
            "url": base_url + "/",
            "description": page.search_description or page.hero_text,
        }
        if settings.phone:
            organisation["telephone"] = settings.phone
        if settings.email:
            organisation["email"] = settings.email
        same_as = [link.url for link in settings.social_links.all()]
        if same_as:
            organisation["sameAs"] = same_as
        website = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": settings.organisation_name,
            "url": base_url + "/",
        }
        return [organisation, website, *faq_json_ld(page.body)]
