"""The accessibility sweep: every page of the sitemap, search, the 404 page, each form's
error state and the matcher's results checked with axe-core (WCAG 2.0, 2.1 and 2.2, A
and AA), on a desktop and on a phone; then the site used with the keyboard only: the
main menu, the matcher and a form, with a visible focus ring on every stop."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Locator, Page, expect

from e2e.accessibility import WCAG_TAGS
from e2e.pages.form_pages import FormPage
from e2e.pages.keyboard_user import KeyboardUser, TabStop
from e2e.pages.site_page import SitePage

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

# The page has settled: no finite animation or transition is running (endless ones, a
# loading shimmer, are not waited for).
SETTLED_JS = """() => document.getAnimations().every((animation) =>
    animation.playState !== 'running'
    || animation.effect?.getComputedTiming().iterations === Infinity)"""

AXE_RUN_JS = """(tags) => axe.run(document, {
    runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
}).then((results) => results.violations.map((rule) => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    targets: rule.nodes.slice(0, 8).map((node) => node.target.join(' ')),
})))"""

# Each form of the demo site, the button that sends it, and the field that must take
# focus (and be marked invalid) when it is sent empty.
FORMS = [
    ("/team/free-phone-consultation/", "Request my free call", "Your name"),
    ("/contact/", "Send message", "Your name"),
    ("/contact/work-with-us/", "Send my application", "Your name"),
    ("/events-and-trainings/risk-assessment-winter-session/", "Register", "Name"),
    ("/blog/what-is-relationship-based-clinical-supervision/", "Post comment", "Name"),
]

# The pages a phone visitor meets most: the first visit, a service, the matcher, the
# directory, listings and a form.
PHONE_PAGES = [
    "/",
    "/supervision/group/",
    "/find-a-supervisor/",
    "/team/",
    "/blog/",
    "/events-and-trainings/",
    "/contact/",
]


def reads_not_counted(page: Page) -> Page:
    """The sweep opens every post: its reads must not count. A post's count is kept
    once per visitor and window, and other tests (test_blog) read a post from this same
    address and expect their read to count."""
    page.route("**/api/blog/posts/*/views/", lambda route: route.abort())
    return page


@pytest.fixture(autouse=True)
def _reads_not_counted(page: Page) -> None:
    reads_not_counted(page)


def sitemap_paths(page: Page) -> list[str]:
    """The site-relative path of every URL in /sitemap.xml."""
    response = page.request.get("/sitemap.xml")
    assert response.ok, response.status
    root = ET.fromstring(response.body())
    locations = [loc.text or "" for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]
    return [urlsplit(location).path for location in locations]


def violations_at(page: Page, where: str) -> str | None:
    """axe's violations on the page shown, one line per rule with the elements it
    found, headed by ``where``; None when there are none.

    Like ``assert_no_axe_violations``, it waits for finite animations (the main area
    fading in) so colours are checked as a visitor sees them; it asks axe for
    violations only and reuses axe when a fixture preloaded it, which keeps a sweep of
    sixty pages to about a second a page."""
    page.wait_for_function(SETTLED_JS)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    found = page.evaluate(AXE_RUN_JS, WCAG_TAGS)
    if not found:
        return None
    lines = [
        f"  {rule['id']} ({rule['impact']}): {rule['help']}\n    at {', '.join(rule['targets'])}"
        for rule in found
    ]
    return f"{where}\n" + "\n".join(lines)


def visit(site: SitePage, path: str, status: int = 200) -> None:
    """Open ``path`` and wait until its page (its main heading) has rendered."""
    response = site.open(path)
    assert response is not None and response.status == status, (path, response)
    expect(site.main_heading).to_be_visible()


def assert_clean(reports: list[str | None]) -> None:
    failures = [report for report in reports if report]
    assert not failures, f"{len(failures)} page(s) with violations:\n\n" + "\n\n".join(failures)


def preload_axe(page: Page) -> Page:
    """Every document the page opens gets axe-core before its own scripts (a CSP does
    not apply to it), instead of each check injecting it again."""
    page.add_init_script(AXE_SCRIPT)
    return page


@pytest.fixture
def keyboard(page: Page) -> KeyboardUser:
    """A keyboard-only visitor in a desktop-sized browser."""
    return KeyboardUser(page)


@pytest.fixture
def phone_keyboard(phone_site: SitePage) -> KeyboardUser:
    """A keyboard-only visitor on a phone-sized screen (a keyboard paired with a phone)."""
    return KeyboardUser(reads_not_counted(phone_site.page))


# -- axe: every page ------------------------------------------------------------------


def test_every_page_in_the_sitemap_has_no_violations(site):
    preload_axe(site.page)
    paths = sitemap_paths(site.page)
    # The demo site's tree (SITEMAP.md) is well over forty pages; a short list would
    # mean the sweep silently checked less than the site.
    assert len(paths) >= 40, paths
    reports = []
    for path in paths:
        visit(site, path)
        reports.append(violations_at(site.page, path))
    assert_clean(reports)


def test_search_results_no_results_and_404_have_no_violations(site):
    preload_axe(site.page)
    reports = []
    visit(site, "/search/?q=supervision")
    expect(site.page.get_by_role("main").locator("mark").first).to_be_visible()
    reports.append(violations_at(site.page, "/search/?q=supervision"))

    visit(site, "/search/?q=qzxvkjw")
    expect(site.page.get_by_role("main")).to_contain_text(re.compile("no results", re.I))
    reports.append(violations_at(site.page, "/search/?q=qzxvkjw"))

    visit(site, "/no-such-page/", status=404)
    reports.append(violations_at(site.page, "/no-such-page/"))
    assert_clean(reports)


def test_key_pages_on_a_phone_have_no_violations_with_the_menu_open_too(phone_site):
    preload_axe(reads_not_counted(phone_site.page))
    reports = []
    for path in PHONE_PAGES:
        visit(phone_site, path)
        reports.append(violations_at(phone_site.page, path))
    visit(phone_site, "/")
    phone_site.open_phone_menu()
    expect(phone_site.main_navigation).to_be_visible()
    reports.append(violations_at(phone_site.page, "/ (menu open)"))
    assert_clean(reports)


def test_each_form_sent_empty_shows_errors_without_violations(page):
    form = FormPage(preload_axe(page))
    reports = []
    for path, button, first_field in FORMS:
        visit(form, path)
        main = page.get_by_role("main")
        main.get_by_role("button", name=button, exact=True).click()
        field = main.get_by_label(first_field, exact=True)
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_be_focused()
        reports.append(violations_at(page, f"{path} (sent empty)"))

    visit(form, "/")
    form.footer.get_by_role("button", name="Subscribe").click()
    address = form.footer.get_by_label("E-mail address", exact=True)
    expect(address).to_have_attribute("aria-invalid", "true")
    expect(address).to_be_focused()
    reports.append(violations_at(page, "footer sign-up (sent empty)"))
    assert_clean(reports)


# -- the keyboard only ----------------------------------------------------------------


def test_skip_link_appears_on_the_first_tab_and_moves_to_the_content(keyboard):
    visit(keyboard, "/supervision/")
    skip = keyboard.page.get_by_role("link", name="Skip to main content")
    assert not _on_screen(skip), "the skip link shows before anyone tabs to it"
    keyboard.press("Tab")
    expect(skip).to_be_focused()
    assert _on_screen(skip), "the focused skip link is not on screen"
    keyboard.press("Enter")
    expect(keyboard.main_heading).to_be_focused()
    assert not _on_screen(skip)


def test_phone_menu_opens_walks_and_closes_from_the_keyboard(phone_keyboard):
    user = phone_keyboard
    visit(user, "/")
    toggle = user.page.get_by_role("button", name="Menu")
    user.activate(toggle)
    expect(toggle).to_have_attribute("aria-expanded", "true")
    menu = user.main_navigation
    expect(menu).to_be_visible()

    # Tab goes from the toggle into the panel, through every menu link in order.
    links = menu.get_by_role("link")
    names = [name.strip() for name in links.all_inner_texts()]
    assert len(names) > 10, names
    user.tab_to(links.first)
    for index in range(1, len(names)):
        user.press("Tab")
        expect(links.nth(index)).to_be_focused()

    user.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()
    expect(menu).to_be_hidden()

    # Open again and follow a link with Enter: the page changes, focus on its heading.
    user.press("Enter")
    user.tab_to(menu.get_by_role("link", name="Fees & FAQs", exact=True))
    user.press("Enter")
    expect(user.main_heading).to_have_text("Fees & FAQs")
    expect(user.main_heading).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")


def test_desktop_submenus_open_from_the_keyboard(keyboard):
    visit(keyboard, "/")
    menu = keyboard.main_navigation
    toggle = menu.get_by_role("button", name="Supervision submenu")
    keyboard.activate(toggle)
    expect(toggle).to_have_attribute("aria-expanded", "true")
    group = menu.get_by_role("link", name="Group supervision", exact=True)
    expect(group).to_be_visible()
    assert_clean([violations_at(keyboard.page, "/ (submenu open)")])

    keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()
    expect(group).to_be_hidden()

    keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    keyboard.tab_to(group)
    keyboard.press("Enter")
    expect(keyboard.main_heading).to_have_text("Group supervision")
    expect(keyboard.main_heading).to_be_focused()

    # Tabbing out of an open submenu closes it, so it never hides the page.
    consultation = menu.get_by_role("button", name="Clinical consultation submenu")
    keyboard.activate(consultation)
    expect(consultation).to_have_attribute("aria-expanded", "true")
    submenu = keyboard.page.locator(f'[id="{consultation.get_attribute("aria-controls")}"]')
    last = submenu.get_by_role("link").last
    keyboard.tab_to(last)
    keyboard.press("Tab")
    expect(consultation).to_have_attribute("aria-expanded", "false")


def test_the_matcher_from_the_keyboard_to_results_without_violations(keyboard):
    user = keyboard
    page = user.page
    visit(user, "/find-a-supervisor/")
    label = page.get_by_role("main").get_by_label

    user.tick(label("Colorado", exact=True))
    user.choose(
        label("Your current credential"), "LPCC — Licensed Professional Counselor Candidate"
    )
    user.choose(label("License you're working toward"), "LPC — Licensed Professional Counselor")
    user.pick(label("Just starting my supervised hours", exact=True))
    user.activate(page.get_by_role("button", name="Next"))

    step = page.get_by_role("heading", level=2, name="How you'd like to meet")
    expect(step).to_be_focused()
    user.pick(label("Individual", exact=True))
    user.pick(label("Online", exact=True))
    user.tick(label("Tuesday afternoon", exact=True))
    user.tick(label("Thursday afternoon", exact=True))
    user.choose(label("Your time zone"), "Mountain time (Denver)")
    user.activate(page.get_by_role("button", name="Next"))

    expect(page.get_by_role("heading", level=2, name="What matters to you")).to_be_focused()
    user.choose(label("First choice"), "Trauma and PTSD")
    user.activate(page.get_by_role("button", name="Next"))

    expect(page.get_by_role("heading", level=2, name="Your style")).to_be_focused()
    user.activate(page.get_by_role("button", name="Find my matches"))

    results = page.get_by_role("heading", level=2, name="Your best-fit supervisors")
    expect(results).to_be_focused()
    top = page.get_by_role("list", name="Your best-fit supervisors").get_by_role("listitem")
    expect(top.first).to_contain_text("Maya Okafor")
    assert_clean([violations_at(page, "/find-a-supervisor/ (results)")])

    # The results lead on from the keyboard too: to the best match's profile.
    user.activate(top.first.get_by_role("link", name="Maya Okafor"))
    expect(user.main_heading).to_have_text("Maya Okafor")


def test_a_form_filled_and_sent_from_the_keyboard(keyboard):
    user = keyboard
    page = user.page
    visit(user, "/contact/")
    main = page.get_by_role("main")
    field = main.get_by_label
    name = f"Keyboard Visitor {uuid.uuid4().hex[:6]}"

    user.type_into(field("Your name", exact=True), name)
    user.type_into(field("E-mail", exact=True), "not an address")
    user.choose(field("Topic", exact=True), "Supervision")
    user.type_into(field("Message", exact=True), "Sent without a mouse.")
    user.tick(field("I agree that Firelight may reply to me about my message.", exact=True))
    user.activate(main.get_by_role("button", name="Send message"))

    # The mistake is announced (an alert naming it) and focus is on the field to fix.
    email = field("E-mail", exact=True)
    summary = main.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_contain_text("E-mail")
    expect(email).to_be_focused()
    expect(email).to_have_attribute("aria-invalid", "true")

    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("keyboard.visitor@example.com")
    user.activate(main.get_by_role("button", name="Send message"))
    thanks = FormPage(page).thank_you
    expect(thanks).to_be_visible()
    expect(thanks).to_be_focused()


# -- visible focus --------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/contact/", "/find-a-supervisor/"])
def test_every_tab_stop_shows_a_visible_focus_ring(keyboard, path):
    visit(keyboard, path)
    stops = keyboard.walk_tab_order()
    _assert_focus_visible(stops, minimum=15)


def test_every_tab_stop_of_the_open_phone_menu_shows_focus(phone_keyboard):
    visit(phone_keyboard, "/")
    phone_keyboard.activate(phone_keyboard.page.get_by_role("button", name="Menu"))
    stops = phone_keyboard.walk_tab_order()
    _assert_focus_visible(stops, minimum=20)


def _assert_focus_visible(stops: list[TabStop], minimum: int) -> None:
    # A page with few stops would mean focus got stuck (a trap) or the walk failed.
    assert len(stops) >= minimum, [stop.description for stop in stops]
    unseen = [stop.description for stop in stops if not stop.shows_focus()]
    assert not unseen, f"no visible focus indicator on: {unseen}"
    faint = [
        f"{stop.description} ({stop.ring_contrast():.2f}:1)"
        for stop in stops
        if stop.ring_contrast() < 3
    ]
    assert not faint, f"focus ring below 3:1 against its background: {faint}"
    hidden = [stop.description for stop in stops if not stop.in_viewport]
    assert not hidden, f"focused but off screen: {hidden}"


def _on_screen(locator: Locator) -> bool:
    return locator.evaluate(
        """(element) => {
            const box = element.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
        }"""
    )
