"""Team profiles (supervisors, consultants, staff), the matcher page, and the anonymous
record of match requests."""

from __future__ import annotations

import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.fields import MultipleChoiceField
from core.models import BasePage

WORK_SETTINGS = [
    ("community_mental_health", "Community mental health"),
    ("agency", "Agency or group practice"),
    ("private_practice", "Private practice"),
    ("school", "School"),
]
FORMATS = [
    ("individual", "Individual"),
    ("dyad", "Dyad"),
    ("group", "Group"),
    ("online", "Online"),
    ("in_person", "In person"),
]
WEEKDAYS = [
    (0, "Monday"),
    (1, "Tuesday"),
    (2, "Wednesday"),
    (3, "Thursday"),
    (4, "Friday"),
    (5, "Saturday"),
    (6, "Sunday"),
]
TIME_ZONES = [
    ("America/Denver", "Mountain time (Denver)"),
    ("America/Phoenix", "Arizona time (Phoenix)"),
    ("America/Los_Angeles", "Pacific time (Seattle)"),
    ("America/Chicago", "Central time (Chicago)"),
    ("America/New_York", "Eastern time (New York)"),
]
STYLE_SCALES = {
    "structure": ("Structured", "Flexible"),
    "direction": ("Directive", "Collaborative"),
    "teaching": ("Didactic", "Reflective"),
}


def style_field(scale: str) -> models.PositiveSmallIntegerField:
    left, right = STYLE_SCALES[scale]
    return models.PositiveSmallIntegerField(
        f"{left.lower()} ↔ {right.lower()}",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=f"1 = {left.lower()}, 5 = {right.lower()}",
    )


class TeamIndexPage(BasePage):
    """The team directory (``/team/``)."""

    intro = models.TextField(max_length=500, blank=True)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["team.TeamMemberPage", "core.StandardPage", "forms.FormPage"]
    max_count = 1


class TeamMemberPage(BasePage):
    """A team member's profile. The page title is the person's name."""

    class Role(models.TextChoices):
        SUPERVISOR = "supervisor", "Clinical supervisor"
        CONSULTANT = "consultant", "Clinical consultant"
        FOUNDER = "founder", "Founder and clinical supervisor"
        STAFF = "staff", "Practice staff"

    pronouns = models.CharField(max_length=30, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    photo_alt = models.CharField(
        "photo alt text",
        max_length=200,
        blank=True,
        help_text="Describe the photo for people who cannot see it (required with a photo).",
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.SUPERVISOR)
    short_bio = models.TextField(max_length=400, help_text="Two or three sentences for cards.")
    bio = RichTextField(features=["bold", "italic", "link", "ol", "ul", "h3"])
    languages = models.CharField(
        max_length=200, default="English", help_text="Comma-separated, e.g. English, Spanish"
    )
    certifications = models.TextField(blank=True, help_text="One per line.")
    years_licensed = models.PositiveSmallIntegerField(default=0)
    years_supervising = models.PositiveSmallIntegerField(default=0)
    supervision_model = models.CharField(
        max_length=160, blank=True, help_text="e.g. Integrated developmental model"
    )
    style_structure = style_field("structure")
    style_direction = style_field("direction")
    style_teaching = style_field("teaching")
    style_statement = models.CharField("my style in my own words", max_length=300, blank=True)
    specialties = ParentalManyToManyField("taxonomy.Specialty", blank=True, related_name="+")
    work_settings = MultipleChoiceField(choices=WORK_SETTINGS)
    formats = MultipleChoiceField(choices=FORMATS)
    accepting_new = models.BooleanField("accepting new supervisees", default=True)
    fee_notes = models.TextField(blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("pronouns"),
                FieldPanel("role"),
                FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_alt")]),
                FieldPanel("short_bio"),
                FieldPanel("bio"),
                FieldPanel("languages"),
            ],
            heading="About",
        ),
        InlinePanel("licenses", heading="Licenses", label="License"),
        MultiFieldPanel(
            [
                FieldPanel("certifications"),
                FieldRowPanel([FieldPanel("years_licensed"), FieldPanel("years_supervising")]),
                FieldPanel("supervision_model"),
                FieldRowPanel(
                    [
                        FieldPanel("style_structure"),
                        FieldPanel("style_direction"),
                        FieldPanel("style_teaching"),
                    ]
                ),
                FieldPanel("style_statement"),
            ],
            heading="Supervision",
        ),
        FieldPanel("specialties"),
        FieldPanel("work_settings"),
        FieldPanel("formats"),
        FieldPanel("accepting_new"),
        InlinePanel("availability", heading="Weekly availability", label="Time slot"),
        FieldPanel("fee_notes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_bio"),
        index.SearchField("bio"),
        index.RelatedFields("specialties", [index.SearchField("name")]),
    ]
    parent_page_types = ["team.TeamIndexPage"]
    subpage_types: list[str] = []

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for screen reader users."})

    @property
    def language_list(self) -> list[str]:
        return [language.strip() for language in self.languages.split(",") if language.strip()]

    @property
    def style(self) -> dict[str, int]:
        return {
            "structure": self.style_structure,
            "direction": self.style_direction,
            "teaching": self.style_teaching,
        }


