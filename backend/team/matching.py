"""The best-fit supervisor ranking: a pure function of candidates, a visitor's answers
and the weights. No database access here, so it is unit- and property-tested directly.

Stage 1, hard filters (in this order, so the "why nobody" answer names the first
filter each candidate failed): licensed in a state of practice and approved to
supervise there; accepting new supervisees; offers the format (and online / in person);
at least ``MIN_OVERLAP_MINUTES`` of shared weekly time, time zones converted.

Stage 2, a weighted score in 0–100 from five components in 0–1: specialty overlap by
priority, schedule overlap (saturating), style closeness, same profession as the target
license, and work setting. Components never decrease when a candidate gains a shared
specialty or an overlapping slot, so neither can lower a score.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MINUTES_PER_WEEK = 7 * 24 * 60
MIN_OVERLAP_MINUTES = 45
SCHEDULE_SATURATION_MINUTES = 180
PRIORITY_WEIGHTS = (3, 2, 1)
PARTS_OF_DAY = {"morning": (8, 12), "afternoon": (12, 17), "evening": (17, 21)}
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FILTERS = ("license", "accepting", "format", "schedule")
FILTER_REASONS = {
    "license": "not licensed to supervise your track in your state",
    "accepting": "not accepting new supervisees",
    "format": "does not offer the format you chose",
    "schedule": "no shared time in your week",
}


@dataclass(frozen=True)
class License:
    code: str
    state: str
    state_name: str
    profession: str
    can_supervise: bool


@dataclass(frozen=True)
class WeeklySlot:
    """A weekly slot in local time: weekday 0 = Monday, minutes since midnight."""

    weekday: int
    start: int
    end: int
    time_zone: str


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    accepting_new: bool
    formats: frozenset[str]
    licenses: tuple[License, ...]
    specialties: frozenset[int]
    specialty_names: dict[int, str]
    settings: frozenset[str]
    style: dict[str, int]
    slots: tuple[WeeklySlot, ...]


@dataclass(frozen=True)
class Answers:
    states: frozenset[str]
    target_state: str
    target_profession: str
    format: str
    mode: str  # "online", "in_person" or "either"
    availability: frozenset[tuple[int, str]]  # (weekday, part of day) in ``time_zone``
    time_zone: str
    specialties: tuple[int, ...] = ()  # in priority order, at most three
    setting: str = ""
    style: dict[str, int] = field(default_factory=dict)
    # Whether the target state's board accepts a supervisor licensed in another state
    # (online only).
    cross_state_supervision: bool = False


@dataclass
class Result:
    candidate: Candidate
    score: float
    reasons: list[str]
    overlap_minutes: int
    failed: str | None = None  # for alternatives: the one hard filter it misses


@dataclass
class Ranking:
    results: list[Result]
    excluded: dict[str, int]
    alternatives: list[Result]
    suggestions: list[str]


# -- time ----------------------------------------------------------------------------


def _week_start(reference: dt.date) -> dt.date:
    return reference - dt.timedelta(days=reference.weekday())


def _minute_of_week(moment: dt.datetime) -> int:
    return moment.weekday() * 1440 + moment.hour * 60 + moment.minute


def to_utc_intervals(
    weekday: int, start: int, end: int, time_zone: str, reference: dt.date
) -> list[tuple[int, int]]:
    """A local weekly slot as UTC minute intervals within a week (split at the wrap). The
    start and the end are each converted with the offset in force at that moment in the
    week of ``reference``, so a daylight-saving change on that day is respected."""
    zone = zoneinfo.ZoneInfo(time_zone)
    midnight = dt.datetime.combine(_week_start(reference) + dt.timedelta(days=weekday), dt.time(0))
    utc_start, utc_end = (
        _minute_of_week(
            (midnight + dt.timedelta(minutes=minutes)).replace(tzinfo=zone).astimezone(dt.UTC)
        )
        for minutes in (start, end)
    )
    if utc_start == utc_end:
        return []
    if utc_start < utc_end:
        return [(utc_start, utc_end)]
    return (
        [(utc_start, MINUTES_PER_WEEK), (0, utc_end)]
        if utc_end
        else [(utc_start, MINUTES_PER_WEEK)]
    )


def merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching intervals joined, so no minute is counted twice."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def overlap_minutes(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    b = list(b)
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def visitor_intervals(answers: Answers, reference: dt.date) -> list[tuple[int, int]]:
    intervals = []
    for weekday, part in sorted(answers.availability):
        start_hour, end_hour = PARTS_OF_DAY[part]
        intervals += to_utc_intervals(
            weekday, start_hour * 60, end_hour * 60, answers.time_zone, reference
        )
    return intervals


def _overlap_by_part(candidate: Candidate, answers: Answers, reference: dt.date):
    """Total shared minutes, and the visitor's (weekday, part) cells that overlap."""
    slots = merge(
        interval
        for slot in candidate.slots
        for interval in to_utc_intervals(
            slot.weekday, slot.start, slot.end, slot.time_zone, reference
        )
    )
    total, cells = 0, []
    for weekday, part in sorted(answers.availability):
        start_hour, end_hour = PARTS_OF_DAY[part]
        cell = to_utc_intervals(
            weekday, start_hour * 60, end_hour * 60, answers.time_zone, reference
        )
        minutes = overlap_minutes(cell, slots)
        total += minutes
        if minutes >= MIN_OVERLAP_MINUTES:
            cells.append((weekday, part))
    return total, cells


