"""Events and trainings: event listings (optionally one series, such as the Lunch &
Learns), events with registration and capacity, and the clinical training program with
its trainings.

An event's date and times are entered as the wall-clock times of its own time zone, the
way the practice announces them ("noon Mountain Time"); ``starts_at``/``ends_at`` are
computed from them in UTC on save, so listings sort and filter on one clock.
"""

from __future__ import annotations

import datetime
import zoneinfo
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage

# Reserved: ``<index path>calendar.ics`` is an index's calendar feed.
CALENDAR_SLUG = "calendar"

TIME_ZONES = [
    ("America/Denver", "Mountain Time (Denver)"),
    ("America/Phoenix", "Mountain Time without daylight saving (Phoenix)"),
    ("America/Los_Angeles", "Pacific Time (Seattle, Los Angeles)"),
    ("America/Chicago", "Central Time (Chicago)"),
    ("America/New_York", "Eastern Time (New York)"),
    ("America/Anchorage", "Alaska Time (Anchorage)"),
    ("Pacific/Honolulu", "Hawaii Time (Honolulu)"),
    ("UTC", "Coordinated Universal Time (UTC)"),
]


class EventSeries(index.Indexed, models.Model):
    """A recurring kind of event (Lunch & Learns) that an index page can list alone."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "event series"

    def __str__(self):
        return self.name


class EventIndexPage(BasePage):
    """Upcoming events (soonest first), then past events (most recent first). With a
    series, it lists that series' events anywhere on the site; otherwise the events
    below it."""

    intro = models.TextField(max_length=400, blank=True)
    series = models.ForeignKey(
        EventSeries,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="List only this series' events (e.g. a Lunch & Learns page).",
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)
    past_count = models.PositiveSmallIntegerField(
        "past events shown",
        default=6,
        validators=[MaxValueValidator(50)],
        help_text="The most recent past events listed under the upcoming ones (0 hides them).",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("series"), FieldPanel("past_count")]),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "events.EventIndexPage"]
    subpage_types = [
        "events.EventPage",
        "events.EventIndexPage",
        "events.TrainingProgramPage",
        "services.LicensurePathPage",
        "core.StandardPage",
    ]

    def clean(self):
        super().clean()
        if self.slug == CALENDAR_SLUG:
            raise ValidationError({"slug": "“calendar” is the address of the calendar file."})


class EventPage(BasePage):
    """One event: when, where (or how to join), who presents, who it is for, the CE
    credit it earns, what it costs and how many can come."""

    class Format(models.TextChoices):
        ONLINE = "online", "Online"
        IN_PERSON = "in_person", "In person"
        HYBRID = "hybrid", "Hybrid (in person and online)"

    series = models.ForeignKey(
        EventSeries, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    training = models.ForeignKey(
        "events.TrainingPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        help_text="The training this event delivers, if it is a session of one.",
    )
    intro = models.TextField(max_length=400, help_text="One or two sentences for listings.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_alt = models.CharField("hero image alt text", max_length=200, blank=True)

    start_date = models.DateField()
    start_time = models.TimeField()
    end_date = models.DateField(null=True, blank=True, help_text="Leave empty for the same day.")
    end_time = models.TimeField()
    time_zone = models.CharField(
        max_length=40,
        choices=TIME_ZONES,
        default="America/Denver",
        help_text="The dates and times above are in this time zone.",
    )
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)

    format = models.CharField(max_length=12, choices=Format.choices, default=Format.ONLINE)
    venue_name = models.CharField(max_length=120, blank=True)
    street_address = models.CharField(max_length=160, blank=True)
    locality = models.CharField("city", max_length=80, blank=True)
    region = models.CharField("state", max_length=2, blank=True, help_text="e.g. CO")
    postal_code = models.CharField(max_length=10, blank=True)
    join_url = models.URLField(
        "join link",
        blank=True,
        help_text="Only sent to registrants (confirmation e-mail and calendar file).",
    )
    join_instructions = models.TextField(
        blank=True, help_text="Only sent to registrants, with the join link."
    )

    audience = models.CharField(
        max_length=200, blank=True, help_text="Who it is for, e.g. “Pre-licensed counselors”."
    )
    eligible_license_types = ParentalManyToManyField(
        "taxonomy.LicenseType",
        blank=True,
        related_name="+",
        help_text="The licenses the continuing education credit counts for.",
    )
    ce_hours = models.DecimalField(
        "CE hours",
        max_digits=4,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    ce_approver = models.CharField(
        "CE approving body",
        max_length=200,
        blank=True,
        help_text="Its name, e.g. “the Colorado Counseling Association”.",
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Seats; leave empty for no limit.",
    )
    waitlist = models.BooleanField(
        "offer a waitlist when full",
        default=True,
        help_text="People who register when it is full get the next seat that frees up.",
    )
    registration_opens_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="In your admin time zone (your account's, else Mountain Time). Leave "
        "empty to open registration at once.",
    )
    registration_closes_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="In your admin time zone. Leave empty to close registration when the "
        "event starts.",
    )
    recording_url = models.URLField(
        "recording link", blank=True, help_text="Shown once the event is over."
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel(
                    [FieldPanel("locality"), FieldPanel("region"), FieldPanel("postal_code")]
                ),
                FieldPanel("join_url"),
                FieldPanel("join_instructions"),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [FieldPanel("series"), PageChooserPanel("training", "events.TrainingPage")],
            heading="Series and training",
        ),
        InlinePanel("presenters", heading="Presenters", label="Presenter", min_num=0),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("ce_hours"), FieldPanel("ce_approver")]),
                FieldPanel("eligible_license_types"),
            ],
            heading="Audience and continuing education",
        ),
        InlinePanel(
            "price_tiers",
            heading="Prices",
            label="Price",
            help_text="Leave empty, or set a price of 0, for a free event.",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
            ],
            heading="Registration",
        ),
        FieldPanel("body"),
        FieldPanel("recording_url"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        indexes = [models.Index(fields=["starts_at", "ends_at"])]

    # -- time ------------------------------------------------------------------------

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def local_times(self) -> tuple[datetime.datetime, datetime.datetime]:
        start = datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)
        end = datetime.datetime.combine(
            self.end_date or self.start_date, self.end_time, tzinfo=self.zone
        )
        return start, end

    def clean(self):
        super().clean()
        errors: dict[str, str] = {}
        if self.slug == CALENDAR_SLUG:
            errors["slug"] = "“calendar” is the address of the calendar file."
        if self.start_date and self.start_time and self.end_time:
            start, end = self.local_times()
            for name, moment in (("start_time", start), ("end_time", end)):
                if not exists(moment):
                    errors[name] = (
                        "This time does not exist in that time zone (the clocks go forward)."
                    )
            if end <= start:
                errors["end_time"] = "The event must end after it starts."
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = "Registration must close after it opens."
        if (
            self.registration_opens_at
            and self.start_date
            and self.start_time
            and "start_time" not in errors
            and self.registration_opens_at >= self.local_times()[0]
        ):
            errors["registration_opens_at"] = "Registration must open before the event starts."
        if self.format in (self.Format.IN_PERSON, self.Format.HYBRID) and not (
            self.venue_name.strip() and self.locality.strip()
        ):
            errors["venue_name"] = "Give the venue's name and city for an in-person event."
        if errors:
            raise ValidationError(errors)

    def compute_times(self) -> None:
        """``starts_at``/``ends_at`` in UTC from the local date, times and zone."""
        start, end = self.local_times()
        self.starts_at = start.astimezone(datetime.UTC)
        self.ends_at = end.astimezone(datetime.UTC)

    def save(self, *args, **kwargs):
        self.compute_times()
        super().save(*args, **kwargs)

    @property
    def registration_closes(self) -> datetime.datetime:
        return self.registration_closes_at or self.starts_at

    @property
    def is_free(self) -> bool:
        return all(tier.price == 0 for tier in self.price_tiers.all())

    def seats_left(self, taken: int | None = None) -> int | None:
        """``None`` when there is no limit. ``taken`` defaults to the ``seats`` counter
        row's (join it with ``select_related("seats")``)."""
        if self.capacity is None:
            return None
        if taken is None:
            seats = getattr(self, "seats", None) if self.pk else None
            taken = seats.taken if seats is not None else 0
        return max(0, self.capacity - taken)


