"""Demo blog: categories, a guest author, original posts by the team and the guest,
read counts and a few comments (one awaiting moderation). Idempotent.

Posts are built in two steps: :func:`ensure_blog` creates the index and the posts, and
:func:`ensure_post_bodies` writes their bodies and related posts once every page they
link to exists (see ``seed_demo``)."""

from __future__ import annotations

import datetime
import uuid
import zoneinfo

from django.conf import settings
from wagtail.models import Page

from blog import demo_content
from blog.models import (
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    BlogRelatedPost,
    Comment,
    GuestAuthor,
    PostViews,
)
from core.demo.images import demo_image
from core.demo.pages import ensure_child, linkify, page_at
from team import demo as team_demo
from team.models import TeamMemberPage

GUEST_PALETTE = ((236, 226, 240), (224, 172, 105), (92, 60, 40), (96, 70, 130))
# Read counts, by position in POSTS (newest first), so "most read" is not just "newest".
DEMO_READS = [148, 96, 412, 61, 233, 87, 305, 54, 190, 122, 77, 40, 66]


def ensure_blog(home: Page, title: str, intro: str) -> BlogIndexPage | Page:
    index = ensure_child(
        home,
        BlogIndexPage(
            title=title,
            slug="blog",
            intro=intro,
            page_size=4,
            show_in_menus=True,
            search_description=intro[:300],
        ),
    )
    if not isinstance(index, BlogIndexPage):
        # A database seeded before the blog existed has a plain page at /blog/: leave
        # the editors' tree alone (delete that page and run seed_demo again to get it).
        return index
    categories = {
        slug: BlogCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )[0]
        for slug, name, description in demo_content.CATEGORIES
    }
    guests = {
        slug: GuestAuthor.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "bio": bio,
                "photo": team_demo.portrait(name, GUEST_PALETTE),
                "photo_alt": f"Illustrated portrait of {name}",
            },
        )[0]
        for slug, name, bio in demo_content.GUEST_AUTHORS
    }
    members = {m.slug: m for m in TeamMemberPage.objects.descendant_of(home)}
    existing = set(index.get_children().values_list("slug", flat=True))
    for position, data in enumerate(demo_content.POSTS):
        if data["slug"] in existing:
            continue
        author = data["author"]
        post = BlogPage(
            title=data["title"],
            slug=data["slug"],
            date=datetime.date.fromisoformat(data["date"]),
            intro=data["intro"],
            search_description=data["intro"][:300],
            hero_image=demo_image(
                f"Blog: {data['title']}",
                data["hero_alt"],
                palette=data["palette"],
                seed=100 + position,
                width=1440,
                height=1080,
            ),
            hero_alt=data["hero_alt"],
            author=None if author.startswith("guest:") else members[author],
            guest_author=guests[author[6:]] if author.startswith("guest:") else None,
            body=[],
        )
        # Saved as a draft: published with its body by ensure_post_bodies.
        post.live = False
        index.add_child(instance=post)
        post.categories.set([categories[slug] for slug in data["categories"]])
        post.tags.set(data["tags"])
        post.save()
    return index


def ensure_post_bodies(home: Page) -> None:
    """Write and publish the posts created by :func:`ensure_blog`, then add read counts
    and comments."""
    index = page_at(home, "/blog/").specific
    if not isinstance(index, BlogIndexPage):
        return
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    posts = {post.slug: post for post in BlogPage.objects.child_of(index)}
    for position, data in enumerate(demo_content.POSTS):
        post = posts[data["slug"]]
        if post.live:
            continue
        post.body = [
            {"type": kind, "value": block_value(home, kind, value), "id": str(uuid.uuid4())}
            for kind, value in data["body"]
        ]
        for order, slug in enumerate(data["related"]):
            BlogRelatedPost.objects.create(page=post, post=posts[slug], sort_order=order)
        post.first_published_at = datetime.datetime.combine(
            post.date, datetime.time(9), tzinfo=zone
        )
        post.save_revision().publish()
        PostViews.objects.get_or_create(
            page=post, defaults={"count": DEMO_READS[position % len(DEMO_READS)]}
        )
    if not Comment.objects.filter(post__in=posts.values()).exists():
        for slug, name, email, body, status, created in demo_content.COMMENTS:
            Comment.objects.create(
                post=posts[slug],
                name=name,
                email=email,
                body=body,
                status=status,
                created_at=datetime.datetime.fromisoformat(created).replace(tzinfo=zone),
            )


def block_value(home: Page, kind: str, value):
    if kind == "rich_text":
        return linkify(home, value)
    if kind == "heading":
        return {"text": value, "level": "h2"}
    return value