def describe_cells(cells: Sequence[tuple[int, str]]) -> str:
    """[(1, "afternoon"), (3, "afternoon")] → "Tue/Thu afternoons"."""
    by_part: dict[str, list[int]] = {}
    for weekday, part in cells:
        by_part.setdefault(part, []).append(weekday)
    return ", ".join(
        "/".join(DAY_NAMES[d] for d in sorted(days)) + f" {part}s"
        for part, days in sorted(by_part.items(), key=lambda item: min(item[1]))
    )


# -- ranking -------------------------------------------------------------------------


def _supervising_licenses(candidate: Candidate, answers: Answers) -> list[License]:
    """Licenses that let the candidate supervise toward the target license: issued by the
    target state, or by another state of practice when the target state's board accepts
    that and the sessions are online."""
    other_states_ok = answers.cross_state_supervision and answers.mode != "in_person"
    return [
        lic
        for lic in candidate.licenses
        if lic.can_supervise
        and (lic.state == answers.target_state or (other_states_ok and lic.state in answers.states))
    ]


def failed_filters(candidate: Candidate, answers: Answers, overlap: int) -> list[str]:
    """Every hard filter the candidate fails, in the order of ``FILTERS``."""
    failed = []
    if not _supervising_licenses(candidate, answers):
        failed.append("license")
    if not candidate.accepting_new:
        failed.append("accepting")
    if answers.format not in candidate.formats or (
        answers.mode != "either" and answers.mode not in candidate.formats
    ):
        failed.append("format")
    if overlap < MIN_OVERLAP_MINUTES:
        failed.append("schedule")
    return failed


