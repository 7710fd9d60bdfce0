"""Page objects of the services section: a service, a location, fees, a licensure path."""

from __future__ import annotations

from playwright.sync_api import Locator

from e2e.pages.site_page import SitePage


class ServicePage(SitePage):
    """A service page: price table, FAQs, call to action."""

    @property
    def price_table(self) -> Locator:
        return self.page.get_by_role("table", name="Prices")

    def price_row(self, label: str) -> Locator:
        return self.price_table.get_by_role("row", name=label)

    def faq(self, question: str) -> Locator:
        return self.page.locator("details", has=self.page.get_by_text(question, exact=True))

    def open_faq(self, question: str) -> Locator:
        self.page.get_by_text(question, exact=True).click()
        return self.faq(question)


class LocationPage(SitePage):
    def follow_licensure_path(self, name: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=name).click()


class LicensurePathPage(SitePage):
    @property
    def notice(self) -> Locator:
        return self.page.get_by_role("note")

    @property
    def steps(self) -> Locator:
        return (
            self.page.get_by_role("main").get_by_role("list", name="Steps").get_by_role("listitem")
        )
