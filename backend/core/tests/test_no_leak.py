"""No leak: a random site (``leak_tree.py``) of live, draft, scheduled, expired,
unpublished and private pages (password, login, group), public pages below non-public
ones, and images and documents in private collections, all linked from public pages;
then every public way in, read anonymously, must show none of what is not public.

Each non-public thing carries the word "leakmark" (and its number) in its title, slug,
text and file names, so one search of every response finds any leak. A path that is
not public must answer exactly as a path that names nothing (nobody can learn a draft
exists), and every list must hold exactly the public pages it should (the filters must
not hide too much either).

The site is read once while everything that is to be unpublished, expired or
restricted is still public (filling the cache), then after it changes: a cached
response that outlives the change is a leak too.

Seeds: four fixed ones, and one more each run (``LEAK_SEED=<n>`` to repeat one). A
failure names its seed and lists every leak found.
"""

from __future__ import annotations

import json
import os
import random
import re
from urllib.parse import urlencode

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from blog.factories import (
    BlogCategoryFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    GuestAuthorFactory,
)
from blog.models import BlogIndexPage, BlogPage
from core.factories import StandardPageFactory, image_block, rich_text_block
from core.testing import resolve_json
from core.tests.leak_tree import (
    EXPIRED,
    FILE_SECRET,
    MARKER_WORD,
    PASSWORD,
    PUBLIC_TAGS,
    SECRET_WORD,
    UNPUBLISHED,
    Entry,
    LeakTree,
    make_image,
)
from events.models import EventIndexPage, EventPage
from forms.models import FormPage
from taxonomy.factories import LicenseTypeFactory, StateFactory
from team.factories import MatchPageFactory
from team.models import TeamIndexPage, TeamMemberPage

FIXED_SEEDS = [3, 17, 29, 41]  # each builds and reads a whole site: a few seconds apiece
# Besides the listings, pages of these fates are read (and cached) before they are
# hidden: unpublishing, expiry by the scheduler and a view restriction must each clear
# the cache.
WARMED_FATES = (UNPUBLISHED, EXPIRED, PASSWORD)
SHOWN = 40  # problems listed in a failure (one leak shows in many answers)
# A marker: the word, or the word with its seed and number (``leakmark 7-12``,
# ``leakmark-7-12``, ``leakmark-7-tag``), or the word only non-public text holds.
LEAK = re.compile(rf"{MARKER_WORD}(?:[ -]\d+-(\d+|tag))?|{SECRET_WORD}", re.IGNORECASE)
PAGE_ID_IN_PATH = re.compile(r"/api/(?:forms|events|blog/posts)/(\d+)/")
# What differs between two answers for reasons other than the page asked for.
NONCE = re.compile(r'nonce="[^"]*"')
REQUEST_ID = re.compile(r'"request_id"\s*:\s*"[^"]*"')


def seeds() -> list:
    """The fixed seeds, and ``LEAK_SEED`` or a new one (named "fresh": the same test id
    whatever its value, which a failure prints)."""
    extra = os.environ.get("LEAK_SEED")
    seed = int(extra) if extra else random.SystemRandom().randrange(1000, 1_000_000)
    return [*FIXED_SEEDS, pytest.param(seed, id="fresh" if not extra else f"LEAK_SEED={seed}")]


