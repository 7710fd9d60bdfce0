"""Page object: the site as a visitor uses it (header, menu, main content, footer)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, Request, expect


class SitePage:
    """Wraps a Playwright ``Page`` and names what a visitor does."""

    def __init__(self, page: Page):
        self.page = page
        self.api_requests: list[str] = []
        page.on("request", self._record)

    def _record(self, request: Request) -> None:
        if "/api/" in request.url:
            self.api_requests.append(request.url)

    # -- navigation -------------------------------------------------------------------

    def open(self, path: str):
        return self.page.goto(path)

    def mark_document(self) -> None:
        """Tag the current document; a full page load would lose the tag."""
        self.page.evaluate("window.__firelightMarker = 'still-here'")

    def document_was_kept(self) -> bool:
        return self.page.evaluate("window.__firelightMarker === 'still-here'")

    # -- regions ----------------------------------------------------------------------

    @property
    def main_heading(self) -> Locator:
        return self.page.get_by_role("main").get_by_role("heading", level=1)

    @property
    def main_navigation(self) -> Locator:
        return self.page.get_by_role("navigation", name="Main")

    @property
    def footer(self) -> Locator:
        return self.page.get_by_role("contentinfo")

    def open_submenu(self, name: str) -> Locator:
        """Open the submenu of a top-level menu item; returns its toggle button."""
        button = self.main_navigation.get_by_role("button", name=name, exact=False)
        button.click()
        expect(button).to_have_attribute("aria-expanded", "true")
        return button

    def follow_menu_link(self, name: str) -> None:
        self.main_navigation.get_by_role("link", name=name, exact=True).click()

    def open_phone_menu(self) -> None:
        toggle = self.page.get_by_role("button", name="Menu")
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