def score(
    candidate: Candidate, answers: Answers, overlap: int, weights: dict[str, float]
) -> tuple[float, dict[str, float]]:
    """The weighted score (0–100) and its components (0–1)."""
    wanted = answers.specialties[: len(PRIORITY_WEIGHTS)]
    if wanted:
        possible = sum(PRIORITY_WEIGHTS[: len(wanted)])
        shared = sum(
            PRIORITY_WEIGHTS[rank]
            for rank, item in enumerate(wanted)
            if item in candidate.specialties
        )
        specialty = shared / possible
    else:
        specialty = 1.0
    schedule = min(1.0, overlap / SCHEDULE_SATURATION_MINUTES)
    scales = [scale for scale, value in answers.style.items() if value]
    if scales:
        distance = sum(abs(answers.style[s] - candidate.style.get(s, 3)) for s in scales)
        style = 1 - distance / (4 * len(scales))
    else:
        style = 1.0
    professions = {lic.profession for lic in _supervising_licenses(candidate, answers)}
    profession = 1.0 if answers.target_profession in professions else 0.0
    setting = 1.0 if not answers.setting or answers.setting in candidate.settings else 0.0
    components = {
        "specialty": specialty,
        "schedule": schedule,
        "style": style,
        "profession": profession,
        "setting": setting,
    }
    total_weight = sum(max(0.0, weights.get(name, 0.0)) for name in components)
    if total_weight <= 0:
        return 0.0, components
    value = sum(max(0.0, weights.get(n, 0.0)) * c for n, c in components.items())
    return round(100 * value / total_weight, 1), components


def reasons_for(
    candidate: Candidate,
    answers: Answers,
    components: dict[str, float],
    cells: Sequence[tuple[int, str]],
) -> list[str]:
    reasons = []
    licenses = _supervising_licenses(candidate, answers)
    same = [lic for lic in licenses if lic.profession == answers.target_profession]
    for lic in (same or licenses)[:2]:
        reasons.append(f"Licensed {lic.code} in {lic.state_name}, approved to supervise")
    shared = [
        candidate.specialty_names[s] for s in answers.specialties if s in candidate.specialties
    ]
    if shared:
        reasons.append("Shares your interests: " + _join(shared))
    if cells:
        reasons.append(f"{describe_cells(cells)} overlap")
    if answers.style and components["style"] >= 0.75:
        reasons.append("Supervision style close to what you asked for")
    if answers.setting and components["setting"] == 1.0:
        reasons.append("Experienced in your work setting")
    return reasons


def _join(items: Sequence[str]) -> str:
    """["Trauma and PTSD", "DBT"] → "trauma and PTSD and DBT" (acronyms kept)."""
    items = [item[0].lower() + item[1:] if item[1:2].islower() else item for item in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def rank(
    candidates: Iterable[Candidate],
    answers: Answers,
    weights: dict[str, float],
    reference: dt.date,
    limit: int = 5,
) -> Ranking:
    """Rank ``candidates`` for ``answers``; see the module docstring."""
    results: list[Result] = []
    near: list[Result] = []
    excluded = dict.fromkeys(FILTERS, 0)
    for candidate in candidates:
        overlap, cells = _overlap_by_part(candidate, answers, reference)
        failed = failed_filters(candidate, answers, overlap)
        value, components = score(candidate, answers, overlap, weights)
        reasons = reasons_for(candidate, answers, components, cells)
        result = Result(candidate, value, reasons, overlap, failed[0] if failed else None)
        if not failed:
            results.append(result)
            continue
        excluded[failed[0]] += 1
        # The nearest alternatives miss exactly one thing the visitor can change: the
        # format or the schedule.
        if failed in (["format"], ["schedule"]):
            near.append(result)
    order = lambda r: (-r.score, r.candidate.name)  # noqa: E731
    results.sort(key=order)
    near.sort(key=order)
    suggestions = []
    if not results:
        if excluded["schedule"]:
            suggestions.append(
                "Add more times in your week: some supervisors who fit "
                "are available at other times."
            )
        if excluded["format"]:
            other = (
                "individual supervision"
                if answers.format == "group"
                else "group supervision, which is often easier to schedule and costs less"
            )
            suggestions.append(f"Consider {other}, or meeting both online and in person.")
        if excluded["license"] and not (excluded["schedule"] or excluded["format"]):
            suggestions.append(
                "Book a free consultation call: we can suggest options for your state and track."
            )
    return Ranking(
        results[:limit],
        {k: v for k, v in excluded.items() if v},
        near[:3] if not results else [],
        suggestions,
    )
