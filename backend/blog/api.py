"""Visitors' writes to the blog: comments (held for moderation) and read counts."""

from __future__ import annotations

import logging
import re

from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from blog.models import BlogPage, Comment, PostViews
from core.api.errors import (
    RETRY_AFTER,
    THROTTLED,
    ErrorSerializer,
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

logger = logging.getLogger(__name__)

# Crawlers, link previews and audit tools do not read posts. Matching the user agent is
# cheap and catches the honest ones; the per-visitor window below limits the rest.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|preview|fetch|monitor|lighthouse|pingdom|curl|wget|python-",
    re.IGNORECASE,
)
VIEW_WINDOW_SECONDS = 30 * 60


def public_post(request: Request, post_id: int) -> BlogPage:
    """The public post ``post_id`` of the request's site, or 404."""
    return site_page_or_404(request, BlogPage.objects.only("id", "comments_open", "path"), post_id)


class CommentInputSerializer(JSONInputSerializer):
    name = serializers.CharField(
        max_length=80,
        error_messages={
            "blank": "Please tell us your name.",
            "required": "Please tell us your name.",
            "max_length": "Please shorten your name to 80 characters or fewer.",
        },
    )
    email = serializers.EmailField(
        required=False,
        allow_blank=True,
        max_length=254,
        help_text="Never shown.",
        error_messages={
            "invalid": "Enter an e-mail address like name@example.com, or leave it empty."
        },
    )
    body = serializers.CharField(
        min_length=2,
        max_length=3000,
        error_messages={
            "blank": "Please write your comment.",
            "required": "Please write your comment.",
            "min_length": "Please write a little more (at least 2 characters).",
            "max_length": "Please keep your comment under 3,000 characters.",
        },
    )
    website = honeypot_field()

    def validate_name(self, value: str) -> str:
        value = " ".join(value.split())
        if any(c in value for c in "<>"):
            raise serializers.ValidationError("Use letters, spaces and punctuation only.")
        return value

    def validate_body(self, value: str) -> str:
        if value.count("http://") + value.count("https://") > 2:
            raise serializers.ValidationError("Please include no more than two links.")
        return value


class CommentReceiptSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=Comment.Status.choices)
    message = serializers.CharField()


class CommentThrottle(VisitorThrottle):
    scope = "comment"
    rate = "5/min"


class CommentSiteThrottle(SiteThrottle):
    scope = "comment_site"
    rate = "120/hour"


RECEIVED = "Thank you. Your comment will appear once a moderator has read it."


class CommentView(APIView):
    """Post a comment on a post. It is stored as awaiting moderation and shown once a
    moderator approves it. A retried post with the same ``Idempotency-Key`` header is
    stored once."""

    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [CommentThrottle]

    @extend_schema(
        operation_id="blog_comment_create",
        request=CommentInputSerializer,
        parameters=[
            OpenApiParameter(
                IDEMPOTENCY_HEADER,
                OpenApiTypes.UUID,
                location=OpenApiParameter.HEADER,
                required=False,
                description="A UUID the client repeats when it retries the same comment.",
            ),
            RETRY_AFTER,
        ],
        responses=write_responses(
            {
                201: CommentReceiptSerializer,
                404: ErrorSerializer,
            }
        ),
    )
    def post(self, request: Request, post_id: int) -> Response:
        post = public_post(request, post_id)
        if not post.comments_open:
            return error_response(403, "comments_closed", "Comments are closed on this post.")
        key = idempotency_key(request)
        data_serializer = CommentInputSerializer(data=request.data)
        data_serializer.is_valid(raise_exception=True)
        data = data_serializer.validated_data
        # After validation: a malformed post is refused whoever sends it.
        if caught_by_honeypot(request):
            # Accepted as far as the sender can tell; nothing is stored.
            return Response({"id": 0, "status": "pending", "message": RECEIVED}, status=201)
        existing = replayed(Comment, key, "comment", post=post)
        if existing is not None:
            return self.receipt(existing)
        # Only comments worth storing count toward the whole site's limit.
        site_limit = CommentSiteThrottle()
        if not site_limit.allow_request(request, self):
            raise Throttled(site_limit.wait())
        comment = create_once(
            Comment,
            key,
            lambda: Comment.objects.create(
                post=post,
                name=data["name"],
                email=data.get("email", ""),
                body=data["body"],
                idempotency_key=key,
            ),
            post=post,
        )
        return self.receipt(comment)

    def receipt(self, comment: Comment) -> Response:
        return Response(
            {"id": comment.pk, "status": comment.status, "message": RECEIVED}, status=201
        )


class ViewCountSerializer(serializers.Serializer):
    views = serializers.IntegerField()
    counted = serializers.BooleanField()


class ViewThrottle(VisitorThrottle):
    scope = "post_view"
    rate = "120/min"


class PostViewView(APIView):
    """Count a read of a post (the SPA calls it once the post is shown) and answer the
    current count. The page itself never writes: counting is a separate request and a
    single atomic ``UPDATE``; a failure here is logged and never shown to readers."""

    authentication_classes: list = []
    permission_classes = [TrustedOrigin]
    throttle_classes = [ViewThrottle]
    # A read count is not worth a token: the origin check keeps other sites out.
    csrf_protected = False

    @extend_schema(
        operation_id="blog_view_create",
        request=None,
        parameters=[RETRY_AFTER],
        responses={
            200: ViewCountSerializer,
            403: ErrorSerializer,
            404: ErrorSerializer,
            429: THROTTLED,
        },
    )
    def post(self, request: Request, post_id: int) -> Response:
        post = public_post(request, post_id)
        counted = self.should_count(request, post.pk)
        try:
            if counted:
                increment(post.pk)
            views = PostViews.objects.filter(page=post).values_list("count", flat=True).first()
        except DatabaseError:
            logger.exception("Could not count a read of post %s", post.pk)
            return Response({"views": 0, "counted": False})
        return Response({"views": views or 0, "counted": counted})

    def should_count(self, request: Request, post_id: int) -> bool:
        if BOT_USER_AGENT.search(request.headers.get("User-Agent", "")):
            return False
        ident = ViewThrottle().get_ident(request)
        # One read per visitor and post in a window: reloads do not inflate the count.
        return cache.add(f"firelight:read:{post_id}:{ident}", 1, VIEW_WINDOW_SECONDS)


def increment(post_id: int) -> None:
    """Add one read, atomically, creating the counter on the first read."""
    if PostViews.objects.filter(page_id=post_id).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            PostViews.objects.create(page_id=post_id, count=1)
    except IntegrityError:
        PostViews.objects.filter(page_id=post_id).update(count=F("count") + 1)
