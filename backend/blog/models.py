"""The blog: an index of posts, posts written by team members or guest authors, the
categories and tags editors manage, view counts and moderated visitor comments."""

from __future__ import annotations

import math

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage

WORDS_PER_MINUTE = 220


class BlogCategory(index.Indexed, models.Model):
    """A section of the blog (supervision, licensure, risk assessment...)."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in /blog/?category=")
    description = models.CharField(max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "blog categories"

    def __str__(self):
        return self.name


class GuestAuthor(index.Indexed, models.Model):
    """Someone outside the team who writes for the blog."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Used in /blog/?author= to list their posts."
    )
    bio = models.TextField(max_length=600)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    photo_alt = models.CharField("photo alt text", max_length=200, blank=True)
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("bio"),
        FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_alt")]),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for screen reader users."})
        from team.models import TeamMemberPage

        if TeamMemberPage.objects.filter(slug=self.slug).exists():
            raise ValidationError(
                {"slug": "A team member has this slug: the blog's author filter needs another."}
            )


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogIndexPage(BasePage):
    """The blog (``/blog/``): posts newest first, filtered by category, tag or author."""

    intro = models.TextField(max_length=400, blank=True)
    page_size = models.PositiveSmallIntegerField(
        "posts per page",
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("page_size")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]


class BlogPage(BasePage):
    """A post. Its author is a team member or a guest author."""

    date = models.DateField("publication date", default=timezone.localdate)
    author = models.ForeignKey(
        "team.TeamMemberPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_posts",
        help_text="A team member, or leave empty and choose a guest author.",
    )
    guest_author = models.ForeignKey(
        GuestAuthor, null=True, blank=True, on_delete=models.SET_NULL, related_name="posts"
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_alt = models.CharField(
        "hero image alt text",
        max_length=200,
        blank=True,
        help_text="Describe the image; leave empty only when it is purely decorative.",
    )
    intro = models.TextField(max_length=400, help_text="One or two sentences for listings.")
    body = StreamField(BodyBlock(), use_json_field=True)
    categories = ParentalManyToManyField(BlogCategory, blank=True, related_name="posts")
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)
    comments_open = models.BooleanField("accept comments", default=True)
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldRowPanel([PageChooserPanel("author", "team.TeamMemberPage")]),
                FieldPanel("guest_author"),
            ],
            heading="Publication",
        ),
        FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("tags")], heading="Categories and tags"
        ),
        InlinePanel(
            "related_links",
            heading="Related posts",
            label="Related post",
            help_text="Shown first under “You may also like”; posts sharing categories or "
            "tags fill the remaining places.",
            max_num=6,
        ),
        FieldPanel("comments_open"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []

    def clean(self):
        super().clean()
        if self.slug == "feed":
            raise ValidationError({"slug": "“feed” is the address of the blog's RSS feed."})
        if self.author_id and self.guest_author_id:
            raise ValidationError(
                {"guest_author": "Choose a team member or a guest author, not both."}
            )
        if not self.author_id and not self.guest_author_id:
            raise ValidationError({"author": "Choose the team member or guest who wrote this."})

    def save(self, *args, **kwargs):
        self.reading_minutes = reading_minutes(self.intro, self.body)
        super().save(*args, **kwargs)

    @property
    def author_name(self) -> str:
        if self.author_id:
            return self.author.title
        return self.guest_author.name if self.guest_author_id else ""


def reading_minutes(intro: str, body) -> int:
    """Minutes to read the intro and the body's text, at 220 words a minute."""
    words = len((intro or "").split())
    for child in body or []:
        value = child.value
        if child.block_type == "rich_text":
            words += len(strip_tags(value.source).split())
        elif child.block_type in ("heading", "quote"):
            words += len(str(value.get("text", "")).split())
        elif child.block_type == "faq_list":
            for item in value["items"]:
                words += len(item["question"].split()) + len(
                    strip_tags(item["answer"].source).split()
                )
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


class BlogRelatedPost(Orderable):
    """A hand-picked "You may also like" post."""

    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="related_links")
    post = models.ForeignKey(BlogPage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("post", "blog.BlogPage")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "post"], name="blog_related_post_once")
        ]

    def clean(self):
        super().clean()
        if self.post_id and self.page_id and self.post_id == self.page_id:
            raise ValidationError({"post": "A post cannot be related to itself."})


class PostViews(models.Model):
    """How many times a post was read: a counter row apart from the page, so counting
    never creates a revision, never locks the page row and never touches the cache."""

    page = models.OneToOneField(
        BlogPage, on_delete=models.CASCADE, primary_key=True, related_name="views"
    )
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name_plural = "post views"

    def __str__(self):
        return f"{self.page_id}: {self.count}"


class Comment(models.Model):
    """A visitor's comment, shown once a moderator approves it. The e-mail address is
    for the practice only and never leaves the admin."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting moderation"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        SPAM = "spam", "Spam"

    post = models.ForeignKey(BlogPage, on_delete=models.CASCADE, related_name="comments")
    name = models.CharField(max_length=80)
    email = models.EmailField("e-mail (never shown)", blank=True)
    body = models.TextField("comment", max_length=3000)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["post", "status", "created_at"])]

    def __str__(self):
        return f"{self.name} on “{self.post.title}”"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Remembered so that saving can tell whether visitors' view of it changed.
        # (Read from __dict__: a deferred status must not cost a query per comment.)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    @property
    def was_public(self) -> bool:
        return getattr(self, "_loaded_status", None) == self.Status.APPROVED

    @property
    @admin.display(description="comment")
    def excerpt(self) -> str:
        text = " ".join(self.body.split())
        return text if len(text) <= 140 else text[:139].rstrip() + "…"
