"""Batch resolution of everything a serialised page points at.

Serialisers never look up an image rendition, a linked page or a document one at a
time. They ask the request's :class:`ReferenceResolver` for a :class:`Deferred`
placeholder; once the whole page is serialised, :meth:`ReferenceResolver.finish` loads
every referenced object with one query per kind and replaces the placeholders in place.
That keeps the number of queries of a resolve constant however many blocks, links and
images a page has.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import nh3
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from core.querysets import public_media, public_pages

# Renditions generated for each use of an image. Every width is offered in WebP;
# ``src`` is the rendition at ``default`` width. Social images are JPEG crops because
# not every link-preview crawler reads WebP.
RENDITION_SETS: dict[str, dict[str, Any]] = {
    "content": {
        "specs": [
            "width-480|format-webp",
            "width-800|format-webp",
            "width-1200|format-webp",
            "width-1600|format-webp",
        ],
        "default": 1,
    },
    "hero": {
        "specs": [
            "fill-640x480-c50|format-webp",
            "fill-1024x768-c50|format-webp",
            "fill-1440x1080-c50|format-webp",
        ],
        "default": 1,
    },
    "card": {
        "specs": ["fill-480x320-c50|format-webp", "fill-960x640-c50|format-webp"],
        "default": 0,
    },
    "portrait": {
        "specs": ["fill-320x320-c75|format-webp", "fill-640x640-c75|format-webp"],
        "default": 0,
    },
    "social": {"specs": ["fill-1200x630-c50|format-jpeg"], "default": 0},
}

RICH_TEXT_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "ul",
    "ol",
    "li",
    "a",
    "hr",
    "blockquote",
    "code",
}
RICH_TEXT_ATTRIBUTES = {"a": {"href", "rel", "target"}}


class Deferred:
    """A placeholder in serialised data, filled by :meth:`ReferenceResolver.finish`."""

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[], Any]):
        self.compute = compute


@dataclass
class ReferenceResolver:
    """Collects references during one page's serialisation and resolves them in bulk.

    ``root_url_path`` is the Wagtail ``url_path`` of the site root (``/home/``), used to
    turn page ``url_path`` values into site-relative paths; ``base_url`` makes social
    image URLs absolute.
    """

    root_url_path: str
    base_url: str = ""
    _image_ids: set[int] = field(default_factory=set)
    _image_specs: set[str] = field(default_factory=set)
    _page_ids: set[int] = field(default_factory=set)
    _document_ids: set[int] = field(default_factory=set)
    _images: dict[int, Any] = field(default_factory=dict)
    _page_paths: dict[int, str] = field(default_factory=dict)
    _document_urls: dict[int, str] = field(default_factory=dict)
    _embed_urls: set[str] = field(default_factory=set)
    _embed_html: dict[str, str] = field(default_factory=dict)

    # -- registration ------------------------------------------------------------------

    def image(
        self,
        image: Any,
        *,
        alt: str | None = None,
        rendition_set: str = "content",
        absolute: bool = False,
    ) -> Deferred | None:
        """An image (instance or id) as ``{src, srcset, width, height, alt}``, or
        ``None`` when it is in a private collection."""
        if image is None:
            return None
        image_id = image if isinstance(image, int) else image.pk
        if alt is None and not isinstance(image, int):
            if getattr(image, "decorative", False):
                alt = ""
            else:
                # Empty contextual alt text on a non-decorative image falls back to the
                # image's own description.
                alt = getattr(image, "contextual_alt_text", None) or None
        self._image_ids.add(image_id)
        self._image_specs.update(RENDITION_SETS[rendition_set]["specs"])
        return Deferred(lambda: self._render_image(image_id, alt, rendition_set, absolute))

    def page_path(self, page: Any, *, absolute: bool = False) -> Deferred | None:
        """The site-relative path (or, ``absolute``, the public URL) of a linked page, or
        ``None`` when it is not public."""
        if page is None:
            return None
        page_id = page if isinstance(page, int) else page.pk
        self._page_ids.add(page_id)

        def compute():
            path = self._page_paths.get(page_id)
            return self.base_url + path if path and absolute else path

        return Deferred(compute)

    def image_url(self, image: Any, *, rendition_set: str, absolute: bool = True) -> Deferred:
        """Only the default rendition's URL of an image (for structured data)."""
        rendered = self.image(image, rendition_set=rendition_set, absolute=absolute)
        return Deferred(lambda: (self._fill(rendered) or {}).get("src"))

    def embed_html(self, url: str) -> Deferred:
        """The provider's player HTML from Wagtail's embed cache, or ``None``.

        Only the cache is read: fetching from a provider on a visitor's request would
        make the page as slow as the provider (embeds are fetched when an editor saves).
        """
        self._embed_urls.add(url)
        return Deferred(lambda: self._embed_html.get(url))

    def rich_text(self, html: str) -> Deferred:
        """Stored rich text as sanitised display HTML with site-relative links."""
        html = html or ""
        for match in FIND_A_TAG.finditer(html):
            attrs = extract_attrs(match.group(1))
            if attrs.get("linktype") == "page" and attrs.get("id", "").isdigit():
                self._page_ids.add(int(attrs["id"]))
            elif attrs.get("linktype") == "document" and attrs.get("id", "").isdigit():
                self._document_ids.add(int(attrs["id"]))
        return Deferred(lambda: self._render_rich_text(html))

    # -- resolution --------------------------------------------------------------------

    def finish(self, data: Any) -> Any:
        """Load every referenced object (one query per kind) and fill the placeholders."""
        self._load()
        return self._fill(data)

    def _load(self) -> None:
        if self._page_ids:
            root = self.root_url_path
            pages = public_pages(
                Page.objects.filter(id__in=self._page_ids, url_path__startswith=root)
            ).values_list("id", "url_path")
            self._page_paths = {pk: site_relative_path(url_path, root) for pk, url_path in pages}
        if self._document_ids:
            documents = get_document_model().objects.filter(id__in=self._document_ids)
            # A link to a private document keeps its text but loses its target.
            documents = public_media(documents)
            self._document_urls = {document.pk: document.url for document in documents}
        if self._embed_urls:
            embeds = Embed.objects.filter(url__in=self._embed_urls).values_list("url", "html")
            self._embed_html = {url: html for url, html in embeds if html}
        if self._image_ids:
            images = public_media(get_image_model().objects.filter(id__in=self._image_ids))
            self._images = {
                image.pk: image for image in images.prefetch_renditions(*self._image_specs)
            }

    def _fill(self, data: Any) -> Any:
        if isinstance(data, Deferred):
            return self._fill(data.compute())
        # Only containers and placeholders are visited: most values are plain.
        if isinstance(data, dict):
            for key, value in data.items():
                if isinstance(value, FILLABLE):
                    data[key] = self._fill(value)
            return data
        if isinstance(data, list):
            return [self._fill(item) if isinstance(item, FILLABLE) else item for item in data]
        return data

    def _render_image(
        self, image_id: int, alt: str | None, rendition_set: str, absolute: bool
    ) -> dict | None:
        image = self._images.get(image_id)
        if image is None:
            return None
        config = RENDITION_SETS[rendition_set]
        renditions = image.get_renditions(*config["specs"])
        ordered = [renditions[spec] for spec in config["specs"]]
        prefix = self.base_url if absolute else ""
        srcset, seen_widths = [], set()
        for rendition in ordered:
            if rendition.width not in seen_widths:
                seen_widths.add(rendition.width)
                srcset.append(f"{prefix}{rendition.url} {rendition.width}w")
        default = ordered[min(config["default"], len(ordered) - 1)]
        return {
            "src": f"{prefix}{default.url}",
            "srcset": ", ".join(srcset),
            "width": default.width,
            "height": default.height,
            "alt": image.default_alt_text if alt is None else alt,
        }

    def _render_rich_text(self, html: str) -> str:
        def replace_link(match: re.Match) -> str:
            attrs = extract_attrs(match.group(1))
            linktype = attrs.get("linktype")
            if linktype is None:
                href = attrs.get("href", "")
                return f'<a href="{escape(href)}">' if href else "<a>"
            href = None
            if linktype == "page" and attrs.get("id", "").isdigit():
                href = self._page_paths.get(int(attrs["id"]))
            elif linktype == "document" and attrs.get("id", "").isdigit():
                href = self._document_urls.get(int(attrs["id"]))
            # A link to a page that is not public keeps its text but loses its target.
            return f'<a href="{escape(href)}">' if href else "<a>"

        html = FIND_A_TAG.sub(replace_link, html)
        html = FIND_EMBED_TAG.sub("", html)
        return nh3.clean(
            html,
            tags=RICH_TEXT_TAGS,
            attributes=RICH_TEXT_ATTRIBUTES,
            link_rel=None,
            url_schemes={"http", "https", "mailto", "tel"},
        )


FILLABLE = (Deferred, dict, list)


def site_relative_path(url_path: str, root_url_path: str) -> str:
    """``/home/supervision/group/`` under root ``/home/`` → ``/supervision/group/``."""
    return "/" + url_path[len(root_url_path) :]
