"""Page objects of the team section: the directory, a profile and the matcher."""

from __future__ import annotations

from playwright.sync_api import Locator

from e2e.pages.site_page import SitePage


class TeamDirectory(SitePage):
    def filter_by(self, label: str, option: str) -> None:
        self.page.get_by_label(label, exact=True).select_option(label=option)

    def accepting_only(self) -> None:
        self.page.get_by_label("Accepting new supervisees only").check()

    @property
    def member_names(self) -> Locator:
        return self.page.get_by_role("main").get_by_role("heading", level=3)


class MatcherPage(SitePage):
    """The multi-step matcher form at /find-a-supervisor/."""

    def next(self) -> None:
        self.page.get_by_role("button", name="Next").click()

    def step_heading(self, name: str) -> Locator:
        return self.page.get_by_role("heading", level=2, name=name)

    def where_you_practise(self, state: str, current: str, target: str, stage: str) -> None:
        self.page.get_by_label(state, exact=True).check()
        self.page.get_by_label("Your current credential").select_option(label=current)
        self.page.get_by_label("License you're working toward").select_option(label=target)
        self.page.get_by_label(stage, exact=True).check()
        self.next()

    def how_you_meet(self, fmt: str, mode: str, times: list[str], zone: str) -> None:
        self.page.get_by_label(fmt, exact=True).check()
        self.page.get_by_label(mode, exact=True).check()
        for time in times:
            self.page.get_by_label(time, exact=True).check()
        self.page.get_by_label("Your time zone").select_option(label=zone)
        self.next()

    def what_matters(self, interests: list[str]) -> None:
        for label, interest in zip(
            ("First choice", "Second choice", "Third choice"), interests, strict=False
        ):
            self.page.get_by_label(label).select_option(label=interest)
        self.next()

    def find_matches(self) -> None:
        self.page.get_by_role("button", name="Find my matches").click()

    @property
    def results(self) -> Locator:
        return self.page.get_by_role("main").get_by_role("list", name="Your best-fit supervisors")

    @property
    def results_heading(self) -> Locator:
        return self.page.get_by_role("heading", level=2, name="Your best-fit supervisors")

    def top_result(self) -> Locator:
        return self.results.get_by_role("listitem").first
