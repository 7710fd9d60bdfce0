"""The home page."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage


class HomePage(BasePage):
    """The site root: a hero with calls to action, then editor-composed sections."""

    hero_heading = models.CharField(max_length=160)
    hero_text = models.TextField(max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_primary_label = models.CharField(max_length=60, blank=True)
    hero_primary_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_secondary_label = models.CharField(max_length=60, blank=True)
    hero_secondary_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_primary_label"),
                PageChooserPanel("hero_primary_page"),
                FieldPanel("hero_secondary_label"),
                PageChooserPanel("hero_secondary_page"),
            ],
            heading="Hero",
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "core.SearchPage",
        "services.ServiceIndexPage",
        "services.LocationIndexPage",
        "services.FeesPage",
        "team.TeamIndexPage",
        "team.MatchPage",
        "blog.BlogIndexPage",
        "events.EventIndexPage",
        "forms.FormPage",
        "forms.NewsletterPage",
    ]
    max_count = 1
