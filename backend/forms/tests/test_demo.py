"""The demo forms are where the sitemap says, with the fields the practice needs."""

import pytest
from django.core.management import call_command

from forms.models import FormPage


@pytest.mark.django_db
def test_demo_forms(client):
    call_command("seed_demo", verbosity=0)
    expected = {
        "/team/free-phone-consultation/": {"state", "license_type", "supervisor", "phone"},
        "/contact/": {"email", "multiline", "dropdown"},
        "/contact/work-with-us/": {"license_type", "file", "checkboxes"},
    }
    for path, kinds in expected.items():
        response = client.get("/api/pages/resolve/", {"path": path}, HTTP_HOST="localhost")
        assert response.status_code == 200, path
        assert response.json()["type"] == "forms.FormPage"
        page = FormPage.objects.get(pk=response.json()["id"])
        assert kinds <= {field.field_type for field in page.form_fields.all()}, path
        assert page.to_address
    newsletter = client.get("/api/pages/resolve/", {"path": "/newsletter/"}, HTTP_HOST="localhost")
    assert newsletter.json()["type"] == "forms.NewsletterPage"
