"""Form pages as the SPA reads them, and the submission contract: stored once, e-mailed
after commit, never lost to a failing mail server, protected from spam and forgery."""

import io
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from core.testing import count_resolve_queries, resolve_json
from forms.factories import FormFieldFactory, FormPageFactory
from forms.models import LeadSubmission, SubmissionFile
from taxonomy.factories import LicenseTypeFactory, StateFactory
from team.factories import TeamIndexPageFactory, TeamMemberPageFactory

BASE_KEYS = {"id", "type", "title", "path", "seo", "breadcrumbs", "last_published_at"}
FIELD_KEYS = {
    "name",
    "label",
    "type",
    "help_text",
    "required",
    "choices",
    "default",
    "max_length",
    "autocomplete",
    "accept",
    "max_size",
    "prefill_param",
}
PDF = b"%PDF-1.4\n% a tiny sample CV\n"


@pytest.fixture
def form(home, site_settings):
    page = FormPageFactory(parent=home, slug="contact", title="Contact")
    FormFieldFactory(page=page, label="Your name")
    FormFieldFactory(page=page, label="E-mail", field_type="email")
    FormFieldFactory(page=page, label="Message", field_type="multiline")
    FormFieldFactory(page=page, label="Topics", field_type="checkboxes", choices="A\nB\nC")
    FormFieldFactory(page=page, label="I agree", field_type="checkbox")
    return page


def answers(**overrides):
    return {
        "your_name": "Ana Example",
        "e_mail": "ana@example.com",
        "message": "I would like to talk about supervision.",
        "topics": ["A", "C"],
        "i_agree": True,
        **overrides,
    }


def submit(client, page, data=None, key=None, **extra):
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}
    return client.post(
        f"/api/forms/{page.pk}/submissions/",
        answers() if data is None else data,
        content_type="application/json",
        **headers,
        **extra,
    )


@pytest.mark.django_db
class TestFormPage:
    def test_contract_describes_every_field(self, client, form):
        data = resolve_json(client, "/contact/")
        assert set(data) == BASE_KEYS | {
            "intro",
            "body",
            "fields",
            "submit_label",
            "privacy_note",
            "thank_you_title",
            "thank_you_text",
            "submit_path",
        }
        assert data["type"] == "forms.FormPage"
        assert data["submit_path"] == f"/api/forms/{form.pk}/submissions/"
        assert all(set(field) == FIELD_KEYS for field in data["fields"])
        by_name = {field["name"]: field for field in data["fields"]}
        assert by_name["your_name"]["autocomplete"] == "name"
        assert by_name["e_mail"]["type"] == "email"
        assert by_name["message"]["type"] == "textarea"
        assert by_name["message"]["max_length"] == 5000
        assert [c["value"] for c in by_name["topics"]["choices"]] == ["A", "B", "C"]

    def test_taxonomy_and_team_choices_and_constant_queries(self, client, form, home):
        FormFieldFactory(page=form, label="State", field_type="state")
        FormFieldFactory(page=form, label="License", field_type="license_type")
        FormFieldFactory(page=form, label="Supervisor", field_type="supervisor", required=False)
        colorado = StateFactory(code="CO", name="Colorado")
        LicenseTypeFactory(state=colorado, code="LPC", name="Licensed Professional Counselor")
        team = TeamIndexPageFactory(parent=home)
        TeamMemberPageFactory(parent=team, slug="maya", title="Maya Okafor")
        TeamMemberPageFactory(parent=team, slug="draft", title="Draft Person", live=False)
        data = resolve_json(client, "/contact/")
        by_name = {field["name"]: field for field in data["fields"]}
        assert by_name["state"]["choices"] == [{"value": "CO", "label": "Colorado"}]
        assert by_name["license"]["choices"][0]["value"] == "CO-LPC"
        assert by_name["supervisor"]["choices"] == [
            {"value": "no-preference", "label": "No preference"},
            {"value": "maya", "label": "Maya Okafor"},
        ]
        assert by_name["supervisor"]["prefill_param"] == "supervisor"
        few = count_resolve_queries(client, "/contact/")
        for _ in range(5):
            FormFieldFactory(page=form, field_type="dropdown", choices="x,y")
        assert count_resolve_queries(client, "/contact/") == few


@pytest.mark.django_db
def test_a_field_cannot_take_the_honeypots_name(form):
    from django.core.exceptions import ValidationError

    field = FormFieldFactory.build(page=form, label="Website")
    with pytest.raises(ValidationError):
        field.clean()
    FormFieldFactory.build(page=form, label="Your website").clean()


