"""Serializers of event listings, events, the training program and its trainings, and
the event summaries other page types (home, trainings) list.

What depends on the clock (upcoming or past, registration open or closed) is computed
at serialisation time and the moments it changes are noted with ``changes_at``, so the
cached response expires exactly when it would become wrong.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.models import BlogPage
from blog.serializers import PostSummarySerializer, posts_queryset
from core.api.fields import ImageSerializer
from core.api.pages import BasePageSerializer, PageLinkSerializer, register_page_serializer
from core.querysets import public_pages
from core.serializers import body_field, faq_json_ld
from events.models import (
    TIME_ZONES,
    CoursePage,
    EventIndexPage,
    EventPage,
    EventSeats,
    TrainingPage,
    TrainingProgramPage,
)
from events.querysets import events_queryset, index_events, past, upcoming
from taxonomy.models import LicenseType, State
from team.models import TeamMemberPage

UPCOMING_LIMIT = 50
HOME_EVENTS = 3
SESSIONS_LIMIT = 6
ZONE_LABELS = dict(TIME_ZONES)


def money(**kwargs) -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=8, decimal_places=2, coerce_to_string=False, **kwargs
    )


def hours(**kwargs) -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=5, decimal_places=2, coerce_to_string=False, **kwargs
    )


class RegistrationState:
    OPEN = "open"
    WAITLIST = "waitlist"
    FULL = "full"
    NOT_OPEN = "not_open"
    CLOSED = "closed"
    PAST = "past"
    CHOICES = [OPEN, WAITLIST, FULL, NOT_OPEN, CLOSED, PAST]


def registration_state(
    event: EventPage, now: datetime.datetime, seats_left: int | None = None
) -> str:
    seats_left = event.seats_left() if seats_left is None else seats_left
    if event.ends_at <= now:
        return RegistrationState.PAST
    if event.registration_opens_at and now < event.registration_opens_at:
        return RegistrationState.NOT_OPEN
    if now >= event.registration_closes:
        return RegistrationState.CLOSED
    if seats_left == 0:
        return RegistrationState.WAITLIST if event.waitlist else RegistrationState.FULL
    return RegistrationState.OPEN


def note_event_times(serializer: serializers.Serializer, event: EventPage) -> None:
    """Each moment the event's listing or registration state changes by itself, and
    that its seats left are shown (see ``core.cache.TRACKED``)."""
    if event.capacity is not None:
        serializer.context["freshness"].track("seats")
    serializer.context["freshness"].note(event.registration_opens_at)
    serializer.context["freshness"].note(event.registration_closes)
    serializer.context["freshness"].note(event.ends_at)


class SeriesSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


# Times in the event's own zone (ISO 8601 with its offset), and the zone's name.
class EventTimes:
    @extend_schema_field(serializers.DateTimeField())
    def get_starts_at(self, event: EventPage) -> str:
        return event.local_times()[0].isoformat()

    @extend_schema_field(serializers.DateTimeField())
    def get_ends_at(self, event: EventPage) -> str:
        return event.local_times()[1].isoformat()

    def get_time_zone_label(self, event: EventPage) -> str:
        return ZONE_LABELS.get(event.time_zone, event.time_zone)


class EventSummarySerializer(EventTimes, serializers.Serializer):
    """An event in a listing. Needs ``events_queryset`` and the ``page_path`` and
    ``freshness`` context."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    intro = serializers.CharField()
    starts_at = serializers.SerializerMethodField(help_text="In the event's time zone.")
    ends_at = serializers.SerializerMethodField(help_text="In the event's time zone.")
    time_zone = serializers.CharField(help_text="IANA name, e.g. America/Denver")
    time_zone_label = serializers.SerializerMethodField()
    format = serializers.ChoiceField(choices=EventPage.Format.choices)
    format_label = serializers.CharField(source="get_format_display")
    place = serializers.SerializerMethodField(help_text="“Online”, or the city.")
    series = SeriesSerializer(allow_null=True)
    hero = serializers.SerializerMethodField()
    ce_hours = hours()
    is_free = serializers.SerializerMethodField()
    price_from = serializers.SerializerMethodField(help_text="The lowest price; 0 when free.")
    capacity = serializers.IntegerField(allow_null=True)
    seats_left = serializers.SerializerMethodField(help_text="null: no limit")
    registration = serializers.SerializerMethodField()

    def get_path(self, event: EventPage) -> str:
        return self.context["page_path"](event)

    def get_place(self, event: EventPage) -> str:
        if event.format == EventPage.Format.ONLINE:
            return "Online"
        city = ", ".join(part for part in (event.locality, event.region) if part)
        return f"{city} and online" if event.format == EventPage.Format.HYBRID else city

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero(self, event: EventPage):
        return self.context["refs"].image(
            event.hero_image_id, alt=event.hero_alt, rendition_set="card"
        )

    def get_is_free(self, event: EventPage) -> bool:
        return event.is_free

    @extend_schema_field(money())
    def get_price_from(self, event: EventPage) -> float:
        prices = [tier.price for tier in event.price_tiers.all()]
        return float(min(prices)) if prices else 0.0

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_seats_left(self, event: EventPage) -> int | None:
        return event.seats_left()

    @extend_schema_field(serializers.ChoiceField(choices=RegistrationState.CHOICES))
    def get_registration(self, event: EventPage) -> str:
        note_event_times(self, event)
        return registration_state(event, self.context["freshness"].now)


