"""Editors' rights follow Wagtail's page permissions: a group given the blog can write
and publish posts there, and can neither edit nor publish a service page."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from services.factories import ServiceIndexPageFactory, ServicePageFactory


@pytest.fixture
def blog_editor(client, home):
    """``client`` signed in as a member of "Blog editors": add, change and publish
    under the blog index, and nothing else."""
    blog = BlogIndexPageFactory(parent=home)
    group = Group.objects.create(name="Blog editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=blog,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user("blogger", "blogger@example.com")
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.fixture
def post(home, blog_editor):
    blog = Page.objects.get(slug="blog").specific
    return BlogPageFactory(parent=blog, slug="on-supervision", title="On supervision")


@pytest.fixture
def service(home):
    index = ServiceIndexPageFactory(parent=home, slug="supervision")
    return ServicePageFactory(parent=index, slug="group", title="Group supervision")


def post_form(post, title: str, action: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": post.slug,
            "date": datetime.date(2026, 3, 2).isoformat(),
            "guest_author": post.guest_author_id,
            "intro": post.intro,
            "body": streamfield([("rich_text", rich_text("<p>Updated words.</p>"))]),
            "related_links": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
            "comments_open": "on",
            action: action.removeprefix("action-"),
        }
    )


@pytest.mark.django_db
def test_a_blog_editor_edits_and_publishes_posts(
    blog_editor, post, django_capture_on_commit_callbacks
):
    assert blog_editor.get(f"/admin/pages/{post.pk}/edit/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = blog_editor.post(
            f"/admin/pages/{post.pk}/edit/",
            post_form(post, "On supervision, revised", "action-publish"),
        )
    assert response.status_code == 302, response.content[:2000]
    post.refresh_from_db()
    assert post.live and post.title == "On supervision, revised"
    assert not post.has_unpublished_changes
    resolved = blog_editor.get("/api/pages/resolve/", {"path": "/blog/on-supervision/"})
    assert resolved.json()["title"] == "On supervision, revised"


@pytest.mark.django_db
def test_a_blog_editor_cannot_edit_or_publish_a_service(blog_editor, service):
    revisions = service.revisions.count()
    url = f"/admin/pages/{service.pk}/edit/"
    opened = blog_editor.get(url)
    assert opened.status_code in (302, 403)
    assert opened.status_code == 403 or opened["Location"] != url
    published = blog_editor.post(
        url, {"title": "Taken over", "slug": service.slug, "action-publish": "publish"}
    )
    assert published.status_code in (302, 403)
    service.refresh_from_db()
    assert service.title == "Group supervision"
    assert service.revisions.count() == revisions
    # Nor through the bulk actions.
    blog_editor.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={service.pk}", {"include_descendants": ""}
    )
    blog_editor.post(f"/admin/pages/{service.pk}/unpublish/", {})
    service.refresh_from_db()
    assert service.live and service.revisions.count() == revisions


@pytest.mark.django_db
def test_the_explorer_offers_the_blog_and_not_services(blog_editor, post, service, home):
    """The editor's explorer starts at the blog: services are neither listed nor
    editable from it."""
    explorer = blog_editor.get("/admin/pages/", follow=True)
    assert explorer.status_code == 200
    html = explorer.content.decode()
    assert f"/admin/pages/{service.pk}/edit/" not in html
    assert f"/admin/pages/{service.get_parent().pk}/" not in html
    assert f"/admin/pages/{post.pk}/edit/" in html
    # Asking for the services' listing directly shows no way to edit them.
    listing = blog_editor.get(f"/admin/pages/{service.get_parent().pk}/", follow=True)
    assert f"/admin/pages/{service.pk}/edit/" not in listing.content.decode()
    # The admin's page chooser search, too.
    search = blog_editor.get("/admin/pages/search/", {"q": "supervision"})
    assert f"/admin/pages/{service.pk}/edit/" not in search.content.decode()
