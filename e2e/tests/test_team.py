"""Journeys through the team directory, a profile and the best-fit matcher."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.accessibility import assert_no_axe_violations
from e2e.pages.team_pages import MatcherPage, TeamDirectory


def test_directory_filters_round_trip_through_the_url(page):
    directory = TeamDirectory(page)
    directory.open("/team/")
    expect(directory.main_heading).to_be_visible()
    everyone = directory.member_names.count()
    assert everyone >= 7
    directory.mark_document()

    directory.filter_by("State", "Washington")
    expect(page).to_have_url(re.compile(r"[?&]state=WA"))
    expect(directory.member_names).to_have_count(3)
    expect(page.get_by_role("main")).to_contain_text("Priya Shah")
    assert directory.document_was_kept() and directory.api_requests == []

    shared_url = page.url
    fresh = TeamDirectory(page.context.new_page())
    fresh.open(shared_url)
    expect(fresh.member_names).to_have_count(3)
    fresh.page.close()

    page.go_back()
    expect(directory.member_names).to_have_count(everyone)


def _answer(
    matcher: MatcherPage, *, state, current, target, stage, fmt, mode, times, zone, interests
):
    matcher.open("/find-a-supervisor/")
    expect(matcher.step_heading("Where you practise")).to_be_visible()
    matcher.where_you_practise(state, current, target, stage)
    expect(matcher.step_heading("How you'd like to meet")).to_be_visible()
    matcher.how_you_meet(fmt, mode, times, zone)
    expect(matcher.step_heading("What matters to you")).to_be_visible()
    matcher.what_matters(interests)
    expect(matcher.step_heading("Your style")).to_be_visible()
    matcher.find_matches()
    expect(matcher.results_heading).to_be_visible()


def test_two_visitors_get_different_explained_matches(page):
    matcher = MatcherPage(page)
    _answer(
        matcher,
        state="Colorado",
        current="LPCC — Licensed Professional Counselor Candidate",
        target="LPC — Licensed Professional Counselor",
        stage="Just starting my supervised hours",
        fmt="Individual",
        mode="Online",
        times=["Tuesday afternoon", "Thursday afternoon"],
        zone="Mountain time (Denver)",
        interests=["Trauma and PTSD", "DBT"],
    )
    first = matcher.top_result()
    expect(first).to_contain_text("Maya Okafor")
    expect(first).to_contain_text("Licensed LPC in Colorado")
    expect(first).to_contain_text("Tue/Thu afternoons overlap")

    _answer(
        matcher,
        state="Washington",
        current="LMHCA — Licensed Mental Health Counselor Associate",
        target="LMHC — Licensed Mental Health Counselor",
        stage="Part-way through my hours",
        fmt="Group",
        mode="Online",
        times=["Tuesday evening"],
        zone="Pacific time (Seattle)",
        interests=["DBT"],
    )
    second = matcher.top_result()
    expect(second).to_contain_text("Priya Shah")
    expect(second).to_contain_text("Shares your interests: DBT")

    second.get_by_role("link", name="Priya Shah").click()
    expect(matcher.main_heading).to_have_text("Priya Shah")
    page.get_by_role("main").get_by_role(
        "link", name=re.compile("Request a free consultation")
    ).first.click()
    expect(page).to_have_url(re.compile(r"/team/free-phone-consultation/\?supervisor=priya-shah"))
    expect(matcher.main_heading).to_have_text("Free phone consultation")


def test_matcher_validation_moves_focus_to_the_first_problem(page):
    matcher = MatcherPage(page)
    matcher.open("/find-a-supervisor/")
    expect(matcher.step_heading("Where you practise")).to_be_visible()
    matcher.next()
    expect(matcher.step_heading("Where you practise")).to_be_visible()
    focused = page.evaluate("document.activeElement.getAttribute('aria-invalid')")
    assert focused == "true"


def test_team_pages_have_no_accessibility_violations(phone_site):
    for path in ("/team/", "/team/maya-okafor/", "/find-a-supervisor/"):
        phone_site.open(path)
        expect(phone_site.main_heading).to_be_visible()
        assert_no_axe_violations(phone_site.page)
