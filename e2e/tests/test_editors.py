"""The editor's journey, in the browser: write a page under an existing section, see the
draft rendered by the SPA in Wagtail's preview, publish it and find it at once on the
site and in the sitemap, rename it (the old address answers 301), unpublish it (404),
then schedule it for later (still not public, listed on the dashboard). And visitors'
search finds a seeded post by a word from its body."""

from __future__ import annotations

import datetime
import re
import uuid

from playwright.sync_api import expect

from e2e.accessibility import assert_no_axe_violations
from e2e.pages.admin_pages import PageEditor

SECTION = "/events-and-trainings/"


def test_write_preview_publish_rename_unpublish_schedule(browser, base_url, site):
    context = browser.new_context(base_url=base_url, reduced_motion="reduce")
    editor = PageEditor(context.new_page())
    editor.log_in()
    tag = uuid.uuid4().hex[:6]
    title = f"Supervision open house {tag}"
    slug = f"supervision-open-house-{tag}"
    path = f"{SECTION}{slug}/"
    parent_id = editor.page.request.get(f"/api/pages/resolve/?path={SECTION}").json()["id"]

    editor.create_standard_page(parent_id, title, slug)
    editor.type_intro("Meet our supervisors over coffee.")  # typed, not saved
    preview = editor.open_preview()
    expect(preview.get_by_role("heading", level=1)).to_have_text(title)
    expect(preview.get_by_text("Meet our supervisors over coffee.")).to_be_visible()
    assert site.page.request.get(path).status == 404  # a draft is not public

    editor.publish()
    site.open(path)
    expect(site.main_heading).to_have_text(title)
    expect(site.page.get_by_text("Meet our supervisors over coffee.")).to_be_visible()
    assert f"{path}</loc>" in site.page.request.get("/sitemap.xml").text()

    page_id = site.page.request.get(f"/api/pages/resolve/?path={path}").json()["id"]
    editor.edit(page_id)
    editor.rename_slug(f"open-house-{tag}")
    editor.publish()
    new_path = f"{SECTION}open-house-{tag}/"
    moved = site.page.request.get(path + "?utm_source=newsletter", max_redirects=0)
    assert moved.status == 301
    assert moved.headers["location"] == new_path + "?utm_source=newsletter"
    site.open(path)
    expect(site.main_heading).to_have_text(title)
    assert site.page.url.endswith(new_path)

    editor.unpublish(page_id)
    assert site.open(new_path).status == 404
    expect(site.main_heading).to_have_text("We couldn't find that page")

    editor.edit(page_id)
    later = (datetime.datetime.now() + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    editor.schedule_go_live(later)
    editor.publish("Schedule to publish")
    assert site.page.request.get(new_path).status == 404  # not public before its time
    editor.page.goto("/admin/")
    # (Wagtail's dashboard panels are sections named by id.)
    expect(editor.page.locator("#scheduled-pages-section")).to_contain_text(title)
    context.close()


def test_search_finds_a_post_by_a_word_from_its_body(site, page):
    site.open("/")
    search = page.get_by_role("search", name="Site search")
    search.get_by_role("searchbox", name="Search").fill("accumulates")
    search.get_by_role("button", name="Search").click()
    expect(site.main_heading).to_have_text("Search")
    results = page.get_by_role("region", name=re.compile("results? for “accumulates”"))
    expect(
        results.get_by_role("link", name="Staying well in community mental health")
    ).to_be_visible()
    expect(page.get_by_role("main").locator("mark").first).to_have_text("accumulates")
    assert_no_axe_violations(page)

    site.open("/search/?q=supervison")
    expect(page.get_by_role("main")).to_contain_text("Showing results for")
    html = page.request.get("/search/?q=supervision").text()
    assert '<meta name="robots" content="noindex">' in html
