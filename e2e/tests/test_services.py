"""Journey through the services section, from the home page to a licensure path."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.accessibility import assert_no_axe_violations
from e2e.pages.services_pages import LicensurePathPage, LocationPage, ServicePage


def test_from_home_to_group_supervision_to_the_lpc_path(page):
    service = ServicePage(page)
    service.open("/")
    expect(service.main_heading).to_be_visible()
    service.mark_document()

    service.open_submenu("Supervision")
    service.follow_menu_link("Group supervision")
    expect(service.main_heading).to_have_text("Group supervision")
    expect(service.price_row("Group supervision")).to_contain_text("$55")
    faq = service.open_faq("Does group supervision count?")
    expect(faq).to_have_attribute("open", "")
    expect(faq).to_contain_text("up to a limit set by your board")

    service.open_submenu("Locations")
    service.follow_menu_link("Colorado")
    location = LocationPage(page)
    expect(location.main_heading).to_have_text("Colorado")
    location.follow_licensure_path("Your path to LPC in Colorado")

    path = LicensurePathPage(page)
    expect(path.main_heading).to_have_text("Your path to LPC in Colorado")
    expect(path.notice).to_contain_text(re.compile(r"verif", re.I))
    expect(path.notice).to_contain_text("2026")
    expect(path.steps).to_have_count(6)
    assert service.document_was_kept(), "a navigation in the journey reloaded the page"
    resolves = [url for url in service.api_requests if "/api/pages/resolve/" in url]
    assert len(resolves) == len(service.api_requests) == 3


def test_every_services_page_type_loads_directly_with_head_tags(page):
    for path, heading, json_ld_type in [
        ("/supervision/", "Supervision", "WebPage"),
        ("/clinical-consultation/trauma/", "Trauma-informed consultation", "Service"),
        ("/locations/", "Locations", "WebPage"),
        ("/locations/washington/", "Washington", "ProfessionalService"),
        ("/fees-and-faqs/", "Fees & FAQs", "FAQPage"),
        (
            "/events-and-trainings/path-to-lcsw-in-colorado/",
            "Your path to LCSW in Colorado",
            "HowTo",
        ),
    ]:
        html = page.request.get(path).text()
        assert f'"@type":"{json_ld_type}"' in html, path
        assert '<link rel="canonical"' in html and '<meta name="description"' in html, path
        site = ServicePage(page)
        site.open(path)
        expect(site.main_heading).to_have_text(heading)


def test_fees_table_reads_well_on_a_phone(phone_site):
    phone_site.open("/fees-and-faqs/")
    table = phone_site.page.get_by_role("table", name=re.compile("price", re.I))
    expect(table).to_be_visible()
    expect(table.get_by_role("row")).not_to_have_count(0)
    width = phone_site.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"


def test_services_pages_have_no_accessibility_violations(phone_site):
    for path in (
        "/supervision/",
        "/supervision/group/",
        "/locations/",
        "/locations/colorado/",
        "/fees-and-faqs/",
        "/events-and-trainings/path-to-lpc-in-colorado/",
    ):
        phone_site.open(path)
        expect(phone_site.main_heading).to_be_visible()
        assert_no_axe_violations(phone_site.page)
