"""Build the demo site (idempotent): ``manage.py seed_demo``.

Creates the home page, site settings and the menu sections of ``shared/SITEMAP.md``.
Pages are found by path, so running it again changes nothing already there.
"""

from __future__ import annotations

import uuid

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from blog import demo as blog_demo
from core.demo import content
from core.demo.images import demo_image
from core.demo.pages import ensure_child, linkify, page_at
from core.demo.scale import scale_demo
from core.models import SearchPage, SiteSettings, SocialLink, StandardPage
from events import demo as events_demo
from forms import demo as forms_demo
from home.models import HomePage
from services import demo as services_demo
from taxonomy.demo import seed_taxonomy
from team import demo as team_demo

# Sections built by a content area with its own page types: slug -> builder(home, title,
# intro). The builder creates the section page and its children.
APP_SECTIONS = {
    "supervision": lambda home, title, intro: services_demo.ensure_service_index(
        home, "supervision", "supervision", title, intro, services_demo.SUPERVISION
    ),
    "clinical-consultation": lambda home, title, intro: services_demo.ensure_service_index(
        home, "consultation", "clinical-consultation", title, intro, services_demo.CONSULTATION
    ),
    "locations": lambda home, title, intro: services_demo.ensure_locations(home, title, intro),
    "fees-and-faqs": lambda home, title, intro: services_demo.ensure_fees(home, title, intro),
    "team": lambda home, title, intro: ensure_team_with_form(home, title, intro),
    "find-a-supervisor": lambda home, title, intro: team_demo.ensure_match_page(home, title, intro),
    "events-and-trainings": events_demo.ensure_events,
    "blog": blog_demo.ensure_blog,
    "contact": forms_demo.ensure_contact,
}


def ensure_team_with_form(home, title: str, intro: str):
    """The team, and its free consultation request form (a child in ``content``)."""
    team = team_demo.ensure_team(home, title, intro)
    children = next(section[5] for section in content.SECTIONS if section[0] == "team")
    for slug, child_title, child_intro in children:
        if slug == "free-phone-consultation":
            forms_demo.ensure_consultation_form(team, child_title, child_intro)
    return team


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


