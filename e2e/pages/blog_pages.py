"""Page objects of the blog: the index with its filters and pages, and a post."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from e2e.pages.site_page import SitePage


class BlogIndex(SitePage):
    def filter_by_category(self, name: str) -> None:
        categories = self.page.get_by_role("navigation", name="Blog categories")
        categories.get_by_role("link", name=name).click()

    def next_page(self) -> None:
        pagination = self.page.get_by_role("navigation", name="Pagination")
        pagination.get_by_role("link", name="Next page").click()

    @property
    def post_titles(self) -> Locator:
        return self.page.get_by_role("main").get_by_role("article").get_by_role("heading", level=2)

    def open_post(self, title: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=title, exact=True).first.click()


class BlogPost(SitePage):
    @property
    def related(self) -> Locator:
        return self.page.get_by_role("region", name="You may also like")

    def follow_first_related(self) -> str:
        link = self.related.get_by_role("heading", level=3).first.get_by_role("link")
        title = link.inner_text()
        link.click()
        return title

    @property
    def comments(self) -> Locator:
        return self.page.get_by_role("region", name=re.compile(r"^Comments"))

    def write_comment(self, name: str, email: str, text: str) -> None:
        self.page.get_by_label("Name", exact=True).fill(name)
        self.page.get_by_label("E-mail (optional, never shown)").fill(email)
        self.page.get_by_label("Comment", exact=True).fill(text)
        self.page.get_by_role("button", name="Post comment").click()

    def expect_comment_received(self) -> None:
        expect(self.page.get_by_role("status").filter(has_text="once a moderator")).to_be_visible()

    @property
    def read_count(self) -> Locator:
        return self.page.get_by_role("main").get_by_text(re.compile(r"^Read (\d+ times|once)$"))
