"""``POST /api/match/``: rank the team for a visitor's answers."""

from __future__ import annotations

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from core.api.errors import (
    RETRY_AFTER,
    write_responses,
)
from core.api.public_writes import (
    JSONInputSerializer,
    SiteThrottle,
    TrustedOrigin,
    VisitorThrottle,
)
from core.api.references import ReferenceResolver, site_relative_path
from core.api.resolve import public_base_url
from core.querysets import public_pages
from taxonomy.models import LicenseType, Specialty, State
from team.matching import (
    FILTER_REASONS,
    PARTS_OF_DAY,
    Answers,
    Candidate,
    License,
    Result,
    WeeklySlot,
    rank,
)
from team.models import TIME_ZONES, WORK_SETTINGS, MatchPage, MatchRequest, MatchWeights
from team.serializers import MODES, STAGES, TeamMemberSummarySerializer, members_queryset

MAX_ID = 2**63 - 1


class AvailabilityCellSerializer(JSONInputSerializer):
    weekday = serializers.IntegerField(min_value=0, max_value=6)
    part = serializers.ChoiceField(choices=list(PARTS_OF_DAY))


class StylePreferenceSerializer(JSONInputSerializer):
    structure = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)
    direction = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)
    teaching = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)


class MatchAnswersSerializer(JSONInputSerializer):
    """A visitor's answers. Identifiers are those of the matcher page's ``options``."""

    states = serializers.ListField(
        child=serializers.CharField(max_length=2), min_length=1, max_length=5
    )
    current_license = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=MAX_ID
    )
    target_license = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    stage = serializers.ChoiceField(choices=STAGES)
    format = serializers.ChoiceField(choices=["individual", "dyad", "group"])
    mode = serializers.ChoiceField(choices=MODES, default="either")
    availability = AvailabilityCellSerializer(many=True, allow_empty=False, max_length=21)
    time_zone = serializers.ChoiceField(choices=TIME_ZONES)
    specialties = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        max_length=3,
        required=False,
        default=list,
    )
    setting = serializers.ChoiceField(
        choices=[("", "No preference"), *WORK_SETTINGS], required=False, default=""
    )
    style = StylePreferenceSerializer(required=False, default=dict)

    def validate_states(self, codes):
        codes = list(dict.fromkeys(code.upper() for code in codes))
        known = set(State.objects.filter(code__in=codes).values_list("code", flat=True))
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise serializers.ValidationError(f"We do not serve: {', '.join(unknown)}.")
        return codes

    def validate_specialties(self, ids):
        if len(set(ids)) != len(ids):
            raise serializers.ValidationError("Choose each interest only once.")
        found = Specialty.objects.in_bulk(ids)
        if len(found) != len(ids):
            raise serializers.ValidationError("Choose interests from the list.")
        self.specialty_names = [found[pk].name for pk in ids]
        return ids

    def validate(self, data):
        licenses = LicenseType.objects.select_related("state").in_bulk(
            [pk for pk in (data["target_license"], data.get("current_license")) if pk]
        )
        target = licenses.get(data["target_license"])
        if target is None:
            raise serializers.ValidationError({"target_license": "Choose a license from the list."})
        if target.state.code not in data["states"]:
            raise serializers.ValidationError(
                {
                    "target_license": f"This license is issued in {target.state.name}: add "
                    f"{target.state.name} to your states of practice."
                }
            )
        current = data.get("current_license")
        if current and current not in licenses:
            raise serializers.ValidationError(
                {"current_license": "Choose a license from the list."}
            )
        cells = {(cell["weekday"], cell["part"]) for cell in data["availability"]}
        data["availability"] = sorted(cells)
        data["target"] = target
        data["current"] = licenses.get(current) if current else None
        return data


class MatchResultSerializer(TeamMemberSummarySerializer):
    score = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField())


class AlternativeSerializer(MatchResultSerializer):
    missing = serializers.CharField()


class ExclusionSerializer(serializers.Serializer):
    filter = serializers.CharField()
    reason = serializers.CharField()
    count = serializers.IntegerField()


class MatchResponseSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The stored (anonymous) match request.")
    results = MatchResultSerializer(many=True)
    considered = serializers.IntegerField()
    excluded = ExclusionSerializer(many=True)
    alternatives = AlternativeSerializer(many=True)
    suggestions = serializers.ListField(child=serializers.CharField())
    message = serializers.CharField(allow_blank=True)


