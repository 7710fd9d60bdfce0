"""Journeys through the walking skeleton: first load, client navigation, 404, a11y."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from e2e.accessibility import assert_no_axe_violations


def test_home_raw_html_has_head_tags_and_json_ld(site):
    response = site.page.request.get("/")
    assert response.status == 200
    html = response.text()
    assert re.search(r"<title>Firelight — Clinical supervision[^<]*</title>", html)
    assert '<meta name="description" content="Clinical supervision toward licensure' in html
    assert re.search(r'<link rel="canonical" href="http://127\.0\.0\.1:\d+/">', html)
    for prop in ("og:title", "og:description", "og:url", "og:image", "og:type"):
        assert f'<meta property="{prop}"' in html, prop
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    types = {json.loads(block)["@type"] for block in blocks}
    assert {"ProfessionalService", "WebSite", "BreadcrumbList", "FAQPage"} <= types
    # The first render's data is inlined, so the SPA needs no API call to start.
    assert '<script id="firelight-data" type="application/json">' in html


def test_home_renders_without_api_requests(site):
    site.open("/")
    expect(site.main_heading).to_have_text(
        "Supervision that helps you become the clinician you want to be"
    )
    expect(site.main_navigation.get_by_role("link", name="Contact", exact=True)).to_be_visible()
    expect(site.footer.get_by_role("link", name=re.compile(r"555-0142"))).to_be_visible()
    assert site.api_requests == []


def test_menu_click_navigates_client_side_with_one_api_request(site):
    site.open("/")
    expect(site.main_heading).to_be_visible()
    site.mark_document()
    site.open_submenu("Supervision")
    with site.page.expect_response(lambda r: "/api/pages/resolve/" in r.url):
        site.follow_menu_link("Group supervision")
    expect(site.page).to_have_url(re.compile(r"/supervision/group/$"))
    expect(site.main_heading).to_have_text("Group supervision")
    expect(site.main_heading).to_be_focused()
    expect(site.page).to_have_title(re.compile(r"^Group supervision \|"))
    assert site.document_was_kept(), "the menu click reloaded the whole document"
    assert len(site.api_requests) == 1
    assert "/api/pages/resolve/?path=%2Fsupervision%2Fgroup%2F" in site.api_requests[0]


def test_back_button_returns_to_the_previous_page(site):
    site.open("/contact/")
    expect(site.main_heading).to_have_text("Contact")
    site.page.get_by_role("main").get_by_role(
        "link", name="request a free phone consultation"
    ).click()
    expect(site.main_heading).to_have_text("Free phone consultation")
    site.page.go_back()
    expect(site.main_heading).to_have_text("Contact")


def test_unknown_path_is_404_with_designed_page(site):
    response = site.open("/this-page-does-not-exist/")
    assert response.status == 404
    expect(site.main_heading).to_have_text(re.compile("couldn.t find", re.I))
    expect(site.main_navigation).to_be_visible()
    expect(
        site.page.get_by_role("main").get_by_role("link", name=re.compile("home", re.I))
    ).to_be_visible()


def test_phone_menu_is_reachable(phone_site):
    phone_site.open("/")
    expect(phone_site.main_heading).to_be_visible()
    phone_site.open_phone_menu()
    phone_site.follow_menu_link("Fees & FAQs")
    expect(phone_site.main_heading).to_have_text("Fees & FAQs")


def test_home_has_no_accessibility_violations(site):
    site.open("/")
    expect(site.main_heading).to_be_visible()
    assert_no_axe_violations(site.page)


def test_standard_page_and_404_have_no_accessibility_violations(phone_site):
    phone_site.open("/supervision/")
    expect(phone_site.main_heading).to_be_visible()
    assert_no_axe_violations(phone_site.page)
    phone_site.open("/nowhere/")
    expect(phone_site.main_heading).to_be_visible()
    assert_no_axe_violations(phone_site.page)
