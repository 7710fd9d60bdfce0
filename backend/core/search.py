"""Site search over every public page: ranked by the search backend (PostgreSQL
full-text in production, SQLite's FTS locally), filtered by ``public_pages``, with
highlighted snippets; a query that finds nothing is retried with the closest words of
the site's own vocabulary ("supervison" → "supervision")."""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import CharField, F, IntegerField, Q, QuerySet
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from wagtail.models import Page

from core import cache
from core.querysets import public_pages

PAGE_SIZE = 10
MAX_RESULTS = 100  # ten pages: few read further, and every result kept costs time
SNIPPET_LENGTH = 220
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", re.I)
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@dataclass
class SearchOutcome:
    query: str
    corrected_query: str | None = None
    total: int = 0
    page: int = 1
    page_count: int = 0
    pages: list[Page] = field(default_factory=list)


TYPE_LABELS = {
    "blog.BlogPage": "Blog post",
    "blog.BlogIndexPage": "Blog",
    "team.TeamMemberPage": "Team member",
    "events.EventPage": "Event",
    "events.EventIndexPage": "Events",
    "events.TrainingPage": "Training",
    "events.TrainingProgramPage": "Training program",
    "services.ServicePage": "Service",
    "services.LicensurePathPage": "Licensure guide",
    "services.LocationPage": "Location",
    "forms.FormPage": "Form",
}


def type_label(page: Page) -> str:
    label = page.specific_class._meta.label
    return TYPE_LABELS.get(label) or "Page"


def terms(query: str) -> list[str]:
    return [word.lower() for word in WORD.findall(query)]


def ranked_ids(root: Page, query: str) -> list[int]:
    """Ids of the public pages under ``root`` matching ``query``, best first."""
    from core.models import SearchPage

    under_root = Page.objects.descendant_of(root, inclusive=True).not_type(SearchPage)
    if connection.vendor == "postgresql":
        ranked = postgres_ranked(query, public_pages(under_root))
    else:
        # Other backends filter only on indexed fields: live pages first, then public.
        # SQLite's full-text backend quotes each word without escaping a double quote in
        # it, so a visitor's `"` would be a syntax error (a 500): it separates words.
        unquoted = query.replace('"', " ")
        ids = [page.pk for page in under_root.live().only("id").search(unquoted, operator="or")]
        titles = dict(public_pages(Page.objects.filter(pk__in=ids)).values_list("pk", "title"))
        ranked = [(pk, titles[pk]) for pk in ids if pk in titles]
    words = terms(query)

    def title_matches(title: str) -> int:
        title = title.lower()
        return sum(word in title for word in words)

    # The backend's relevance, with pages named by the query first (backends weigh
    # titles differently; visitors expect "Group supervision" first for "supervision").
    best = ranked[:MAX_RESULTS]
    return [pk for pk, _title in sorted(best, key=lambda result: -title_matches(result[1]))]


def postgres_ranked(query: str, pages: QuerySet[Page]) -> list[tuple[int, str]]:
    """The ``pages`` matching ``query`` as (id, title), best first, in one query: the
    database backend's own full-text query and ranking, read straight from its index.

    The backend's page search joins each page to its entry through a text cast that
    PostgreSQL cannot plan well, ranks every match, and then builds a ``Page`` for each
    result; reading ids and titles from the index keeps a site ten times larger within
    a few milliseconds of the demo's."""
    from modelsearch.backends import get_search_backend
    from modelsearch.query import PlainText
    from wagtail.search.models import IndexEntry

    backend = get_search_backend()
    compiler = backend.query_compiler_class(Page.objects.all(), PlainText(query, operator="or"))
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(compiler.query, config=config)
    if tsquery is None:
        return []
    rank = compiler.build_tsrank(F("title"), compiler.query, config=config) * F(
        "title_norm"
    ) + compiler.build_tsrank(F("body"), compiler.query, config=config)
    ids_as_text = pages.annotate(text_id=Cast("pk", CharField())).values("text_id")
    entries = (
        IndexEntry.objects.filter(
            content_type_id__in=page_content_type_ids(), object_id__in=ids_as_text
        )
        # Title or body rather than the backend's title || body: the same matches for
        # words joined by "or", and PostgreSQL can estimate and index each column.
        .filter(Q(title=tsquery) | Q(body=tsquery))
        .order_by(rank.desc(), Cast("object_id", IntegerField()).desc())
        .values_list("object_id", "title_text")
    )
    return list({int(object_id): title for object_id, title in entries}.items())


