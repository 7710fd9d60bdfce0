"""Serializers of the team pages and the matcher page."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch
from django.utils.html import strip_tags
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.models import BlogPage
from blog.serializers import PostLinkSerializer
from core.api.fields import ChoiceSerializer, ImageSerializer, RichTextField
from core.api.pages import BasePageSerializer, register_page_serializer
from core.querysets import public_pages
from core.serializers import body_field
from taxonomy.models import LicenseType, Specialty, State
from taxonomy.serializers import LicenseTypeSerializer, SpecialtySerializer, StateSerializer
from team.matching import PARTS_OF_DAY
from team.models import (
    FORMATS,
    STYLE_SCALES,
    TIME_ZONES,
    WEEKDAYS,
    WORK_SETTINGS,
    MatchPage,
    TeamIndexPage,
    TeamMemberLicense,
    TeamMemberPage,
)

STAGES = [
    ("starting", "Just starting my supervised hours"),
    ("mid_hours", "Part-way through my hours"),
    ("licensed", "Fully licensed"),
    ("supervising", "Supervising others"),
]
MEMBER_POSTS = 3
MODES = [("either", "Online or in person"), ("online", "Online"), ("in_person", "In person")]


class MemberLicenseSerializer(serializers.Serializer):
    code = serializers.CharField(source="license_type.code")
    name = serializers.CharField(source="license_type.name")
    state = serializers.CharField(source="license_type.state.code")
    state_name = serializers.CharField(source="license_type.state.name")
    number = serializers.CharField()
    can_supervise = serializers.BooleanField()
    verified = serializers.DateField(allow_null=True)

    def to_representation(self, license: TeamMemberLicense) -> dict[str, Any]:
        # By hand: directories list every member's licenses, and DRF's fields cost
        # several times the work of the dictionary itself.
        license_type = license.license_type
        return {
            "code": license_type.code,
            "name": license_type.name,
            "state": license_type.state.code,
            "state_name": license_type.state.name,
            "number": license.number,
            "can_supervise": license.can_supervise,
            "verified": license.verified.isoformat() if license.verified else None,
        }


# What a summary reads of a member (a directory lists every member: loading the bios
# and the rest of each page would cost more than the summaries themselves).
SUMMARY_FIELDS = (
    *("title", "slug", "url_path", "pronouns", "role", "short_bio"),
    *("photo_id", "photo_alt", "accepting_new", "formats"),
)


def members_queryset(queryset=None, *, root, for_matching: bool = False):
    """Public team members of the site under ``root`` with everything a summary needs
    (with ``for_matching``, all their fields and availability, for the matcher), in a
    constant number of queries."""
    queryset = queryset if queryset is not None else TeamMemberPage.objects.all()
    licenses = TeamMemberLicense.objects.select_related("license_type__state")
    related: list[Any] = [Prefetch("licenses", queryset=licenses), "specialties"]
    if for_matching:
        related.append("availability")
    else:
        queryset = queryset.only(*SUMMARY_FIELDS)
    return public_pages(queryset.descendant_of(root)).prefetch_related(*related)


def photo(serializer: serializers.Serializer, member: TeamMemberPage):
    return serializer.context["refs"].image(
        member.photo_id, alt=member.photo_alt, rendition_set="portrait"
    )


class TeamMemberSummarySerializer(serializers.Serializer):
    """A team member in a directory, a match result or a "supervisors who fit" list.
    Needs ``members_queryset`` prefetching and the ``page_path`` context function."""

    id = serializers.IntegerField()
    name = serializers.CharField(source="title")
    slug = serializers.CharField()
    path = serializers.SerializerMethodField()
    pronouns = serializers.CharField(allow_blank=True)
    role = serializers.ChoiceField(choices=TeamMemberPage.Role.choices)
    role_label = serializers.CharField(source="get_role_display")
    short_bio = serializers.CharField()
    photo = serializers.SerializerMethodField()
    accepting_new = serializers.BooleanField()
    formats = serializers.ListField(child=serializers.CharField())
    specialties = serializers.SerializerMethodField()
    licenses = MemberLicenseSerializer(many=True, source="licenses.all")

    def get_path(self, member: TeamMemberPage) -> str:
        return self.context["page_path"](member)

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_photo(self, member: TeamMemberPage):
        return photo(self, member)

    def get_specialties(self, member: TeamMemberPage) -> list[str]:
        return [specialty.name for specialty in member.specialties.all()]

    def to_representation(self, member: TeamMemberPage) -> dict[str, Any]:
        # The fields above, filled by hand: a directory or a location lists every
        # member, and DRF's field machinery would make its cost grow several times
        # faster with the team than the data does.
        licenses = MemberLicenseSerializer()
        return {
            "id": member.pk,
            "name": member.title,
            "slug": member.slug,
            "path": self.get_path(member),
            "pronouns": member.pronouns,
            "role": member.role,
            "role_label": member.get_role_display(),
            "short_bio": member.short_bio,
            "photo": self.get_photo(member),
            "accepting_new": member.accepting_new,
            "formats": [str(value) for value in member.formats],
            "specialties": self.get_specialties(member),
            "licenses": [licenses.to_representation(item) for item in member.licenses.all()],
        }


class DirectoryFiltersSerializer(serializers.Serializer):
    states = StateSerializer(many=True)
    license_types = LicenseTypeSerializer(many=True)
    specialties = SpecialtySerializer(many=True)
    formats = ChoiceSerializer(many=True)


@register_page_serializer(TeamIndexPage)
class TeamIndexPageSerializer(BasePageSerializer):
    intro = serializers.CharField()
    body = body_field()
    members = serializers.SerializerMethodField()
    filters = serializers.SerializerMethodField()

    @extend_schema_field(TeamMemberSummarySerializer(many=True))
    def get_members(self, page: TeamIndexPage):
        members = members_queryset(
            TeamMemberPage.objects.child_of(page), root=self.context["root"]
        ).order_by("path")
        return TeamMemberSummarySerializer(members, many=True, context=self.nested_context).data

    @extend_schema_field(DirectoryFiltersSerializer)
    def get_filters(self, page: TeamIndexPage):
        return DirectoryFiltersSerializer(
            {
                "states": State.objects.all(),
                # Only licenses a member holds: a candidate track matches nobody.
                "license_types": LicenseType.objects.filter(
                    pk__in=TeamMemberLicense.objects.filter(
                        page__in=public_pages(TeamMemberPage.objects.child_of(page))
                    ).values("license_type")
                ).select_related("state"),
                "specialties": Specialty.objects.all(),
                "formats": [{"value": v, "label": label} for v, label in FORMATS],
            }
        ).data


class AvailabilitySerializer(serializers.Serializer):
    weekday = serializers.IntegerField()
    weekday_label = serializers.CharField(source="get_weekday_display")
    start = serializers.TimeField(format="%H:%M")
    end = serializers.TimeField(format="%H:%M")
    time_zone = serializers.CharField()


class StyleSerializer(serializers.Serializer):
    structure = serializers.IntegerField()
    direction = serializers.IntegerField()
    teaching = serializers.IntegerField()


@register_page_serializer(TeamMemberPage)
class TeamMemberPageSerializer(BasePageSerializer):
    pronouns = serializers.CharField(allow_blank=True)
    role = serializers.ChoiceField(choices=TeamMemberPage.Role.choices)
    role_label = serializers.CharField(source="get_role_display")
    photo = serializers.SerializerMethodField()
    short_bio = serializers.CharField()
    bio = RichTextField()
    languages = serializers.ListField(child=serializers.CharField(), source="language_list")
    licenses = serializers.SerializerMethodField()
    certifications = serializers.SerializerMethodField()
    years_licensed = serializers.IntegerField()
    years_supervising = serializers.IntegerField()
    supervision_model = serializers.CharField(allow_blank=True)
    style = StyleSerializer()
    style_statement = serializers.CharField(allow_blank=True)
    specialties = SpecialtySerializer(many=True, source="specialties.all")
    work_settings = serializers.SerializerMethodField()
    formats = serializers.SerializerMethodField()
    availability = AvailabilitySerializer(many=True, source="availability.all")
    accepting_new = serializers.BooleanField()
    fee_notes = serializers.CharField(allow_blank=True)
    consultation_path = serializers.SerializerMethodField()
    posts = serializers.SerializerMethodField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_photo(self, member: TeamMemberPage):
        return photo(self, member)

    @extend_schema_field(MemberLicenseSerializer(many=True))
    def get_licenses(self, member: TeamMemberPage):
        return MemberLicenseSerializer(self._licenses(member), many=True).data

    def _licenses(self, member: TeamMemberPage) -> list:
        if not hasattr(self, "_license_cache"):
            self._license_cache = list(
                member.licenses.select_related("license_type__state").order_by("sort_order")
            )
        return self._license_cache

    def get_certifications(self, member: TeamMemberPage) -> list[str]:
        return [line.strip() for line in member.certifications.splitlines() if line.strip()]

    @extend_schema_field(ChoiceSerializer(many=True))
    def get_work_settings(self, member: TeamMemberPage):
        return TeamMemberPage._meta.get_field("work_settings").labels(member.work_settings)

    @extend_schema_field(ChoiceSerializer(many=True))
    def get_formats(self, member: TeamMemberPage):
        return TeamMemberPage._meta.get_field("formats").labels(member.formats)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_consultation_path(self, member: TeamMemberPage):
        """The free consultation request, pre-filled with this supervisor."""
        settings = self.context["site_settings"]
        return self.context["refs"].page_path(settings.consultation_cta_page_id)

    @extend_schema_field(PostLinkSerializer(many=True))
    def get_posts(self, member: TeamMemberPage):
        """Their latest posts (the blog lists all of them under ``?author=``)."""
        posts = public_pages(
            BlogPage.objects.descendant_of(self.context["root"]).filter(author=member)
        ).order_by("-date", "-pk")
        return PostLinkSerializer(
            posts.only("id", "title", "url_path", "date")[:MEMBER_POSTS],
            many=True,
            context=self.nested_context,
        ).data

    def get_default_description(self, member: TeamMemberPage) -> str:
        return member.short_bio

    def get_json_ld(self, member: TeamMemberPage) -> list[dict[str, Any]]:
        person: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": member.title,
            "jobTitle": member.get_role_display(),
            "description": strip_tags(member.short_bio),
            "url": self.canonical_url(member),
            "worksFor": self.organisation_json_ld(),
            "knowsAbout": [specialty.name for specialty in member.specialties.all()],
            "knowsLanguage": member.language_list,
            "hasCredential": [
                {
                    "@type": "EducationalOccupationalCredential",
                    "credentialCategory": "license",
                    "name": f"{lic.license_type.name} ({lic.license_type.state.name})",
                }
                for lic in self._licenses(member)
            ],
        }
        return [person]


class MatchOptionsSerializer(serializers.Serializer):
    states = StateSerializer(many=True)
    license_types = serializers.SerializerMethodField()
    specialties = serializers.SerializerMethodField()
    stages = ChoiceSerializer(many=True)
    formats = ChoiceSerializer(many=True)
    modes = ChoiceSerializer(many=True)
    weekdays = ChoiceSerializer(many=True)
    parts_of_day = ChoiceSerializer(many=True)
    time_zones = ChoiceSerializer(many=True)
    work_settings = ChoiceSerializer(many=True)
    style_scales = serializers.SerializerMethodField()

    @extend_schema_field(
        serializers.ListField(child=serializers.DictField(child=serializers.CharField()))
    )
    def get_license_types(self, options):
        return [
            {
                "id": str(lic.pk),
                "code": lic.code,
                "name": lic.name,
                "state": lic.state.code,
                "level": lic.level,
            }
            for lic in options["license_types"]
        ]

    @extend_schema_field(
        serializers.ListField(child=serializers.DictField(child=serializers.CharField()))
    )
    def get_specialties(self, options):
        return [{"id": str(s.pk), "name": s.name, "kind": s.kind} for s in options["specialties"]]

    @extend_schema_field(
        serializers.ListField(child=serializers.DictField(child=serializers.CharField()))
    )
    def get_style_scales(self, options):
        return [
            {"value": scale, "low": low, "high": high}
            for scale, (low, high) in STYLE_SCALES.items()
        ]


def choices(pairs) -> list[dict[str, str]]:
    return [{"value": str(value), "label": str(label)} for value, label in pairs]


@register_page_serializer(MatchPage)
class MatchPageSerializer(BasePageSerializer):
    intro = serializers.CharField()
    no_results_text = serializers.CharField()
    body = body_field()
    options = serializers.SerializerMethodField()

    @extend_schema_field(MatchOptionsSerializer)
    def get_options(self, page: MatchPage):
        parts = [
            (part, f"{part.capitalize()} ({start}–{end}h)")
            for part, (start, end) in PARTS_OF_DAY.items()
        ]
        return MatchOptionsSerializer(
            {
                "states": State.objects.all(),
                "license_types": LicenseType.objects.select_related("state"),
                "specialties": Specialty.objects.all(),
                "stages": choices(STAGES),
                "formats": choices(f for f in FORMATS if f[0] in ("individual", "dyad", "group")),
                "modes": choices(MODES),
                "weekdays": choices(WEEKDAYS),
                "parts_of_day": choices(parts),
                "time_zones": choices(TIME_ZONES),
                "work_settings": choices(WORK_SETTINGS),
            }
        ).data
