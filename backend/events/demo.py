"""Demo Events & trainings: the listing, the Lunch & Learns series page, the clinical
training program with its three trainings, and events dated from the day the demo is
seeded, with demo registrations. Idempotent.

Related posts are added by :func:`ensure_related_posts` once the blog exists."""

from __future__ import annotations

import datetime
import uuid
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Page

from blog.models import BlogPage
from core.demo.images import demo_image
from core.demo.pages import ensure_child
from events import demo_content
from events.models import (
    EventIndexPage,
    EventPage,
    EventPresenter,
    EventPriceTier,
    EventSeats,
    EventSeries,
    ProgramRelatedPost,
    Registration,
    TrainingPage,
    TrainingProgramPage,
    TrainingRelatedPost,
)
from taxonomy.models import LicenseType, State
from team.models import TeamMemberPage


def rich_text(html: str) -> dict:
    return {"type": "rich_text", "value": html, "id": str(uuid.uuid4())}


def ensure_events(home: Page, title: str, intro: str) -> EventIndexPage | Page:
    index = ensure_child(
        home,
        EventIndexPage(
            title=title,
            slug="events-and-trainings",
            intro=intro,
            show_in_menus=True,
            search_description=intro[:300],
        ),
    )
    if not isinstance(index, EventIndexPage):
        # A database seeded before events existed has a plain page here: leave the
        # editors' tree alone (delete it and run seed_demo again to get the events).
        return index
    slug, name, description = demo_content.SERIES
    series, _ = EventSeries.objects.get_or_create(
        slug=slug, defaults={"name": name, "description": description}
    )
    ensure_child(
        index,
        EventIndexPage(
            title="Lunch & Learns",
            slug="lunch-and-learns",
            intro="Free one-hour conversations on practical topics, open to every clinician.",
            series=series,
            show_in_menus=True,
        ),
    )
    trainings = ensure_program(index)
    today = timezone.localdate()
    for number, spec in enumerate(demo_content.EVENTS):
        ensure_event(index, spec, series, trainings, today, number)
    return index


def ensure_program(index: EventIndexPage) -> dict[str, TrainingPage]:
    spec = demo_content.PROGRAM
    hero = demo_image(
        "A circle of chairs in a sunlit training room",
        "Chairs arranged in a circle in a bright training room",
        palette="dawn",
        seed=41,
    )
    program = ensure_child(
        index,
        TrainingProgramPage(
            title="Clinical training program",
            slug="clinical-training-program",
            intro=spec["intro"],
            hero_image=hero,
            hero_alt="",
            objectives=spec["objectives"],
            price=Decimal(spec["price"]),
            price_note=spec["price_note"],
            ce_approver=spec["ce_approver"],
            body=[rich_text(html) for html in spec["body"]],
            show_in_menus=True,
            search_description=spec["intro"],
        ),
    )
    trainings = {}
    if not isinstance(program, TrainingProgramPage):
        return trainings
    for number, training in enumerate(demo_content.TRAININGS):
        trainings[training["slug"]] = ensure_child(
            program,
            TrainingPage(
                title=training["title"],
                slug=training["slug"],
                intro=training["intro"],
                objectives="\n".join(training["objectives"]),
                modules=[
                    {
                        "type": "module",
                        "value": {"title": title, "hours": hours, "summary": summary},
                        "id": str(uuid.uuid4()),
                    }
                    for title, hours, summary in training["modules"]
                ],
                ce_hours=Decimal(training["ce_hours"]),
                ce_approver=spec["ce_approver"],
                price=Decimal(training["price"]),
                hero_image=demo_image(
                    f"{training['title']} training",
                    "",
                    palette=("ember", "river", "meadow")[number],
                    seed=42 + number,
                ),
                show_in_menus=True,
                search_description=training["intro"],
            ),
        )
    return trainings