def exists(moment: datetime.datetime) -> bool:
    """Whether a wall-clock time exists in its zone (not skipped by a clock change)."""
    round_trip = moment.astimezone(datetime.UTC).astimezone(moment.tzinfo)
    return round_trip.replace(tzinfo=None) == moment.replace(tzinfo=None)


class EventPresenter(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="presenters")
    member = models.ForeignKey(
        "team.TeamMemberPage", on_delete=models.CASCADE, related_name="presented_events"
    )

    panels = [PageChooserPanel("member", "team.TeamMemberPage")]


class EventPriceTier(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="price_tiers")
    label = models.CharField(max_length=80, help_text="e.g. “Standard” or “Pre-licensed”")
    price = models.DecimalField(
        "price (USD)", max_digits=8, decimal_places=2, validators=[MinValueValidator(0)]
    )
    description = models.CharField(max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("price")]), FieldPanel("description")]

    def __str__(self):
        return f"{self.label}: ${self.price}"


class EventSeats(models.Model):
    """How many seats of an event are taken: a counter row apart from the page (so
    publishing a revision never overwrites it), changed only by a conditional ``UPDATE``
    (see ``events.registration``), which is what makes the last seat go to one person."""

    event = models.OneToOneField(
        EventPage, on_delete=models.CASCADE, primary_key=True, related_name="seats"
    )
    taken = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "event seats"

    def __str__(self):
        return f"{self.event_id}: {self.taken} taken"