def event_summaries(serializer: BasePageSerializer, events) -> Any:
    return EventSummarySerializer(events, many=True, context=serializer.nested_context).data


def upcoming_events(serializer: BasePageSerializer, queryset: QuerySet, limit: int) -> Any:
    """Upcoming events of ``queryset`` (soonest first); the response expires when the
    first of them is over (then it leaves the list)."""
    events = list(upcoming(events_queryset(queryset), serializer.now)[:limit])
    return event_summaries(serializer, events)


class ChildLinkSerializer(PageLinkSerializer):
    intro = serializers.CharField(allow_blank=True)


@register_page_serializer(EventIndexPage)
class EventIndexPageSerializer(BasePageSerializer):
    intro = serializers.CharField(allow_blank=True)
    series = SeriesSerializer(allow_null=True)
    body = body_field()
    upcoming = serializers.SerializerMethodField()
    past = serializers.SerializerMethodField()
    sections = serializers.SerializerMethodField(
        help_text="Child pages other than events: series, the training program, guides."
    )
    calendar_path = serializers.SerializerMethodField(
        help_text="iCalendar file of the upcoming events."
    )

    def _events(self, index: EventIndexPage) -> QuerySet:
        return index_events(index, self.context["root"])

    @extend_schema_field(EventSummarySerializer(many=True))
    def get_upcoming(self, index: EventIndexPage):
        return upcoming_events(self, self._events(index), UPCOMING_LIMIT)

    @extend_schema_field(EventSummarySerializer(many=True, allow_null=True))
    def get_past(self, index: EventIndexPage):
        """Past events, or ``null`` when the page shows none (``past_count`` 0)."""
        if not index.past_count:
            return None
        events = list(past(events_queryset(self._events(index)), self.now)[: index.past_count])
        return event_summaries(self, events)

    @extend_schema_field(ChildLinkSerializer(many=True))
    def get_sections(self, index: EventIndexPage):
        children = (
            public_pages(index.get_children()).not_type(EventPage).specific().order_by("path")
        )
        return [
            {
                "title": child.title,
                "path": self.page_path(child),
                "intro": getattr(child, "intro", "") or child.search_description,
            }
            for child in children
        ]

    def get_calendar_path(self, index: EventIndexPage) -> str:
        return self.get_path(index) + "calendar.ics"

    def get_json_ld(self, index: EventIndexPage) -> list[dict[str, Any]]:
        return [
            {
                "@context": "https://schema.org",
                "@type": "CollectionPage",
                "name": index.title,
                "url": self.canonical_url(index),
                "description": index.search_description or index.intro,
                "publisher": self.organisation_json_ld(),
            }
        ]


class PresenterSerializer(serializers.Serializer):
    name = serializers.CharField(source="title")
    path = serializers.SerializerMethodField()
    pronouns = serializers.CharField(allow_blank=True)
    role_label = serializers.CharField(source="get_role_display")
    short_bio = serializers.CharField()
    photo = serializers.SerializerMethodField()

    def get_path(self, member: TeamMemberPage) -> str:
        return self.context["page_path"](member)

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_photo(self, member: TeamMemberPage):
        return self.context["refs"].image(
            member.photo_id, alt=member.photo_alt, rendition_set="portrait"
        )


