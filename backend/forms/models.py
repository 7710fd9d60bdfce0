"""Editor-built forms served headlessly, their submissions (leads) with uploaded files,
and the newsletter's double opt-in list."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import LazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractFormField,
    AbstractFormSubmission,
    EmailFormMixin,
    FormMixin,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage

# Wagtail's field types, plus those a supervision practice needs, whose choices come
# from the taxonomies and the team rather than from a list typed into each form.
FIELD_TYPES = [
    *((value, label) for value, label in FORM_FIELD_CHOICES if value != "hidden"),
    ("phone", "Phone number"),
    ("state", "State (from the states the practice serves)"),
    ("license_type", "License type (from the taxonomies)"),
    ("supervisor", "Supervisor (from the team, with “No preference”)"),
    ("file", "File upload (PDF or Word, up to 5 MB)"),
]


class PrivateStorage(LazyObject):
    """Uploads visitors send (CVs) live outside ``MEDIA_ROOT``: never served publicly,
    only to staff through the admin."""

    def _setup(self):
        self._wrapped = FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT)


_private_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of uploads, as a callable so that migrations name it rather than
    freezing one machine's path."""
    return _private_storage


class FormField(AbstractFormField):
    page = ParentalKey("forms.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(max_length=16, choices=FIELD_TYPES)

    def clean(self):
        super().clean()
        from core.api.public_writes import HONEYPOT_FIELD

        if (self.clean_name or self.get_field_clean_name()) == HONEYPOT_FIELD:
            raise ValidationError(
                {"label": "“Website” is reserved for spam protection: use e.g. “Your website”."}
            )

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("field_type")]),
        FieldPanel("help_text"),
        FieldRowPanel([FieldPanel("required"), FieldPanel("default_value")]),
        FieldPanel("choices"),
    ]


class FormPage(EmailFormMixin, FormMixin, BasePage):
    """A form editors build field by field (consultation request, contact, applications).
    Submissions are stored first, then e-mailed to the notification addresses."""

    intro = models.TextField(max_length=600, blank=True)
    body = StreamField(
        BodyBlock(), blank=True, use_json_field=True, help_text="Shown above the form."
    )
    submit_label = models.CharField(max_length=60, default="Send")
    thank_you_title = models.CharField(max_length=120, default="Thank you")
    thank_you_text = RichTextField(
        features=["bold", "italic", "link", "ul"],
        default="<p>We have received your message and will reply within one business day.</p>",
    )
    privacy_note = models.CharField(
        max_length=300,
        blank=True,
        default="We use your details only to answer you. They are never shared or sold.",
    )

    content_panels = [
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("submit_label"),
        FieldPanel("privacy_note"),
        MultiFieldPanel(
            [FieldPanel("thank_you_title"), FieldPanel("thank_you_text")],
            heading="After sending",
        ),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldPanel("from_address"),
                FieldPanel("subject"),
            ],
            heading="Notification e-mail",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = [
        "home.HomePage",
        "core.StandardPage",
        "team.TeamIndexPage",
        "forms.FormPage",
    ]
    subpage_types = ["forms.FormPage"]

    # The SPA renders the form (Wagtail's form/landing template modes do not apply).
    preview_modes = BasePage.DEFAULT_PREVIEW_MODES

    def serve_preview(self, request, mode_name):
        return BasePage.serve_preview(self, request, mode_name)

    def get_submission_class(self):
        return LeadSubmission

    def get_submissions_list_view_class(self):
        from forms.wagtail_hooks import LeadSubmissionsListView

        return LeadSubmissionsListView

    def get_form_class(self):
        from forms.builder import LeadFormBuilder

        return LeadFormBuilder(self.get_form_fields()).get_form_class()


class LeadSubmission(AbstractFormSubmission):
    """A submission of a form page. ``form_data`` holds the cleaned values (uploads as
    ``{"file": id, "name", "size"}``); the notification is tracked so that a failing mail
    server is retried later rather than losing or repeating anything."""

    class Notification(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (will be retried)"
        NONE = "none", "No recipients"

    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    notification = models.CharField(
        max_length=10, choices=Notification.choices, default=Notification.PENDING
    )
    notification_attempts = models.PositiveSmallIntegerField(default=0)
    notification_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-submit_time"]
        indexes = [models.Index(fields=["page", "submit_time"])]

    def get_data(self) -> dict[str, Any]:
        data = super().get_data()
        for name, value in data.items():
            if isinstance(value, dict) and "file" in value:
                url = reverse("forms_upload", args=[value["file"]])
                data[name] = f"{value.get('name', 'file')} ({url})"
            elif isinstance(value, list):
                data[name] = ", ".join(str(item) for item in value)
        return data


class SubmissionFile(models.Model):
    submission = models.ForeignKey(
        LeadSubmission, on_delete=models.CASCADE, null=True, related_name="files"
    )
    field_name = models.CharField(max_length=255)
    file = models.FileField(upload_to="form-uploads/%Y/%m/", storage=private_storage)
    original_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    content_type = models.CharField(max_length=100)
    uploaded_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.original_name


@receiver(post_delete, sender=SubmissionFile, dispatch_uid="firelight-upload-deleted")
def delete_upload(sender, instance: SubmissionFile, **kwargs):
    """However a submission goes (admin, purge, its form deleted), its files go too,
    once the deletion is committed."""
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


@register_setting(icon="form")
class FormSettings(BaseSiteSetting):
    retention_months = models.PositiveSmallIntegerField(
        "keep submissions for (months)",
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="`manage.py purge_form_submissions` deletes older submissions and their "
        "uploaded files (run it daily).",
    )

    panels = [FieldPanel("retention_months")]

    class Meta:
        verbose_name = "form submissions"


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """A newsletter address. It counts only once its owner confirms it from the e-mail
    we send (double opt-in); the token also unsubscribes."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    email = models.EmailField(unique=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.email


class NewsletterPage(BasePage):
    """Where the newsletter e-mails' links lead: confirm a subscription or unsubscribe
    (the visitor presses a button; following a link never changes anything, so mail
    scanners cannot confirm or unsubscribe anyone)."""

    intro = models.TextField(max_length=400, blank=True)
    confirm_text = models.CharField(
        max_length=240, default="Press the button to confirm your subscription."
    )
    confirmed_text = models.CharField(
        max_length=240, default="You are on the list. Thank you for joining us."
    )
    unsubscribe_text = models.CharField(
        max_length=240, default="Press the button and we will stop sending you the newsletter."
    )
    unsubscribed_text = models.CharField(
        max_length=240, default="You are unsubscribed. We will not e-mail you again."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("confirm_text"),
        FieldPanel("confirmed_text"),
        FieldPanel("unsubscribe_text"),
        FieldPanel("unsubscribed_text"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
