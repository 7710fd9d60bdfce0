"""The ranking as a pure function: examples and properties."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from team.matching import (
    Answers,
    Candidate,
    License,
    WeeklySlot,
    describe_cells,
    rank,
    to_utc_intervals,
)

WEIGHTS = {"specialty": 4, "schedule": 3, "style": 2, "profession": 2, "setting": 1}
WINTER = dt.date(2026, 1, 14)
SUMMER = dt.date(2026, 7, 15)


def candidate(
    cid=1,
    *,
    state="CO",
    can_supervise=True,
    accepting=True,
    formats=None,
    specialties=(1,),
    slots=None,
    profession="counseling",
    settings_=("agency",),
    style=None,
) -> Candidate:
    return Candidate(
        id=cid,
        name=f"Supervisor {cid}",
        accepting_new=accepting,
        formats=frozenset(formats or {"individual", "group", "online"}),
        licenses=(
            License(
                "LPC",
                state,
                "Colorado" if state == "CO" else "Washington",
                profession,
                can_supervise,
            ),
        ),
        specialties=frozenset(specialties),
        specialty_names={s: f"Specialty {s}" for s in specialties},
        settings=frozenset(settings_),
        style=style or {"structure": 3, "direction": 3, "teaching": 3},
        slots=tuple(
            slots if slots is not None else [WeeklySlot(1, 13 * 60, 17 * 60, "America/Denver")]
        ),
    )


def answers(**overrides) -> Answers:
    base = Answers(
        states=frozenset({"CO"}),
        target_state="CO",
        target_profession="counseling",
        format="individual",
        mode="online",
        availability=frozenset({(1, "afternoon")}),
        time_zone="America/Denver",
        specialties=(1, 2),
        setting="agency",
    )
    return dataclasses.replace(base, **overrides)


def test_time_zones_are_converted():
    # 1 pm in Denver is noon in Seattle, in winter and in summer.
    for reference in (WINTER, SUMMER):
        denver = to_utc_intervals(1, 13 * 60, 14 * 60, "America/Denver", reference)
        seattle = to_utc_intervals(1, 12 * 60, 13 * 60, "America/Los_Angeles", reference)
        assert denver == seattle
    # Daylight saving moves the UTC time by an hour.
    assert to_utc_intervals(1, 13 * 60, 14 * 60, "America/Denver", WINTER) != to_utc_intervals(
        1, 13 * 60, 14 * 60, "America/Denver", SUMMER
    )


def test_an_evening_slot_can_cross_the_end_of_the_week_in_utc():
    # Sunday 3–6 pm in Seattle is Sunday 11 pm to Monday 2 am UTC.
    intervals = to_utc_intervals(6, 15 * 60, 18 * 60, "America/Los_Angeles", WINTER)
    assert len(intervals) == 2 and sum(end - start for start, end in intervals) == 180


def test_hard_filters_and_reasons():
    fits = candidate(1)
    other_state = candidate(2, state="WA")
    not_supervising = candidate(3, can_supervise=False)
    full = candidate(4, accepting=False)
    no_online = candidate(5, formats={"individual", "in_person"})
    mornings = candidate(6, slots=[WeeklySlot(1, 8 * 60, 11 * 60, "America/Denver")])
    ranking = rank(
        [fits, other_state, not_supervising, full, no_online, mornings], answers(), WEIGHTS, WINTER
    )
    assert [r.candidate.id for r in ranking.results] == [1]
    assert ranking.excluded == {"license": 2, "accepting": 1, "format": 1, "schedule": 1}
    reasons = ranking.results[0].reasons
    assert reasons[0] == "Licensed LPC in Colorado, approved to supervise"
    assert "Shares your interests: specialty 1" in reasons
    assert "Tue afternoons overlap" in reasons


def test_schedule_overlap_across_time_zones():
    seattle = candidate(1, slots=[WeeklySlot(1, 12 * 60, 16 * 60, "America/Los_Angeles")])
    result = rank([seattle], answers(), WEIGHTS, WINTER).results[0]
    assert result.overlap_minutes == 240


def test_no_result_explains_and_suggests_alternatives():
    evenings = candidate(1, slots=[WeeklySlot(3, 18 * 60, 20 * 60, "America/Denver")])
    ranking = rank([evenings, candidate(2, state="WA")], answers(), WEIGHTS, WINTER)
    assert ranking.results == []
    assert ranking.excluded == {"schedule": 1, "license": 1}
    assert [r.candidate.id for r in ranking.alternatives] == [1]
    assert ranking.suggestions and "times" in ranking.suggestions[0]


def test_better_specialty_fit_ranks_first():
    first_choice = candidate(1, specialties=(1,))
    second_choice = candidate(2, specialties=(2,))
    ranking = rank([second_choice, first_choice], answers(), WEIGHTS, WINTER)
    assert [r.candidate.id for r in ranking.results] == [1, 2]


def test_weights_change_the_order():
    close_style = candidate(
        1, specialties=(), style={"structure": 1, "direction": 1, "teaching": 1}
    )
    shares_interest = candidate(
        2, specialties=(1,), style={"structure": 5, "direction": 5, "teaching": 5}
    )
    visitor = answers(style={"structure": 1, "direction": 1, "teaching": 1})
    by_style = rank(
        [close_style, shares_interest], visitor, {**WEIGHTS, "style": 10, "specialty": 1}, WINTER
    )
    by_interest = rank(
        [close_style, shares_interest], visitor, {**WEIGHTS, "style": 1, "specialty": 10}, WINTER
    )
    assert by_style.results[0].candidate.id == 1
    assert by_interest.results[0].candidate.id == 2


def test_the_license_must_be_issued_by_the_target_state():
    colorado_only = candidate(1, state="CO")
    visitor = answers(states=frozenset({"CO", "WA"}), target_state="WA")
    assert rank([colorado_only], visitor, WEIGHTS, WINTER).results == []
    # ...unless Washington accepted supervisors licensed elsewhere, for online sessions.
    lenient = dataclasses.replace(visitor, cross_state_supervision=True)
    assert [r.candidate.id for r in rank([colorado_only], lenient, WEIGHTS, WINTER).results] == [1]
    in_person = dataclasses.replace(
        lenient, mode="in_person", availability=frozenset({(1, "afternoon")})
    )
    assert rank([colorado_only], in_person, WEIGHTS, WINTER).results == []


def test_daylight_saving_change_day_is_converted_at_the_slot_time():
    # Sunday 8 March 2026: Denver moves to daylight time at 2 am; Phoenix does not.
    change_week = dt.date(2026, 3, 4)
    sunday_morning = candidate(1, slots=[WeeklySlot(6, 6 * 60, 9 * 60, "America/Denver")])
    phoenix_visitor = answers(availability=frozenset({(6, "morning")}), time_zone="America/Phoenix")
    result = rank([sunday_morning], phoenix_visitor, WEIGHTS, change_week)
    # 6–9 am MDT is 5–8 am in Phoenix: no overlap with 8–12.
    assert result.results == [] and result.excluded == {"schedule": 1}


def test_overlapping_slots_are_not_counted_twice():
    twice = candidate(1, slots=[WeeklySlot(1, 13 * 60, 13 * 60 + 30, "America/Denver")] * 2)
    ranking = rank([twice], answers(), WEIGHTS, WINTER)
    assert ranking.results == [] and ranking.excluded == {"schedule": 1}


def test_alternatives_miss_exactly_one_changeable_thing():
    format_only = candidate(1, formats={"group", "online"})
    format_and_schedule = candidate(2, formats={"group", "online"}, slots=[])
    ranking = rank([format_only, format_and_schedule], answers(), WEIGHTS, WINTER)
    assert [r.candidate.id for r in ranking.alternatives] == [1]
    assert "Consider group supervision" in " ".join(ranking.suggestions)


def test_describe_cells():
    assert describe_cells([(1, "afternoon"), (3, "afternoon")]) == "Tue/Thu afternoons"


# -- properties ------------------------------------------------------------------------

slots = st.builds(
    lambda day, start, length, zone: WeeklySlot(day, start, min(start + length, 24 * 60), zone),
    st.integers(0, 6),
    st.integers(0, 23 * 60),
    st.integers(30, 240),
    st.sampled_from(["America/Denver", "America/Los_Angeles", "America/New_York"]),
)
candidates = st.builds(
    lambda cid, state, supervise, accepting, specs, slot_list: candidate(
        cid,
        state=state,
        can_supervise=supervise,
        accepting=accepting,
        specialties=tuple(specs),
        slots=slot_list,
    ),
    st.integers(1, 10_000),
    st.sampled_from(["CO", "WA"]),
    st.booleans(),
    st.booleans(),
    st.sets(st.integers(1, 6), max_size=4),
    st.lists(slots, max_size=4),
)
visitor_answers = st.builds(
    lambda states, cells, specs, zone, cross: answers(
        states=frozenset(states),
        target_state=sorted(states)[0],
        availability=frozenset(cells),
        specialties=tuple(specs),
        time_zone=zone,
        cross_state_supervision=cross,
    ),
    st.sets(st.sampled_from(["CO", "WA"]), min_size=1),
    st.sets(
        st.tuples(st.integers(0, 6), st.sampled_from(["morning", "afternoon", "evening"])),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.integers(1, 6), unique=True, max_size=3),
    st.sampled_from(["America/Denver", "America/Los_Angeles"]),
    st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(candidates, max_size=8, unique_by=lambda c: c.id), visitor_answers)
def test_nobody_unlicensed_in_the_state_is_ever_a_result(pool, visitor):
    for result in rank(pool, visitor, WEIGHTS, WINTER, limit=100).results:
        assert any(
            lic.can_supervise and lic.state in visitor.states for lic in result.candidate.licenses
        )
        assert result.candidate.accepting_new
        assert 0 <= result.score <= 100


@settings(max_examples=200, deadline=None)
@given(st.lists(candidates, min_size=1, max_size=8, unique_by=lambda c: c.id), visitor_answers)
def test_results_are_sorted_by_score(pool, visitor):
    scores = [r.score for r in rank(pool, visitor, WEIGHTS, WINTER, limit=100).results]
    assert scores == sorted(scores, reverse=True)


@settings(max_examples=200, deadline=None)
@given(candidates, visitor_answers, slots)
def test_adding_a_slot_never_lowers_a_score(person, visitor, extra):
    before = rank([person], visitor, WEIGHTS, WINTER).results
    more = dataclasses.replace(person, slots=(*person.slots, extra))
    after = rank([more], visitor, WEIGHTS, WINTER).results
    if before:
        assert after and after[0].score >= before[0].score


@settings(max_examples=200, deadline=None)
@given(candidates, visitor_answers, st.integers(1, 6))
def test_adding_a_shared_specialty_never_lowers_a_score(person, visitor, specialty):
    before = rank([person], visitor, WEIGHTS, WINTER).results
    more = dataclasses.replace(
        person,
        specialties=person.specialties | {specialty},
        specialty_names={**person.specialty_names, specialty: f"Specialty {specialty}"},
    )
    after = rank([more], visitor, WEIGHTS, WINTER).results
    if before:
        assert after and after[0].score >= before[0].score
