"""Page object: the Wagtail admin as an editor uses it."""

from __future__ import annotations

from playwright.sync_api import Page, expect

# The demo editor that `make run` (and the e2e server) creates.
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "firelight-demo-editor"


class AdminSite:
    def __init__(self, page: Page):
        self.page = page

    def log_in(self) -> None:
        self.page.goto("/admin/login/")
        self.page.get_by_label("Username").fill(EDITOR_USERNAME)
        self.page.get_by_label("Password").fill(EDITOR_PASSWORD)
        self.page.get_by_role("button", name="Sign in").click()
        expect(self.page.get_by_role("heading", level=1)).to_be_visible()

    def moderate_comment(self, by: str, action: str) -> None:
        """Open the comments awaiting moderation and approve/reject one by its author."""
        self.page.goto("/admin/blog_comments/?status=pending")
        self.page.get_by_role("link", name=f"Moderate the comment by {by}").click()
        expect(self.page.get_by_role("heading", level=1)).to_contain_text("Moderate comment")
        self.page.get_by_role("button", name=action, exact=True).click()
        expect(self.page.get_by_text(f"Comment by {by}")).to_be_visible()
