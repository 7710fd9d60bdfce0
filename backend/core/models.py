"""Core content: the abstract ``BasePage`` every page type extends, ``StandardPage``, and
the site-wide settings (contact details, call-to-action, social links, footer)."""

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock


class BasePage(Page):
    """Fields every page type has: SEO title and search description (from Wagtail's
    Page) and a social sharing image."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared (1200 by 630 crop). Defaults to the site's.",
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading="Search engines and sharing",
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading="Navigation"),
    ]

    class Meta:
        abstract = True

    def serve_preview(self, request, mode_name):
        """The draft rendered by the real SPA (see ``core.preview``)."""
        from core.preview import serve_draft

        return serve_draft(self, request)


class StandardPage(BasePage):
    """A general page composed of StreamField blocks (about, policies, landing pages)."""

    intro = models.TextField(blank=True, max_length=400)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = [
        "home.HomePage",
        "core.StandardPage",
        "team.TeamIndexPage",
        "events.EventIndexPage",
    ]
    subpage_types = ["core.StandardPage", "services.LicensurePathPage", "forms.FormPage"]


class SearchPage(BasePage):
    """The site search (``/search/?q=``): results of the words a visitor types, over
    every public page. Never indexed by search engines, never listed in the sitemap."""

    intro = models.TextField(
        blank=True, max_length=400, help_text="Shown above the search box before a search."
    )
    no_results_text = models.TextField(
        max_length=400,
        default="Try fewer or other words, or browse the menu.",
        help_text="Shown when nothing matches.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("no_results_text")]
    search_fields: list = []
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Organisation details shown in the header, footer and structured data."""

    organisation_name = models.CharField(max_length=120, default="Firelight")
    tagline = models.CharField(max_length=200, blank=True)
    phone = models.CharField(max_length=40, blank=True, help_text="e.g. (720) 555-0142")
    phone_extension = models.CharField(max_length=10, blank=True)
    fax = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    consultation_cta_label = models.CharField(
        "call-to-action label",
        max_length=80,
        default="Get started with a free consultation call",
    )
    consultation_cta_text = models.CharField("call-to-action text", max_length=240, blank=True)
    consultation_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="call-to-action page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_text = RichTextField(blank=True, features=["bold", "italic", "link"])
    newsletter_heading = models.CharField(max_length=80, default="Join the list")
    newsletter_text = models.CharField(
        max_length=240,
        default="A short monthly e-mail with new articles, trainings and Lunch & Learns.",
        blank=True,
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("tagline")], heading="Organisation"
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("phone_extension"),
                FieldPanel("fax"),
                FieldPanel("email"),
            ],
            heading="Contact details",
        ),
        MultiFieldPanel(
            [
                FieldPanel("consultation_cta_label"),
                FieldPanel("consultation_cta_text"),
                PageChooserPanel("consultation_cta_page"),
            ],
            heading="Consultation call-to-action",
        ),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("newsletter_heading"), FieldPanel("newsletter_text")],
            heading="Newsletter sign-up in the footer",
        ),
        FieldPanel("default_social_image"),
        InlinePanel("social_links", heading="Social links", label="Social link"),
    ]

    class Meta:
        verbose_name = "site settings"


class SocialLink(Orderable):
    NETWORKS = [
        ("linkedin", "LinkedIn"),
        ("instagram", "Instagram"),
        ("facebook", "Facebook"),
        ("youtube", "YouTube"),
        ("bluesky", "Bluesky"),
        ("mastodon", "Mastodon"),
    ]

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(max_length=20, choices=NETWORKS)
    url = models.URLField()

    panels = [FieldPanel("network"), FieldPanel("url")]

    def __str__(self):
        return f"{self.get_network_display()}: {self.url}"
