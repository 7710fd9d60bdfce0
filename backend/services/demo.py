"""Demo content of the services section: supervision and consultation services, the
Colorado and Washington location pages, the fees page and the Colorado licensure paths.
Facts about board rules come from public board pages; the prose is ours. Idempotent."""

from __future__ import annotations

import datetime
from decimal import Decimal

from wagtail.models import Page

from core.demo.pages import ensure_child
from services.models import (
    FeesPage,
    LicensurePathPage,
    LocationIndexPage,
    LocationPage,
    ServiceIndexPage,
    ServicePage,
)
from taxonomy.models import FAQ, LicenseType, Specialty, State

EFFECTIVE = datetime.date(2026, 1, 1)
VERIFIED = datetime.date(2026, 10, 15)
CO_COUNSELING_BOARD = "https://dpo.colorado.gov/ProfessionalCounselor"
CO_SOCIAL_WORK_BOARD = "https://dpo.colorado.gov/SocialWork"

# (slug, title, intro, details)
SUPERVISION = [
    (
        "community",
        "Supervision community",
        "A membership-style community for pre-licensed clinicians: a monthly supervision group, "
        "drop-in office hours and a peer case-consultation space, at a predictable monthly price.",
        {
            "audience": ["pre_licensed"],
            "formats": ["group", "online"],
            "group": (4, 8),
            "frequency": "Monthly group plus weekly drop-in hours",
            "counts": True,
            "specialties": [
                "Ethics and documentation",
                "Licensure exam preparation",
                "Culturally responsive practice",
            ],
            "prices": [("Community membership", "group", "month", None, "95", "4–8", "60")],
            "faqs": ["Does group supervision count?", "Can I switch supervisors later?"],
            "body": "Early-career clinicians often tell us the hardest part of licensure is "
            "feeling alone with difficult cases. The community gives you a steady group, "
            "a place to bring questions between sessions, and supervisors who remember "
            "your caseload from month to month.",
        },
    ),
    (
        "individual",
        "Individual supervision",
        "Weekly or biweekly one-to-one supervision that counts toward licensure, focused on your "
        "cases, your growth edges and your exam preparation.",
        {
            "audience": ["pre_licensed"],
            "formats": ["individual", "online", "in_person"],
            "frequency": "Weekly or every other week, 50 minutes",
            "counts": True,
            "specialties": [
                "Trauma and PTSD",
                "Suicide and risk assessment",
                "Licensure exam preparation",
                "Ethics and documentation",
            ],
            "prices": [
                ("Individual supervision", "individual", "session", 50, "120", "", "85"),
                ("Individual supervision, extended", "individual", "session", 80, "180", "", None),
            ],
            "faqs": [
                "Do your supervision hours count toward licensure?",
                "Do you help with exam preparation?",
                "What is your cancellation policy?",
            ],
            "body": "Individual supervision is where most of your growth happens. Together we "
            "review cases, plan treatment, practise risk assessment and keep your "
            "documentation in the shape your board expects. You set the agenda; your "
            "supervisor keeps an eye on the whole arc of your development.",
        },
    ),
    (
        "group",
        "Group supervision",
        "Small groups of three to six clinicians who learn from each other's cases, led by an "
        "approved supervisor. Hours count toward licensure up to your board's limit.",
        {
            "audience": ["pre_licensed"],
            "formats": ["group", "online", "in_person"],
            "group": (3, 6),
            "frequency": "Every other week, 90 minutes",
            "counts": True,
            "specialties": [
                "Culturally responsive practice",
                "Ethics and documentation",
                "Trauma and PTSD",
            ],
            "prices": [("Group supervision", "group", "person_session", 90, "55", "3–6", "40")],
            "faqs": [
                "Does group supervision count?",
                "Do you offer a sliding scale?",
                "Can I switch supervisors later?",
            ],
            "body": "Groups stay small and stable so that trust can grow. Each meeting follows a "
            "simple rhythm: a check-in, one or two case presentations, and a short "
            "teaching segment chosen by the group. Hearing how colleagues think through a "
            "case is one of the fastest ways to sharpen your own judgement.",
        },
    ),
    (
        "online",
        "Online supervision",
        "Secure video supervision for clinicians anywhere in the states we serve, with the same "
        "structure and documentation as meeting in person.",
        {
            "audience": ["pre_licensed", "licensed"],
            "formats": ["individual", "group", "online"],
            "frequency": "Weekly or every other week",
            "counts": True,
            "specialties": ["Ethics and documentation", "Licensure exam preparation"],
            "prices": [("Online individual supervision", "online", "session", 50, "115", "", "80")],
            "faqs": [
                "Which video platform do you use?",
                "Can I be supervised online from another state?",
            ],
            "body": "Online supervision suits clinicians in rural areas, parents juggling school "
            "runs, and anyone whose caseload does not leave time for a commute. Sessions "
            "run on a HIPAA-compliant platform and your logs are signed electronically.",
        },
    ),
    (
        "agencies",
        "Supervision for agencies",
        "Contracted clinical supervision for community mental health centres, group practices "
        "and schools that need licensed supervisors for their staff.",
        {
            "audience": ["agencies"],
            "formats": ["individual", "group", "online", "in_person"],
            "group": (3, 8),
            "frequency": "Tailored to your team",
            "counts": True,
            "specialties": [
                "Suicide and risk assessment",
                "Substance use and addictions",
                "Ethics and documentation",
            ],
            "prices": [("Agency supervision contract", "group", "hour", 60, "110", "3–8", None)],
            "faqs": ["How do I pay?"],
            "body": "We work alongside your clinical leadership to provide board-compliant "
            "supervision for candidates and associates on your team, with clear reporting "
            "and a single monthly invoice.",
        },
    ),
]