class VenueSerializer(serializers.Serializer):
    name = serializers.CharField(source="venue_name")
    street_address = serializers.CharField(allow_blank=True)
    locality = serializers.CharField()
    region = serializers.CharField(allow_blank=True)
    postal_code = serializers.CharField(allow_blank=True)


class PriceTierSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    label = serializers.CharField()
    price = money()
    description = serializers.CharField(allow_blank=True)


class LicenseOptionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    name = serializers.CharField()
    state = serializers.CharField(source="state.code")
    label = serializers.SerializerMethodField()

    def get_label(self, license_type: LicenseType) -> str:
        return f"{license_type.code} – {license_type.name} ({license_type.state.code})"


class StateOptionSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class RegistrationInfoSerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=RegistrationState.CHOICES)
    message = serializers.CharField(help_text="What the state means for a visitor.")
    opens_at = serializers.DateTimeField(allow_null=True, help_text="In the event's time zone.")
    closes_at = serializers.DateTimeField(help_text="In the event's time zone.")
    waitlist = serializers.BooleanField()
    submit_path = serializers.CharField()
    license_types = LicenseOptionSerializer(many=True)
    states = StateOptionSerializer(many=True)


def in_zone(event: EventPage, moment: datetime.datetime | None) -> str | None:
    return moment.astimezone(event.zone).isoformat() if moment else None


def registration_message(state: str) -> str:
    return {
        RegistrationState.OPEN: "Registration is open.",
        RegistrationState.WAITLIST: "This event is full. Register to join the waitlist: "
        "we will e-mail you if a seat frees up.",
        RegistrationState.FULL: "This event is full.",
        RegistrationState.NOT_OPEN: "Registration is not open yet.",
        RegistrationState.CLOSED: "Registration has closed.",
        RegistrationState.PAST: "This event has taken place.",
    }[state]


