"""Visitors' form submissions and newsletter sign-ups.

A submission is validated by the form page's own Django form, stored in one
transaction (with its uploads), and only then e-mailed to the practice: a failing mail
server cannot lose, repeat or fail it (see ``forms.notifications``). A retried post
with the same ``Idempotency-Key`` is stored once.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api.errors import (
    RETRY_AFTER,
    ErrorSerializer,
    error_body,
    error_response,
    write_responses,
)
from core.api.public_writes import (
    IDEMPOTENCY_HEADER,
    JSONInputSerializer,
    SiteThrottle,
    TrustedOrigin,
    VisitorThrottle,
    caught_by_honeypot,
    create_once,
    honeypot_field,
    idempotency_key,
    replayed,
    site_page_or_404,
)
from forms.builder import upload_content_type
from forms.models import FormPage, LeadSubmission, SubmissionFile, Subscriber
from forms.notifications import notify_later, send_confirmation

logger = logging.getLogger(__name__)

# A whole request: the largest upload plus the answers.
MAX_REQUEST_BYTES = 6 * 1024 * 1024
CONFIRMATION_RESEND_AFTER = timezone.timedelta(minutes=10)


class FormThrottle(VisitorThrottle):
    scope = "form"


class FormSiteThrottle(SiteThrottle):
    scope = "form_site"


class ReceiptSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    message = serializers.CharField()


class SubmissionSchemaSerializer(JSONInputSerializer):
    """The answers, keyed by each field's ``name`` (see the form page's ``fields``);
    send ``multipart/form-data`` when the form has a file field."""

    website = honeypot_field()


def idempotency_parameter() -> OpenApiParameter:
    return OpenApiParameter(
        IDEMPOTENCY_HEADER,
        OpenApiTypes.UUID,
        location=OpenApiParameter.HEADER,
        required=False,
        description="A UUID the client repeats when it retries the same submission.",
    )


class SubmissionView(APIView):
    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [FormThrottle, FormSiteThrottle]
    parser_classes = [JSONParser, MultiPartParser]
    max_request_bytes = MAX_REQUEST_BYTES

    @extend_schema(
        operation_id="form_submission_create",
        request={
            "application/json": SubmissionSchemaSerializer,
            "multipart/form-data": SubmissionSchemaSerializer,
        },
        parameters=[idempotency_parameter(), RETRY_AFTER],
        responses=write_responses(
            {
                201: ReceiptSerializer,
                404: ErrorSerializer,
            }
        ),
    )
    def post(self, request: Request, page_id: int) -> Response:
        page = site_page_or_404(request, FormPage.objects.all(), page_id)
        key = idempotency_key(request)
        received = {"message": "Thank you: we have received it."}
        # The honeypot itself must be text, like any field (the page's form checks the
        # others): a malformed post is refused whoever sends it.
        SubmissionSchemaSerializer(data=request.data).is_valid(raise_exception=True)
        if caught_by_honeypot(request):
            logger.info("Honeypot filled on form %s: submission dropped", page.pk)
            return Response({"id": 0, **received}, status=201)
        existing = replayed(LeadSubmission, key, "form", page=page)
        if existing is not None:
            return Response({"id": existing.pk, **received}, status=201)
        answers = self.answers(request)
        wrong_types = {
            name: ["Send text (or a list of texts) for this answer."]
            for name, value in answers.items()
            if not plain(value)
        }
        form = page.get_form(answers, request.FILES, page=page)
        if wrong_types or not form.is_valid():
            fields = wrong_types or {
                name: [str(m) for m in messages] for name, messages in form.errors.items()
            }
            return Response(
                error_body("invalid", "Some answers need attention.", fields), status=400
            )
        submission = create_once(
            LeadSubmission, key, lambda: self.store(page, form, key), page=page
        )
        return Response({"id": submission.pk, **received}, status=201)

    def answers(self, request: Request):
        """The posted answers without the honeypot (files are passed separately)."""
        if request.content_type.startswith("multipart/"):
            answers = request.POST.copy()  # a QueryDict: several values stay a list
        else:
            answers = dict(request.data) if isinstance(request.data, dict) else {}
        answers.pop("website", None)
        return answers

    @transaction.atomic
    def store(self, page: FormPage, form, key) -> LeadSubmission:
        data = {}
        uploads = []
        for name, value in form.cleaned_data.items():
            if hasattr(value, "read") and hasattr(value, "size"):
                uploads.append((name, value))
            else:
                data[name] = value
        submission = LeadSubmission(
            page=page,
            form_data=data,
            idempotency_key=key,
            notification=LeadSubmission.Notification.PENDING
            if page.to_address
            else LeadSubmission.Notification.NONE,
        )
        submission.save()
        for name, upload in uploads:
            stored = SubmissionFile.objects.create(
                submission=submission,
                field_name=name,
                file=upload,
                original_name=upload.name[:255],
                size=upload.size,
                content_type=upload_content_type(upload.name),
            )
            data[name] = {"file": stored.pk, "name": stored.original_name, "size": stored.size}
        if uploads:
            submission.form_data = data
            submission.save(update_fields=["form_data"])
        if page.to_address:
            notify_later(submission.pk)
        return submission


def plain(value) -> bool:
    """A JSON answer a form field can take: text, a number, a boolean, or a list of
    texts (objects and nested lists are refused rather than turned into text)."""
    if isinstance(value, str | bool | int | float) or value is None:
        return True
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


class SubscribeSerializer(JSONInputSerializer):
    email = serializers.EmailField(
        max_length=254,
        error_messages={
            "blank": "Enter your e-mail address.",
            "required": "Enter your e-mail address.",
            "invalid": "Enter an e-mail address like name@example.com.",
        },
    )
    website = honeypot_field()


class MessageSerializer(serializers.Serializer):
    message = serializers.CharField()


class NewsletterThrottle(VisitorThrottle):
    scope = "newsletter"


SUBSCRIBE_MESSAGE = (
    "Almost done: we have sent you an e-mail. Follow its link to confirm your subscription."
)


class SubscribeView(APIView):
    """Sign up for the newsletter. Whatever the address's state, the answer is the same
    (nobody can learn who is subscribed); a confirmation link is e-mailed to new and
    unconfirmed addresses, at most once every ten minutes."""

    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [NewsletterThrottle]

    @extend_schema(
        operation_id="newsletter_subscribe",
        request=SubscribeSerializer,
        parameters=[RETRY_AFTER],
        responses=write_responses(
            {
                202: MessageSerializer,
            }
        ),
    )
    def post(self, request: Request) -> Response:
        accepted = Response({"message": SUBSCRIBE_MESSAGE}, status=202)
        serializer = SubscribeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        # After validation: a malformed post is refused whoever sends it.
        if caught_by_honeypot(request):
            return accepted
        email = serializer.validated_data["email"].strip().lower()
        with transaction.atomic():
            subscriber, _created = Subscriber.objects.select_for_update().get_or_create(email=email)
            if subscriber.status == Subscriber.Status.CONFIRMED:
                return accepted
            now = timezone.now()
            recently = subscriber.confirmation_sent_at and (
                now - subscriber.confirmation_sent_at < CONFIRMATION_RESEND_AFTER
            )
            if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
                subscriber.status = Subscriber.Status.PENDING
                subscriber.unsubscribed_at = None
            if not recently:
                subscriber.confirmation_sent_at = now
            subscriber.save()
        if not recently:
            base_url = settings.PUBLIC_BASE_URL or f"{request.scheme}://{request.get_host()}"
            transaction.on_commit(lambda: send_confirmation(subscriber.pk, base_url))
        return accepted


class TokenSerializer(JSONInputSerializer):
    # As sent: a token has no spaces to trim, and one made of spaces names nobody (404).
    token = serializers.CharField(max_length=64, trim_whitespace=False)


class TokenActionView(APIView):
    """Confirm or cancel a subscription with the token from the e-mail."""

    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [NewsletterThrottle]
    action: str = ""

    def post(self, request: Request) -> Response:
        serializer = TokenSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        subscriber = Subscriber.objects.filter(token=serializer.validated_data["token"]).first()
        if subscriber is None:
            return error_response(
                404,
                "unknown_token",
                "This link is no longer valid. Sign up again from the footer of any page.",
            )
        now = timezone.now()
        if self.action == "confirm":
            if subscriber.status != Subscriber.Status.CONFIRMED:
                subscriber.status = Subscriber.Status.CONFIRMED
                subscriber.confirmed_at = now
                subscriber.save(update_fields=["status", "confirmed_at"])
            return Response({"message": "You are on the list. Thank you for joining us."})
        if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = now
            subscriber.save(update_fields=["status", "unsubscribed_at"])
        return Response({"message": "You are unsubscribed. We will not e-mail you again."})


TOKEN_RESPONSES = write_responses(
    {
        200: MessageSerializer,
        404: ErrorSerializer,
    }
)


class ConfirmView(TokenActionView):
    action = "confirm"

    @extend_schema(
        operation_id="newsletter_confirm",
        request=TokenSerializer,
        parameters=[RETRY_AFTER],
        responses=TOKEN_RESPONSES,
    )
    def post(self, request: Request) -> Response:
        return super().post(request)


class UnsubscribeView(TokenActionView):
    action = "unsubscribe"

    @extend_schema(
        operation_id="newsletter_unsubscribe",
        request=TokenSerializer,
        parameters=[RETRY_AFTER],
        responses=TOKEN_RESPONSES,
    )
    def post(self, request: Request) -> Response:
        return super().post(request)