CONSULTATION = [
    (
        "community",
        "Consultation community",
        "A monthly peer consultation circle for licensed clinicians, facilitated by a senior "
        "clinician, with a shared space for questions between meetings.",
        {
            "formats": ["group", "online"],
            "group": (5, 10),
            "frequency": "Monthly, 90 minutes",
            "specialties": ["Ethics and documentation", "Private practice development"],
            "prices": [
                ("Consultation community membership", "group", "month", None, "75", "5–10", None)
            ],
        },
    ),
    (
        "individual",
        "Individual consultation",
        "One-to-one consultation scheduled around your practice, weekly or as needed, for "
        "complex cases and professional decisions.",
        {
            "formats": ["individual", "online", "in_person"],
            "frequency": "Weekly or as needed",
            "specialties": ["Trauma and PTSD", "Suicide and risk assessment", "Family systems"],
            "prices": [("Individual consultation", "individual", "session", 50, "130", "", None)],
        },
    ),
    (
        "group",
        "Group consultation",
        "Small, stable consultation groups for licensed clinicians that meet twice a month.",
        {
            "formats": ["group", "online"],
            "group": (4, 6),
            "frequency": "Twice a month, 90 minutes",
            "specialties": ["Culturally responsive practice", "Anxiety and OCD"],
            "prices": [("Group consultation", "group", "person_session", 90, "60", "4–6", None)],
        },
    ),
    (
        "dbt-cbt",
        "DBT and CBT consultation",
        "Consultation for clinicians using dialectical behaviour therapy and cognitive "
        "behavioural therapy, from skills groups to individual protocols.",
        {
            "formats": ["individual", "group", "online"],
            "group": (4, 8),
            "frequency": "Weekly consultation team or individual sessions",
            "specialties": ["DBT", "CBT", "Suicide and risk assessment"],
        },
    ),
    (
        "lgbtqia",
        "LGBTQIA+ affirming consultation",
        "Consultation grounded in affirming practice with queer, trans and nonbinary clients, "
        "led by clinicians with lived and professional experience.",
        {
            "formats": ["individual", "online"],
            "frequency": "Every other week or as needed",
            "specialties": ["LGBTQIA+ clients", "Culturally responsive practice"],
        },
    ),
    (
        "trauma",
        "Trauma-informed consultation",
        "Support for trauma work, including pacing, stabilisation, EMDR case planning and "
        "caring for yourself as a clinician.",
        {
            "formats": ["individual", "group", "online"],
            "frequency": "Every other week",
            "specialties": ["Trauma and PTSD", "EMDR"],
        },
    ),
    (
        "risk-assessment",
        "Risk assessment consultation",
        "Case-by-case consultation on suicide and violence risk assessment, safety planning "
        "and documentation, available at short notice.",
        {
            "formats": ["individual", "online"],
            "frequency": "As needed, within two business days",
            "specialties": ["Suicide and risk assessment", "Ethics and documentation"],
            "prices": [
                ("Risk consultation, single session", "individual", "session", 30, "75", "", None)
            ],
        },
    ),
    (
        "older-adults",
        "Working with older adults",
        "Consultation on grief, cognitive change, caregiving and family systems in later life.",
        {
            "formats": ["individual", "online"],
            "frequency": "Monthly or as needed",
            "specialties": ["Older adults", "Grief and loss", "Family systems"],
        },
    ),
    (
        "addictions",
        "Addictions consultation",
        "Consultation on substance use and co-occurring disorders, harm reduction and "
        "recovery-oriented care.",
        {
            "formats": ["individual", "group", "online"],
            "group": (3, 6),
            "frequency": "Every other week",
            "specialties": ["Substance use and addictions", "Trauma and PTSD"],
        },
    ),
    (
        "supervision-of-supervision",
        "Supervision of supervision",
        "For new and aspiring supervisors: reflective support as you develop your own "
        "supervision model and meet your board's training requirements.",
        {
            "audience": ["supervisors"],
            "formats": ["individual", "group", "online"],
            "group": (3, 5),
            "frequency": "Monthly",
            "specialties": ["Supervisor development", "Ethics and documentation"],
            "prices": [
                ("Supervision of supervision", "individual", "session", 50, "140", "", None)
            ],
        },
    ),
]

