"""Event registration: ``POST /api/events/<id>/registrations/``.

Validated like every public post (honeypot, per-visitor and site-wide limits, trusted
origin and CSRF); capacity is enforced in ``events.registration``. Registering again
with the same e-mail answers the existing registration and changes nothing.
"""

from __future__ import annotations

import logging

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api.errors import (
    RETRY_AFTER,
    ErrorSerializer,
    error_response,
    write_responses,
)
from core.api.public_writes import (
    JSONInputSerializer,
    SiteThrottle,
    TrustedOrigin,
    VisitorThrottle,
    caught_by_honeypot,
    honeypot_field,
    site_page_or_404,
)
from core.api.resolve import public_base_url
from events.models import EventPage, Registration
from events.querysets import events_queryset
from events.registration import Registrant, RegistrationRefused, register
from taxonomy.models import LicenseType, State

logger = logging.getLogger(__name__)


class RegistrationThrottle(VisitorThrottle):
    scope = "registration"


class RegistrationSiteThrottle(SiteThrottle):
    scope = "registration_site"


class RegistrationRequestSerializer(JSONInputSerializer):
    name = serializers.CharField(
        max_length=120,
        error_messages={"blank": "Enter your name.", "required": "Enter your name."},
    )
    email = serializers.EmailField(
        max_length=254,
        error_messages={
            "blank": "Enter your e-mail address.",
            "required": "Enter your e-mail address.",
            "invalid": "Enter an e-mail address like name@example.com.",
        },
    )
    license_type = serializers.PrimaryKeyRelatedField(
        queryset=LicenseType.objects.all(),
        help_text="The id of a license type (see the event's registration options).",
        error_messages={
            "required": "Choose your license type.",
            "null": "Choose your license type.",
            "does_not_exist": "Choose a license type from the list.",
            "incorrect_type": "Choose a license type from the list.",
        },
    )
    state = serializers.SlugRelatedField(
        slug_field="code",
        queryset=State.objects.all(),
        help_text="The two-letter code of the state you practise in.",
        error_messages={
            "required": "Choose the state you practise in.",
            "null": "Choose the state you practise in.",
            "does_not_exist": "Choose a state from the list.",
            "invalid": "Choose a state from the list.",
        },
    )
    price_tier = serializers.IntegerField(
        required=False,
        allow_null=True,
        help_text="The id of a price tier; required when the event has more than one.",
    )
    consent = serializers.BooleanField(
        help_text="Agreement to be e-mailed about this event.",
        error_messages={"required": "Agree to be e-mailed about this event to register."},
    )
    website = honeypot_field()

    def validate_name(self, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise serializers.ValidationError("Enter your name.")
        return value

    def validate_consent(self, value: bool) -> bool:
        if not value:
            raise serializers.ValidationError("Agree to be e-mailed about this event to register.")
        return value

    def validate(self, data):
        tiers = self.context["tiers"]
        chosen = data.get("price_tier")
        if chosen is None:
            if len(tiers) > 1:
                raise serializers.ValidationError({"price_tier": ["Choose a price."]})
            data["tier"] = tiers[0] if tiers else None
        else:
            tier = next((t for t in tiers if t.pk == chosen), None)
            if tier is None:
                raise serializers.ValidationError(
                    {"price_tier": ["Choose one of this event's prices."]}
                )
            data["tier"] = tier
        return data


class RegistrationReceiptSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Registration.Status.choices)
    message = serializers.CharField()
    seats_left = serializers.IntegerField(allow_null=True, help_text="null: no limit")


class RegistrationView(APIView):
    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [RegistrationThrottle, RegistrationSiteThrottle]

    @extend_schema(
        operation_id="event_registration_create",
        request=RegistrationRequestSerializer,
        parameters=[RETRY_AFTER],
        responses=write_responses(
            {
                201: OpenApiResponse(
                    RegistrationReceiptSerializer,
                    description="Registered, or already registered with this address: the same "
                    "answer either way (the e-mail goes to the address)",
                ),
                404: ErrorSerializer,
                409: OpenApiResponse(
                    ErrorSerializer,
                    description="event_full, event_past, registration_closed or "
                    "registration_not_open",
                ),
            }
        ),
    )
    def post(self, request: Request, event_id: int) -> Response:
        event = site_page_or_404(request, events_queryset(), event_id)
        tiers = list(event.price_tiers.all())  # prefetched
        serializer = RegistrationRequestSerializer(data=request.data, context={"tiers": tiers})
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        # After validation (a malformed post is refused whoever sends it), and answered
        # like a person's registration, so that nothing tells a bot it was caught.
        if caught_by_honeypot(request):
            logger.info("Honeypot filled on event %s: registration dropped", event.pk)
            return receipt(event, Registration.Status.CONFIRMED)
        tier = data["tier"]
        try:
            registration, _created = register(
                event,
                Registrant(
                    name=data["name"],
                    email=data["email"],
                    license_type_id=data["license_type"].pk,
                    state_id=data["state"].pk,
                    price_label=tier.label if tier else "",
                    price=tier.price if tier else 0,
                ),
                base_url=public_base_url(request),
            )
        except RegistrationRefused as refused:
            return error_response(409, refused.code, refused.message)
        # The same answer for a new and a repeated registration: nobody learns from it
        # whether an address was already registered.
        return receipt(event, registration.status)


def receipt(event: EventPage, status: str) -> Response:
    taken = EventPage.objects.filter(pk=event.pk).values_list("seats__taken", flat=True).first()
    return Response(
        {
            "status": status,
            "message": receipt_message(status),
            "seats_left": event.seats_left(taken or 0),
        },
        status=201,
    )


def receipt_message(status: str) -> str:
    if status == Registration.Status.CONFIRMED:
        return (
            "You are registered. A confirmation with the details and a calendar file is on "
            "its way to your inbox."
        )
    return "This event is full, so you are on the waitlist. We will e-mail you if a seat frees up."