@register_page_serializer(EventPage)
class EventPageSerializer(EventTimes, BasePageSerializer):
    intro = serializers.CharField()
    hero_image = serializers.SerializerMethodField()
    starts_at = serializers.SerializerMethodField(help_text="In the event's time zone.")
    ends_at = serializers.SerializerMethodField(help_text="In the event's time zone.")
    time_zone = serializers.CharField()
    time_zone_label = serializers.SerializerMethodField()
    format = serializers.ChoiceField(choices=EventPage.Format.choices)
    format_label = serializers.CharField(source="get_format_display")
    venue = serializers.SerializerMethodField()
    series = SeriesSerializer(allow_null=True)
    training = serializers.SerializerMethodField()
    presenters = serializers.SerializerMethodField()
    audience = serializers.CharField(allow_blank=True)
    eligible_license_types = serializers.SerializerMethodField()
    ce_hours = hours()
    ce_approver = serializers.CharField(allow_blank=True)
    is_free = serializers.SerializerMethodField()
    price_tiers = serializers.SerializerMethodField()
    capacity = serializers.IntegerField(allow_null=True)
    seats_left = serializers.SerializerMethodField(help_text="null: no limit")
    registration = serializers.SerializerMethodField()
    recording_url = serializers.SerializerMethodField(help_text="Once the event is over.")
    calendar_path = serializers.SerializerMethodField(help_text="The event's iCalendar file.")
    body = body_field()

    def to_representation(self, event: EventPage):
        # The instance itself (not reloaded), so that a draft previews as edited.
        event.compute_times()
        self.event = event
        self.tiers = list(event.price_tiers.all())
        taken = (
            EventSeats.objects.filter(event_id=event.pk).values_list("taken", flat=True).first()
            if event.pk
            else None
        )
        self.seats = event.seats_left(taken or 0)
        self.state = registration_state(event, self.now, self.seats)
        note_event_times(self, event)
        return super().to_representation(event)

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero_image(self, event: EventPage):
        return self.context["refs"].image(
            event.hero_image_id, alt=event.hero_alt, rendition_set="hero"
        )

    @extend_schema_field(VenueSerializer(allow_null=True))
    def get_venue(self, event: EventPage):
        if event.format == EventPage.Format.ONLINE:
            return None
        return VenueSerializer(event).data

    @extend_schema_field(PageLinkSerializer(allow_null=True))
    def get_training(self, event: EventPage):
        training = (
            public_pages(TrainingPage.objects.filter(pk=event.training_id))
            .only("id", "title", "url_path")
            .first()
            if event.training_id
            else None
        )
        return {"title": training.title, "path": self.page_path(training)} if training else None

    @extend_schema_field(PresenterSerializer(many=True))
    def get_presenters(self, event: EventPage):
        if not hasattr(self, "_presenters"):
            members = public_pages(
                TeamMemberPage.objects.filter(presented_events__page=event)
            ).order_by("presented_events__sort_order")
            self._presenters = PresenterSerializer(
                members, many=True, context=self.nested_context
            ).data
        return self._presenters

    @extend_schema_field(LicenseOptionSerializer(many=True))
    def get_eligible_license_types(self, event: EventPage):
        types = event.eligible_license_types.select_related("state")
        return LicenseOptionSerializer(types, many=True).data

    def get_is_free(self, event: EventPage) -> bool:
        return all(tier.price == 0 for tier in self.tiers)

    @extend_schema_field(PriceTierSerializer(many=True))
    def get_price_tiers(self, event: EventPage):
        return PriceTierSerializer(self.tiers, many=True).data

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_seats_left(self, event: EventPage) -> int | None:
        return self.seats

    @extend_schema_field(RegistrationInfoSerializer)
    def get_registration(self, event: EventPage):
        open_states = (RegistrationState.OPEN, RegistrationState.WAITLIST)
        is_open = self.state in open_states
        return {
            "state": self.state,
            "message": registration_message(self.state),
            "opens_at": in_zone(event, event.registration_opens_at),
            "closes_at": in_zone(event, self.event.registration_closes),
            "waitlist": event.waitlist,
            "submit_path": f"/api/events/{event.pk}/registrations/",
            "license_types": LicenseOptionSerializer(
                LicenseType.objects.select_related("state") if is_open else [], many=True
            ).data,
            "states": StateOptionSerializer(State.objects.all() if is_open else [], many=True).data,
        }

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_recording_url(self, event: EventPage) -> str | None:
        if self.state != RegistrationState.PAST:
            return None
        return event.recording_url or None

    def get_calendar_path(self, event: EventPage) -> str:
        return self.get_path(event).rstrip("/") + ".ics"

    def get_fallback_social_image_id(self, event: EventPage) -> int | None:
        return event.hero_image_id

    def get_json_ld(self, event: EventPage) -> list[dict[str, Any]]:
        refs = self.context["refs"]
        url = self.canonical_url(event)
        start, end = event.local_times()
        modes = {
            EventPage.Format.ONLINE: "OnlineEventAttendanceMode",
            EventPage.Format.IN_PERSON: "OfflineEventAttendanceMode",
            EventPage.Format.HYBRID: "MixedEventAttendanceMode",
        }
        locations: list[dict[str, Any]] = []
        if event.format != EventPage.Format.ONLINE:
            address = {
                "@type": "PostalAddress",
                "streetAddress": event.street_address,
                "addressLocality": event.locality,
                "addressRegion": event.region,
                "postalCode": event.postal_code,
                "addressCountry": "US",
            }
            locations.append(
                {
                    "@type": "Place",
                    "name": event.venue_name,
                    "address": {k: v for k, v in address.items() if v},
                }
            )
        if event.format != EventPage.Format.IN_PERSON:
            locations.append({"@type": "VirtualLocation", "url": url})
        seats_left = self.seats
        availability = {
            RegistrationState.OPEN: "InStock",
            RegistrationState.WAITLIST: "SoldOut",
            RegistrationState.FULL: "SoldOut",
            RegistrationState.NOT_OPEN: "PreOrder",
        }.get(self.state, "Discontinued")
        tiers = self.tiers or [None]
        offers = [
            {
                "@type": "Offer",
                "name": tier.label if tier else "Free registration",
                "price": f"{tier.price if tier else Decimal('0'):.2f}",
                "priceCurrency": "USD",
                "url": url,
                "availability": f"https://schema.org/{availability}",
                "validFrom": (
                    event.registration_opens_at or event.first_published_at or start
                ).isoformat(),
            }
            for tier in tiers
        ]
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "description": event.search_description or event.intro,
            "url": url,
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/" + modes[event.format],
            "location": locations[0] if len(locations) == 1 else locations,
            "organizer": self.organisation_json_ld(),
            "offers": offers,
            "isAccessibleForFree": self.get_is_free(event),
        }
        presenters = self.get_presenters(event)
        if presenters:
            data["performer"] = [
                {"@type": "Person", "name": p["name"], "url": self.context["base_url"] + p["path"]}
                for p in presenters
            ]
        if event.capacity is not None:
            data["maximumAttendeeCapacity"] = event.capacity
            data["remainingAttendeeCapacity"] = seats_left
        if event.hero_image_id:
            data["image"] = refs.image_url(event.hero_image_id, rendition_set="social")
        return [data, *faq_json_ld(event.body)]


