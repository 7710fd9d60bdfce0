"""Serializers of the services pages, one per page type. Related lists come in the same
response, each with one query, so the query count is constant per page type."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django.db.models import Count, Q
from django.utils.html import strip_tags
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.fields import RichTextField
from core.api.pages import BasePageSerializer, PageLinkSerializer, register_page_serializer
from core.querysets import public_pages
from core.serializers import body_field
from services.models import (
    FORMATS,
    FeesPage,
    LicensurePathPage,
    LocationIndexPage,
    LocationPage,
    PriceItem,
    ServiceIndexPage,
    ServiceKind,
    ServicePage,
)
from taxonomy.models import FAQ
from taxonomy.serializers import (
    FAQSerializer,
    LicenseTypeSerializer,
    SpecialtySerializer,
    StateSerializer,
)
from team.models import TeamMemberPage
from team.serializers import TeamMemberSummarySerializer, members_queryset

KIND_CHOICES = ServiceKind.choices
SUPERVISORS_SHOWN = 3


class ChoiceLabelSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()


class GroupSizeSerializer(serializers.Serializer):
    min = serializers.IntegerField(allow_null=True)
    max = serializers.IntegerField(allow_null=True)


class PriceItemSerializer(serializers.Serializer):
    label = serializers.CharField()
    format = serializers.ChoiceField(choices=FORMATS)
    format_label = serializers.CharField(source="get_format_display")
    unit = serializers.ChoiceField(choices=[value for value, _ in PriceItem.UNITS])
    unit_label = serializers.CharField(source="get_unit_display")
    minutes = serializers.IntegerField(allow_null=True)
    price = serializers.DecimalField(max_digits=8, decimal_places=2)
    group_size = serializers.CharField(allow_blank=True)
    sliding_scale_min = serializers.DecimalField(max_digits=8, decimal_places=2, allow_null=True)
    effective_date = serializers.DateField()


class FeeRowSerializer(PriceItemSerializer):
    """A price item in the fees table, with the service it belongs to."""

    service = serializers.SerializerMethodField()

    @extend_schema_field(PageLinkSerializer)
    def get_service(self, item: PriceItem) -> dict[str, str]:
        return {"title": item.page.title, "path": self.context["page_path"](item.page)}


class FAQGroupSerializer(serializers.Serializer):
    category = serializers.CharField()
    faqs = FAQSerializer(many=True)


class ServiceSummarySerializer(serializers.Serializer):
    """A service in a listing."""

    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    intro = serializers.CharField()
    kind = serializers.ChoiceField(choices=KIND_CHOICES)
    formats = serializers.SerializerMethodField()
    counts_toward_licensure = serializers.BooleanField()
    price_from = serializers.SerializerMethodField()

    def get_path(self, page: ServicePage) -> str:
        return self.context["page_path"](page)

    @extend_schema_field(ChoiceLabelSerializer(many=True))
    def get_formats(self, page: ServicePage):
        return ServicePage._meta.get_field("formats").labels(page.formats)

    @extend_schema_field(serializers.DecimalField(max_digits=8, decimal_places=2, allow_null=True))
    def get_price_from(self, page: ServicePage):
        prices = [item.price for item in page.price_items.all()]
        return f"{min(prices):.2f}" if prices else None


class CallToActionSerializer(serializers.Serializer):
    """A service's call to action; the button falls back to the site's consultation
    call-to-action when the editor chose no page."""

    heading = serializers.CharField(allow_blank=True)
    text = serializers.CharField(allow_blank=True)
    label = serializers.CharField()
    path = serializers.CharField(allow_null=True)


def faq_page_json_ld(faqs) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": faq.question,
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(faq.answer)},
            }
            for faq in faqs
        ],
    }


@register_page_serializer(ServiceIndexPage)
class ServiceIndexPageSerializer(BasePageSerializer):
    kind = serializers.ChoiceField(choices=KIND_CHOICES)
    intro = serializers.CharField()
    body = body_field()
    services = serializers.SerializerMethodField()

    @extend_schema_field(ServiceSummarySerializer(many=True))
    def get_services(self, page: ServiceIndexPage):
        children = public_pages(ServicePage.objects.child_of(page)).prefetch_related("price_items")
        return ServiceSummarySerializer(children, many=True, context=self.nested_context).data


@register_page_serializer(ServicePage)
class ServicePageSerializer(BasePageSerializer):
    kind = serializers.ChoiceField(choices=KIND_CHOICES)
    kind_label = serializers.CharField(source="get_kind_display")
    intro = serializers.CharField()
    audience = serializers.SerializerMethodField()
    formats = serializers.SerializerMethodField()
    group_size = serializers.SerializerMethodField()
    frequency = serializers.CharField(allow_blank=True)
    counts_toward_licensure = serializers.BooleanField()
    specialties = SpecialtySerializer(many=True, source="specialties.all")
    states = StateSerializer(many=True, source="states.all")
    license_types = serializers.SerializerMethodField()
    price_items = PriceItemSerializer(many=True, source="price_items.all")
    faqs = serializers.SerializerMethodField()
    body = body_field()
    cta = serializers.SerializerMethodField()
    supervisors = serializers.SerializerMethodField()

    @extend_schema_field(TeamMemberSummarySerializer(many=True))
    def get_supervisors(self, page: ServicePage):
        """The editor's choice, else those sharing specialties and licensed in a state of
        this service, most shared specialties first."""
        root = self.context["root"]
        # (by id: a draft's in-memory choice works the same)
        featured = list(page.featured_supervisors.values_list("id", flat=True))
        chosen = members_queryset(TeamMemberPage.objects.filter(pk__in=featured), root=root)
        if not chosen.exists():
            chosen = (
                members_queryset(root=root)
                .exclude(role=TeamMemberPage.Role.STAFF)
                .filter(
                    specialties__in=page.specialties.all(),
                    licenses__can_supervise=True,
                    licenses__license_type__state__in=page.states.all(),
                )
                .annotate(shared=Count("specialties", distinct=True))
                .order_by("-shared", "title")
            )
        return TeamMemberSummarySerializer(
            chosen.distinct()[:SUPERVISORS_SHOWN], many=True, context=self.nested_context
        ).data

    @extend_schema_field(ChoiceLabelSerializer(many=True))
    def get_audience(self, page: ServicePage):
        return ServicePage._meta.get_field("audience").labels(page.audience)

    @extend_schema_field(ChoiceLabelSerializer(many=True))
    def get_formats(self, page: ServicePage):
        return ServicePage._meta.get_field("formats").labels(page.formats)

    @extend_schema_field(GroupSizeSerializer(allow_null=True))
    def get_group_size(self, page: ServicePage):
        if page.group_size_min is None and page.group_size_max is None:
            return None
        return {"min": page.group_size_min, "max": page.group_size_max}

    @extend_schema_field(LicenseTypeSerializer(many=True))
    def get_license_types(self, page: ServicePage):
        return LicenseTypeSerializer(page.license_types.select_related("state"), many=True).data

    @extend_schema_field(CallToActionSerializer)
    def get_cta(self, page: ServicePage):
        settings = self.context["site_settings"]
        target = page.cta_page_id if page.cta_label else settings.consultation_cta_page_id
        return {
            "heading": page.cta_heading,
            "text": page.cta_text,
            "label": page.cta_label or settings.consultation_cta_label,
            "path": self.context["refs"].page_path(target),
        }

    @extend_schema_field(FAQSerializer(many=True))
    def get_faqs(self, page: ServicePage):
        return FAQSerializer(self._faqs(page), many=True, context=self.context).data

    def _faqs(self, page: ServicePage) -> list[FAQ]:
        if not hasattr(self, "_faq_cache"):
            self._faq_cache = list(page.faqs.all())
        return self._faq_cache

    def get_json_ld(self, page: ServicePage) -> list[dict[str, Any]]:
        service: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Service",
            "name": page.title,
            "description": page.intro,
            "serviceType": page.get_kind_display(),
            "url": self.canonical_url(page),
            "provider": self.organisation_json_ld(),
            "areaServed": [{"@type": "State", "name": state.name} for state in page.states.all()],
            "offers": [
                {
                    "@type": "Offer",
                    "name": item.label,
                    "price": f"{item.price:.2f}",
                    "priceCurrency": "USD",
                    "description": item.get_unit_display(),
                }
                for item in page.price_items.all()
            ],
        }
        faqs = self._faqs(page)
        return [service, *([faq_page_json_ld(faqs)] if faqs else [])]


class LocationSummarySerializer(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    intro = serializers.CharField()
    state = StateSerializer()

    def get_path(self, page: LocationPage) -> str:
        return self.context["page_path"](page)


@register_page_serializer(LocationIndexPage)
class LocationIndexPageSerializer(BasePageSerializer):
    intro = serializers.CharField()
    body = body_field()
    locations = serializers.SerializerMethodField()

    @extend_schema_field(LocationSummarySerializer(many=True))
    def get_locations(self, page: LocationIndexPage):
        children = public_pages(LocationPage.objects.child_of(page)).select_related("state")
        return LocationSummarySerializer(children, many=True, context=self.nested_context).data


class LicensurePathSummarySerializer(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    starting_credential = LicenseTypeSerializer()
    target_license = LicenseTypeSerializer()

    def get_path(self, page: LicensurePathPage) -> str:
        return self.context["page_path"](page)


class ServiceLinkSerializer(PageLinkSerializer):
    kind = serializers.ChoiceField(choices=KIND_CHOICES)


@register_page_serializer(LocationPage)
class LocationPageSerializer(BasePageSerializer):
    state = StateSerializer()
    intro = serializers.CharField()
    license_types = serializers.SerializerMethodField()
    online_supervision_notes = RichTextField()
    licensure_paths = serializers.SerializerMethodField()
    services = serializers.SerializerMethodField()
    supervisors = serializers.SerializerMethodField()
    body = body_field()

    @extend_schema_field(LicenseTypeSerializer(many=True))
    def get_license_types(self, page: LocationPage):
        return LicenseTypeSerializer(page.license_types.select_related("state"), many=True).data

    @extend_schema_field(LicensurePathSummarySerializer(many=True))
    def get_licensure_paths(self, page: LocationPage):
        paths = public_pages(
            LicensurePathPage.objects.descendant_of(self.context["root"]).filter(
                state=page.state_id
            )
        ).select_related("starting_credential__state", "target_license__state")
        return LicensurePathSummarySerializer(
            paths.order_by("path"), many=True, context=self.nested_context
        ).data

    @extend_schema_field(TeamMemberSummarySerializer(many=True))
    def get_supervisors(self, page: LocationPage):
        """Team members licensed in this state, supervisors of its tracks first."""
        members = (
            members_queryset(root=self.context["root"])
            .filter(licenses__license_type__state=page.state_id)
            .annotate(
                supervises=Count(
                    "licenses",
                    filter=Q(
                        licenses__can_supervise=True, licenses__license_type__state=page.state_id
                    ),
                )
            )
            .order_by("-supervises", "title")
            .distinct()
        )
        return TeamMemberSummarySerializer(members, many=True, context=self.nested_context).data

    @extend_schema_field(ServiceLinkSerializer(many=True))
    def get_services(self, page: LocationPage):
        services = public_pages(
            ServicePage.objects.descendant_of(self.context["root"]).filter(states=page.state_id)
        ).order_by("path")
        return [
            {"title": service.title, "path": self.page_path(service), "kind": service.kind}
            for service in services.only("title", "url_path", "kind")
        ]

    def get_json_ld(self, page: LocationPage) -> list[dict[str, Any]]:
        settings = self.context["site_settings"]
        local = {
            "@context": "https://schema.org",
            **self.organisation_json_ld(),
            "name": f"{settings.organisation_name} — {page.state.name}",
            "url": self.canonical_url(page),
            "description": page.intro,
            "areaServed": {"@type": "State", "name": page.state.name},
        }
        return [*super().get_json_ld(page), local]


@register_page_serializer(FeesPage)
class FeesPageSerializer(BasePageSerializer):
    intro = serializers.CharField()
    price_items = serializers.SerializerMethodField()
    faq_groups = serializers.SerializerMethodField()
    body = body_field()

    @extend_schema_field(FeeRowSerializer(many=True))
    def get_price_items(self, page: FeesPage):
        services = public_pages(ServicePage.objects.descendant_of(self.context["root"]))
        items = (
            PriceItem.objects.filter(page__in=services)
            .select_related("page")
            .order_by("page__path", "sort_order")
        )
        return FeeRowSerializer(items, many=True, context=self.nested_context).data

    @extend_schema_field(FAQGroupSerializer(many=True))
    def get_faq_groups(self, page: FeesPage):
        groups: OrderedDict[str, list[FAQ]] = OrderedDict()
        for faq in self._faqs():
            groups.setdefault(faq.category.name, []).append(faq)
        return FAQGroupSerializer(
            [{"category": name, "faqs": faqs} for name, faqs in groups.items()],
            many=True,
            context=self.context,
        ).data

    def _faqs(self) -> list[FAQ]:
        if not hasattr(self, "_faq_cache"):
            self._faq_cache = list(FAQ.objects.select_related("category"))
        return self._faq_cache

    def get_json_ld(self, page: FeesPage) -> list[dict[str, Any]]:
        faqs = self._faqs()
        return [*super().get_json_ld(page), *([faq_page_json_ld(faqs)] if faqs else [])]


class LicensureStepSerializer(serializers.Serializer):
    title = serializers.CharField()
    body = RichTextField()
    documents = serializers.SerializerMethodField()
    exam = serializers.CharField(allow_blank=True)
    fee = serializers.DecimalField(max_digits=8, decimal_places=2, allow_null=True)
    board_url = serializers.CharField(allow_blank=True)

    def get_documents(self, step) -> list[str]:
        return [line.strip() for line in step.documents.splitlines() if line.strip()]


class LicensureRequirementSerializer(serializers.Serializer):
    metric = serializers.CharField()
    label = serializers.CharField(source="get_metric_display")
    value = serializers.DecimalField(max_digits=8, decimal_places=1, coerce_to_string=False)
    unit = serializers.CharField()
    note = serializers.CharField(allow_blank=True)
    source_url = serializers.CharField()
    last_verified = serializers.DateField()


@register_page_serializer(LicensurePathPage)
class LicensurePathPageSerializer(BasePageSerializer):
    state = StateSerializer()
    starting_credential = LicenseTypeSerializer()
    target_license = LicenseTypeSerializer()
    intro = serializers.CharField()
    requirements = serializers.SerializerMethodField()
    steps = LicensureStepSerializer(many=True, source="steps.all")
    last_verified = serializers.SerializerMethodField()
    body = body_field()

    @extend_schema_field(LicensureRequirementSerializer(many=True))
    def get_requirements(self, page: LicensurePathPage):
        return LicensureRequirementSerializer(self._requirements(page), many=True).data

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_last_verified(self, page: LicensurePathPage):
        """The oldest verification date: the notice must not overstate freshness."""
        dates = [requirement.last_verified for requirement in self._requirements(page)]
        return min(dates).isoformat() if dates else None

    def _requirements(self, page: LicensurePathPage):
        if not hasattr(self, "_requirements_cache"):
            self._requirements_cache = list(page.requirements.all())
        return self._requirements_cache

    def get_json_ld(self, page: LicensurePathPage) -> list[dict[str, Any]]:
        how_to = {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": page.title,
            "description": page.intro,
            "step": [
                {
                    "@type": "HowToStep",
                    "position": position,
                    "name": step.title,
                    "text": strip_tags(step.body),
                }
                for position, step in enumerate(page.steps.all(), start=1)
            ],
        }
        return [*super().get_json_ld(page), how_to]
