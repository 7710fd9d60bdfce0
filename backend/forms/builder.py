"""The Django form behind a ``FormPage``: Wagtail's form builder with length limits on
every text field, and the practice's own field types (phone, state, license type,
supervisor, file upload)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from core.querysets import public_pages
from taxonomy.models import LicenseType, State
from team.models import TeamMemberPage

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# Extension → (leading bytes, content type). The bytes are checked, not just the name.
UPLOAD_TYPES = {
    ".pdf": (b"%PDF", "application/pdf"),
    ".docx": (
        b"PK\x03\x04",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ".doc": (b"\xd0\xcf\x11\xe0", "application/msword"),
}
NO_PREFERENCE = "no-preference"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# The parts every Word (.docx) package has: its leading bytes are those of any ZIP file
# (a renamed archive of scripts would pass a check of the first bytes alone).
WORD_PACKAGE_PARTS = {"[Content_Types].xml", "word/document.xml"}


def validate_upload(upload) -> None:
    extension = Path(upload.name or "").suffix.lower()
    if extension not in UPLOAD_TYPES:
        raise ValidationError("Upload a PDF or Word document (.pdf, .doc or .docx).")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError("The file is larger than 5 MB: please upload a smaller one.")
    magic, _content_type = UPLOAD_TYPES[extension]
    upload.seek(0)
    head = upload.read(len(magic))
    upload.seek(0)
    if head != magic or (extension == ".docx" and not is_word_package(upload)):
        raise ValidationError(
            f"This file does not look like a {extension[1:].upper()} document. "
            "Please upload it again."
        )


def is_word_package(upload) -> bool:
    """Whether a ZIP file is a Word document: its directory names the document parts
    (only the directory is read, nothing is decompressed)."""
    try:
        with zipfile.ZipFile(upload) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        upload.seek(0)
    return WORD_PACKAGE_PARTS.issubset(names)


def upload_content_type(name: str) -> str:
    return UPLOAD_TYPES[Path(name).suffix.lower()][1]


def state_choices() -> list[tuple[str, str]]:
    return [(state.code, state.name) for state in State.objects.all()]


def license_choices() -> list[tuple[str, str]]:
    return [
        (f"{lic.state.code}-{lic.code}", f"{lic.code} — {lic.name} ({lic.state.name})")
        for lic in LicenseType.objects.select_related("state").order_by("state__name", "code")
    ]


def supervisor_choices() -> list[tuple[str, str]]:
    members = public_pages(TeamMemberPage.objects.all()).exclude(role="staff")
    return [
        (NO_PREFERENCE, "No preference"),
        *members.order_by("title").values_list("slug", "title"),
    ]


class CleanTextForm(BaseForm):
    """Strips control characters from every text answer (they have no place in a lead
    and can break e-mails and spreadsheets)."""

    def clean(self):
        data = super().clean()
        for name, value in data.items():
            if isinstance(value, str):
                data[name] = CONTROL_CHARACTERS.sub("", value).strip()
        return data


class LeadFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        options["max_length"] = 255
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = 5000
        return forms.CharField(widget=forms.Textarea, **options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return forms.EmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = 500
        return forms.URLField(**options)

    def create_phone_field(self, field, options):
        return forms.CharField(
            max_length=30,
            validators=[
                RegexValidator(
                    r"^\+?[0-9()\-.\s]{7,30}$",
                    "Enter a phone number with digits, e.g. (720) 555-0142.",
                )
            ],
            **options,
        )

    def create_state_field(self, field, options):
        return forms.ChoiceField(choices=state_choices(), **options)

    def create_license_type_field(self, field, options):
        return forms.ChoiceField(choices=license_choices(), **options)

    def create_supervisor_field(self, field, options):
        return forms.ChoiceField(choices=supervisor_choices(), **options)

    def create_file_field(self, field, options):
        return forms.FileField(validators=[validate_upload], **options)

    def get_form_class(self):
        return type("LeadForm", (CleanTextForm,), self.formfields)