class TeamMemberLicense(Orderable):
    page = ParentalKey(TeamMemberPage, on_delete=models.CASCADE, related_name="licenses")
    license_type = models.ForeignKey(
        "taxonomy.LicenseType", on_delete=models.PROTECT, related_name="+"
    )
    number = models.CharField("license number", max_length=40)
    can_supervise = models.BooleanField(
        default=False, help_text="Approved to supervise candidates on this track."
    )
    verified = models.DateField("verified on", null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("license_type"), FieldPanel("number")]),
        FieldRowPanel([FieldPanel("can_supervise"), FieldPanel("verified")]),
    ]


class AvailabilitySlot(Orderable):
    page = ParentalKey(TeamMemberPage, on_delete=models.CASCADE, related_name="availability")
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAYS)
    start = models.TimeField()
    end = models.TimeField()
    time_zone = models.CharField(max_length=40, choices=TIME_ZONES, default="America/Denver")

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")]
        )
    ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "The slot must end after it starts."})
        try:
            zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise ValidationError({"time_zone": "Unknown time zone."}) from error


class MatchPage(BasePage):
    """The best-fit supervisor matcher (``/find-a-supervisor/``)."""

    intro = models.TextField(max_length=500, blank=True)
    no_results_text = models.TextField(
        max_length=500,
        default="Nobody on the team fits every answer right now. Here is why, and the "
        "closest alternatives.",
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("no_results_text"),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1


@register_setting(icon="group")
class MatchWeights(BaseSiteSetting):
    """How much each factor counts in the matcher's score (relative weights)."""

    specialty = models.FloatField(default=4, validators=[MinValueValidator(0)])
    schedule = models.FloatField(default=3, validators=[MinValueValidator(0)])
    style = models.FloatField(default=2, validators=[MinValueValidator(0)])
    profession = models.FloatField(default=2, validators=[MinValueValidator(0)])
    setting = models.FloatField(default=1, validators=[MinValueValidator(0)])

    panels = [
        FieldPanel("specialty"),
        FieldPanel("schedule"),
        FieldPanel("style"),
        FieldPanel("profession"),
        FieldPanel("setting"),
    ]

    class Meta:
        verbose_name = "matcher weights"

    def as_dict(self) -> dict[str, float]:
        return {
            name: getattr(self, name)
            for name in ("specialty", "schedule", "style", "profession", "setting")
        }


class MatchRequest(models.Model):
    """What a visitor asked the matcher, kept without any personal data so the practice
    can see demand (states, tracks, formats, interests)."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    states = models.JSONField(default=list)
    current_license = models.CharField(max_length=20, blank=True)
    target_license = models.CharField(max_length=20)
    stage = models.CharField(max_length=20)
    format = models.CharField(max_length=20)
    mode = models.CharField(max_length=20)
    time_zone = models.CharField(max_length=40)
    availability = models.JSONField(default=list)
    specialties = models.JSONField(default=list)
    setting = models.CharField(max_length=40, blank=True)
    result_count = models.PositiveSmallIntegerField(default=0)
    top_results = models.JSONField(default=list)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.target_license} in {', '.join(self.states)} ({self.created_at:%Y-%m-%d})"