class Probe:
    """Reads the site as an anonymous visitor and notes every problem found."""

    def __init__(self, client: Client, tree: LeakTree):
        self.client = client
        self.tree = tree
        self.problems: list[str] = []
        self.missing = f"/no-such-page-{tree.seed}/"
        self._missing: dict[str, object] = {}

    # -- requests ----------------------------------------------------------------------

    def resolve(self, path: str, **query):
        return self.client.get("/api/pages/resolve/", {"path": path, **query})

    def shell(self, path: str, **query):
        return self.client.get(path + (f"?{urlencode(query)}" if query else ""))

    def post(self, url: str, body: dict | None = None):
        return self.client.post(url, json.dumps(body or {}), content_type="application/json")

    def missing_answer(self, how, *args, **query):
        """The answer for something that does not exist (asked once)."""
        key = json.dumps([how.__name__, args, query], sort_keys=True)
        if key not in self._missing:
            self._missing[key] = how(*args, **query)
        return self._missing[key]

    # -- checks ------------------------------------------------------------------------

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def look(self, what: str, response, *, echo: tuple[str, ...] = ()):
        """Note anything not public that ``response`` shows (but ``echo``: words the
        visitor sent, which the answer may repeat)."""
        headers = "\n".join(f"{name}: {value}" for name, value in response.items())
        text = headers + "\n" + body_text(response)
        for words in echo:
            text = text.replace(words, "")
        seen = set()
        for match in LEAK.finditer(text):
            if match.group(0).lower() in seen:
                continue
            seen.add(match.group(0).lower())
            context = text[max(0, match.start() - 60) : match.end() + 30].replace("\n", " ")
            self.problem(f"{what} shows {self.describe(match)}: …{context}…")
        hidden = self.hidden_ids()
        for page_id in set(page_ids(response)) & hidden:
            self.problem(f"{what} names page {page_id}, which is not public")
        for found in PAGE_ID_IN_PATH.findall(text):
            if int(found) in hidden:
                self.problem(f"{what} names page {found}, which is not public")
        return response

    def describe(self, match: re.Match) -> str:
        number = match.group(1)
        if number is None:
            return f"“{match.group(0)}”, a word only non-public content holds"
        if number == "tag":
            return self.tree.secrets[0]
        return f"marker {number}, {self.tree.secrets.get(int(number), '?')}"

    def hidden_ids(self) -> set[int]:
        return {entry.page.pk for entry in self.tree.entries if entry.hidden}

    def same_as_missing(self, what: str, hidden, missing, hidden_name: str, missing_name: str):
        """A non-public thing must answer exactly as one that does not exist."""
        ours, theirs = normalised(hidden, hidden_name), normalised(missing, missing_name)
        if ours != theirs:
            self.problem(
                f"{what} answers unlike something that does not exist: "
                f"{ours[0]} {ours[1][:200]!r} vs {theirs[0]} {theirs[1][:200]!r}"
            )

    def expect(self, condition: bool, text: str) -> None:
        if not condition:
            self.problem(text)

    # -- the site ----------------------------------------------------------------------

    def warm(self) -> None:
        """Read what is public now, so that the cache holds it."""
        self.client.get("/api/site/")
        self.client.get("/sitemap.xml")
        self.resolve("/")
        for entry in self.tree.entries:
            # Listings, and a few of the pages about to be hidden.
            listing = entry.page.get_children_count() > 0
            if not entry.born_hidden and (listing or entry.fate in WARMED_FATES):
                self.resolve(path_now(entry))
        for entry in self.entries_of(BlogIndexPage):
            if not entry.born_hidden:
                self.client.get(path_now(entry) + "feed/")
                for category in self.tree.categories:
                    self.resolve(path_now(entry), category=category.slug)
        for entry in self.entries_of(EventIndexPage):
            if not entry.born_hidden:
                self.client.get(path_now(entry) + "calendar.ics")

    def check(self) -> list[str]:
        self.look("GET /api/site/", self.client.get("/api/site/"))
        self.look("GET /api/csrf/", self.client.get("/api/csrf/"))
        self.look("The home page", self.resolve("/"))
        home = self.look("The home page's HTML", self.shell("/"))
        self.expect(
            self.tree.public_document.url in body_text(home),
            "The home page lost its link to the public document",
        )
        self.expect("public-picture" in body_text(home), "The home page lost its public hero image")
        for entry in self.tree.entries:
            if entry.hidden:
                self.hidden_page(entry)
            else:
                self.public_page(entry)
        self.redirects()
        self.lists()
        self.blog_listings()
        self.search()
        self.site_files()
        self.matcher()
        self.posts_to_hidden_pages()
        self.documents()
        self.look("GET /api/schema/", self.client.get("/api/schema/"))
        return self.problems

    def entries_of(self, model) -> list[Entry]:
        return [entry for entry in self.tree.entries if isinstance(entry.page, model)]

    def public_page(self, entry: Entry) -> None:
        what = f"{entry.label} at {entry.path} ({entry.fate})"
        response = self.look(f"Resolve of {what}", self.resolve(entry.path))
        self.expect(response.status_code == 200, f"{what} is public but answers {response}")
        self.look(f"The HTML of {what}", self.shell(entry.path))

    def hidden_page(self, entry: Entry) -> None:
        what = f"{entry.label} at {entry.path} ({entry.fate})"
        self.same_as_missing(
            f"Resolve of {what}",
            self.resolve(entry.path),
            self.missing_answer(self.resolve, self.missing),
            entry.path,
            self.missing,
        )
        self.same_as_missing(
            f"The HTML of {what}",
            self.shell(entry.path),
            self.missing_answer(self.shell, self.missing),
            entry.path,
            self.missing,
        )

    def redirects(self) -> None:
        """Redirects to pages that are not public lead nowhere."""
        for number in range(3):
            old = f"/moved-{number}/"
            self.same_as_missing(
                f"The redirect from {old}",
                self.resolve(old),
                self.missing_answer(self.resolve, self.missing),
                old,
                self.missing,
            )
            self.same_as_missing(
                f"The redirect from {old} (HTML)",
                self.shell(old),
                self.missing_answer(self.shell, self.missing),
                old,
                self.missing,
            )

    def listed_paths(self, data, key: str) -> set[str]:
        return {item["path"] for item in data.get(key) or []}

    def lists(self) -> None:
        """Listings hold exactly their public pages: none hidden, none missing."""
        sitemap = body_text(self.client.get("/sitemap.xml"))
        listed = set(re.findall(r"<loc>http://testserver(/[^<]*)</loc>", sitemap))
        public = {entry.path for entry in self.tree.entries if not entry.hidden} | {"/"}
        self.expect(listed == public, f"The sitemap lists {sorted(listed ^ public)} wrongly")
        for entry in self.entries_of(TeamIndexPage):
            data = self.resolve(entry.path).json()
            expected = self.public_children(entry, TeamMemberPage)
            got = self.listed_paths(data, "members")
            self.expect(got == expected, f"The directory lists {sorted(got ^ expected)} wrongly")
        for entry in self.entries_of(EventIndexPage):
            if entry.hidden:
                continue
            data = self.resolve(entry.path).json()
            got = self.listed_paths(data, "upcoming") | self.listed_paths(data, "past")
            series = entry.page.series_id
            if series:
                events = self.entries_of(EventPage)
                expected = {e.path for e in events if not e.hidden and e.page.series_id == series}
            else:
                expected = self.public_descendants(entry, EventPage)
            self.expect(got == expected, f"{entry.path} lists {sorted(got ^ expected)} wrongly")

    def public_children(self, parent: Entry, model) -> set[str]:
        return {
            e.path
            for e in self.tree.entries
            if e.parent is parent and isinstance(e.page, model) and not e.hidden
        }

    def public_descendants(self, ancestor: Entry, model) -> set[str]:
        return {
            e.path
            for e in self.tree.entries
            if isinstance(e.page, model) and not e.hidden and e.path.startswith(ancestor.path)
        }

    def blog_listings(self) -> None:
        """Every view of every public blog: pages, categories, tags and authors; a tag
        only non-public posts carry, or an author who is not public, names nothing."""
        hidden_tag = f"{MARKER_WORD}-{self.tree.seed}-tag"
        missing_tag = f"no-such-tag-{self.tree.seed}"
        for blog in self.entries_of(BlogIndexPage):
            if blog.hidden:
                continue
            first = self.resolve(blog.path).json()
            listed = self.listed_paths(first, "posts")
            for number in range(2, first["pagination"]["page_count"] + 1):
                data = self.look(f"{blog.path} page {number}", self.resolve(blog.path, page=number))
                listed |= self.listed_paths(data.json(), "posts")
            expected = self.public_children(blog, BlogPage)
            self.expect(
                listed == expected, f"{blog.path} lists {sorted(listed ^ expected)} wrongly"
            )
            # (One of each kind of filter: the others answer the same way.)
            category = self.tree.rng.choice(self.tree.categories).slug
            self.look(f"{blog.path} category", self.resolve(blog.path, category=category))
            tag = self.tree.rng.choice(PUBLIC_TAGS)
            self.look(f"{blog.path} tag {tag}", self.resolve(blog.path, tag=tag))
            self.same_as_missing(
                f"{blog.path}?tag= a tag only non-public posts carry",
                self.resolve(blog.path, tag=hidden_tag),
                self.resolve(blog.path, tag=missing_tag),
                hidden_tag,
                missing_tag,
            )
            members = self.entries_of(TeamMemberPage)
            for member in [e for e in members if e.hidden]:
                slug = member.page.slug
                self.same_as_missing(
                    f"{blog.path}?author= a team member who is not public ({slug})",
                    self.resolve(blog.path, author=slug),
                    self.missing_answer(self.resolve, blog.path, author=missing_tag),
                    slug,
                    missing_tag,
                )
            slug = self.tree.rng.choice([e for e in members if not e.hidden]).page.slug
            self.look(f"{blog.path} by {slug}", self.resolve(blog.path, author=slug))
            self.look(f"{blog.path} by the guest", self.resolve(blog.path, author="guest-writer"))

    def search(self) -> None:
        """Words public pages share with hidden ones find only the public pages; words
        only hidden pages hold find nothing (and no correction towards them)."""
        for words in ("supervision", "ethics notes", "public notes", "confidental", "leakmrk"):
            self.look(f"Search for {words!r}", self.resolve("/search/", q=words))
        self.look("The HTML of a search", self.shell("/search/", q="supervision"))
        self.look("The search API", self.client.get("/api/search/", {"q": "supervision"}))
        for word in (MARKER_WORD, SECRET_WORD):
            echo = (word, word.capitalize())
            for what, response in (
                ("Search", self.resolve("/search/", q=word)),
                ("The search API", self.client.get("/api/search/", {"q": word})),
            ):
                data = self.look(f"{what} for {word!r}", response, echo=echo).json()
                found = [result["path"] for result in data.get("results", [])]
                self.expect(response.status_code == 200 and not found, f"{what} finds {found}")
            self.look(
                f"The HTML of a search for {word!r}", self.shell("/search/", q=word), echo=echo
            )

    def site_files(self) -> None:
        """Robots, the sitemap, RSS feeds and calendar files: those of public pages show
        nothing hidden; those of hidden pages do not exist."""
        self.look("robots.txt", self.client.get("/robots.txt"))
        self.look("The sitemap", self.client.get("/sitemap.xml"))
        files = [(entry, entry.path + "feed/") for entry in self.entries_of(BlogIndexPage)]
        files += [(entry, entry.path + "calendar.ics") for entry in self.entries_of(EventIndexPage)]
        files += [(entry, entry.path.rstrip("/") + ".ics") for entry in self.entries_of(EventPage)]
        missing = {".ics": self.missing.rstrip("/") + ".ics", "/": self.missing + "feed/"}
        for entry, url in files:
            response = self.client.get(url)
            if entry.hidden:
                other = missing[".ics"] if url.endswith(".ics") else missing["/"]
                if url.endswith("calendar.ics"):
                    other = self.missing + "calendar.ics"
                self.same_as_missing(
                    f"{url} ({entry.fate})",
                    response,
                    self.missing_answer(self.client.get, other),
                    url,
                    other,
                )
            else:
                self.expect(response.status_code == 200, f"{url} answers {response}")
                self.look(url, response)

    def matcher(self) -> None:
        """The matcher ranks public supervisors only, and its "nobody fits" message is
        not a hidden matcher page's."""
        answers = {
            "states": ["CO"],
            "target_license": self.tree.lpc.pk,
            "stage": "starting",
            "format": "individual",
            "mode": "online",
            "availability": [{"weekday": 1, "part": "afternoon"}],
            "time_zone": "America/Denver",
        }
        response = self.look("The matcher", self.post("/api/match/", answers))
        self.expect(response.status_code == 201, f"The matcher answers {response.content!r}")
        expected = self.public_children(self.tree.team, TeamMemberPage)
        got = {result["path"] for result in response.json().get("results", [])}
        self.expect(got == expected, f"The matcher ranks {sorted(got ^ expected)} wrongly")
        nobody = self.post("/api/match/", {**answers, "format": "group"})
        self.look("The matcher when nobody fits", nobody)

    def posts_to_hidden_pages(self) -> None:
        """Comments, read counts, registrations, form submissions and editors' previews
        for a page that is not public answer as for a page that does not exist."""
        missing_id = Page.objects.order_by("-pk").values_list("pk", flat=True).first() + 1000
        targets = [
            (BlogPage, "/api/blog/posts/{}/comments/", {"name": "Reader", "body": "Hello"}),
            (BlogPage, "/api/blog/posts/{}/views/", {}),
            (EventPage, "/api/events/{}/registrations/", {"name": "R", "email": "r@example.org"}),
            (FormPage, "/api/forms/{}/submissions/", {"your_name": "Visitor"}),
        ]
        for model, url, body in targets:
            hidden = [entry for entry in self.entries_of(model) if entry.hidden]
            if hidden:
                page_id = self.tree.rng.choice(hidden).page.pk
                self.same_as_missing(
                    url.format(page_id),
                    self.post(url.format(page_id), body),
                    self.missing_answer(self.post, url.format(missing_id), body),
                    str(page_id),
                    str(missing_id),
                )
        hidden_id = self.tree.rng.choice([e for e in self.tree.entries if e.hidden]).page.pk
        self.same_as_missing(
            "An anonymous preview of a page that is not public",
            self.client.get("/api/pages/preview/", {"page_id": hidden_id}),
            self.client.get("/api/pages/preview/", {"page_id": missing_id}),
            str(hidden_id),
            str(missing_id),
        )

    def documents(self) -> None:
        """A document in a private collection is not served to visitors."""
        for document in (self.tree.private_document, self.tree.public_document):
            response = self.client.get(document.url)
            content = body_text(response)
            if document == self.tree.public_document:
                self.expect("public handout" in content, "The public document is not served")
            else:
                self.expect(FILE_SECRET not in content, "The private document is served")


