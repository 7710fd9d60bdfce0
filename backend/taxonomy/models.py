"""Taxonomies editors manage as snippets and every content area shares: states, license
types, specialties, and the practice's frequently asked questions."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index


class State(index.Indexed, models.Model):
    """A state the practice serves, with its licensing board."""

    code = models.CharField(max_length=2, unique=True, help_text="Postal code, e.g. CO")
    name = models.CharField(max_length=60, unique=True)
    board_name = models.CharField(max_length=160, blank=True)
    board_url = models.URLField("licensing board link", blank=True)
    online_supervision_across_state_lines = models.BooleanField(
        default=False,
        help_text="Whether the board accepts supervision by a supervisor in another state.",
    )
    notes = models.TextField(blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("board_name"),
        FieldPanel("board_url"),
        FieldPanel("online_supervision_across_state_lines"),
        FieldPanel("notes"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class LicenseType(index.Indexed, models.Model):
    """A credential in one state, e.g. LPCC (candidate) or LPC (independent) in Colorado."""

    class Profession(models.TextChoices):
        COUNSELING = "counseling", "Professional counseling"
        SOCIAL_WORK = "social_work", "Social work"
        MARRIAGE_FAMILY = "marriage_family", "Marriage and family therapy"
        ADDICTION = "addiction", "Addiction counseling"

    class Level(models.TextChoices):
        CANDIDATE = "candidate", "Candidate (pre-licensed)"
        INDEPENDENT = "independent", "Independent (fully licensed)"

    code = models.CharField(max_length=12, help_text="e.g. LPCC, LCSW, LMHCA")
    name = models.CharField(max_length=120, help_text="e.g. Licensed Professional Counselor")
    profession = models.CharField(max_length=20, choices=Profession.choices)
    level = models.CharField(max_length=12, choices=Level.choices)
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="license_types")

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("profession"),
        FieldPanel("level"),
        FieldPanel("state"),
    ]
    search_fields = [index.SearchField("code"), index.SearchField("name")]

    class Meta:
        ordering = ["state__name", "profession", "level", "code"]
        constraints = [
            models.UniqueConstraint(fields=["state", "code"], name="unique_license_code_per_state")
        ]

    def __str__(self):
        return f"{self.code} ({self.state.code})"


class Specialty(index.Indexed, models.Model):
    """A population, modality, clinical issue or professional topic."""

    class Kind(models.TextChoices):
        POPULATION = "population", "Population"
        MODALITY = "modality", "Modality"
        CLINICAL_ISSUE = "clinical_issue", "Clinical issue"
        PROFESSIONAL_TOPIC = "professional_topic", "Professional topic"

    name = models.CharField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)

    panels = [FieldPanel("name"), FieldPanel("kind")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "specialties"

    def __str__(self):
        return self.name


class FAQCategory(models.Model):
    """A heading under which FAQs are grouped, e.g. "Fees and payment"."""

    name = models.CharField(max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "FAQ category"
        verbose_name_plural = "FAQ categories"

    def __str__(self):
        return self.name


class FAQ(index.Indexed, models.Model):
    """A frequently asked question, shown on the fees page and on chosen pages."""

    question = models.CharField(max_length=250)
    answer = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    category = models.ForeignKey(FAQCategory, on_delete=models.PROTECT, related_name="faqs")
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first within the category."
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("category"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("answer")]

    class Meta:
        ordering = ["category__sort_order", "category__name", "sort_order", "question"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    def __str__(self):
        return self.question