@pytest.mark.django_db
class TestSubmissions:
    def test_stored_then_emailed_as_plain_text(
        self, client, form, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client, form, answers(message="<b>Hello</b> <script>x</script>"))
        assert response.status_code == 201, response.content
        submission = LeadSubmission.objects.get(pk=response.json()["id"])
        assert submission.form_data["topics"] == ["A", "C"]
        assert submission.form_data["message"] == "<b>Hello</b> <script>x</script>"
        assert submission.notification == "sent"
        (email,) = mail.outbox
        assert email.to == ["team@firelight.example"]
        assert email.content_subtype == "plain"
        assert "Message: <b>Hello</b> <script>x</script>" in email.body
        assert "Topics: A, C" in email.body

    def test_invalid_answers_get_field_errors_and_store_nothing(self, client, form):
        response = submit(client, form, answers(your_name="", e_mail="nope", topics=["Z"]))
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == "invalid"
        assert set(error["fields"]) == {"your_name", "e_mail", "topics"}
        assert not LeadSubmission.objects.exists()

    def test_answers_must_be_text_not_objects(self, client, form):
        response = submit(client, form, answers(your_name={"$gt": ""}, topics=[["A"]]))
        assert response.status_code == 400
        assert set(response.json()["error"]["fields"]) == {"your_name", "topics"}
        assert not LeadSubmission.objects.exists()

    def test_the_honeypot_is_accepted_silently_and_not_stored(self, client, form):
        response = submit(client, form, answers(website="http://spam.example"))
        assert response.status_code == 201
        assert not LeadSubmission.objects.exists()

    def test_a_retry_with_the_same_key_is_stored_once(self, client, form):
        key = str(uuid.uuid4())
        first = submit(client, form, key=key)
        again = submit(client, form, key=key)
        assert first.status_code == again.status_code == 201
        assert first.json()["id"] == again.json()["id"]
        assert LeadSubmission.objects.count() == 1

    def test_a_failing_mail_server_loses_nothing_and_is_retried_once(
        self, client, form, settings, django_capture_on_commit_callbacks
    ):
        settings.EMAIL_BACKEND = "core.testing.FailingEmailBackend"
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client, form)
        assert response.status_code == 201
        submission = LeadSubmission.objects.get()
        assert submission.notification == "failed"
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        call_command("send_form_notifications", stdout=io.StringIO())
        call_command("send_form_notifications", stdout=io.StringIO())
        assert len(mail.outbox) == 1
        submission.refresh_from_db()
        assert submission.notification == "sent"

    def test_a_sender_that_died_mid_send_is_taken_over(self, client, form):
        from django.utils import timezone

        submit(client, form)
        LeadSubmission.objects.update(
            notification="sending",
            notification_attempts=1,
            notification_claimed_at=timezone.now() - timezone.timedelta(minutes=30),
        )
        call_command("send_form_notifications", stdout=io.StringIO())
        assert len(mail.outbox) == 1
        assert LeadSubmission.objects.get().notification == "sent"

    def test_a_key_reused_for_another_form_is_refused(self, client, form, home):
        key = str(uuid.uuid4())
        assert submit(client, form, key=key).status_code == 201
        other = FormPageFactory(parent=home)
        FormFieldFactory(page=other, label="Your name")
        reused = submit(client, other, {"your_name": "Ana"}, key=key)
        assert reused.status_code == 400
        assert "idempotency_key" in reused.json()["error"]["fields"]

    def test_draft_and_unknown_forms(self, client, form, home):
        draft = FormPageFactory(parent=home, live=False)
        assert submit(client, draft).status_code == 404
        assert client.post("/api/forms/999999/submissions/", {}).status_code == 404

    def test_rate_limited_per_visitor(self, client, form, settings):
        settings.FIRELIGHT_RATES = {**settings.FIRELIGHT_RATES, "form": "3/min"}
        statuses = [submit(client, form).status_code for _ in range(4)]
        assert statuses == [201, 201, 201, 429]
        assert LeadSubmission.objects.count() == 3

    def test_oversized_requests_are_refused_before_reading(self, client, form):
        response = client.post(
            f"/api/forms/{form.pk}/submissions/",
            answers(),
            content_type="application/json",
            CONTENT_LENGTH=str(7 * 1024 * 1024),
        )
        assert response.status_code == 413