def path_now(entry: Entry) -> str:
    """An entry's path before ``hide`` (which sets ``entry.path``)."""
    root = entry.page.get_site().root_page.url_path
    return "/" + Page.objects.get(pk=entry.page.pk).url_path[len(root) :]


def body_text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8", "replace")
    if "text/calendar" in response.get("Content-Type", ""):
        text = text.replace("\r\n ", "")  # long lines are folded
    return text


def normalised(response, name: str) -> tuple[int, str, str]:
    """Status, body and redirect target, with ``name`` (what was asked for) and what
    changes on every request (nonces, request ids) blanked."""
    text = body_text(response).replace(name, "<name>")
    text = REQUEST_ID.sub('"request_id":""', NONCE.sub('nonce=""', text))
    return response.status_code, text, response.get("Location", "").replace(name, "<name>")


def page_ids(response) -> list[int]:
    """Ids of pages in a JSON response (objects with an id and a title or path)."""
    if "json" not in response.get("Content-Type", ""):
        return []
    found: list[int] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("id"), int) and ("path" in value or "title" in value):
                found.append(value["id"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(response.content))
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("seed", seeds())
def test_nothing_that_is_not_public_reaches_a_visitor(
    seed, client, home, site_settings, spa_build, django_capture_on_commit_callbacks
):
    tree = LeakTree(seed=seed, home=home, site_settings=site_settings)
    tree.build()
    probe = Probe(client, tree)
    probe.warm()
    with django_capture_on_commit_callbacks(execute=True):
        tree.hide()
    problems = probe.check()
    assert not problems, (
        f"Seed {seed} (repeat with LEAK_SEED={seed}): {len(problems)} problem(s):\n"
        + "\n".join(problems[:SHOWN])
        + (f"\n… and {len(problems) - SHOWN} more" if len(problems) > SHOWN else "")
    )


# -- each leak the random site found, on its own -------------------------------------


def picture_and_handout(collection) -> tuple:
    image = make_image("handout-picture", collection)
    document = get_document_model().objects.create(
        title="Handout", file=ContentFile(b"%PDF-1.4\n", name="handout.pdf"), collection=collection
    )
    return image, document


@pytest.mark.django_db
def test_a_collection_made_private_takes_its_images_and_documents_off_the_site_at_once(
    client, home, site_settings, django_capture_on_commit_callbacks
):
    collection = Collection.get_first_root_node().add_child(name="Handouts")
    image, document = picture_and_handout(collection)
    link = f'<p><a linktype="document" id="{document.pk}">Handout</a></p>'
    StandardPageFactory(
        parent=home,
        slug="resources",
        social_image=image,
        body=[rich_text_block(link), image_block(image)],
    )
    before = json.dumps(resolve_json(client, "/resources/"))  # cached now
    assert "handout-picture" in before and document.url in before

    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    data = resolve_json(client, "/resources/")
    assert "handout-picture" not in json.dumps(data)
    assert data["seo"]["og_image"] is None
    assert data["body"][0]["value"]["html"] == "<p><a>Handout</a></p>"
    assert data["body"][1]["value"]["image"] is None
    # Wagtail serves the file to signed-in people only: visitors are sent to sign in
    # (this was a server error, for want of the login view Wagtail names).
    response = client.get(document.url, follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/?next=%2Fdocuments%2F")
    assert b"%PDF" not in response.content


@pytest.mark.django_db
def test_a_blog_filter_naming_only_drafts_answers_as_an_unknown_name(client, home, site_settings):
    blog = BlogIndexPageFactory(parent=home)
    BlogPageFactory(parent=blog)
    category = BlogCategoryFactory(slug="mergers")
    draft = BlogPageFactory(
        parent=blog, live=False, guest_author=GuestAuthorFactory(slug="newcomer")
    )
    draft.categories.set([category])
    draft.tags.add("acquisition")
    draft.save()
    for name, value in (("category", "mergers"), ("tag", "acquisition"), ("author", "newcomer")):
        drafts_only = client.get("/api/pages/resolve/", {"path": "/blog/", name: value})
        unknown = client.get("/api/pages/resolve/", {"path": "/blog/", name: "no-such-name"})
        assert drafts_only.status_code == unknown.status_code == 404
        assert drafts_only.json() == unknown.json()


@pytest.mark.django_db
def test_the_matcher_never_answers_with_a_private_matcher_pages_text(client, home, site_settings):
    page = MatchPageFactory(parent=home, no_results_text="Words for signed-in people only.")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    target = LicenseTypeFactory(state=StateFactory(code="CO"), code="LPC", level="independent")
    answers = {
        "states": ["CO"],
        "target_license": target.pk,
        "stage": "starting",
        "format": "individual",
        "availability": [{"weekday": 1, "part": "afternoon"}],
        "time_zone": "America/Denver",
    }
    response = client.post("/api/match/", json.dumps(answers), content_type="application/json")
    assert response.status_code == 201
    assert response.json()["message"] == "Nobody fits every answer."
