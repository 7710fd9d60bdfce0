"""Contract tests of ``GET /api/site/``."""

import pytest
from wagtail.models import PageViewRestriction

from core.factories import StandardPageFactory
from core.models import SocialLink


@pytest.mark.django_db
def test_site_keys_and_values(client, home, site_settings):
    site_settings.consultation_cta_page = StandardPageFactory(parent=home, slug="call")
    site_settings.save()
    SocialLink.objects.create(
        settings=site_settings, network="linkedin", url="https://www.linkedin.com/company/example"
    )
    data = client.get("/api/site/").json()
    assert set(data) == {
        "name",
        "tagline",
        "base_url",
        "phone",
        "phone_extension",
        "fax",
        "email",
        "consultation_cta",
        "social_links",
        "footer_text",
        "newsletter",
        "menus",
    }
    assert data["newsletter"]["heading"] == "Join the list"
    assert data["name"] == "Firelight Test Practice"
    assert (data["phone"], data["phone_extension"]) == ("(720) 555-0100", "3")
    assert data["consultation_cta"] == {
        "label": "Get started with a free consultation call",
        "text": "",
        "path": "/call/",
    }
    assert data["social_links"] == [
        {
            "network": "linkedin",
            "label": "LinkedIn",
            "url": "https://www.linkedin.com/company/example",
        }
    ]
    assert data["footer_text"] == "<p>All are welcome.</p>"
    assert set(data["menus"]) == {"main"}


@pytest.mark.django_db
def test_menu_is_nested_and_public_only(client, home, site_settings):
    supervision = StandardPageFactory(parent=home, title="Supervision", slug="supervision")
    StandardPageFactory(parent=supervision, title="Group", slug="group")
    StandardPageFactory(parent=supervision, title="Hidden", slug="hidden", show_in_menus=False)
    StandardPageFactory(parent=supervision, title="Draft", slug="draft", live=False)
    private = StandardPageFactory(parent=home, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    StandardPageFactory(parent=private, title="Private child", slug="child")
    hidden_parent = StandardPageFactory(
        parent=home, title="Not in menu", slug="nim", show_in_menus=False
    )
    StandardPageFactory(parent=hidden_parent, title="Orphan", slug="orphan")
    StandardPageFactory(parent=home, title="Contact", slug="contact")

    menu = client.get("/api/site/").json()["menus"]["main"]
    assert menu == [
        {
            "title": "Supervision",
            "path": "/supervision/",
            "children": [{"title": "Group", "path": "/supervision/group/"}],
        },
        {"title": "Contact", "path": "/contact/", "children": []},
    ]


@pytest.mark.django_db
def test_site_query_count_is_constant(client, home, site_settings, django_assert_max_num_queries):
    for index in range(3):
        section = StandardPageFactory(parent=home, slug=f"section-{index}")
        for child in range(10):
            StandardPageFactory(parent=section, slug=f"child-{child}")
    with django_assert_max_num_queries(8):
        client.get("/api/site/")
