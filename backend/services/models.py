"""Services (supervision and consultation), locations, fees and licensure paths."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.fields import MultipleChoiceField
from core.models import BasePage


class ServiceKind(models.TextChoices):
    SUPERVISION = "supervision", "Clinical supervision"
    CONSULTATION = "consultation", "Clinical consultation"


AUDIENCES = [
    ("pre_licensed", "Pre-licensed clinicians"),
    ("licensed", "Licensed clinicians"),
    ("agencies", "Agencies and practices"),
    ("supervisors", "Supervisors"),
]
FORMATS = [
    ("individual", "Individual"),
    ("dyad", "Dyad"),
    ("group", "Group"),
    ("online", "Online"),
    ("in_person", "In person"),
]


class ServiceIndexPage(BasePage):
    """Lists the services of one kind (``/supervision/``, ``/clinical-consultation/``)."""

    kind = models.CharField(max_length=20, choices=ServiceKind.choices)
    intro = models.TextField(max_length=500, blank=True)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.ServicePage"]


class ServicePage(BasePage):
    """One service: who it is for, how it runs, what it costs."""

    kind = models.CharField(max_length=20, choices=ServiceKind.choices)
    intro = models.TextField(max_length=500, help_text="One or two sentences for listings.")
    audience = MultipleChoiceField(choices=AUDIENCES)
    formats = MultipleChoiceField(choices=FORMATS)
    group_size_min = models.PositiveSmallIntegerField(null=True, blank=True)
    group_size_max = models.PositiveSmallIntegerField(null=True, blank=True)
    frequency = models.CharField(max_length=120, blank=True, help_text="e.g. Weekly, 50 minutes")
    counts_toward_licensure = models.BooleanField(
        default=False, help_text="Whether hours count toward licensure where boards allow."
    )
    specialties = ParentalManyToManyField("taxonomy.Specialty", blank=True, related_name="+")
    states = ParentalManyToManyField("taxonomy.State", blank=True, related_name="+")
    license_types = ParentalManyToManyField("taxonomy.LicenseType", blank=True, related_name="+")
    faqs = ParentalManyToManyField("taxonomy.FAQ", blank=True, related_name="+")
    featured_supervisors = ParentalManyToManyField(
        "team.TeamMemberPage",
        blank=True,
        related_name="+",
        help_text="Leave empty to show the supervisors who share this service's specialties "
        "and states.",
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)
    cta_heading = models.CharField("call-to-action heading", max_length=120, blank=True)
    cta_text = models.CharField("call-to-action text", max_length=300, blank=True)
    cta_label = models.CharField("call-to-action button", max_length=60, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("formats"),
                FieldRowPanel([FieldPanel("group_size_min"), FieldPanel("group_size_max")]),
                FieldPanel("frequency"),
                FieldPanel("counts_toward_licensure"),
            ],
            heading="How it works",
        ),
        MultiFieldPanel(
            [FieldPanel("specialties"), FieldPanel("states"), FieldPanel("license_types")],
            heading="Who it fits",
        ),
        InlinePanel("price_items", heading="Prices", label="Price item"),
        FieldPanel("faqs"),
        FieldPanel("featured_supervisors"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("cta_heading"),
                FieldPanel("cta_text"),
                FieldPanel("cta_label"),
                PageChooserPanel("cta_page"),
            ],
            heading="Call to action",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types: list[str] = []

    def clean(self):
        super().clean()
        if (
            self.group_size_min
            and self.group_size_max
            and self.group_size_min > self.group_size_max
        ):
            raise ValidationError(
                {"group_size_max": "The largest group cannot be smaller than the smallest."}
            )


class PriceItem(Orderable):
    """One published price of a service (shown on the service and on the fees page)."""

    UNITS = [
        ("session", "per session"),
        ("person_session", "per person, per session"),
        ("month", "per month"),
        ("hour", "per hour"),
    ]

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="price_items")
    label = models.CharField(max_length=120, help_text="e.g. Individual supervision, online")
    format = models.CharField(max_length=20, choices=FORMATS)
    unit = models.CharField(max_length=20, choices=UNITS, default="session")
    minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    group_size = models.CharField(max_length=20, blank=True, help_text="e.g. 3–6")
    sliding_scale_min = models.DecimalField(
        "sliding-scale minimum", max_digits=8, decimal_places=2, null=True, blank=True
    )
    effective_date = models.DateField()

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("unit"), FieldPanel("minutes")]),
        FieldRowPanel(
            [FieldPanel("price"), FieldPanel("sliding_scale_min"), FieldPanel("group_size")]
        ),
        FieldPanel("effective_date"),
    ]

    def clean(self):
        super().clean()
        if self.sliding_scale_min is not None and self.sliding_scale_min > self.price:
            raise ValidationError(
                {"sliding_scale_min": "The sliding-scale minimum cannot exceed the price."}
            )


class LocationIndexPage(BasePage):
    """Lists the states the practice serves (``/locations/``)."""

    intro = models.TextField(max_length=500, blank=True)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.LocationPage"]
    max_count = 1


class LocationPage(BasePage):
    """One state: license tracks, online supervision, licensure paths and services."""

    state = models.OneToOneField(
        "taxonomy.State", on_delete=models.PROTECT, related_name="location_page"
    )
    intro = models.TextField(max_length=500)
    license_types = ParentalManyToManyField(
        "taxonomy.LicenseType",
        blank=True,
        related_name="+",
        verbose_name="license tracks offered",
    )
    online_supervision_notes = RichTextField(blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("state"),
        FieldPanel("intro"),
        FieldPanel("license_types"),
        FieldPanel("online_supervision_notes"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["services.LocationIndexPage"]
    subpage_types: list[str] = []


class FeesPage(BasePage):
    """Every published price and the FAQs, grouped by category (``/fees-and-faqs/``)."""

    intro = models.TextField(max_length=500, blank=True)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1


class LicensurePathPage(BasePage):
    """The steps and requirements from a starting credential to a license in one state."""

    state = models.ForeignKey("taxonomy.State", on_delete=models.PROTECT, related_name="+")
    starting_credential = models.ForeignKey(
        "taxonomy.LicenseType", on_delete=models.PROTECT, related_name="+"
    )
    target_license = models.ForeignKey(
        "taxonomy.LicenseType", on_delete=models.PROTECT, related_name="+"
    )
    intro = models.TextField(max_length=500)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel(
            [FieldPanel("state"), FieldPanel("starting_credential"), FieldPanel("target_license")]
        ),
        FieldPanel("intro"),
        InlinePanel("requirements", heading="Requirements", label="Requirement"),
        InlinePanel("steps", heading="Steps", label="Step"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.StandardPage", "events.EventIndexPage"]
    subpage_types: list[str] = []

    def clean(self):
        super().clean()
        errors = {}
        for name in ("starting_credential", "target_license"):
            license_type = getattr(self, name, None)
            if license_type and self.state_id and license_type.state_id != self.state_id:
                errors[name] = f"Choose a credential issued in {self.state}."
        if errors:
            raise ValidationError(errors)


class LicensurePathStep(Orderable):
    page = ParentalKey(LicensurePathPage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(max_length=160)
    body = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    documents = models.TextField(
        blank=True, help_text="Documents to prepare, one per line (e.g. official transcript)."
    )
    exam = models.CharField(max_length=160, blank=True)
    fee = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    board_url = models.URLField("board link", blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldRowPanel([FieldPanel("exam"), FieldPanel("fee")]),
        FieldPanel("board_url"),
    ]


class LicensureRequirement(Orderable):
    class Metric(models.TextChoices):
        TOTAL_HOURS = "total_hours", "Total supervised practice hours"
        DIRECT_HOURS = "direct_hours", "Direct client contact hours"
        SUPERVISION_HOURS = "supervision_hours", "Hours of clinical supervision"
        INDIVIDUAL_SUPERVISION_HOURS = (
            "individual_supervision_hours",
            "Minimum individual supervision hours",
        )
        MAX_GROUP_HOURS = "max_group_hours", "Maximum group supervision hours"
        MIN_MONTHS = "min_months", "Minimum months of practice"

    UNITS = {"min_months": "months"}

    page = ParentalKey(LicensurePathPage, on_delete=models.CASCADE, related_name="requirements")
    metric = models.CharField(max_length=40, choices=Metric.choices)
    value = models.DecimalField(max_digits=8, decimal_places=1)
    note = models.CharField(max_length=250, blank=True)
    source_url = models.URLField("source link")
    last_verified = models.DateField()

    panels = [
        FieldRowPanel([FieldPanel("metric"), FieldPanel("value")]),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("source_url"), FieldPanel("last_verified")]),
    ]

    @property
    def unit(self) -> str:
        return self.UNITS.get(self.metric, "hours")
