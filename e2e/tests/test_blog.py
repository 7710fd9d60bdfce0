"""Journeys through the blog: filtering and paging the index, reading posts, the
moderated comments (approved by an editor in the admin), read counts and the feed."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET

from playwright.sync_api import expect

from e2e.accessibility import assert_no_axe_violations
from e2e.pages.admin_pages import AdminSite
from e2e.pages.blog_pages import BlogIndex, BlogPost

FIRST_POST = "/blog/what-is-relationship-based-clinical-supervision/"


def resolves(blog: BlogIndex) -> list[str]:
    return [url for url in blog.api_requests if "/api/pages/resolve/" in url]


def test_filter_page_forward_open_a_post_and_follow_a_related_one(page):
    blog = BlogIndex(page)
    blog.open("/blog/")
    expect(blog.main_heading).to_have_text("Blog")
    assert_no_axe_violations(page)
    blog.mark_document()

    blog.filter_by_category("Supervision")
    expect(page).to_have_url(re.compile(r"/blog/\?category=supervision$"))
    expect(page.get_by_role("main")).to_contain_text("Posts in Supervision")
    first_page = blog.post_titles.all_inner_texts()
    assert first_page and len(resolves(blog)) == 1

    blog.next_page()
    expect(page).to_have_url(re.compile(r"category=supervision"))
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(blog.post_titles.first).not_to_have_text(first_page[0])
    second_page = blog.post_titles.all_inner_texts()
    assert second_page and not set(second_page) & set(first_page)
    assert len(resolves(blog)) == 2 and blog.document_was_kept()

    page.go_back()
    expect(blog.post_titles.first).to_have_text(first_page[0])

    blog.open_post(first_page[-1])
    post = BlogPost(page)
    expect(post.main_heading).to_have_text(first_page[-1])
    expect(post.related).to_be_visible()
    assert_no_axe_violations(page)
    followed = post.follow_first_related()
    expect(post.main_heading).to_have_text(followed)
    assert blog.document_was_kept()


def test_a_comment_appears_only_once_an_editor_approves_it(page, browser, base_url):
    post = BlogPost(page)
    post.open(FIRST_POST)
    expect(post.main_heading).to_be_visible()

    # A mistake first: the visitor is told what to fix, beside the field.
    page.get_by_role("button", name="Post comment").click()
    name_field = page.get_by_label("Name", exact=True)
    expect(name_field).to_be_focused()
    expect(name_field).to_have_attribute("aria-invalid", "true")

    name = f"Visitor {uuid.uuid4().hex[:6]}"
    text = f"Thank you, this helped me prepare for supervision ({name})."
    post.write_comment(name, "visitor@example.com", text)
    post.expect_comment_received()
    assert_no_axe_violations(page)
    page.reload()
    expect(post.main_heading).to_be_visible()
    expect(post.comments).not_to_contain_text(text)

    editor_context = browser.new_context(base_url=base_url)
    admin = AdminSite(editor_context.new_page())
    admin.log_in()
    admin.moderate_comment(by=name, action="Approve")
    editor_context.close()

    page.reload()
    expect(post.comments).to_contain_text(text)
    expect(post.comments).not_to_contain_text("visitor@example.com")


def test_reading_a_post_counts_once(page):
    path = "/blog/supervising-the-supervisor/"
    before = page.request.get(f"/api/pages/resolve/?path={path}").json()["views"]
    post = BlogPost(page)
    post.open(path)
    expect(post.read_count).to_have_text(f"Read {before + 1} times")
    page.reload()
    expect(post.read_count).to_have_text(f"Read {before + 1} times")


def test_the_feed_is_valid_rss_with_every_post(page, base_url):
    paths: list[str] = []
    listing = page.request.get("/api/pages/resolve/?path=/blog/").json()
    for number in range(1, listing["pagination"]["page_count"] + 1):
        body = page.request.get(f"/api/pages/resolve/?path=/blog/&page={number}").json()
        paths += [post["path"] for post in body["posts"]]
    assert len(paths) >= 10 and FIRST_POST in paths

    response = page.request.get("/blog/feed/")
    assert response.ok
    assert response.headers["content-type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.body()).find("channel")
    links = [item.findtext("link") for item in channel.findall("item")]
    assert links == [base_url + path for path in paths]
    assert all(item.findtext("pubDate") for item in channel.findall("item"))