def page_content_type_ids() -> list[int]:
    """The content types the search index files pages under (every page type; Django
    caches them, so this costs no query after the first)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    return sorted(ct.pk for ct in ContentType.objects.get_for_models(*get_page_models()).values())


def vocabulary(root: Page) -> list[str]:
    """The words of public pages' titles and descriptions (cached with the content)."""
    key = cache.key("search-vocabulary", root.url_path)
    words = cache.get(key)
    if words is None:
        texts = public_pages(Page.objects.descendant_of(root, inclusive=True)).values_list(
            "title", "search_description"
        )
        words = sorted({word for text in texts for word in terms(" ".join(text))})
        cache.set(key, words)
    return words


def correction(root: Page, query: str) -> str | None:
    """The query with each unknown word replaced by the closest known one, if any."""
    known = vocabulary(root)
    known_set = set(known)
    corrected = []
    changed = False
    for word in terms(query):
        if word in known_set:
            corrected.append(word)
            continue
        match = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
        corrected.append(match[0] if match else word)
        changed = changed or bool(match)
    return " ".join(corrected) if changed else None


def search(root: Page, query: str, page: int = 1) -> SearchOutcome:
    """One page of results (``PAGE_SIZE``); ``page`` beyond the last raises
    ``ValueError``."""
    query = " ".join(query.split())
    outcome = SearchOutcome(query=query, page=page)
    if not terms(query):
        if page != 1:
            raise ValueError(page)
        return outcome
    ids = ranked_ids(root, query)
    if not ids:
        suggestion = correction(root, query)
        if suggestion:
            ids = ranked_ids(root, suggestion)
            outcome.corrected_query = suggestion if ids else None
    outcome.total = len(ids)
    outcome.page_count = math.ceil(len(ids) / PAGE_SIZE)
    if page > max(1, outcome.page_count):
        raise ValueError(page)
    chosen = ids[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    specific = Page.objects.filter(pk__in=chosen).specific().in_bulk()
    outcome.pages = [specific[pk] for pk in chosen if pk in specific]
    return outcome


def page_text(page: Page) -> str:
    """A page's visible text for its snippet: description, intro or bio, then body."""
    parts = [
        page.search_description,
        getattr(page, "intro", "") or "",
        getattr(page, "short_bio", "") or "",
    ]
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "__iter__"):
        for child in body:
            value = child.value
            if hasattr(value, "source"):
                # Paragraphs and list items end with a space, not glued to the next.
                parts.append(strip_tags(BLOCK_END.sub(" ", value.source)))
            elif isinstance(value, dict) and isinstance(value.get("text"), str):
                parts.append(value["text"])
    seen: list[str] = []
    for part in parts:
        text = " ".join((part or "").split())
        if text and text not in seen:  # the description is often the intro again
            seen.append(text)
    return " ".join(seen)


def snippet(text: str, words: list[str]) -> list[dict[str, Any]]:
    """About ``SNIPPET_LENGTH`` characters of ``text`` around the first matching word,
    as parts to render, the matches marked ``highlight``."""
    if not text:
        return []
    pattern = (
        re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)), re.I)
        if words
        else None
    )
    first = pattern.search(text) if pattern else None
    start = max(0, (first.start() if first else 0) - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    window = text[start:end]
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    parts: list[dict[str, Any]] = []
    position = 0
    for match in pattern.finditer(window) if pattern else []:
        if match.start() > position:
            parts.append({"text": window[position : match.start()], "highlight": False})
        parts.append({"text": match.group(0), "highlight": True})
        position = match.end()
    parts.append({"text": window[position:], "highlight": False})
    parts[0]["text"] = prefix + parts[0]["text"]
    parts[-1]["text"] += suffix
    return [part for part in parts if part["text"]]


def result_items(outcome: SearchOutcome, root: Page) -> list[dict[str, Any]]:
    """The results of ``outcome`` as the API returns them."""
    from core.api.references import site_relative_path

    words = terms(outcome.corrected_query or outcome.query)
    return [
        {
            "id": result.pk,
            "type": result.specific_class._meta.label,
            "type_label": type_label(result),
            "title": result.title,
            "path": site_relative_path(result.url_path, root.url_path),
            "snippet": snippet(page_text(result), words),
        }
        for result in outcome.pages
    ]


def pagination(outcome: SearchOutcome, path: str) -> dict[str, Any]:
    """Page numbers and the URLs of the previous and next pages of results at ``path``."""
    from urllib.parse import urlencode

    def url(number: int) -> str:
        pairs = [("q", outcome.query)] + ([("page", number)] if number > 1 else [])
        return f"{path}?{urlencode(pairs)}"

    return {
        "page": outcome.page,
        "page_count": outcome.page_count,
        "total": outcome.total,
        "previous": url(outcome.page - 1) if outcome.page > 1 else None,
        "next": url(outcome.page + 1) if outcome.page < outcome.page_count else None,
    }
