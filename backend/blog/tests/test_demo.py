"""The demo blog: enough posts, authors and categories to exercise every feature."""

import pytest
from django.core.management import call_command

from blog.models import BlogPage, Comment


@pytest.mark.django_db
def test_demo_blog(client):
    call_command("seed_demo", verbosity=0)
    posts = BlogPage.objects.live()
    assert posts.count() >= 10
    authors = {p.author_id or f"guest-{p.guest_author_id}" for p in posts}
    assert len(authors) >= 4 and posts.filter(guest_author__isnull=False).exists()
    categories = {c.pk for p in posts for c in p.categories.all()}
    assert len(categories) >= 4
    assert all(p.hero_image_id and p.hero_alt and p.body for p in posts)
    assert Comment.objects.filter(status="approved").count() >= 5
    assert Comment.objects.filter(status="pending").count() == 1
    response = client.get(
        "/api/pages/resolve/",
        {"path": "/blog/what-is-relationship-based-clinical-supervision/"},
        HTTP_HOST="localhost",
    )
    assert response.status_code == 200
    assert response.json()["comment_count"] >= 3
