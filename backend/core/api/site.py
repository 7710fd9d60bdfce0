"""The ``/api/site/`` payload: site settings and navigation menus."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.models import Site

from core import cache
from core.api.fields import PagePathField, RichTextField
from core.api.references import ReferenceResolver
from core.api.resolve import public_base_url
from core.models import SiteSettings
from core.navigation import main_menu
from core.urls import safe_url


class MenuChildSerializer(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.CharField()


class MenuItemSerializer(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.CharField()
    children = MenuChildSerializer(many=True)


class MenusSerializer(serializers.Serializer):
    main = MenuItemSerializer(many=True)


class SocialLinkSerializer(serializers.Serializer):
    network = serializers.CharField()
    label = serializers.CharField(source="get_network_display")
    url = serializers.SerializerMethodField()

    def get_url(self, link) -> str:
        return safe_url(link.url) or ""


class ConsultationCtaSerializer(serializers.Serializer):
    label = serializers.CharField(source="consultation_cta_label")
    text = serializers.CharField(source="consultation_cta_text", allow_blank=True)
    path = PagePathField(source="consultation_cta_page")


class NewsletterSignupSerializer(serializers.Serializer):
    heading = serializers.CharField(source="newsletter_heading")
    text = serializers.CharField(source="newsletter_text", allow_blank=True)


class SiteSerializer(serializers.Serializer):
    """Site settings and menus, as the SPA's header and footer need them."""

    name = serializers.CharField(source="organisation_name")
    tagline = serializers.CharField(allow_blank=True)
    base_url = serializers.SerializerMethodField()
    phone = serializers.CharField(allow_blank=True)
    phone_extension = serializers.CharField(allow_blank=True)
    fax = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)
    consultation_cta = ConsultationCtaSerializer(source="*")
    social_links = SocialLinkSerializer(many=True)
    footer_text = RichTextField()
    newsletter = NewsletterSignupSerializer(source="*")
    menus = serializers.SerializerMethodField()

    def get_base_url(self, _settings) -> str:
        return self.context["base_url"]

    @extend_schema_field(MenusSerializer)
    def get_menus(self, _settings):
        return MenusSerializer({"main": self.context["main_menu"]}).data


def build_site_payload(request: HttpRequest) -> dict[str, Any] | None:
    """The site payload, or ``None`` when no site serves this host."""
    base_url = public_base_url(request)
    key = cache.key("site", base_url, request.get_host())
    cached = cache.get(key)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    settings = SiteSettings.for_site(site)
    refs = ReferenceResolver(root_url_path=root.url_path, base_url=base_url)
    payload = refs.finish(
        dict(
            SiteSerializer(
                settings,
                context={"refs": refs, "base_url": base_url, "main_menu": main_menu(root)},
            ).data
        )
    )
    cache.set(key, payload)
    return payload