class Registration(models.Model):
    """A person's registration for an event. The e-mail address is unique per event, so
    registering twice changes nothing."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        WAITLISTED = "waitlisted", "On the waitlist"
        CANCELLED = "cancelled", "Cancelled"

    class Confirmation(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (will be retried)"
        SENDING = "sending", "Sending"

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(max_length=120)
    email = models.EmailField("e-mail", max_length=254)
    license_type = models.ForeignKey(
        "taxonomy.LicenseType", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.ForeignKey(
        "taxonomy.State", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    price_label = models.CharField("price", max_length=80, blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("0"))
    status = models.CharField(max_length=12, choices=Status.choices, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    consented_at = models.DateTimeField()
    cancelled_at = models.DateTimeField(null=True, blank=True)
    confirmation = models.CharField(
        "confirmation e-mail",
        max_length=10,
        choices=Confirmation.choices,
        default=Confirmation.PENDING,
    )
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    confirmation_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["event", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="events_registration_once")
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.name} – {self.event.title}"


class ModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    hours = blocks.DecimalBlock(min_value=0, max_value=100, decimal_places=2)
    summary = blocks.TextBlock(max_length=600)

    class Meta:
        icon = "list-ol"


class CoursePage(BasePage):
    """What the program and each training share: an intro, a hero image, learning
    objectives, the CE approving body and a body."""

    intro = models.TextField(max_length=400)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_alt = models.CharField("hero image alt text", max_length=200, blank=True)
    objectives = models.TextField("learning objectives", help_text="One per line.")
    ce_approver = models.CharField(
        "CE approving body",
        max_length=200,
        blank=True,
        help_text="Its name, e.g. “the Colorado Counseling Association”.",
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    @property
    def objectives_list(self) -> list[str]:
        """The objectives, one per line (list markers an editor typed dropped)."""
        lines = (line.strip(" -•\t") for line in (self.objectives or "").splitlines())
        return [line for line in lines if line]


def course_panels(*middle) -> list:
    return [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")]),
        FieldPanel("objectives"),
        *middle,
        FieldPanel("body"),
        InlinePanel("related_links", heading="Related posts", label="Related post", max_num=6),
    ]


class TrainingProgramPage(CoursePage):
    """The clinical training program: its trainings are its children."""

    price = models.DecimalField(
        "price of the whole program (USD)",
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="Leave empty when the trainings are only sold one by one.",
    )
    price_note = models.CharField(max_length=200, blank=True)

    content_panels = course_panels(
        FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")]), FieldPanel("ce_approver")
    )
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.TrainingPage"]


class TrainingPage(CoursePage):
    """One training of the program; its sessions are the events that deliver it."""

    modules = StreamField([("module", ModuleBlock())], use_json_field=True)
    total_hours = models.DecimalField(
        max_digits=5, decimal_places=2, default=Decimal("0"), editable=False
    )
    ce_hours = models.DecimalField(
        "CE hours",
        max_digits=4,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    price = models.DecimalField(
        "price (USD)", max_digits=8, decimal_places=2, validators=[MinValueValidator(0)]
    )

    content_panels = course_panels(
        FieldPanel("modules", help_text="The total hours are the sum of the modules' hours."),
        FieldRowPanel([FieldPanel("ce_hours"), FieldPanel("ce_approver"), FieldPanel("price")]),
    )
    parent_page_types = ["events.TrainingProgramPage"]
    subpage_types: list[str] = []

    def save(self, *args, **kwargs):
        self.total_hours = sum(
            (Decimal(child.value["hours"] or 0) for child in self.modules or []), Decimal("0")
        )
        super().save(*args, **kwargs)


class ProgramRelatedPost(Orderable):
    page = ParentalKey(TrainingProgramPage, on_delete=models.CASCADE, related_name="related_links")
    post = models.ForeignKey("blog.BlogPage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("post", "blog.BlogPage")]


class TrainingRelatedPost(Orderable):
    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="related_links")
    post = models.ForeignKey("blog.BlogPage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("post", "blog.BlogPage")]
