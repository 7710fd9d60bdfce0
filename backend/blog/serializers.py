"""Serializers of the blog index and of a post, and the post summaries other page types
(home, team profiles) list."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from taggit.models import Tag
from wagtail.models import Page

from blog.models import BlogCategory, BlogIndexPage, BlogPage, Comment, GuestAuthor, PostViews
from core.api.fields import ImageSerializer
from core.api.pages import (
    BasePageSerializer,
    PageQuerySerializer,
    PaginationSerializer,
    QueryNotFound,
    SeoSerializer,
    register_page_serializer,
)
from core.querysets import public_pages
from core.serializers import body_field, faq_json_ld
from team.models import TeamMemberPage

RELATED_COUNT = 3
RECENT_COUNT = 5
BY_AUTHOR_COUNT = 3
MOST_READ_COUNT = 5
RECENT_COMMENTS_COUNT = 5
TAG_FILTER_COUNT = 20
COMMENTS_SHOWN = 100
NO_MATCH = "No published post matches this filter."


def posts_queryset(queryset: QuerySet | None = None) -> QuerySet:
    """Public posts, newest first, with what a summary needs in a constant number of
    queries (authors joined, categories prefetched)."""
    queryset = queryset if queryset is not None else BlogPage.objects.all()
    return (
        public_pages(queryset)
        .select_related("author", "guest_author")
        .prefetch_related("categories")
        .order_by("-date", "-pk")
    )


class CategorySerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class AuthorLinkSerializer(serializers.Serializer):
    name = serializers.CharField()
    path = serializers.CharField(allow_null=True, help_text="The team profile, if any.")


def author_link(serializer: serializers.Serializer, post: BlogPage) -> dict[str, Any]:
    """The author's name, linked to their profile when it is public."""
    refs = serializer.context["refs"]
    name = post.author_name or serializer.context["site_settings"].organisation_name
    if post.author_id:
        return {"name": name, "path": refs.page_path(post.author_id)}
    return {"name": name, "path": None}


