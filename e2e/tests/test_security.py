"""The Content-Security-Policy in a real browser: the SPA and Wagtail's admin (its
date and time pickers, inline panels, choosers and preview panel) work under it and
the browser reports no violation. The headers themselves are asserted in
``backend/core/tests/test_security_headers.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, expect

from e2e.pages.admin_pages import PageEditor

# Reports every violation, in every frame of every page, to the test (the console only
# says so in words, and not for every kind).
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline"} on ` +
      `${event.documentURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
  );
});
"""
POLICY_MESSAGE = re.compile(r"Content Security Policy|Permissions[- ]Policy", re.I)


class PolicyWatch:
    """The policy violations a browser context reports, and the console's complaints
    about the policies themselves (an unknown Permissions-Policy feature, say)."""

    def __init__(self, context: BrowserContext):
        self.violations: list[str] = []
        context.expose_binding(
            "reportCspViolation", lambda _source, text: self.violations.append(text)
        )
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self._console)

    def _console(self, message: ConsoleMessage) -> None:
        if POLICY_MESSAGE.search(message.text):
            self.violations.append(f"console: {message.text}")

    def assert_none(self, page: Page) -> None:
        # A violation is reported asynchronously: let pending events arrive first.
        page.wait_for_timeout(250)
        assert self.violations == [], "\n".join(self.violations)


@pytest.fixture
def watched(browser, base_url) -> Iterator[tuple[BrowserContext, PolicyWatch]]:
    context = browser.new_context(base_url=base_url, reduced_motion="reduce")
    watch = PolicyWatch(context)
    try:
        yield context, watch
    finally:
        context.close()


def sitemap_paths(page: Page) -> list[str]:
    xml = page.request.get("/sitemap.xml").text()
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = ElementTree.fromstring(xml).findall("s:url/s:loc", namespace)
    return [re.sub(r"^https?://[^/]+", "", location.text) for location in locations]


def first_path_under(paths: list[str], section: str) -> str:
    return next(path for path in paths if path.startswith(section) and path != section)


def first_id_of_type(page: Page, paths: list[str], page_type: str) -> int:
    """The id of the first page of ``page_type`` (``app.Model``) in the sitemap."""
    for path in paths:
        body = page.request.get(f"/api/pages/resolve/?path={path}").json()
        if body.get("type") == page_type:
            return body["id"]
    raise AssertionError(f"no {page_type} in the demo site")


def test_the_spa_runs_under_its_policy(watched):
    context, watch = watched
    page = context.new_page()
    response = page.goto("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_be_visible()
    paths = sitemap_paths(page)
    for section in ("/blog/", "/team/", "/events-and-trainings/"):
        page.goto(first_path_under(paths, section))
        expect(page.get_by_role("main").get_by_role("heading", level=1)).to_be_visible()
    # A client-side navigation (lazy chunks, their styles, one API request) too.
    page.goto("/")
    page.get_by_role("contentinfo").get_by_role("link").first.click()
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_be_visible()
    page.goto("/find-a-supervisor/")
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_be_visible()
    watch.assert_none(page)


def test_the_admin_works_under_its_policy(watched):
    context, watch = watched
    editor = PageEditor(context.new_page())
    page = editor.page
    editor.log_in()
    policy = page.request.get("/admin/").headers["content-security-policy"]
    assert re.search(r"script-src 'self' 'nonce-[\w-]+';", policy)

    # A supervisor's profile: inline panels of licenses (a date) and time slots.
    paths = sitemap_paths(page)
    editor.edit(first_id_of_type(page, paths, "team.TeamMemberPage"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    verified = page.get_by_label("Verified on").first
    verified.click()
    # The date picker initialised by the nonce'd inline script opens.
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    page.keyboard.press("Escape")
    # A new time slot: the panel's form template (with its own scripts) is added.
    slots = page.get_by_label("Start").count()
    page.get_by_role("button", name=re.compile(r"Add time slot", re.I)).click()
    expect(page.get_by_label("Start")).to_have_count(slots + 1)
    page.get_by_label("Start").last.click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    page.keyboard.press("Escape")

    # The preview panel frames the SPA rendering the draft.
    preview = editor.open_preview()
    expect(preview.get_by_role("heading", level=1)).to_be_visible()

    # An event: date and time pickers and a page chooser inside an inline panel.
    editor.edit(first_id_of_type(page, paths, "events.EventPage"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_role("button", name=re.compile(r"Add presenter", re.I)).click()
    page.get_by_role("button", name=re.compile(r"Choose a page", re.I)).last.click()
    expect(page.get_by_role("dialog")).to_contain_text(re.compile(r"Choose", re.I))

    # The dashboard and listings (images: data: and blob: thumbnails).
    for path in ("/admin/", "/admin/images/", "/admin/snippets/", "/admin/pages/"):
        page.goto(path)
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
    watch.assert_none(page)
