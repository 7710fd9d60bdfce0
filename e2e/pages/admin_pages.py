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


class PageEditor(AdminSite):
    """A page being written, previewed, published, renamed, scheduled and unpublished
    in Wagtail's page editor."""

    def create_standard_page(self, parent_id: int, title: str, slug: str) -> None:
        self.page.goto(f"/admin/pages/add/core/standardpage/{parent_id}/")
        # Typed key by key, as an editor does: the slug follows the title.
        self.page.get_by_role("textbox", name="Title*").press_sequentially(title)
        self.page.get_by_role("tab", name="Promote").click()
        expect(self.page.get_by_role("textbox", name="Slug*")).to_have_value(slug)
        self.page.get_by_role("tab", name="Content").click()
        self.page.get_by_role("button", name="Save draft").click()
        expect(self.page.get_by_role("heading", level=1)).to_contain_text(title)

    def edit(self, page_id: int) -> None:
        self.page.goto(f"/admin/pages/{page_id}/edit/")

    def type_intro(self, text: str) -> None:
        self.page.get_by_role("textbox", name="Intro").fill(text)

    def open_preview(self):
        """The preview panel's frame (the SPA rendering the unsaved draft)."""
        self.page.get_by_role("button", name="Toggle preview").click()
        return self.page.locator("iframe[title='Preview']:not(.w-preview__proxy)").content_frame

    def publish(self, action: str = "Publish") -> None:
        self.page.get_by_role("button", name="More actions").click()
        self.page.get_by_role("button", name=action).click()
        expect(
            self.page.get_by_role("status").or_(self.page.locator(".messages")).first
        ).to_be_visible()

    def rename_slug(self, slug: str) -> None:
        self.page.get_by_role("tab", name="Promote").click()
        self.page.get_by_role("textbox", name="Slug*").fill(slug)

    def schedule_go_live(self, when: str) -> None:
        """Set the go-live date/time ("YYYY-MM-DD HH:MM") in the status panel."""
        self.page.get_by_role("button", name="Toggle status").click()
        self.page.get_by_role("button", name="Set schedule").click()
        dialog = self.page.locator("#schedule-publishing-dialog")
        dialog.get_by_label("Go live date/time").fill(when)
        # The date picker sits over the button; its click handler is what an editor
        # reaches by closing the picker first.
        dialog.get_by_role("button", name="Save schedule").dispatch_event("click")
        expect(dialog).to_be_hidden()

    def unpublish(self, page_id: int) -> None:
        self.page.goto(f"/admin/pages/{page_id}/unpublish/")
        self.page.get_by_role("button", name="Yes, unpublish it").click()
        expect(self.page.get_by_text("unpublished")).to_be_visible()