class MatchThrottle(VisitorThrottle):
    scope = "match"
    rate = "30/min"


class MatchSiteThrottle(SiteThrottle):
    scope = "match_site"
    rate = "600/min"


def candidate_from(member) -> Candidate:
    specialties = list(member.specialties.all())
    return Candidate(
        id=member.pk,
        name=member.title,
        accepting_new=member.accepting_new,
        formats=frozenset(member.formats or []),
        licenses=tuple(
            License(
                code=lic.license_type.code,
                state=lic.license_type.state.code,
                state_name=lic.license_type.state.name,
                profession=lic.license_type.profession,
                can_supervise=lic.can_supervise,
            )
            for lic in member.licenses.all()
        ),
        specialties=frozenset(s.pk for s in specialties),
        specialty_names={s.pk: s.name for s in specialties},
        settings=frozenset(member.work_settings or []),
        style=member.style,
        slots=tuple(
            WeeklySlot(
                weekday=slot.weekday,
                start=slot.start.hour * 60 + slot.start.minute,
                end=slot.end.hour * 60 + slot.end.minute,
                time_zone=slot.time_zone,
            )
            for slot in member.availability.all()
        ),
    )


class MatchView(APIView):
    """Rank the team for a visitor's answers: hard filters, then a weighted score with
    plain-language reasons; when nobody fits, why, and the nearest alternatives."""

    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [MatchThrottle, MatchSiteThrottle]

    @extend_schema(
        operation_id="match",
        request=MatchAnswersSerializer,
        parameters=[RETRY_AFTER],
        responses=write_responses(
            {
                201: MatchResponseSerializer,
            }
        ),
    )
    def post(self, request: Request) -> Response:
        answers_serializer = MatchAnswersSerializer(data=request.data)
        answers_serializer.is_valid(raise_exception=True)
        data = answers_serializer.validated_data
        site = Site.find_for_request(request._request)
        root = site.root_page
        members = {m.pk: m for m in members_queryset(root=root, for_matching=True)}
        answers = Answers(
            states=frozenset(data["states"]),
            target_state=data["target"].state.code,
            cross_state_supervision=data["target"].state.online_supervision_across_state_lines,
            target_profession=data["target"].profession,
            format=data["format"],
            mode=data["mode"],
            availability=frozenset(data["availability"]),
            time_zone=data["time_zone"],
            specialties=tuple(data["specialties"]),
            setting=data["setting"],
            style={k: v for k, v in data["style"].items() if v},
        )
        ranking = rank(
            [candidate_from(m) for m in members.values()],
            answers,
            MatchWeights.for_site(site).as_dict(),
            reference=timezone.localdate(),
        )
        stored = MatchRequest.objects.create(
            states=data["states"],
            current_license=data["current"].code if data["current"] else "",
            target_license=data["target"].code,
            stage=data["stage"],
            format=data["format"],
            mode=data["mode"],
            time_zone=data["time_zone"],
            availability=[list(cell) for cell in data["availability"]],
            specialties=getattr(answers_serializer, "specialty_names", []),
            setting=data["setting"],
            result_count=len(ranking.results),
            top_results=[result.candidate.name for result in ranking.results[:3]],
        )
        refs = ReferenceResolver(
            root_url_path=root.url_path, base_url=public_base_url(request._request)
        )
        context = {
            "refs": refs,
            "page_path": lambda p: site_relative_path(p.url_path, root.url_path),
        }

        def serialise(result: Result, **extra) -> dict:
            member = members[result.candidate.id]
            return {
                **TeamMemberSummarySerializer(member, context=context).data,
                "score": result.score,
                "reasons": result.reasons,
                **extra,
            }

        # A private matcher page's text is not for every visitor.
        match_page = public_pages(MatchPage.objects.descendant_of(root)).first()
        body = {
            "id": stored.pk,
            "results": [serialise(result) for result in ranking.results],
            "considered": len(members),
            "excluded": [
                {"filter": name, "reason": FILTER_REASONS[name], "count": count}
                for name, count in ranking.excluded.items()
            ],
            "alternatives": [
                serialise(result, missing=FILTER_REASONS[result.failed])
                for result in ranking.alternatives
            ],
            "suggestions": ranking.suggestions,
            "message": ""
            if ranking.results
            else (match_page.no_results_text if match_page else "Nobody fits every answer."),
        }
        return Response(refs.finish(body), status=201)