LOCATIONS = {
    "CO": (
        "colorado",
        "Colorado",
        "Supervision toward LPC, LCSW, LMFT and LAC licensure, in person in Denver and "
        "online across Colorado.",
        ["LPCC", "LPC", "SWC", "LCSW", "MFTC", "LMFT", "LAC"],
        "<p>Colorado accepts clinical supervision by secure video, and supervisors do not "
        "need to be in the same room as their supervisees. Your supervisor must hold the "
        "credential the board requires for your track.</p>",
    ),
    "WA": (
        "washington",
        "Washington",
        "Supervision toward LMHC, LICSW and LMFT licensure, online across Washington.",
        ["LMHCA", "LMHC", "SWAIC", "LICSW", "LMFTA", "LMFT"],
        "<p>Washington associates supervised online must work with a supervisor the "
        "Department of Health has on record for them. We help you file the declaration "
        "of your approved supervisor.</p>",
    ),
}

PATHS = [
    {
        "slug": "path-to-lpc-in-colorado",
        "title": "Your path to LPC in Colorado",
        "intro": "From Licensed Professional Counselor Candidate (LPCC) to Licensed "
        "Professional Counselor (LPC): the exams, the supervised hours and the paperwork, "
        "step by step.",
        "start": "LPCC",
        "target": "LPC",
        "board": CO_COUNSELING_BOARD,
        "requirements": [
            ("total_hours", "2000", "Post-degree supervised practice."),
            ("supervision_hours", "100", "Clinical supervision during those hours."),
            ("min_months", "24", "The practice hours may not be completed faster."),
        ],
        "steps": [
            (
                "Finish your graduate degree",
                "Complete a master's or doctoral degree in professional counseling that meets "
                "the board's coursework requirements.",
                "Official transcript",
                "",
                None,
            ),
            (
                "Pass the national exam",
                "Pass the National Counselor Examination (NCE) or the National Clinical Mental "
                "Health Counseling Examination (NCMHCE).",
                "Exam score report",
                "NCE or NCMHCE",
                Decimal("275"),
            ),
            (
                "Pass the Colorado jurisprudence exam",
                "An open-book online exam on the Colorado Mental Health Practice Act.",
                "",
                "Colorado Jurisprudence Examination",
                None,
            ),
            (
                "Register as an LPCC",
                "Apply to the board for your candidate registration before you start counting "
                "hours.",
                "Application\nProof of exams\nVerification of degree",
                "",
                None,
            ),
            (
                "Complete supervised practice",
                "Work under an approved supervisor and keep signed logs of your practice and "
                "supervision hours.",
                "Supervision logs signed by your supervisor",
                "",
                None,
            ),
            (
                "Apply for your LPC",
                "Submit your verified experience to the board and apply for the LPC.",
                "Verification of supervised experience",
                "",
                None,
            ),
        ],
    },
    {
        "slug": "path-to-lcsw-in-colorado",
        "title": "Your path to LCSW in Colorado",
        "intro": "From Social Work Candidate (SWC) to Licensed Clinical Social Worker (LCSW): "
        "what the board asks for and how supervision fits in.",
        "start": "SWC",
        "target": "LCSW",
        "board": CO_SOCIAL_WORK_BOARD,
        "requirements": [
            ("total_hours", "3360", "Post-degree supervised clinical practice."),
            ("supervision_hours", "96", "Clinical supervision during those hours."),
            ("min_months", "24", "The practice hours may not be completed faster."),
        ],
        "steps": [
            (
                "Finish your MSW",
                "Complete a master's degree in social work from a CSWE-accredited program.",
                "Official transcript",
                "",
                None,
            ),
            (
                "Pass the Colorado jurisprudence exam",
                "An open-book online exam on the Colorado Mental Health Practice Act.",
                "",
                "Colorado Jurisprudence Examination",
                None,
            ),
            (
                "Register as a Social Work Candidate",
                "Apply to the board for your candidate registration before you start counting "
                "hours.",
                "Application\nVerification of degree",
                "",
                None,
            ),
            (
                "Complete supervised clinical practice",
                "Practise under an approved clinical supervisor and keep signed logs.",
                "Supervision logs signed by your supervisor",
                "",
                None,
            ),
            (
                "Pass the ASWB Clinical exam",
                "Sit the Association of Social Work Boards Clinical examination once the board "
                "approves you to test.",
                "Exam score report",
                "ASWB Clinical",
                Decimal("260"),
            ),
            (
                "Apply for your LCSW",
                "Submit your verified experience and exam results to the board.",
                "Verification of supervised experience",
                "",
                None,
            ),
        ],
    },
]


