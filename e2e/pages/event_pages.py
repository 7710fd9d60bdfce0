"""Page objects of Events & trainings: the listing and an event with its registration
form."""

from __future__ import annotations

from playwright.sync_api import Download, Locator, expect

from e2e.pages.site_page import SitePage


class EventListing(SitePage):
    def section(self, heading: str) -> Locator:
        """The region headed ``heading`` (e.g. "Upcoming events")."""
        return self.page.get_by_role("region", name=heading)

    def heading(self, name: str) -> Locator:
        return self.page.get_by_role("main").get_by_role("heading", level=2, name=name)

    def comes_before(self, first: Locator, second: Locator) -> bool:
        """Whether ``first`` precedes ``second`` in reading (document) order."""
        return first.evaluate(
            "(a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)",
            second.element_handle(),
        )

    def open_event(self, title: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=title, exact=True).first.click()


class EventDetail(SitePage):
    @property
    def seats(self) -> Locator:
        """The seats-left badge of the event (not of other events listed on the page)."""
        return self.page.get_by_role("main").get_by_text("seats left").first

    @property
    def registration(self) -> Locator:
        return self.page.get_by_role("region", name="Register")

    def register(
        self,
        *,
        name: str,
        email: str,
        license_type: str,
        state: str,
        price: str | None = None,
        button: str = "Register",
    ) -> None:
        form = self.registration
        form.get_by_label("Name", exact=True).fill(name)
        form.get_by_label("E-mail", exact=True).fill(email)
        form.get_by_label("License type", exact=True).select_option(label=license_type)
        form.get_by_label("State", exact=True).select_option(label=state)
        if price:
            form.get_by_role("radio", name=price).check()
        form.get_by_label("I agree to be e-mailed about this event", exact=True).check()
        form.get_by_role("button", name=button, exact=True).click()

    @property
    def status(self) -> Locator:
        return self.registration.get_by_role("status")

    def download_calendar(self) -> Download:
        with self.page.expect_download() as download:
            self.page.get_by_role("link", name="Add to calendar").click()
        return download.value

    def expect_seats(self, text: str) -> None:
        expect(self.page.get_by_role("main").get_by_text(text, exact=True).first).to_be_visible()
