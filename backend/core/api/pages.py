"""The base page serializer and the registry from page model to serializer.

Each content area declares one serializer per page type in its ``serializers.py``,
extending :class:`BasePageSerializer`, and registers it with
``@register_page_serializer(ModelClass)``. The registry is what the resolve endpoint,
the HTML shell and the OpenAPI schema use, so a page type is added in one place.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.models import Page

from core.api.fields import ChoiceLiteralField, ImageField
from core.api.references import site_relative_path

_REGISTRY: dict[type[Page], type[BasePageSerializer]] = {}


class SeoSerializer(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    canonical = serializers.CharField()
    og_image = ImageField(rendition_set="social", absolute=True)
    json_ld = serializers.ListField(child=serializers.DictField())
    noindex = serializers.BooleanField(help_text="Keep search engines from indexing it.")


class PaginationSerializer(serializers.Serializer):
    page = serializers.IntegerField()
    page_count = serializers.IntegerField()
    total = serializers.IntegerField()
    previous = serializers.CharField(allow_null=True, help_text="URL of the previous page.")
    next = serializers.CharField(allow_null=True, help_text="URL of the next page.")


class BreadcrumbSerializer(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.CharField()


class PageLinkSerializer(serializers.Serializer):
    """Another page, as a link in a listing."""

    title = serializers.CharField()
    path = serializers.CharField()


class PageQuerySerializer(serializers.Serializer):
    """The query parameters a listing page reads (its page number and filters).

    Values that cannot name anything (a non-numeric page, an unknown category) make the
    page answer 404: a listing has one URL per real view, which keeps search engines and
    the cache from filling up with invented ones.
    """

    def canonical(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        """The query as sorted pairs, without defaults and empty values."""
        pairs = []
        for name, field in self.fields.items():
            value = values.get(name)
            if value in (None, "") or value == field.default:
                continue
            pairs.append((name, str(value)))
        return sorted(pairs)


class Freshness:
    """Until when a serialised page stays true by itself. Content that depends on the
    clock (an event moving from upcoming to past, registration closing) notes the
    moments it changes; the cached response expires at the earliest of them."""

    def __init__(self, now: datetime.datetime | None = None):
        self.now = now or timezone.now()
        self.until: datetime.datetime | None = None
        #: Names of the tracked figures shown (see ``core.cache.TRACKED``).
        self.tracked: set[str] = set()

    def track(self, name: str) -> None:
        """The response shows a tracked figure (seats left): a change to it makes the
        cached response stale."""
        self.tracked.add(name)

    def note(self, moment: datetime.datetime | None) -> None:
        """A future moment the content changes (a response never cached stays so)."""
        if moment is not None and moment > self.now and (self.until is None or moment < self.until):
            self.until = moment

    def never_cache(self) -> None:
        """The response depends on what the visitor asked (search results)."""
        self.until = self.now

    def timeout(self) -> float | None:
        """Seconds the response may be cached (``None``: until the content changes; 0:
        not at all)."""
        if self.until is None:
            return None
        if self.until <= self.now:
            return 0
        return max(1.0, (self.until - self.now).total_seconds())


class QueryNotFound(Exception):
    """Raised while serialising a listing whose query names nothing (e.g. page 99)."""


class BasePageSerializer(serializers.Serializer):
    """Fields every page type returns; subclasses add their own.

    Context: ``refs`` (ReferenceResolver), ``root`` (the site root page), ``base_url``
    (public origin), ``site_settings`` (``SiteSettings``), ``ancestors``, ``query``
    (the validated ``query_serializer`` values, for listing pages) and ``freshness``
    (a :class:`Freshness`: its ``now`` is the serialisation's clock).
    """

    #: A :class:`PageQuerySerializer` for page types whose content depends on the query
    #: string (listings); ``None`` for the others, which ignore it.
    query_serializer: type[PageQuerySerializer] | None = None
    #: Pages search engines should not index (search results).
    noindex = False

    id = serializers.IntegerField(read_only=True)
    type: serializers.Field  # a ChoiceLiteralField set by register_page_serializer
    title = serializers.CharField(read_only=True)
    path = serializers.SerializerMethodField()
    seo = serializers.SerializerMethodField()
    breadcrumbs = serializers.SerializerMethodField()
    last_published_at = serializers.DateTimeField(read_only=True, allow_null=True)

    def get_path(self, page: Page) -> str:
        return site_relative_path(page.url_path, self.context["root"].url_path)

    @extend_schema_field(BreadcrumbSerializer(many=True))
    def get_breadcrumbs(self, page: Page):
        root_path = self.context["root"].url_path
        return BreadcrumbSerializer(
            [
                {"title": ancestor.title, "path": site_relative_path(ancestor.url_path, root_path)}
                for ancestor in self.context["ancestors"]
            ],
            many=True,
        ).data

    @extend_schema_field(SeoSerializer)
    def get_seo(self, page: Page):
        settings = self.context["site_settings"]
        refs = self.context["refs"]
        organisation = settings.organisation_name
        title = page.seo_title or page.title
        if page.depth > self.context["root"].depth:
            title = f"{title} | {organisation}"
        image_id = (
            getattr(page, "social_image_id", None)
            or self.get_fallback_social_image_id(page)
            or settings.default_social_image_id
        )
        return {
            "title": title,
            "description": page.search_description or self.get_default_description(page),
            "canonical": self.canonical_url(page),
            "og_image": refs.image(image_id, rendition_set="social", absolute=True),
            "json_ld": [*self.get_json_ld(page), self.breadcrumb_json_ld()],
            "noindex": self.noindex,
        }

    # -- hooks for subclasses ----------------------------------------------------------

    def get_default_description(self, page: Page) -> str:
        """The meta description when the editor left it empty."""
        return getattr(page, "intro", "") or ""

    def get_fallback_social_image_id(self, page: Page) -> int | None:
        """The sharing image when the editor chose none (before the site's default)."""
        return None

    def get_json_ld(self, page: Page) -> list[dict[str, Any]]:
        """Structured data for this page type (BreadcrumbList is added for all)."""
        return [
            {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "name": page.title,
                "url": self.canonical_url(page),
            }
        ]

    # -- helpers -----------------------------------------------------------------------

    def page_path(self, page: Page) -> str:
        """The site-relative path of another page already loaded with this one."""
        return site_relative_path(page.url_path, self.context["root"].url_path)

    @property
    def now(self) -> datetime.datetime:
        return self.context["freshness"].now

    def changes_at(self, *moments: datetime.datetime | None) -> None:
        """Note when what this page shows changes with the clock alone."""
        for moment in moments:
            self.context["freshness"].note(moment)

    @property
    def nested_context(self) -> dict[str, Any]:
        """Context for nested serializers of listed pages: adds ``page_path``."""
        return {**self.context, "page_path": self.page_path}

    def organisation_json_ld(self) -> dict[str, Any]:
        """The practice, as the provider of services and events."""
        settings = self.context["site_settings"]
        organisation = {
            "@type": "ProfessionalService",
            "name": settings.organisation_name,
            "url": self.context["base_url"] + "/",
        }
        if settings.phone:
            organisation["telephone"] = settings.phone
        return organisation

    def canonical_url(self, page: Page) -> str:
        """The page's public URL; a listing's own URL keeps its canonical query."""
        url = self.context["base_url"] + self.get_path(page)
        query = self.context.get("query_string")
        if query and page is self.instance:
            url += f"?{query}"
        return url

    def breadcrumb_json_ld(self) -> dict[str, Any]:
        root_path = self.context["root"].url_path
        base_url = self.context["base_url"]
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": ancestor.title,
                    "item": base_url + site_relative_path(ancestor.url_path, root_path),
                }
                for position, ancestor in enumerate(self.context["ancestors"], start=1)
            ],
        }