def related_posts(serializer: BasePageSerializer, page) -> Any:
    post_ids = list(page.related_links.values_list("post_id", flat=True))
    found = {post.pk: post for post in posts_queryset(BlogPage.objects.filter(pk__in=post_ids))}
    posts = [found[pk] for pk in post_ids if pk in found]
    return PostSummarySerializer(posts, many=True, context=serializer.nested_context).data


class ModuleSerializer(serializers.Serializer):
    title = serializers.CharField()
    hours = hours()
    summary = serializers.CharField()


class TrainingSummarySerializer(serializers.Serializer):
    title = serializers.CharField()
    path = serializers.CharField()
    intro = serializers.CharField()
    total_hours = hours()
    ce_hours = hours()
    price = money()
    next_session = EventSummarySerializer(allow_null=True)


class CourseSerializer(BasePageSerializer):
    """What the program and a training share. Subclasses say which trainings' sessions
    to list (``training_ids``), their price and total hours (for JSON-LD)."""

    intro = serializers.CharField()
    hero_image = serializers.SerializerMethodField()
    objectives = serializers.ListField(child=serializers.CharField(), source="objectives_list")
    ce_approver = serializers.CharField(allow_blank=True)
    upcoming_sessions = serializers.SerializerMethodField()
    body = body_field()
    related_posts = serializers.SerializerMethodField()

    def training_ids(self, page: CoursePage) -> list[int]:
        raise NotImplementedError

    def course_facts(self, page: CoursePage) -> tuple[Decimal | None, Decimal]:
        """The price (``None``: not sold as a whole) and the total hours."""
        raise NotImplementedError

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero_image(self, page: CoursePage):
        return self.context["refs"].image(
            page.hero_image_id, alt=page.hero_alt, rendition_set="hero"
        )

    def sessions(self, page: CoursePage) -> list[EventPage]:
        """Upcoming events that deliver one of the trainings (soonest first)."""
        if not hasattr(self, "_sessions"):
            queryset = EventPage.objects.descendant_of(self.context["root"]).filter(
                training__in=self.training_ids(page)
            )
            self._sessions = list(upcoming(events_queryset(queryset), self.now)[:SESSIONS_LIMIT])
        return self._sessions

    @extend_schema_field(EventSummarySerializer(many=True))
    def get_upcoming_sessions(self, page: CoursePage):
        if not hasattr(self, "_session_data"):
            self._session_data = event_summaries(self, self.sessions(page))
        return self._session_data

    @extend_schema_field(PostSummarySerializer(many=True))
    def get_related_posts(self, page: CoursePage):
        return related_posts(self, page)

    def get_fallback_social_image_id(self, page: CoursePage) -> int | None:
        return page.hero_image_id

    def get_json_ld(self, page: CoursePage) -> list[dict[str, Any]]:
        """A schema.org Course, with its upcoming sessions as course instances."""
        price, total_hours = self.course_facts(page)
        course: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": page.title,
            "description": page.search_description or page.intro,
            "url": self.canonical_url(page),
            "provider": self.organisation_json_ld(),
            "teaches": page.objectives_list,
            "timeRequired": f"PT{Decimal(total_hours).normalize():f}H",
        }
        if price is not None:
            course["offers"] = {
                "@type": "Offer",
                "price": f"{price:.2f}",
                "priceCurrency": "USD",
                "category": "Paid" if price else "Free",
            }
        instances = [
            {
                "@type": "CourseInstance",
                "courseMode": "Online"
                if session["format"] == EventPage.Format.ONLINE
                else "Onsite",
                "startDate": session["starts_at"],
                "endDate": session["ends_at"],
                "url": self.context["base_url"] + session["path"],
            }
            for session in self.get_upcoming_sessions(page)
        ]
        if instances:
            course["hasCourseInstance"] = instances
        return [course, *faq_json_ld(page.body)]