class Command(BaseCommand):
    help = "Create the demo site: home page, settings and menu sections (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            metavar="N",
            help="N times the blog posts, events and supervisors (for the benchmarks).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        home = self.ensure_home()
        seed_taxonomy()
        created = Page.objects.count()
        for slug, title, in_menu, intro, _paragraphs, children in content.SECTIONS:
            if slug in APP_SECTIONS:
                section = APP_SECTIONS[slug](home, title, intro)
            else:
                section = self.ensure_page(home, slug, title, intro, in_menu)
            for child_slug, child_title, child_intro in children:
                self.ensure_page(section, child_slug, child_title, child_intro, True)
        services_demo.ensure_licensure_paths(self.page(home, "/events-and-trainings/"))
        blog_demo.ensure_post_bodies(home)
        events_demo.ensure_related_posts(home)
        forms_demo.ensure_newsletter_page(home)
        ensure_child(
            home,
            SearchPage(
                title="Search",
                slug="search",
                show_in_menus=False,
                intro="Search articles, services, supervisors, events and guides.",
            ),
        )
        # Bodies link to other pages, so they are written once every page exists.
        for slug, _title, _in_menu, _intro, paragraphs, _children in content.SECTIONS:
            section = home.get_children().get(slug=slug).specific
            if paragraphs and not section.body:
                section.body = [block("rich_text", self.links(p)) for p in paragraphs]
                section.save_revision().publish()
        self.ensure_home_body(home)
        self.ensure_settings(home)
        if options["scale"] > 1:
            scale_demo(home, options["scale"])
        created = Page.objects.count() - created
        self.stdout.write(self.style.SUCCESS(f"Demo site ready ({created} pages created)."))

    # -- pages ---------------------------------------------------------------------------

    def ensure_home(self) -> HomePage:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        hero = demo_image(
            "Evening light over the foothills",
            "Warm evening light over layered foothills",
            palette="ember",
            seed=7,
        )
        home = HomePage(
            slug="firelight-home",
            hero_image=hero,
            social_image=hero,
            show_in_menus=False,
            **content.HOME,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            site = Site(
                hostname="localhost",
                port=80,
                is_default_site=True,
                site_name="Firelight",
                root_page=home,
            )
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = "Firelight"
        site.save()
        # Wagtail's placeholder "Welcome" page is no longer reachable; remove it.
        if old_root and old_root.pk != home.pk and not isinstance(old_root.specific, HomePage):
            old_root.delete()
        return home

    def ensure_page(self, parent: Page, slug: str, title: str, intro: str, in_menu: bool) -> Page:
        return ensure_child(
            parent,
            StandardPage(
                title=title,
                slug=slug,
                intro=intro,
                show_in_menus=in_menu,
                search_description=intro[:300],
            ),
        )

    def ensure_home_body(self, home: HomePage) -> None:
        if home.body:
            return
        by_path = {
            p: self.page(home, p)
            for p in (
                "/supervision/",
                "/clinical-consultation/",
                "/events-and-trainings/",
                "/team/free-phone-consultation/",
                "/find-a-supervisor/",
            )
        }
        cards = [
            (
                "Supervision toward licensure",
                "Individual, group and online supervision with approved supervisors.",
                "/supervision/",
                "dawn",
                11,
            ),
            (
                "Clinical consultation",
                "A thoughtful colleague for complex cases and specialised work.",
                "/clinical-consultation/",
                "meadow",
                12,
            ),
            (
                "Events & trainings",
                "Free Lunch & Learns and CE-approved clinical trainings.",
                "/events-and-trainings/",
                "dusk",
                13,
            ),
        ]
        home.body = [
            block(
                "cards",
                {
                    "heading": "How we can help",
                    "cards": [
                        {
                            "title": title,
                            "text": text,
                            "page": by_path[path].pk,
                            "url": "",
                            "image": {
                                "image": demo_image(
                                    f"{title} illustration", "", palette=palette, seed=seed
                                ).pk,
                                "decorative": True,
                                "alt_text": "",
                            },
                        }
                        for title, text, path, palette, seed in cards
                    ],
                },
            ),
            block("heading", {"text": "A practice built around your growth", "level": "h2"}),
            block("rich_text", self.links(content.HOME_INTRO)),
            block("quote", content.HOME_QUOTE),
            block(
                "faq_list",
                {
                    "heading": "Common questions",
                    "items": [
                        {"question": q, "answer": f"<p>{a}</p>"} for q, a in content.HOME_FAQS
                    ],
                },
            ),
            block(
                "call_to_action",
                {
                    "heading": "Not sure where to start?",
                    "text": "Book a free, no-pressure call. We will listen, answer your "
                    "questions and suggest a supervisor who fits.",
                    "button_label": "Request a free consultation call",
                    "page": by_path["/team/free-phone-consultation/"].pk,
                    "url": "",
                },
            ),
        ]
        home.hero_primary_page = by_path["/team/free-phone-consultation/"]
        home.hero_secondary_page = by_path["/find-a-supervisor/"]
        home.save_revision().publish()

    def ensure_settings(self, home: HomePage) -> None:
        site = Site.objects.get(root_page=home)
        settings = SiteSettings.for_site(site)
        if settings.phone:
            return
        settings.organisation_name = "Firelight Clinical Supervision"
        settings.tagline = "Clinical supervision and consultation for therapists"
        settings.phone = "(720) 555-0142"
        settings.phone_extension = "2"
        settings.fax = "(720) 555-0199"
        settings.email = "hello@firelight.example"
        settings.consultation_cta_label = "Get started with a free consultation call"
        settings.consultation_cta_text = (
            "A free 20-minute call to talk about your goals and find your best-fit supervisor."
        )
        settings.consultation_cta_page = self.page(home, "/team/free-phone-consultation/")
        settings.footer_text = content.FOOTER_TEXT
        settings.default_social_image = home.hero_image
        settings.save()
        for order, (network, url) in enumerate(
            [
                ("linkedin", "https://www.linkedin.com/company/firelight-supervision-sample"),
                ("instagram", "https://www.instagram.com/firelight.supervision.sample"),
            ]
        ):
            SocialLink.objects.create(settings=settings, network=network, url=url, sort_order=order)

    # -- helpers ---------------------------------------------------------------------------

    def page(self, home: HomePage, path: str) -> Page:
        return page_at(home, path)

    def links(self, text: str) -> str:
        """Paragraph text with [[/path/|label]] turned into internal page links."""
        home = Site.objects.get(is_default_site=True).root_page
        return f"<p>{linkify(home, text)}</p>"