class PostLinkSerializer(serializers.Serializer):
    """A post as a link in a short list (recent, by the same author, previous/next)."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    date = serializers.DateField()

    def get_path(self, post: BlogPage) -> str:
        return self.context["page_path"](post)


class PostSummarySerializer(PostLinkSerializer):
    """A post in a listing. Needs ``posts_queryset`` and the ``page_path`` context."""

    intro = serializers.CharField()
    reading_minutes = serializers.IntegerField()
    hero = serializers.SerializerMethodField()
    author = serializers.SerializerMethodField()
    categories = CategorySerializer(many=True, source="categories.all")

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero(self, post: BlogPage):
        return self.context["refs"].image(
            post.hero_image_id, alt=post.hero_alt, rendition_set="card"
        )

    @extend_schema_field(AuthorLinkSerializer)
    def get_author(self, post: BlogPage):
        return author_link(self, post)


class MostReadSerializer(PostLinkSerializer):
    views = serializers.IntegerField(source="views.count")


class RecentCommentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    excerpt = serializers.CharField()
    created_at = serializers.DateTimeField()
    post = serializers.SerializerMethodField()

    @extend_schema_field(PostLinkSerializer)
    def get_post(self, comment: Comment):
        return PostLinkSerializer(comment.post, context=self.context).data


class FilterOptionSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    count = serializers.IntegerField()


class BlogFiltersSerializer(serializers.Serializer):
    categories = FilterOptionSerializer(many=True)
    tags = FilterOptionSerializer(many=True)
    authors = FilterOptionSerializer(many=True)


class ActiveFilterSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["category", "tag", "author"])
    slug = serializers.CharField()
    name = serializers.CharField()


class BlogListingQuery(PageQuerySerializer):
    page = serializers.IntegerField(
        min_value=1, max_value=100_000, required=False, default=1, help_text="page number"
    )
    category = serializers.SlugField(max_length=80, required=False, help_text="category slug")
    tag = serializers.SlugField(max_length=100, required=False, help_text="tag slug")
    author = serializers.SlugField(
        max_length=80, required=False, help_text="team member's or guest author's slug"
    )


@register_page_serializer(BlogIndexPage)
class BlogIndexPageSerializer(BasePageSerializer):
    query_serializer = BlogListingQuery

    intro = serializers.CharField(allow_blank=True)
    active_filter = serializers.SerializerMethodField()
    posts = serializers.SerializerMethodField()
    pagination = serializers.SerializerMethodField()
    filters = serializers.SerializerMethodField()
    most_read = serializers.SerializerMethodField()
    recent_comments = serializers.SerializerMethodField()
    feed_path = serializers.SerializerMethodField()

    def to_representation(self, index: BlogIndexPage):
        self.listing = self._listing(index)
        return super().to_representation(index)

    def _listing(self, index: BlogIndexPage) -> dict[str, Any]:
        """The filtered, paginated posts (404 via ``QueryNotFound`` for a view that
        names nothing)."""
        query = self.context["query"]
        if len(self._filter_pairs()) > 1:
            raise QueryNotFound("Filter the blog by one category, tag or author at a time.")
        posts = BlogPage.objects.child_of(index)
        active = None
        if query.get("category"):
            category = BlogCategory.objects.filter(slug=query["category"]).first()
            if category is None:
                raise QueryNotFound(NO_MATCH)
            posts = posts.filter(categories=category)
            active = {"kind": "category", "slug": category.slug, "name": category.name}
        if query.get("tag"):
            tag = Tag.objects.filter(slug=query["tag"]).first()
            if tag is None:
                raise QueryNotFound(NO_MATCH)
            posts = posts.filter(tagged_items__tag=tag)
            active = {"kind": "tag", "slug": tag.slug, "name": tag.name}
        if query.get("author"):
            posts, active = self._by_author(posts, query["author"])
        posts = posts_queryset(posts)
        total = posts.count()
        if active and not total:
            # Only names with published posts make a view, and they answer as unknown
            # names do: nobody learns the tags, categories or authors of drafts.
            raise QueryNotFound(NO_MATCH)
        page_size = index.page_size
        page_count = max(1, math.ceil(total / page_size))
        number = query["page"]
        if number > page_count:
            raise QueryNotFound(f"This list has {page_count} page(s), not {number}.")
        start = (number - 1) * page_size
        return {
            "active": active,
            "posts": list(posts[start : start + page_size]),
            "pagination": {
                "page": number,
                "page_count": page_count,
                "total": total,
                "previous": self._page_url(index, number - 1) if number > 1 else None,
                "next": self._page_url(index, number + 1) if number < page_count else None,
            },
        }

    def _by_author(self, posts: QuerySet, slug: str) -> tuple[QuerySet, dict[str, str]]:
        member = (
            public_pages(TeamMemberPage.objects.descendant_of(self.context["root"]))
            .filter(slug=slug)
            .only("id", "title", "slug")
            .first()
        )
        if member is not None:
            return posts.filter(author=member), {
                "kind": "author",
                "slug": member.slug,
                "name": member.title,
            }
        guest = GuestAuthor.objects.filter(slug=slug).first()
        if guest is None:
            raise QueryNotFound(NO_MATCH)
        return posts.filter(guest_author=guest), {
            "kind": "author",
            "slug": guest.slug,
            "name": guest.name,
        }

    def _page_url(self, index: BlogIndexPage, number: int) -> str:
        pairs = [(k, v) for k, v in self._filter_pairs() if k != "page"]
        if number > 1:
            pairs.append(("page", str(number)))
        query = urlencode(sorted(pairs))
        return self.get_path(index) + (f"?{query}" if query else "")

    def _filter_pairs(self) -> list[tuple[str, str]]:
        query = self.context["query"]
        return [(k, str(query[k])) for k in ("category", "tag", "author") if query.get(k)]

    @extend_schema_field(ActiveFilterSerializer(allow_null=True))
    def get_active_filter(self, index: BlogIndexPage):
        return self.listing["active"]

    @extend_schema_field(PostSummarySerializer(many=True))
    def get_posts(self, index: BlogIndexPage):
        return PostSummarySerializer(
            self.listing["posts"], many=True, context=self.nested_context
        ).data

    @extend_schema_field(PaginationSerializer)
    def get_pagination(self, index: BlogIndexPage):
        return self.listing["pagination"]

    @extend_schema_field(BlogFiltersSerializer)
    def get_filters(self, index: BlogIndexPage):
        # The public posts' ids, read once: counting against a list is far cheaper
        # for the database than repeating the visibility subquery in every count.
        public = list(public_pages(BlogPage.objects.child_of(index)).values_list("pk", flat=True))
        categories = (
            BlogCategory.objects.annotate(
                count=Count("posts", filter=Q(posts__in=public), distinct=True)
            )
            .filter(count__gt=0)
            .order_by("name")
        )
        tags = (
            Tag.objects.annotate(
                count=Count(
                    "blog_blogpagetag_items",
                    filter=Q(blog_blogpagetag_items__content_object__in=public),
                    distinct=True,
                )
            )
            .filter(count__gt=0)
            .order_by("-count", "name")[:TAG_FILTER_COUNT]
        )
        members = (
            public_pages(TeamMemberPage.objects.descendant_of(self.context["root"]))
            .annotate(count=Count("blog_posts", filter=Q(blog_posts__in=public), distinct=True))
            .filter(count__gt=0)
            .order_by("title")
            .values("slug", "title", "count")
        )
        guests = (
            GuestAuthor.objects.annotate(
                count=Count("posts", filter=Q(posts__in=public), distinct=True)
            )
            .filter(count__gt=0)
            .values("slug", "name", "count")
        )
        authors = sorted(
            [{"slug": m["slug"], "name": m["title"], "count": m["count"]} for m in members]
            + list(guests),
            key=lambda author: author["name"],
        )
        return BlogFiltersSerializer(
            {"categories": categories, "tags": tags, "authors": authors}
        ).data

    @extend_schema_field(MostReadSerializer(many=True))
    def get_most_read(self, index: BlogIndexPage):
        posts = (
            public_pages(BlogPage.objects.child_of(index))
            .filter(views__count__gt=0)
            .select_related("views")
            .only("id", "title", "url_path", "date", "views__count")
            .order_by("-views__count", "-date")[:MOST_READ_COUNT]
        )
        return MostReadSerializer(posts, many=True, context=self.nested_context).data

    @extend_schema_field(RecentCommentSerializer(many=True))
    def get_recent_comments(self, index: BlogIndexPage):
        comments = (
            Comment.objects.filter(
                status=Comment.Status.APPROVED,
                post__in=public_pages(BlogPage.objects.child_of(index)).values("pk"),
            )
            .select_related("post")
            .only("id", "name", "body", "created_at", "post__title", "post__url_path", "post__date")
            .order_by("-created_at")[:RECENT_COMMENTS_COUNT]
        )
        return RecentCommentSerializer(comments, many=True, context=self.nested_context).data

    def get_feed_path(self, index: BlogIndexPage) -> str:
        return self.get_path(index) + "feed/"

    @extend_schema_field(SeoSerializer)
    def get_seo(self, index: BlogIndexPage):
        seo = super().get_seo(index)
        details = []
        if self.listing["active"]:
            details.append(self.listing["active"]["name"])
        if self.listing["pagination"]["page"] > 1:
            details.append(f"page {self.listing['pagination']['page']}")
        if details:
            title, _, rest = seo["title"].partition(" | ")
            seo["title"] = f"{title}: {', '.join(details)}" + (f" | {rest}" if rest else "")
        return seo

    def get_json_ld(self, index: BlogIndexPage) -> list[dict[str, Any]]:
        return [
            {
                "@context": "https://schema.org",
                "@type": "Blog",
                "name": index.title,
                "url": self.canonical_url(index),
                "description": index.search_description or index.intro,
                "publisher": self.organisation_json_ld(),
            }
        ]


class PostAuthorSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["member", "guest"])
    name = serializers.CharField()
    path = serializers.CharField(allow_null=True)
    role = serializers.CharField(allow_blank=True)
    bio = serializers.CharField(allow_blank=True)
    photo = ImageSerializer(allow_null=True)
    posts_path = serializers.CharField(help_text="The blog listing of their posts.")


class CommentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    body = serializers.CharField()
    created_at = serializers.DateTimeField()


@register_page_serializer(BlogPage)
class BlogPageSerializer(BasePageSerializer):
    date = serializers.DateField()
    intro = serializers.CharField()
    hero_image = serializers.SerializerMethodField()
    reading_minutes = serializers.IntegerField()
    views = serializers.SerializerMethodField()
    author = serializers.SerializerMethodField()
    categories = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()
    body = body_field()
    index_path = serializers.SerializerMethodField()
    feed_path = serializers.SerializerMethodField()
    related = serializers.SerializerMethodField()
    recent = serializers.SerializerMethodField()
    more_by_author = serializers.SerializerMethodField()
    previous = serializers.SerializerMethodField()
    next = serializers.SerializerMethodField()
    comments_open = serializers.BooleanField()
    comment_count = serializers.SerializerMethodField()
    comments = serializers.SerializerMethodField()

    def to_representation(self, post: BlogPage):
        # The index is the last ancestor but one (ancestors end with the post itself).
        self.index_path = self.page_path(self.context["ancestors"][-2])
        self.siblings = BlogPage.objects.sibling_of(post, inclusive=False)
        self._categories = list(post.categories.all())
        self._tags = list(post.tags.all())
        return super().to_representation(post)

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero_image(self, post: BlogPage):
        return self.context["refs"].image(
            post.hero_image_id, alt=post.hero_alt, rendition_set="hero"
        )

    def get_views(self, post: BlogPage) -> int:
        return PostViews.objects.filter(page=post).values_list("count", flat=True).first() or 0

    @extend_schema_field(PostAuthorSerializer)
    def get_author(self, post: BlogPage):
        return self._author(post)

    def _author(self, post: BlogPage) -> dict[str, Any]:
        if hasattr(self, "_author_cache"):
            return self._author_cache
        refs = self.context["refs"]
        listing = self.index_path + "?author="
        # A team member who is not public, or a deleted author: the name only (or the
        # practice's, when nothing is left).
        author: dict[str, Any] = {
            "kind": "guest",
            "name": (post.author.title if post.author_id else "")
            or self.context["site_settings"].organisation_name,
            "path": None,
            "role": "",
            "bio": "",
            "photo": None,
            "posts_path": self.index_path,
        }
        if post.author_id:
            member = (
                public_pages(TeamMemberPage.objects.filter(pk=post.author_id))
                .only("id", "title", "slug", "role", "short_bio", "photo_id", "photo_alt")
                .first()
            )
            if member is not None:
                author = {
                    "kind": "member",
                    "name": member.title,
                    "path": refs.page_path(member.pk),
                    "role": member.get_role_display(),
                    "bio": member.short_bio,
                    "photo": refs.image(
                        member.photo_id, alt=member.photo_alt, rendition_set="portrait"
                    ),
                    "posts_path": listing + member.slug,
                }
        elif post.guest_author_id:
            guest = GuestAuthor.objects.filter(pk=post.guest_author_id).first()
            if guest is not None:
                author = {
                    "kind": "guest",
                    "name": guest.name,
                    "path": None,
                    "role": "Guest author",
                    "bio": guest.bio,
                    "photo": refs.image(
                        guest.photo_id, alt=guest.photo_alt, rendition_set="portrait"
                    ),
                    "posts_path": listing + guest.slug,
                }
        self._author_cache = author
        return author

    @extend_schema_field(CategorySerializer(many=True))
    def get_categories(self, post: BlogPage):
        return CategorySerializer(self._categories, many=True).data

    @extend_schema_field(CategorySerializer(many=True))
    def get_tags(self, post: BlogPage):
        return CategorySerializer(self._tags, many=True).data

    def get_index_path(self, post: BlogPage) -> str:
        return self.index_path

    def get_feed_path(self, post: BlogPage) -> str:
        return self.index_path + "feed/"

    @extend_schema_field(PostSummarySerializer(many=True))
    def get_related(self, post: BlogPage):
        """Hand-picked posts first, then the newest sharing a category or a tag."""
        # (values_list rather than a filter: a draft's in-memory links support it too)
        picked_ids = list(post.related_links.values_list("post_id", flat=True))
        picked = {p.pk: p for p in posts_queryset(self.siblings.filter(pk__in=picked_ids))}
        related = [picked[pk] for pk in picked_ids if pk in picked][:RELATED_COUNT]
        missing = RELATED_COUNT - len(related)
        if missing > 0 and (self._categories or self._tags):
            shared = self.siblings.exclude(pk__in=[p.pk for p in related]).filter(
                Q(categories__in=self._categories) | Q(tagged_items__tag__in=self._tags)
            )
            matching = BlogPage.objects.filter(
                Exists(shared.filter(pk=OuterRef("pk")).values("pk"))
            )
            related += list(posts_queryset(matching)[:missing])
        return PostSummarySerializer(related, many=True, context=self.nested_context).data

    @extend_schema_field(PostLinkSerializer(many=True))
    def get_recent(self, post: BlogPage):
        return self._links(self.siblings, RECENT_COUNT)

    @extend_schema_field(PostLinkSerializer(many=True))
    def get_more_by_author(self, post: BlogPage):
        if post.author_id:
            posts = self.siblings.filter(author_id=post.author_id)
        elif post.guest_author_id:
            posts = self.siblings.filter(guest_author_id=post.guest_author_id)
        else:
            return []
        return self._links(posts, BY_AUTHOR_COUNT)

    @extend_schema_field(PostLinkSerializer(allow_null=True))
    def get_previous(self, post: BlogPage):
        """The post published just before this one."""
        older = public_pages(self.siblings).filter(
            Q(date__lt=post.date) | Q(date=post.date, pk__lt=post.pk)
        )
        return self._link(older.order_by("-date", "-pk").first())

    @extend_schema_field(PostLinkSerializer(allow_null=True))
    def get_next(self, post: BlogPage):
        """The post published just after this one."""
        newer = public_pages(self.siblings).filter(
            Q(date__gt=post.date) | Q(date=post.date, pk__gt=post.pk)
        )
        return self._link(newer.order_by("date", "pk").first())

    def get_comment_count(self, post: BlogPage) -> int:
        return self._comment_count(post)

    @extend_schema_field(CommentSerializer(many=True))
    def get_comments(self, post: BlogPage):
        """Approved comments, oldest first (the newest hundred)."""
        newest = (
            Comment.objects.filter(post=post, status=Comment.Status.APPROVED)
            .only("id", "name", "body", "created_at")
            .order_by("-created_at", "-pk")[:COMMENTS_SHOWN]
        )
        return CommentSerializer(reversed(list(newest)), many=True).data

    def _comment_count(self, post: BlogPage) -> int:
        if not hasattr(self, "_count_cache"):
            self._count_cache = Comment.objects.filter(
                post=post, status=Comment.Status.APPROVED
            ).count()
        return self._count_cache

    def _links(self, posts: QuerySet, count: int) -> list[dict[str, Any]]:
        """The newest ``count`` public posts of ``posts``, as links."""
        newest = public_pages(posts).only("id", "title", "url_path", "date")
        return PostLinkSerializer(
            newest.order_by("-date", "-pk")[:count], many=True, context=self.nested_context
        ).data

    def _link(self, post: Page | None):
        if post is None:
            return None
        return PostLinkSerializer(post, context=self.nested_context).data

    def get_fallback_social_image_id(self, post: BlogPage) -> int | None:
        return post.hero_image_id

    def get_json_ld(self, post: BlogPage) -> list[dict[str, Any]]:
        refs = self.context["refs"]
        url = self.canonical_url(post)
        author = self._author(post)
        person: dict[str, Any] = {"@type": "Person", "name": author["name"]}
        if author["kind"] == "member":
            person["url"] = refs.page_path(post.author_id, absolute=True)
        modified = post.last_published_at or post.first_published_at
        posting: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": post.title,
            "description": post.search_description or post.intro,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": post.date.isoformat(),
            "dateModified": modified.isoformat() if modified else post.date.isoformat(),
            "author": person,
            "publisher": self.organisation_json_ld(),
            "timeRequired": f"PT{post.reading_minutes}M",
            "articleSection": [category.name for category in self._categories],
            "keywords": [tag.name for tag in self._tags],
            "commentCount": self._comment_count(post),
        }
        if post.hero_image_id:
            posting["image"] = refs.image_url(post.hero_image_id, rendition_set="social")
        return [posting, *faq_json_ld(post.body)]
