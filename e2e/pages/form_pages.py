"""Page objects of the forms: an editor-built form page and the footer sign-up."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from e2e.pages.site_page import SitePage


class FormPage(SitePage):
    def fill(self, answers: dict[str, str]) -> None:
        for label, value in answers.items():
            self.page.get_by_label(label, exact=True).fill(value)

    def select(self, label: str, option: str) -> None:
        self.page.get_by_label(label, exact=True).select_option(label=option)

    def check(self, *labels: str) -> None:
        for label in labels:
            self.page.get_by_label(label, exact=True).check()

    def send(self, button: str) -> None:
        self.page.get_by_role("button", name=button).click()

    def field(self, label: str) -> Locator:
        return self.page.get_by_label(label, exact=True)

    @property
    def thank_you(self) -> Locator:
        return self.page.get_by_role("main").get_by_role("heading", level=2, name="Thank you")

    def expect_error_on(self, label: str) -> None:
        field = self.field(label)
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_be_focused()


class NewsletterSignup(SitePage):
    def subscribe(self, address: str) -> None:
        footer = self.footer
        footer.get_by_label("E-mail address", exact=True).fill(address)
        footer.get_by_role("button", name="Subscribe").click()

    @property
    def status(self) -> Locator:
        return self.footer.get_by_role("status")
