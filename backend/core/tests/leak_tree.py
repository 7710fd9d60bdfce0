"""A random site for the no-leak test (``test_no_leak.py``): every page type in every
state a page can be in, pointed at from public pages in every way the site links
things, with a marker in each non-public thing so that any response showing it can be
caught.

The site is built in two steps, so that the test also proves the cache forgets what
becomes private: ``build`` creates everything (pages that are drafts or scheduled from
birth are already hidden); the test then reads the site while the rest is public
(filling the cache), and ``hide`` unpublishes, expires and restricts it.
"""

from __future__ import annotations

import datetime
import io
import random
from dataclasses import dataclass, field
from decimal import Decimal

import wagtail_factories
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)
from wagtail.signal_handlers import disable_reference_index_auto_update

from blog.factories import (
    BlogCategoryFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    CommentFactory,
    GuestAuthorFactory,
)
from blog.models import BlogPage, BlogRelatedPost, PostViews
from core.factories import StandardPageFactory, rich_text_block, stream_block
from core.models import SearchPage
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSeriesFactory,
    TrainingPageFactory,
    TrainingProgramPageFactory,
)
from events.models import (
    EventPage,
    EventPresenter,
    ProgramRelatedPost,
    TrainingPage,
    TrainingProgramPage,
    TrainingRelatedPost,
)
from forms.factories import FormFieldFactory, FormPageFactory
from forms.models import NewsletterPage
from services.factories import (
    FeesPageFactory,
    LicensurePathPageFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)
from services.models import LocationPage, PriceItem, ServicePage
from taxonomy.factories import LicenseTypeFactory, SpecialtyFactory, StateFactory
from team.factories import (
    AvailabilitySlotFactory,
    MatchPageFactory,
    TeamIndexPageFactory,
    TeamMemberLicenseFactory,
    TeamMemberPageFactory,
)
from team.models import TeamMemberPage

# The word every non-public thing carries (titles, slugs, text, file names): a response
# that contains it shows something it must not. "confidential" is only ever written in
# non-public text too, so a search for it must find nothing.
MARKER_WORD = "leakmark"
SECRET_WORD = "confidential"
# Written inside the private document's file: its bytes must never be served.
FILE_SECRET = "secret-bytes"

# What can happen to a page. The first three leave it public (with non-public changes
# waiting); the others hide it.
PUBLIC = "public"
DRAFT_CHANGES = "public, with unpublished draft changes"
SCHEDULED_CHANGES = "public, with changes scheduled for later"
NEVER_PUBLISHED = "a draft, never published"
SCHEDULED = "scheduled, not yet live"
UNPUBLISHED = "published, then unpublished"
EXPIRED = "expired"
PASSWORD = "private (password)"
LOGIN = "private (signed-in users)"
GROUPS = "private (groups)"

VISIBLE_FATES = (PUBLIC, DRAFT_CHANGES, SCHEDULED_CHANGES)
HIDDEN_FATES = (NEVER_PUBLISHED, SCHEDULED, UNPUBLISHED, EXPIRED, PASSWORD, LOGIN, GROUPS)
BORN_HIDDEN = (NEVER_PUBLISHED, SCHEDULED)
RESTRICTIONS = {
    PASSWORD: BaseViewRestriction.PASSWORD,
    LOGIN: BaseViewRestriction.LOGIN,
    GROUPS: BaseViewRestriction.GROUPS,
}
PUBLIC_TAGS = ["supervision", "ethics", "licensure"]
PRICE_ITEM = {
    "format": "group",
    "unit": "person_session",
    "effective_date": datetime.date(2026, 1, 1),
}


@dataclass
class Entry:
    """A page the tree made, with what should become of it."""

    page: Page
    label: str
    fate: str
    #: The marker number of its own content when it is not public.
    marker: int | None = None
    parent: Entry | None = None
    #: Set once ``hide`` has run: its site-relative path.
    path: str = ""

    @property
    def hidden(self) -> bool:
        """Not public: its own state, or an ancestor's."""
        return is_hidden(self.fate, self.parent)

    @property
    def born_hidden(self) -> bool:
        """Hidden before ``hide`` runs (while the cache is filled)."""
        own = self.fate in BORN_HIDDEN
        return own or (self.parent is not None and self.parent.born_hidden)


