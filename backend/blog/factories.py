"""Factories for the blog."""

import datetime

import factory
import wagtail_factories

from blog.models import BlogCategory, BlogIndexPage, BlogPage, Comment, GuestAuthor
from core.factories import rich_text_block


class BlogCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BlogCategory

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class GuestAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuestAuthor

    name = factory.Sequence(lambda n: f"Guest Writer {n}")
    slug = factory.Sequence(lambda n: f"guest-{n}")
    bio = "A sample guest writer."


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"
    intro = "Articles for therapists."
    page_size = 6


class BlogPageFactory(wagtail_factories.PageFactory):
    """A post by a guest author unless ``author`` (a team member) is given."""

    class Meta:
        model = BlogPage

    title = factory.Sequence(lambda n: f"Sample post {n}")
    slug = factory.Sequence(lambda n: f"sample-post-{n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    intro = "A short introduction to the post."
    body = factory.LazyFunction(lambda: [rich_text_block("<p>Some words about supervision.</p>")])
    guest_author = factory.LazyAttribute(lambda post: None if post.author else GuestAuthorFactory())
    author = None


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    post = factory.SubFactory(BlogPageFactory)
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = "reader@example.com"
    body = "Thank you for this post."
    status = Comment.Status.APPROVED
