"""``seed_demo --scale N``: N times the demo's blog posts, events and supervisors, for
the benchmarks that check the site stays as fast, and makes as many queries per page,
with ten times the content (``make bench`` seeds a second database with ``--scale 10``).

Each extra page is a published copy of a demo page, titled and slugged as a numbered
sample copy, so it carries the same kind of body, images, authors, categories,
presenters, licenses and specialties as the real ones. Idempotent: running it again
with the same factor adds nothing.
"""

from __future__ import annotations

import re

from wagtail.models import Page

from blog.models import BlogPage
from events.models import EventPage
from team.models import TeamMemberPage

SCALED_MODELS = (BlogPage, EventPage, TeamMemberPage)
COPY_SLUG = re.compile(r"-sample-copy-\d+$")


def scale_demo(home: Page, factor: int) -> int:
    """Copy each demo post, event and supervisor until there are ``factor`` times as
    many; the number of pages created."""
    created = 0
    for model in SCALED_MODELS:
        pages = model.objects.descendant_of(home).live().order_by("path")
        originals = [page for page in pages if not COPY_SLUG.search(page.slug)]
        taken = set(pages.values_list("slug", flat=True))
        for copy_number in range(1, factor):
            for original in originals:
                slug = f"{original.slug}-sample-copy-{copy_number}"
                if slug in taken:
                    continue
                copy_page(original, slug, f"{original.title} (sample copy {copy_number})")
                created += 1
    return created


def copy_page(original: Page, slug: str, title: str) -> Page:
    copy = original.copy(
        update_attrs={"slug": slug, "title": title, "draft_title": title},
        keep_live=False,
        copy_revisions=False,
        log_action=None,
    )
    copy.save_revision(log_action=False).publish(log_action=False)
    return copy