def ensure_event(
    index: EventIndexPage,
    spec: dict,
    series: EventSeries,
    trainings: dict[str, TrainingPage],
    today: datetime.date,
    number: int,
) -> None:
    if EventPage.objects.filter(slug=spec["slug"]).exists():
        return
    day = today + datetime.timedelta(days=spec["days"])
    venue = spec.get("venue", ("", "", "", "", ""))
    event = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        search_description=spec["intro"],
        series=series if spec["series"] else None,
        training=trainings.get(spec.get("training", "")),
        start_date=day,
        start_time=datetime.time.fromisoformat(spec["start"]),
        end_time=datetime.time.fromisoformat(spec["end"]),
        time_zone=spec["zone"],
        format=spec["format"],
        venue_name=venue[0],
        street_address=venue[1],
        locality=venue[2],
        region=venue[3],
        postal_code=venue[4],
        join_url=(
            f"https://meet.example.com/firelight/{spec['slug']}"
            if spec["format"] != "in_person"
            else ""
        ),
        join_instructions=(
            "Join a few minutes early to test your audio. Captions are turned on for everyone."
            if spec["format"] != "in_person"
            else ""
        ),
        audience=spec["audience"],
        ce_hours=Decimal(spec["ce_hours"]),
        ce_approver=demo_content.PROGRAM["ce_approver"],
        capacity=spec["capacity"],
        waitlist=spec.get("waitlist", True),
        recording_url=spec.get("recording", ""),
        hero_image=demo_image(
            spec["title"],
            "",
            palette=("dusk", "meadow", "river", "ember", "dawn")[number % 5],
            seed=60 + number,
        ),
        body=[rich_text(html) for html in spec["body"]],
        show_in_menus=False,
    )
    for sort_order, slug in enumerate(spec["presenters"]):
        member = TeamMemberPage.objects.filter(slug=slug).first()
        if member is not None:
            event.presenters.add(EventPresenter(member=member, sort_order=sort_order))
    for sort_order, (label, price, description) in enumerate(spec.get("tiers", [])):
        event.price_tiers.add(
            EventPriceTier(
                label=label, price=Decimal(price), description=description, sort_order=sort_order
            )
        )
    event.eligible_license_types = list(LicenseType.objects.filter(code__in=spec["licenses"]))
    index.add_child(instance=event)
    event.save_revision().publish()
    add_registrations(event, spec["registered"])


def add_registrations(event: EventPage, count: int) -> None:
    """Demo registrations by fictional people (their confirmations count as sent)."""
    license_types = list(LicenseType.objects.select_related("state").filter(state__code="CO"))
    state = State.objects.get(code="CO")
    tier = event.price_tiers.first()
    now = timezone.now()
    people = [
        (first, last) for last in demo_content.LAST_NAMES for first in demo_content.FIRST_NAMES
    ]
    rows = []
    for number, (first, last) in enumerate(people[event.pk % 50 :][:count]):
        moment = now - datetime.timedelta(hours=count - number)
        rows.append(
            Registration(
                event=event,
                name=f"{first} {last}",
                email=f"{first}.{last}@example.org".lower(),
                license_type=license_types[number % len(license_types)],
                state=state,
                price_label=tier.label if tier else "",
                price=tier.price if tier else Decimal("0"),
                status=Registration.Status.CONFIRMED,
                created_at=moment,
                consented_at=moment,
                confirmation=Registration.Confirmation.SENT,
                confirmation_attempts=1,
            )
        )
    Registration.objects.bulk_create(rows)
    EventSeats.objects.update_or_create(event=event, defaults={"taken": len(rows)})


def ensure_related_posts(home: Page) -> None:
    """Related posts of the program and trainings (once the blog exists)."""
    pages = [
        (TrainingProgramPage, ProgramRelatedPost, demo_content.PROGRAM["related"], None),
        *(
            (TrainingPage, TrainingRelatedPost, spec["related"], spec["slug"])
            for spec in demo_content.TRAININGS
        ),
    ]
    for model, link_model, slugs, slug in pages:
        page = model.objects.descendant_of(home)
        page = (page.filter(slug=slug) if slug else page).first()
        if page is None or link_model.objects.filter(page=page).exists():
            continue
        posts = {post.slug: post for post in BlogPage.objects.filter(slug__in=slugs)}
        for sort_order, post_slug in enumerate(slugs):
            if post_slug in posts:
                link_model.objects.create(page=page, post=posts[post_slug], sort_order=sort_order)
        page.save_revision().publish()
