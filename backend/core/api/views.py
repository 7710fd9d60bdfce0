"""The public, read-only delivery API."""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from core.api.errors import RETRY_AFTER, THROTTLED, ErrorSerializer, error_body
from core.api.pages import PaginationSerializer, query_parameter_fields, registered_page_serializers
from core.api.public_writes import VisitorThrottle
from core.api.resolve import resolve
from core.api.site import SiteSerializer, build_site_payload
from core.cache import revalidate_every_time
from core.search import pagination, result_items, search
from core.serializers import SearchQuery, SearchResultSerializer


class RedirectTargetSerializer(serializers.Serializer):
    to = serializers.CharField()
    permanent = serializers.BooleanField()


class RedirectSerializer(serializers.Serializer):
    redirect = RedirectTargetSerializer()


def public_response(data, status=200) -> Response:
    return revalidate_every_time(Response(data, status=status))


class SiteView(APIView):
    """Site settings and navigation menus."""

    authentication_classes: list = []
    permission_classes: list = []

    @extend_schema(operation_id="site", responses={200: SiteSerializer, 404: ErrorSerializer})
    def get(self, request: Request) -> Response:
        payload = build_site_payload(request._request)
        if payload is None:
            return Response(
                error_body("no_site", "No site is configured for this host."), status=404
            )
        return public_response(payload)


def listing_parameters() -> list[OpenApiParameter]:
    """The query parameters listing page types read (URLs import this module after
    every app has registered its page serializers). They are text as far as resolve
    goes: other pages ignore them (as they ignore campaign tags), and a listing answers
    404 for a value that names none of its views (``page=abc`` like ``page=99``)."""
    return [
        OpenApiParameter(
            name,
            str,
            required=False,
            description=f"Listing pages only: {field.help_text or name}.",
        )
        for name, field in sorted(query_parameter_fields().items())
    ]


def _resolve_response_serializers():
    return [*registered_page_serializers(), RedirectSerializer]


class PageResolveView(APIView):
    """The live, public page at ``path``, or a redirect as data, or 404."""

    authentication_classes: list = []
    permission_classes: list = []

    @extend_schema(
        operation_id="pages_resolve",
        parameters=[
            OpenApiParameter("path", str, required=True, description="Site path, e.g. /blog/"),
            *listing_parameters(),
        ],
        responses={
            200: OpenApiResponse(
                PolymorphicProxySerializer(
                    component_name="ResolveResponse",
                    serializers=_resolve_response_serializers,
                    resource_type_field_name=None,
                )
            ),
            400: OpenApiResponse(ErrorSerializer, description="No path"),
            404: ErrorSerializer,
        },
    )
    def get(self, request: Request) -> Response:
        if "path" not in request.query_params:
            return Response(
                error_body("invalid", "Give the path of a page.", {"path": ["Required."]}), 400
            )
        resolution = resolve(request._request, request.query_params["path"], request.query_params)
        # The JSON text as cached: rendering the body again would only repeat it.
        return revalidate_every_time(
            HttpResponse(resolution.text, status=resolution.status, content_type="application/json")
        )


# Exempt: it changes nothing, and a post without a CSRF token would otherwise get
# Django's HTML 403 page instead of the API's JSON 404.
@csrf_exempt
def api_not_found(request, *args, **kwargs) -> JsonResponse:
    """JSON 404 for unknown API paths."""
    return JsonResponse(
        error_body("not_found", f"There is no API endpoint at {request.path}."), status=404
    )


def bad_request(request, exception=None):
    """Django's 400 handler (e.g. a request body over ``DATA_UPLOAD_MAX_MEMORY_SIZE``):
    the API's JSON error body under /api/, Django's page elsewhere."""
    from django.core.exceptions import RequestDataTooBig
    from django.views.defaults import bad_request as django_bad_request

    if not request.path.startswith("/api/"):
        return django_bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        return JsonResponse(error_body("too_large", "The request body is too large."), status=413)
    return JsonResponse(error_body("bad_request", "The request could not be read."), status=400)


class SearchResponseSerializer(serializers.Serializer):
    query = serializers.CharField(allow_blank=True)
    corrected_query = serializers.CharField(allow_null=True)
    results = SearchResultSerializer(many=True)
    pagination = PaginationSerializer()


class SearchThrottle(VisitorThrottle):
    scope = "search"
    rate = "60/min"


class SearchView(APIView):
    """Site search over every public page (the same results as ``/search/?q=``)."""

    authentication_classes: list = []
    permission_classes: list = []
    throttle_classes = [SearchThrottle]

    @extend_schema(
        operation_id="search",
        parameters=[SearchQuery, RETRY_AFTER],
        responses={
            200: SearchResponseSerializer,
            400: ErrorSerializer,
            404: ErrorSerializer,
            429: THROTTLED,
        },
    )
    def get(self, request: Request) -> Response:
        # A plain dict: as a QueryDict, DRF would read ``page=`` as an HTML form's empty
        # field (page 1) where the schema asks for a number.
        reader = SearchQuery(data=request.query_params.dict())
        reader.is_valid(raise_exception=True)
        site = Site.find_for_request(request._request)
        if site is None:
            return Response(error_body("no_site", "No site is configured for this host."), 404)
        try:
            outcome = search(
                site.root_page, reader.validated_data["q"], reader.validated_data["page"]
            )
        except ValueError:
            return Response(error_body("not_found", "There is no such page of results."), 404)
        response = Response(
            {
                "query": outcome.query,
                "corrected_query": outcome.corrected_query,
                "results": result_items(outcome, site.root_page),
                "pagination": pagination(outcome, request.path),
            }
        )
        patch_cache_control(response, private=True, max_age=0)
        return response


class PreviewView(APIView):
    """A draft, shaped like resolve's page body: for a shared link's ``token`` (or a
    live preview's short-lived one), or the latest draft of ``page_id`` for a signed-in
    editor who may edit it. Never cached, never public."""

    permission_classes: list = []

    @extend_schema(
        operation_id="page_preview",
        parameters=[
            OpenApiParameter("token", str, required=False, description="A preview token."),
            OpenApiParameter("page_id", int, required=False, description="For editors."),
        ],
        responses={
            200: PolymorphicProxySerializer(
                component_name="PreviewPage",
                serializers=registered_page_serializers,
                resource_type_field_name=None,
            ),
            400: OpenApiResponse(ErrorSerializer, description="Neither a token nor a page_id"),
            403: ErrorSerializer,
            404: ErrorSerializer,
        },
    )
    def get(self, request: Request) -> Response:
        from core.preview import PreviewUnavailable, editor_draft, read_token

        try:
            if "token" in request.query_params:
                body, _expires = read_token(request.query_params["token"], request._request)
            else:
                raw = request.query_params.get("page_id", "")
                if not raw.isdigit():
                    return Response(error_body("invalid", "Give a token or a page_id."), 400)
                body = editor_draft(request._request, int(raw))
        except PermissionError as error:
            return Response(error_body("not_authenticated", str(error)), 403)
        except PreviewUnavailable as error:
            return Response(error_body("not_found", str(error)), 404)
        response = Response(body)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