def register_page_serializer(model: type[Page]):
    """Class decorator: the serializer of ``model``; adds the ``type`` discriminator."""

    def decorator(serializer_class: type[BasePageSerializer]) -> type[BasePageSerializer]:
        label = model._meta.label
        if model in _REGISTRY:
            raise ValueError(f"{label} already has a serializer: {_REGISTRY[model].__name__}")
        declared = serializer_class._declared_fields
        # Rebuild so that ``type`` comes right after ``id`` in responses and the schema.
        serializer_class._declared_fields = {
            "id": declared["id"],
            "type": ChoiceLiteralField(label),
            **{name: field for name, field in declared.items() if name not in ("id", "type")},
        }
        _REGISTRY[model] = serializer_class
        return serializer_class

    return decorator


def serializer_for(model: type[Page]) -> type[BasePageSerializer] | None:
    return _REGISTRY.get(model)


def registered_page_models() -> list[type[Page]]:
    return list(_REGISTRY)


def registered_page_serializers() -> list[type[BasePageSerializer]]:
    return sorted(_REGISTRY.values(), key=lambda cls: cls.__name__)


def query_driven_types() -> set[str]:
    """Labels of the page types whose content depends on the query string."""
    return {
        model._meta.label
        for model, serializer_class in _REGISTRY.items()
        if serializer_class.query_serializer is not None
    }


def query_parameter_fields() -> dict[str, serializers.Field]:
    """Every query parameter some page type reads, by name (for the schema and for the
    resolve cache key). Built once (per set of registered types): building DRF fields
    on every request would cost a cached page a third of its time."""
    return _query_parameter_fields(len(_REGISTRY))


@functools.cache
def _query_parameter_fields(_registered: int) -> dict[str, serializers.Field]:
    fields: dict[str, serializers.Field] = {}
    for serializer_class in registered_page_serializers():
        if serializer_class.query_serializer is not None:
            fields.update(serializer_class.query_serializer().fields)
    return fields
