"""CVs are checked by what they contain, not what they are called: a renamed archive, web
page or other document is refused with a field error, and nothing is stored."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from forms.factories import FormFieldFactory, FormPageFactory
from forms.models import LeadSubmission, SubmissionFile

PDF = b"%PDF-1.7\n% a tiny sample CV\n"
OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def zip_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zip_of(
    {
        "[Content_Types].xml": b"<Types/>",
        "_rels/.rels": b"<Relationships/>",
        "word/document.xml": b"<w:document/>",
    }
)
SCRIPTS_ZIP = zip_of({"index.html": b"<script>alert(1)</script>", "run.js": b"alert(1)"})
ODT = zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})


@pytest.fixture
def application(home, site_settings):
    page = FormPageFactory(parent=home, slug="work-with-us", title="Work with us")
    FormFieldFactory(page=page, label="Your name")
    FormFieldFactory(page=page, label="CV", field_type="file")
    return page


def stored_files() -> list[Path]:
    return [path for path in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*") if path.is_file()]


def apply(client, page, name: str, content: bytes):
    return client.post(
        f"/api/forms/{page.pk}/submissions/",
        {"your_name": "Ana Example", "cv": SimpleUploadedFile(name, content)},
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("cv.pdf", PDF, "application/pdf"),
        (
            "cv.docx",
            DOCX,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("CV.DOC", OLE_DOC, "application/msword"),
    ],
)
def test_pdf_and_word_documents_are_accepted(client, application, name, content, content_type):
    response = apply(client, application, name, content)
    assert response.status_code == 201, response.content
    stored = SubmissionFile.objects.get()
    assert stored.content_type == content_type
    assert Path(stored.file.path).read_bytes() == content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.docx", SCRIPTS_ZIP, "This file does not look like a DOCX document."),
        ("cv.docx", b"PK\x03\x04 but not a zip at all", "This file does not look like a DOCX"),
        ("cv.docx", PDF, "This file does not look like a DOCX document."),
        ("cv.pdf", DOCX, "This file does not look like a PDF document."),
        ("cv.doc", b"<html><script>alert(1)</script></html>", "This file does not look like a DOC"),
        ("cv.odt", ODT, "Upload a PDF or Word document (.pdf, .doc or .docx)."),
        ("cv.html", b"<script>alert(1)</script>", "Upload a PDF or Word document"),
        ("cv.pdf.exe", b"%PDF MZ", "Upload a PDF or Word document"),
        ("cv.pdf", b"", "The submitted file is empty."),
    ],
)
def test_other_files_are_refused_and_nothing_is_stored(client, application, name, content, message):
    before = stored_files()
    response = apply(client, application, name, content)
    assert response.status_code == 400
    [error] = response.json()["error"]["fields"]["cv"]
    assert error.startswith(message), error
    assert not LeadSubmission.objects.exists()
    assert not SubmissionFile.objects.exists()
    assert stored_files() == before


@pytest.mark.django_db
def test_a_file_over_five_megabytes_is_refused(client, application):
    before = stored_files()
    response = apply(client, application, "cv.pdf", PDF + b"0" * (5 * 1024 * 1024))
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["cv"] == [
        "The file is larger than 5 MB: please upload a smaller one."
    ]
    assert stored_files() == before


@pytest.mark.django_db
def test_a_path_in_the_file_name_stays_inside_the_private_folder(client, application):
    response = apply(client, application, "../../../etc/cv.pdf", PDF)
    assert response.status_code == 201
    stored = SubmissionFile.objects.get()
    assert stored.original_name == "cv.pdf"
    assert Path(stored.file.path).resolve().is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))


@pytest.mark.django_db
def test_staff_download_a_cv_as_an_attachment_never_rendered(client, admin_client, application):
    apply(client, application, 'cv"<script>.pdf', PDF)
    stored = SubmissionFile.objects.get()
    response = admin_client.get(f"/admin/forms/uploads/{stored.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    # The name is quoted: it cannot end the header value early.
    assert response["Content-Disposition"] == 'attachment; filename="cv\\"<script>.pdf"'