def _set_relations(page: ServicePage, details: dict) -> None:
    page.specialties.set(Specialty.objects.filter(name__in=details.get("specialties", [])))
    page.faqs.set(FAQ.objects.filter(question__in=details.get("faqs", [])))


def _price_items(details: dict) -> list[dict]:
    return [
        {
            "label": label,
            "format": fmt,
            "unit": unit,
            "minutes": minutes,
            "price": Decimal(price),
            "group_size": group,
            "sliding_scale_min": Decimal(sliding) if sliding else None,
            "effective_date": EFFECTIVE,
        }
        for label, fmt, unit, minutes, price, group, sliding in details.get("prices", [])
    ]


def ensure_service_index(
    home: Page, kind: str, slug: str, title: str, intro: str, services: list
) -> Page:
    index = ensure_child(
        home,
        ServiceIndexPage(
            title=title,
            slug=slug,
            kind=kind,
            intro=intro,
            show_in_menus=True,
            search_description=intro,
        ),
    )
    states = list(State.objects.all())
    for service_slug, service_title, service_intro, details in services:
        if index.get_children().filter(slug=service_slug).exists():
            continue
        licensed = kind == "consultation"
        page = ServicePage(
            title=service_title,
            slug=service_slug,
            kind=kind,
            intro=service_intro,
            search_description=service_intro,
            show_in_menus=True,
            audience=details.get("audience", ["licensed"] if licensed else ["pre_licensed"]),
            formats=details["formats"],
            group_size_min=details.get("group", (None, None))[0],
            group_size_max=details.get("group", (None, None))[1],
            frequency=details.get("frequency", ""),
            counts_toward_licensure=details.get("counts", False),
            body=[{"type": "rich_text", "value": f"<p>{details['body']}</p>"}]
            if details.get("body")
            else [],
            cta_heading="Is this a good fit for you?",
            cta_text="Book a free 20-minute call and we will help you decide.",
        )
        for item in _price_items(details):
            page.price_items.add(page.price_items.model(**item))
        index.add_child(instance=page)
        _set_relations(page, details)
        page.states.set(states)
        level = "independent" if licensed else "candidate"
        page.license_types.set(LicenseType.objects.filter(level=level))
        page.save_revision().publish()
    return index


def ensure_locations(home: Page, title: str, intro: str) -> Page:
    index = ensure_child(
        home,
        LocationIndexPage(
            title=title,
            slug="locations",
            show_in_menus=True,
            intro=intro,
            search_description=intro,
        ),
    )
    for state in State.objects.filter(code__in=LOCATIONS):
        slug, title, intro, tracks, notes = LOCATIONS[state.code]
        if index.get_children().filter(slug=slug).exists():
            continue
        page = LocationPage(
            title=title,
            slug=slug,
            state=state,
            intro=intro,
            search_description=intro,
            online_supervision_notes=notes,
            show_in_menus=True,
        )
        index.add_child(instance=page)
        page.license_types.set(LicenseType.objects.filter(state=state, code__in=tracks))
        page.save_revision().publish()
    return index


def ensure_fees(home: Page, title: str, intro: str) -> Page:
    return ensure_child(
        home,
        FeesPage(
            title=title,
            slug="fees-and-faqs",
            show_in_menus=True,
            intro=intro,
            search_description=intro,
            body=[
                {
                    "type": "rich_text",
                    "value": "<p>Our fees are the same whichever supervisor "
                    "you work with. A limited number of sliding-scale places are available each "
                    "quarter for clinicians in community settings.</p>",
                }
            ],
        ),
    )


def ensure_licensure_paths(parent: Page) -> None:
    colorado = State.objects.get(code="CO")
    for spec in PATHS:
        if parent.get_children().filter(slug=spec["slug"]).exists():
            continue
        page = LicensurePathPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            search_description=spec["intro"],
            state=colorado,
            show_in_menus=False,
            starting_credential=LicenseType.objects.get(state=colorado, code=spec["start"]),
            target_license=LicenseType.objects.get(state=colorado, code=spec["target"]),
        )
        for metric, value, note in spec["requirements"]:
            page.requirements.add(
                page.requirements.model(
                    metric=metric,
                    value=Decimal(value),
                    note=note,
                    source_url=spec["board"],
                    last_verified=VERIFIED,
                )
            )
        for title, body, documents, exam, fee in spec["steps"]:
            page.steps.add(
                page.steps.model(
                    title=title,
                    body=f"<p>{body}</p>",
                    documents=documents,
                    exam=exam,
                    fee=fee,
                    board_url=spec["board"],
                )
            )
        parent.add_child(instance=page)
        page.save_revision().publish()
