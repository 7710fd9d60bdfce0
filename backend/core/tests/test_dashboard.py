"""The admin dashboard shows editors what needs them: recent form submissions, comments
awaiting moderation and the pages scheduled to go live."""

import datetime

import pytest
from django.utils import timezone

from blog.factories import BlogIndexPageFactory, BlogPageFactory, CommentFactory
from core.factories import StandardPageFactory
from forms.factories import FormPageFactory
from forms.models import LeadSubmission


@pytest.mark.django_db
def test_dashboard_panels(editor, home, site_settings):
    form = FormPageFactory(parent=home, slug="contact", title="Contact us")
    LeadSubmission.objects.create(page=form, form_data={"name": "Ana"})
    post = BlogPageFactory(parent=BlogIndexPageFactory(parent=home), slug="p", title="On care")
    pending = CommentFactory(post=post, name="Rae", status="pending")
    CommentFactory(post=post, name="Approved Person", status="approved")
    page = StandardPageFactory(parent=home, slug="soon", title="Coming soon", live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(days=2)
    page.save_revision().publish()

    html = editor.get("/admin/").content.decode()
    assert "Recent form submissions" in html
    assert f"/admin/forms/submissions/{form.pk}/" in html and "Contact us" in html
    assert "Comments awaiting moderation" in html
    assert f"/admin/blog_comments/moderate/{pending.pk}/" in html
    assert "Rae on “On care”" in html and "Approved Person" not in html
    assert "Scheduled to go live" in html
    assert f"/admin/pages/{page.pk}/edit/" in html and "Coming soon" in html


@pytest.mark.django_db
def test_empty_dashboard_panels(editor, home, site_settings):
    html = editor.get("/admin/").content.decode()
    assert "No page is scheduled to go live." in html
    assert "No comment is waiting: all caught up." in html