@register_page_serializer(TrainingProgramPage)
class TrainingProgramPageSerializer(CourseSerializer):
    price = money(allow_null=True)
    price_note = serializers.CharField(allow_blank=True)
    total_hours = serializers.SerializerMethodField()
    ce_hours = serializers.SerializerMethodField()
    trainings = serializers.SerializerMethodField()

    def to_representation(self, program: TrainingProgramPage):
        self._trainings = list(
            public_pages(TrainingPage.objects.child_of(program)).order_by("path")
        )
        return super().to_representation(program)

    def training_ids(self, program: TrainingProgramPage) -> list[int]:
        return [training.pk for training in self._trainings]

    def course_facts(self, program: TrainingProgramPage) -> tuple[Decimal | None, Decimal]:
        return program.price, sum((t.total_hours for t in self._trainings), Decimal("0"))

    @extend_schema_field(hours())
    def get_total_hours(self, program: TrainingProgramPage) -> float:
        return float(self.course_facts(program)[1])

    @extend_schema_field(hours())
    def get_ce_hours(self, program: TrainingProgramPage) -> float:
        return float(sum((t.ce_hours for t in self._trainings), Decimal("0")))

    @extend_schema_field(TrainingSummarySerializer(many=True))
    def get_trainings(self, program: TrainingProgramPage):
        """Each training with its next session (one query for all, however many)."""
        next_session = (
            upcoming(public_pages(EventPage.objects.descendant_of(self.context["root"])), self.now)
            .filter(training=OuterRef("pk"))
            .values("pk")[:1]
        )
        next_ids = dict(
            TrainingPage.objects.filter(pk__in=self.training_ids(program))
            .annotate(next_id=Subquery(next_session))
            .values_list("pk", "next_id")
        )
        events = list(events_queryset(EventPage.objects.filter(pk__in=next_ids.values())))
        summaries = {
            event.pk: data
            for event, data in zip(events, event_summaries(self, events), strict=True)
        }
        next_sessions = {
            training_id: summaries.get(event_id) for training_id, event_id in next_ids.items()
        }
        return [
            {
                "title": training.title,
                "path": self.page_path(training),
                "intro": training.intro,
                "total_hours": float(training.total_hours),
                "ce_hours": float(training.ce_hours),
                "price": float(training.price),
                "next_session": next_sessions.get(training.pk),
            }
            for training in self._trainings
        ]

    def get_json_ld(self, program: TrainingProgramPage) -> list[dict[str, Any]]:
        course, *rest = super().get_json_ld(program)
        course["hasPart"] = [
            {
                "@type": "Course",
                "name": training.title,
                "url": self.context["base_url"] + self.page_path(training),
            }
            for training in self._trainings
        ]
        return [course, *rest]


@register_page_serializer(TrainingPage)
class TrainingPageSerializer(CourseSerializer):
    program = serializers.SerializerMethodField()
    modules = serializers.SerializerMethodField()
    total_hours = hours()
    ce_hours = hours()
    price = money()

    def training_ids(self, training: TrainingPage) -> list[int]:
        return [training.pk]

    def course_facts(self, training: TrainingPage) -> tuple[Decimal | None, Decimal]:
        return training.price, training.total_hours

    @extend_schema_field(PageLinkSerializer)
    def get_program(self, training: TrainingPage):
        parent = self.context["ancestors"][-2]
        return {"title": parent.title, "path": self.page_path(parent)}

    @extend_schema_field(ModuleSerializer(many=True))
    def get_modules(self, training: TrainingPage):
        return ModuleSerializer([child.value for child in training.modules], many=True).data
