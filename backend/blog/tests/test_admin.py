"""Editors write posts and moderate comments in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from blog.factories import BlogIndexPageFactory, BlogPageFactory, CommentFactory
from blog.models import Comment
from core.testing import resolve_json


@pytest.fixture
def post(home, site_settings):
    blog = BlogIndexPageFactory(parent=home)
    return BlogPageFactory(parent=blog, slug="p")


@pytest.mark.django_db
def test_post_edit_and_add_views_render(admin_client, post):
    assert admin_client.get(f"/admin/pages/{post.pk}/edit/").status_code == 200
    add = f"/admin/pages/add/blog/blogpage/{post.get_parent().pk}/"
    assert admin_client.get(add).status_code == 200


@pytest.mark.django_db
def test_an_editor_approves_a_comment_and_it_appears(
    editor, client, post, django_capture_on_commit_callbacks
):
    comment = CommentFactory(
        post=post, name="Ana", body="<script>alert(1)</script>", status="pending"
    )
    listing = editor.get("/admin/blog_comments/?status=pending")
    assert listing.status_code == 200
    assert b"Moderate the comment by Ana" in listing.content
    page = editor.get(f"/admin/blog_comments/moderate/{comment.pk}/")
    assert page.status_code == 200
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in page.content
    assert b"<script>alert(1)" not in page.content
    assert resolve_json(client, "/blog/p/")["comments"] == []
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            f"/admin/blog_comments/moderate/{comment.pk}/", {"status": "approved"}
        )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert comment.moderated_at is not None
    assert [c["name"] for c in resolve_json(client, "/blog/p/")["comments"]] == ["Ana"]


@pytest.mark.django_db
def test_spam_and_unknown_actions(editor, post, django_capture_on_commit_callbacks):
    comment = CommentFactory(post=post, status="pending")
    url = f"/admin/blog_comments/moderate/{comment.pk}/"
    editor.post(url, {"status": "deleted-forever"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    editor.post(url, {"status": "spam"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.SPAM


@pytest.mark.django_db
def test_comments_export_as_csv(admin_client, post):
    CommentFactory(post=post, name="Ana", email="ana@example.com")
    response = admin_client.get("/admin/blog_comments/?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert "ana@example.com" in content.splitlines()[1]


@pytest.mark.django_db
def test_users_without_the_permission_cannot_moderate(client, post):
    user = get_user_model().objects.create_user("someone", "s@example.com", "pw-12345678")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    comment = CommentFactory(post=post, status="pending")
    response = client.post(f"/admin/blog_comments/moderate/{comment.pk}/", {"status": "approved"})
    assert response.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