@dataclass
class LeakTree:
    """The random site of one seed. ``secrets`` describes each marker number."""

    seed: int
    home: Page
    site_settings: object
    rng: random.Random = field(init=False)
    entries: list[Entry] = field(default_factory=list)
    secrets: dict[int, str] = field(default_factory=dict)
    _deck: list[str] = field(default_factory=list)
    _count: int = 0

    def __post_init__(self):
        self.rng = random.Random(self.seed)
        self.now = timezone.now()

    # -- markers and fates -------------------------------------------------------------

    def new_marker(self, description: str) -> int:
        self._count += 1
        self.secrets[self._count] = description
        return self._count

    def marker_text(self, number: int) -> str:
        """The words that name a marker: ``Leakmark 7-12`` (a searchable word, then the
        seed and number)."""
        return f"Leakmark {self.seed}-{number}"

    def marker_slug(self, number: int) -> str:
        return f"{MARKER_WORD}-{self.seed}-{number}"

    def fate(self) -> str:
        """The next fate from a shuffled deck holding each hidden fate once and as many
        public ones: every seed tries every state, on pages of random types."""
        if not self._deck:
            self._deck = [*HIDDEN_FATES, *(self.rng.choice(VISIBLE_FATES) for _ in HIDDEN_FATES)]
            self.rng.shuffle(self._deck)
        return self._deck.pop()

    def hidden_fate(self) -> str:
        return self.rng.choice(HIDDEN_FATES)

    # -- pages -------------------------------------------------------------------------

    def add(self, factory, parent: Entry | None, label: str, fate: str | None = None, **fields):
        """A page of ``factory``'s type below ``parent`` (the home page when ``None``)."""
        fate = fate or self.fate()
        model = factory._meta.model
        marker = None
        if is_hidden(fate, parent):
            marker = self.new_marker(f"{label}: {describe_fate(fate, parent)}")
            fields = {**self.secret_fields(model, marker), **fields}
        else:
            number = len(self.entries) + 1
            fields = {
                "title": f"{label} {number}",
                "slug": f"{slugify(label)}-{number}",
                **public_fields(model),
                **fields,
            }
        fields.setdefault("show_in_menus", True)  # the site's menus are read too
        parent_page = parent.page if parent else self.home
        page = factory(parent=parent_page, live=fate not in BORN_HIDDEN, **fields)
        if fate == NEVER_PUBLISHED:
            page.save_revision(clean=False)
        elif fate == SCHEDULED:
            page.go_live_at = self.now + datetime.timedelta(days=7)
            page.save_revision(clean=False).publish()
        elif fate == SCHEDULED_CHANGES:
            # Wagtail schedules a change to a page published from a revision (as the
            # admin always does); without one it would take the page offline.
            page.save_revision(clean=False).publish()
            page.refresh_from_db()
        entry = Entry(page=page, label=label, fate=fate, marker=marker, parent=parent)
        self.entries.append(entry)
        return entry

    def secret_fields(self, model, number: int) -> dict:
        """Title, slug and every text field of ``model``, carrying marker ``number``."""
        words = self.marker_text(number)
        text = f"{SECRET_WORD.capitalize()} {words}: supervision and ethics notes."
        values = {
            "title": f"{words} {model._meta.verbose_name}",
            "slug": self.marker_slug(number),
            "seo_title": f"{words} title",
            "search_description": text,
        }
        for name in ("intro", "short_bio", "objectives", "no_results_text", "audience"):
            if has_text_field(model, name):
                values[name] = text
        if has_field(model, "bio"):
            values["bio"] = f"<p>{text}</p>"
        if isinstance(field_of(model, "body"), StreamField):
            values["body"] = [rich_text_block(f"<p>{text}</p>")]
        return values

    # -- the site ----------------------------------------------------------------------

    def build(self) -> None:
        """Every page, image and document, and the links between them. (Without the
        admin's reference index, which visitors never see: it would double the time.)"""
        with disable_reference_index_auto_update():
            self.taxonomy()
            self.media()
            self.top_level()
            self.team_pages()
            self.blog_pages()
            self.service_pages()
            self.event_pages()
            self.standard_pages()
            self.wire()

    def taxonomy(self) -> None:
        self.colorado = StateFactory(code="CO")
        self.washington = StateFactory(code="WA")
        self.lpcc = LicenseTypeFactory(state=self.colorado)
        self.lpc = LicenseTypeFactory(
            state=self.colorado, code="LPC", name="Licensed Professional Counselor"
        )
        self.specialty = SpecialtyFactory(name="Trauma")
        self.categories = [BlogCategoryFactory(name=n) for n in ("Licensure", "Practice")]
        self.guest = GuestAuthorFactory(name="Guest Writer", slug="guest-writer")
        self.series = EventSeriesFactory(name="Lunch & Learn", slug="lunch-and-learn")
        self.group = Group.objects.create(name="Leak testers")

    def media(self) -> None:
        """A public image and document, and private ones: in a private collection, in a
        collection below it, or (in ``hide``) moved into it later. The collection is made
        private now or, after the cache is filled, in ``hide``."""
        root = Collection.get_first_root_node()
        public = root.add_child(name="Public pictures")
        self.private_collection = root.add_child(name="Private pictures")
        nested = self.private_collection.add_child(name="Private pictures, inner")
        self.collection_private_later = self.rng.random() < 0.5
        if not self.collection_private_later:
            self.restrict_collection()
        self.public_image = make_image("public-picture", public)
        self.private_images = []
        for collection in (self.private_collection, nested):
            number = self.new_marker("an image in a private collection")
            image = make_image(self.marker_slug(number), collection, private=True)
            self.private_images.append(image)
        number = self.new_marker("an image moved into a private collection")
        self.moved_image = make_image(self.marker_slug(number), public, private=True)
        self.private_images.append(self.moved_image)
        document_model = get_document_model()
        self.public_document = document_model.objects.create(
            title="Public handout",
            file=ContentFile(b"%PDF-1.4\npublic handout\n", name="public-handout.pdf"),
            collection=public,
        )
        number = self.new_marker("a document in a private collection")
        self.private_document = document_model.objects.create(
            title=f"{self.marker_text(number)} handout",
            file=ContentFile(
                f"%PDF-1.4\n{FILE_SECRET}\n".encode(), name=f"{self.marker_slug(number)}.pdf"
            ),
            collection=self.rng.choice([self.private_collection, nested]),
        )

    def restrict_collection(self) -> None:
        kind = self.rng.choice(list(RESTRICTIONS.values()))
        restriction = CollectionViewRestriction.objects.create(
            collection=self.private_collection, restriction_type=kind, password="pw"
        )
        if kind == BaseViewRestriction.GROUPS:
            restriction.groups.add(self.group)

    def top_level(self) -> None:
        self.home.add_child(instance=SearchPage(title="Search", slug="search"))
        # (Private more often than not: a private matcher page is still live.)
        fate = self.rng.choice([PUBLIC, PASSWORD, LOGIN, GROUPS, self.fate()])
        self.match_page = self.add(MatchPageFactory, None, "Find a supervisor", fate)
        self.add(
            NewsletterPageFactory,
            None,
            "Newsletter",
            confirm_text="Press to confirm.",
        )
        self.add(FeesPageFactory, None, "Fees", PUBLIC)
        self.locations = self.add(LocationIndexPageFactory, None, "Locations", PUBLIC)
        self.add(LocationPageFactory, self.locations, "Colorado", PUBLIC, state=self.colorado)
        self.add(LocationPageFactory, self.locations, "Washington", state=self.washington)

    def team_pages(self) -> None:
        self.team = self.add(TeamIndexPageFactory, None, "Team", PUBLIC)
        self.members = [self.member(PUBLIC)]
        self.members += [self.member() for _ in range(self.rng.randint(2, 4))]
        # Not public, and the author of public posts: the posts may name them, never
        # link to them or show their profile.
        self.byline = self.member(self.hidden_fate(), title="Casey Byline")
        self.forms = [
            self.add(FormPageFactory, self.team, "Apply", self.rng.choice([PUBLIC, self.fate()]))
        ]

    def member(self, fate: str | None = None, **fields) -> Entry:
        entry = self.add(TeamMemberPageFactory, self.team, "Supervisor", fate, **fields)
        page = entry.page
        TeamMemberLicenseFactory(page=page, license_type=self.lpc, can_supervise=True)
        AvailabilitySlotFactory(page=page)
        page.specialties.set([self.specialty])
        page.save()
        return entry

    def blog_pages(self) -> None:
        self.blog = self.add(BlogIndexPageFactory, None, "Blog", PUBLIC)
        self.posts = [self.post(self.blog, PUBLIC)]
        self.posts += [self.post(self.blog) for _ in range(self.rng.randint(3, 5))]
        hidden_blog = self.add(BlogIndexPageFactory, None, "Other blog", self.hidden_fate())
        self.posts += [self.post(hidden_blog, PUBLIC) for _ in range(self.rng.randint(1, 2))]

    def post(self, blog: Entry, fate: str | None = None) -> Entry:
        return self.add(
            BlogPageFactory,
            blog,
            "Post",
            fate,
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 300)),
            guest_author=self.guest,
        )

    def service_pages(self) -> None:
        self.service_index = self.add(ServiceIndexPageFactory, None, "Supervision", PUBLIC)
        self.services = [self.add(ServicePageFactory, self.service_index, "Service", PUBLIC)]
        self.services += [
            self.add(ServicePageFactory, self.service_index, "Service")
            for _ in range(self.rng.randint(1, 3))
        ]
        hidden_index = self.add(ServiceIndexPageFactory, None, "Consultation", self.hidden_fate())
        self.services.append(self.add(ServicePageFactory, hidden_index, "Service", PUBLIC))

    def event_pages(self) -> None:
        self.events_index = self.add(EventIndexPageFactory, None, "Events", PUBLIC)
        program = self.add(TrainingProgramPageFactory, self.events_index, "Program", PUBLIC)
        self.trainings = [self.add(TrainingPageFactory, program, "Training", PUBLIC)]
        self.trainings += [
            self.add(TrainingPageFactory, program, "Training")
            for _ in range(self.rng.randint(1, 2))
        ]
        hidden_program = self.add(
            TrainingProgramPageFactory, self.events_index, "Program", self.hidden_fate()
        )
        self.trainings.append(self.add(TrainingPageFactory, hidden_program, "Training", PUBLIC))
        # A listing of the series' events anywhere on the site, and a section that is not
        # public holding events of that series (in the listing's date range).
        self.add(
            EventIndexPageFactory, self.events_index, "Lunch and learn", PUBLIC, series=self.series
        )
        hidden_section = self.add(
            EventIndexPageFactory, self.events_index, "Archive", self.hidden_fate()
        )
        self.events = [self.event(self.events_index, PUBLIC, days=5)]
        self.events += [self.event(self.events_index) for _ in range(self.rng.randint(2, 4))]
        self.events += [self.event(hidden_section, PUBLIC) for _ in range(2)]
        self.add(
            LicensurePathPageFactory,
            self.events_index,
            "Path",
            state=self.colorado,
            starting_credential=self.lpcc,
            target_license=self.lpc,
        )

    def event(self, parent: Entry, fate: str | None = None, days: int | None = None) -> Entry:
        if days is None:
            days = self.rng.choice([-20, -3, 2, 9, 30])
        return self.add(
            EventPageFactory,
            parent,
            "Event",
            fate,
            days=days,
            series=self.series if self.rng.random() < 0.6 else None,
            capacity=self.rng.choice([None, 12]),
        )

    def standard_pages(self) -> None:
        about = self.add(StandardPageFactory, None, "About", PUBLIC)
        for _ in range(self.rng.randint(1, 2)):
            self.add(StandardPageFactory, about, "Story")
        self.paths = [
            self.add(
                LicensurePathPageFactory,
                about,
                "Path",
                state=self.colorado,
                starting_credential=self.lpcc,
                target_license=self.lpc,
            )
            for _ in range(2)
        ]
        self.forms.append(self.add(FormPageFactory, None, "Contact", PUBLIC))
        self.forms.append(self.add(FormPageFactory, about, "Enquiry"))
        # A section that is not public, with public pages below it.
        section = self.add(StandardPageFactory, None, "Section", self.hidden_fate())
        child = self.add(StandardPageFactory, section, "Story", PUBLIC)
        self.add(StandardPageFactory, child, "Story", PUBLIC)
        self.forms.append(self.add(FormPageFactory, section, "Enquiry", PUBLIC))
        self.paths.append(
            self.add(
                LicensurePathPageFactory,
                section,
                "Path",
                PUBLIC,
                state=self.colorado,
                starting_credential=self.lpcc,
                target_license=self.lpc,
            )
        )
        for form in self.forms:
            FormFieldFactory(page=form.page, label="Your name", field_type="singleline")
            FormFieldFactory(page=form.page, label="Supervisor", field_type="supervisor")

    # -- links between things ----------------------------------------------------------

    def hidden(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.hidden]

    def public(self) -> list[Entry]:
        return [entry for entry in self.entries if not entry.hidden]

    def some(self, items: list, most: int) -> list:
        return self.rng.sample(items, self.rng.randint(0, min(most, len(items))))

    def an_image(self):
        return self.rng.choice([None, self.public_image, *self.private_images])

    def body(self, *, documents: bool = False) -> list[dict]:
        """A public page's body: links to pages that are not public (and to a public
        one), to the documents (always with ``documents``), and the images, in every
        block that can hold them."""
        hidden = self.hidden()
        links = " ".join(
            f'<a linktype="page" id="{entry.page.pk}">see also</a>'
            for entry in self.some(hidden, 3)
        )
        public_link = f'<a linktype="page" id="{self.rng.choice(self.public()).page.pk}">more</a>'
        documents = " ".join(
            f'<a linktype="document" id="{document.pk}">the handout</a>'
            for document in (self.public_document, self.private_document)
            if documents or self.rng.random() < 0.7
        )
        blocks = [
            rich_text_block(
                f"<p>Public notes on supervision. {links} {public_link} {documents}</p>"
            )
        ]
        target = self.rng.choice(hidden).page.pk
        blocks.append(
            stream_block(
                "call_to_action",
                {"heading": "Next step", "text": "", "button_label": "Go", "page": target},
            )
        )
        card = {"title": "Read on", "text": "", "page": self.rng.choice(hidden).page.pk, "url": ""}
        image = self.an_image()
        if image is not None:
            card["image"] = {"image": image.pk, "decorative": False, "alt_text": "A picture"}
        blocks.append(stream_block("cards", {"heading": "", "cards": [card]}))
        image = self.an_image()
        if image is not None:
            blocks.append(
                stream_block(
                    "image",
                    {
                        "image": {"image": image.pk, "decorative": False, "alt_text": "Picture"},
                        "caption": "",
                    },
                )
            )
        return blocks

    def wire(self) -> None:
        """Point public pages at hidden ones in every way the site links pages, images
        and documents: bodies, authors, related posts, presenters, trainings, featured
        supervisors, calls to action, the home page's hero, site settings, redirects,
        comments and read counts (each page saved once)."""
        self.hidden_pages = [entry.page for entry in self.hidden()]
        self.all_members = [entry.page for entry in [*self.members, self.byline]]
        self.secrets[0] = f"the tag {self.hidden_tag}, only on posts that are not public"
        wiring = {
            BlogPage: self.wire_post,
            TeamMemberPage: self.wire_member,
            ServicePage: self.wire_service,
            EventPage: self.wire_event,
            TrainingProgramPage: self.wire_course,
            TrainingPage: self.wire_course,
            LocationPage: self.wire_location,
        }
        for entry in self.entries:
            page = entry.page
            if not entry.hidden:
                if isinstance(field_of(type(page), "body"), StreamField):
                    page.body = self.body()
                page.social_image = self.an_image()
            wire = wiring.get(type(page))
            if wire is not None:
                wire(entry, page)
            elif entry.hidden:
                continue
            page.save()
        self.wire_home()
        for number, page in enumerate(self.some(self.hidden_pages, 3)):
            Redirect.objects.create(old_path=f"/moved-{number}", redirect_page=page)

    @property
    def hidden_tag(self) -> str:
        return f"{MARKER_WORD}-{self.seed}-tag"

    def wire_home(self) -> None:
        home = self.home.specific
        home.hero_primary_page = self.rng.choice(self.hidden_pages)
        home.hero_secondary_page = self.rng.choice([None, *self.hidden_pages])
        home.hero_image = self.public_image  # the test checks that it is shown
        home.body = self.body(documents=True)
        home.save()
        image = self.an_image()
        self.guest.photo, self.guest.photo_alt = (image, "Portrait") if image else (None, "")
        self.guest.save()
        settings = self.site_settings
        settings.consultation_cta_page = self.rng.choice(self.forms).page
        settings.default_social_image = self.an_image()
        settings.save()

    def wire_member(self, entry: Entry, page) -> None:
        image = self.an_image()
        page.photo, page.photo_alt = (image, "Portrait") if image else (None, "")

    def wire_post(self, entry: Entry, post) -> None:
        """Posts that are not public carry their own tag, and are the most read and
        the most discussed; every post shares categories and tags with the others."""
        if entry.hidden:
            post.author = self.rng.choice([*self.all_members, None])
            post.tags.add(self.hidden_tag)
        else:
            public_members = [e.page for e in self.members if not e.hidden]
            post.author = self.rng.choice([*public_members, self.byline.page, None])
        post.guest_author = None if post.author else self.guest
        post.categories.set(self.some(self.categories, 2) or self.categories[:1])
        post.tags.add(*self.some(PUBLIC_TAGS, 2))
        post.hero_image = self.an_image()
        post.hero_alt = "Hero" if post.hero_image else ""
        siblings = [e.page for e in self.posts if e.parent is entry.parent and e is not entry]
        for other in self.some(siblings, 3):
            post.related_links.add(BlogRelatedPost(post=other))
        PostViews.objects.create(page=post, count=1000 if entry.hidden else 5)
        if entry.hidden:
            number = self.new_marker("an approved comment on a post that is not public")
            words = self.marker_text(number)
            CommentFactory(
                post=post, name=words, body=f"{SECRET_WORD} {words}", created_at=self.now
            )
        else:
            yesterday = self.now - datetime.timedelta(days=1)
            CommentFactory(post=post, body="Thank you.", created_at=yesterday)

    def wire_course(self, entry: Entry, page) -> None:
        link = ProgramRelatedPost if isinstance(page, TrainingProgramPage) else TrainingRelatedPost
        for post in self.some([e.page for e in self.posts], 3):
            page.related_links.add(link(post=post))

    def wire_service(self, entry: Entry, service) -> None:
        service.states.set([self.colorado])
        service.specialties.set([self.specialty])
        service.featured_supervisors.set(self.some(self.all_members, 3))
        service.cta_label = "Talk to us"
        service.cta_page = self.rng.choice(self.hidden_pages)
        label = self.marker_text(entry.marker) if entry.hidden else "Group session"
        service.price_items.add(PriceItem(label=label, price=Decimal("60.00"), **PRICE_ITEM))

    def wire_event(self, entry: Entry, event) -> None:
        event.training = self.rng.choice([None, *[e.page for e in self.trainings]])
        event.hero_image = self.an_image()
        event.hero_alt = "Hero" if event.hero_image else ""
        for member in self.some(self.all_members, 2):
            event.presenters.add(EventPresenter(member=member))

    def wire_location(self, entry: Entry, location) -> None:
        target = self.rng.choice(self.hidden_pages).pk
        location.online_supervision_notes = f'<p>See <a linktype="page" id="{target}">this</a>.</p>'

    # -- after the cache is filled -----------------------------------------------------

    def hide(self) -> None:
        """Unpublish, expire and restrict what is to be hidden; save the draft and
        scheduled changes of public pages; make the collection private, and move an image
        into it. Run with on-commit callbacks executed, as in production."""
        if self.collection_private_later:
            self.restrict_collection()
        self.moved_image.collection = self.private_collection
        self.moved_image.save()
        for entry in self.entries:
            page = Page.objects.get(pk=entry.page.pk).specific
            if entry.fate == UNPUBLISHED:
                page.unpublish()
            elif entry.fate == EXPIRED:
                Page.objects.filter(pk=page.pk).update(
                    expire_at=self.now - datetime.timedelta(minutes=5)
                )
            elif entry.fate in RESTRICTIONS:
                kind = RESTRICTIONS[entry.fate]
                restriction = PageViewRestriction.objects.create(
                    page=page, restriction_type=kind, password="pw"
                )
                if kind == BaseViewRestriction.GROUPS:
                    restriction.groups.add(self.group)
            elif entry.fate in (DRAFT_CHANGES, SCHEDULED_CHANGES):
                self.change(entry, page, scheduled=entry.fate == SCHEDULED_CHANGES)
        call_command("publish_scheduled", verbosity=0)
        root = self.home.url_path
        for entry in self.entries:
            page = Page.objects.get(pk=entry.page.pk)
            entry.path = "/" + page.url_path[len(root) :]
            assert in_state(page, entry.fate), f"{entry.label} at {entry.path} is not {entry.fate}"

    def change(self, entry: Entry, page: Page, *, scheduled: bool) -> None:
        """A public page's next version, every field of it marked, saved as a draft or
        scheduled for next week."""
        number = self.new_marker(f"{entry.label}: the {entry.fate.partition(', ')[2]}")
        for name, value in self.secret_fields(type(page), number).items():
            setattr(page, name, value)
        if scheduled:
            page.go_live_at = self.now + datetime.timedelta(days=7)
            page.save_revision(clean=False).publish()
        else:
            page.save_revision(clean=False)