@pytest.mark.django_db
class TestForgery:
    def test_same_origin_posts_need_the_csrf_token(self, form):
        browser = Client(enforce_csrf_checks=True)
        refused = submit(browser, form, HTTP_ORIGIN="http://testserver")
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "csrf_failed"
        token = browser.get("/api/csrf/").json()["token"]
        accepted = submit(browser, form, HTTP_ORIGIN="http://testserver", HTTP_X_CSRFTOKEN=token)
        assert accepted.status_code == 201
        assert LeadSubmission.objects.count() == 1

    def test_the_public_origin_behind_a_proxy_is_this_site(self, form, settings):
        settings.PUBLIC_BASE_URL = "https://firelight.example"
        settings.CSRF_TRUSTED_ORIGINS = ["https://firelight.example"]  # as base.py sets it
        browser = Client(enforce_csrf_checks=True)
        token = browser.get("/api/csrf/").json()["token"]
        refused = submit(browser, form, HTTP_ORIGIN="https://firelight.example")
        assert refused.json()["error"]["code"] == "csrf_failed"  # own origin: token needed
        accepted = submit(
            browser, form, HTTP_ORIGIN="https://firelight.example", HTTP_X_CSRFTOKEN=token
        )
        assert accepted.status_code == 201

    def test_other_origins_are_refused_unless_allowed(self, form):
        browser = Client(enforce_csrf_checks=True)
        evil = submit(browser, form, HTTP_ORIGIN="https://evil.example")
        assert evil.status_code == 403
        assert evil.json()["error"]["code"] == "untrusted_origin"
        spa = submit(browser, form, HTTP_ORIGIN="http://spa.example")
        assert spa.status_code == 201

    def test_the_csrf_token_is_never_cached(self, client, db):
        response = client.get("/api/csrf/")
        assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
class TestUploads:
    @pytest.fixture
    def application(self, form):
        FormFieldFactory(page=form, label="CV", field_type="file")
        return form

    def post(self, client, page, upload):
        data = {**answers(), "topics": ["A", "B"], "cv": upload}
        return client.post(f"/api/forms/{page.pk}/submissions/", data)  # multipart

    def test_a_cv_is_stored_privately_and_served_to_staff_only(
        self, client, admin_client, application
    ):
        response = self.post(client, application, SimpleUploadedFile("cv.pdf", PDF))
        assert response.status_code == 201, response.content
        submission = LeadSubmission.objects.get()
        assert submission.form_data["topics"] == ["A", "B"]
        stored = SubmissionFile.objects.get()
        assert submission.form_data["cv"] == {"file": stored.pk, "name": "cv.pdf", "size": len(PDF)}
        path = Path(stored.file.path)
        assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
        assert not path.is_relative_to(settings.MEDIA_ROOT)
        url = f"/admin/forms/uploads/{stored.pk}/"
        assert client.get(url).status_code in (302, 404)
        download = admin_client.get(url)
        assert download.status_code == 200
        assert b"".join(download.streaming_content) == PDF

    def test_deleting_a_submission_deletes_its_files(
        self, client, application, django_capture_on_commit_callbacks
    ):
        self.post(client, application, SimpleUploadedFile("cv.pdf", PDF))
        path = Path(SubmissionFile.objects.get().file.path)
        assert path.exists()
        with django_capture_on_commit_callbacks(execute=True):
            LeadSubmission.objects.all().delete()
        assert not path.exists()

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            ("cv.exe", b"MZ...", "Upload a PDF or Word document"),
            ("cv.pdf", b"<html>not a pdf</html>", "does not look like a PDF"),
            ("cv.pdf", b"%PDF" + b"0" * (5 * 1024 * 1024), "larger than 5 MB"),
        ],
    )
    def test_wrong_types_and_sizes_are_refused(self, client, application, name, content, message):
        response = self.post(client, application, SimpleUploadedFile(name, content))
        assert response.status_code == 400
        assert message in response.json()["error"]["fields"]["cv"][0]
        assert not LeadSubmission.objects.exists()
        assert not SubmissionFile.objects.exists()


@pytest.mark.django_db
class TestAdmin:
    def test_submissions_are_searchable_and_exported(self, client, admin_client, form):
        submit(client, form, answers(your_name="Findable Person"))
        submit(client, form, answers(your_name="Someone Else", e_mail="else@example.com"))
        url = f"/admin/forms/submissions/{form.pk}/"
        found = admin_client.get(url, {"q": "findable"})
        assert found.status_code == 200
        assert b"Findable Person" in found.content and b"Someone Else" not in found.content
        export = admin_client.get(url, {"export": "csv"})
        content = b"".join(export.streaming_content).decode()
        assert "Findable Person" in content and "Someone Else" in content

    def test_retention_deletes_old_submissions_and_their_files(
        self, client, form, django_capture_on_commit_callbacks
    ):
        from django.utils import timezone

        FormFieldFactory(page=form, label="CV", field_type="file", required=False)
        client.post(
            f"/api/forms/{form.pk}/submissions/",
            {**answers(), "cv": SimpleUploadedFile("cv.pdf", PDF)},
        )
        submit(client, form, answers(your_name="Recent"))
        old = LeadSubmission.objects.exclude(form_data__your_name="Recent").get()
        old.submit_time = timezone.now() - timezone.timedelta(days=800)
        old.save()
        stored_path = Path(SubmissionFile.objects.get().file.path)
        with django_capture_on_commit_callbacks(execute=True):
            call_command("purge_form_submissions", stdout=io.StringIO())
        assert list(LeadSubmission.objects.values_list("form_data__your_name", flat=True)) == [
            "Recent"
        ]
        assert not stored_path.exists()