def in_state(page: Page, fate: str) -> bool:
    """Whether ``page`` is what its fate says (so the test tries what it claims to)."""
    scheduled = page.revisions.filter(approved_go_live_at__isnull=False).exists()
    restricted = PageViewRestriction.objects.filter(page=page).exists()
    states = {
        PUBLIC: page.live and not page.has_unpublished_changes,
        DRAFT_CHANGES: page.live and MARKER_WORD in page.draft_title.lower() and not scheduled,
        SCHEDULED_CHANGES: page.live and scheduled,
        NEVER_PUBLISHED: not page.live and not scheduled and page.first_published_at is None,
        SCHEDULED: not page.live and scheduled,
        UNPUBLISHED: not page.live and not page.expired,
        EXPIRED: not page.live and page.expired,
    }
    if fate in RESTRICTIONS:
        return page.live and restricted
    return states[fate] and not restricted


def is_hidden(fate: str, parent: Entry | None) -> bool:
    return fate in HIDDEN_FATES or (parent is not None and parent.hidden)


def describe_fate(fate: str, parent: Entry | None) -> str:
    if fate in HIDDEN_FATES:
        return fate
    while parent is not None and parent.fate not in HIDDEN_FATES:
        parent = parent.parent
    return f"public, below a page that is {parent.fate if parent else '?'}"


def field_of(model, name: str):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def has_field(model, name: str) -> bool:
    return field_of(model, name) is not None


def has_text_field(model, name: str) -> bool:
    """A plain text field (not a choice list) that ``name`` names on ``model``."""
    model_field = field_of(model, name)
    return model_field is not None and model_field.get_internal_type() in (
        "CharField",
        "TextField",
    )


def public_fields(model) -> dict:
    """Public text for the fields a non-public page would carry markers in."""
    text = "Public notes on supervision and ethics."
    values = {}
    for name in ("intro", "short_bio", "search_description"):
        if has_text_field(model, name):
            values[name] = text
    return values


def make_image(name: str, collection: Collection, *, private: bool = False):
    """A small image named ``name`` (its renditions' file names carry it)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (90, 140, 200)).save(buffer, format="PNG")
    label = f"{name} {SECRET_WORD} picture" if private else f"{name} picture"
    return get_image_model().objects.create(
        title=label,
        description=label,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{name}.png"),
        collection=collection,
    )


class NewsletterPageFactory(wagtail_factories.PageFactory):
    """(The newsletter page has no factory of its own: it is a single page.)"""

    class Meta:
        model = NewsletterPage
