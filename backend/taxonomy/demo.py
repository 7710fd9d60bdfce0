"""Demo taxonomies: states, license types, specialties and FAQs (idempotent)."""

from __future__ import annotations

from taxonomy.models import FAQ, FAQCategory, LicenseType, Specialty, State

STATES = [
    {
        "code": "CO",
        "name": "Colorado",
        "board_name": "Colorado Department of Regulatory Agencies, Division of Professions "
        "and Occupations",
        "board_url": "https://dpo.colorado.gov/",
        "online_supervision_across_state_lines": True,
        "notes": "Candidates register with the board before counting supervised hours.",
    },
    {
        "code": "WA",
        "name": "Washington",
        "board_name": "Washington State Department of Health",
        "board_url": "https://doh.wa.gov/licenses-permits-and-certificates",
        "online_supervision_across_state_lines": False,
        "notes": "Associates list their approved supervisors with the Department of Health.",
    },
]

LICENSE_TYPES = [
    # (state, code, name, profession, level)
    ("CO", "LPCC", "Licensed Professional Counselor Candidate", "counseling", "candidate"),
    ("CO", "LPC", "Licensed Professional Counselor", "counseling", "independent"),
    ("CO", "SWC", "Social Work Candidate", "social_work", "candidate"),
    ("CO", "LCSW", "Licensed Clinical Social Worker", "social_work", "independent"),
    ("CO", "MFTC", "Marriage and Family Therapist Candidate", "marriage_family", "candidate"),
    ("CO", "LMFT", "Licensed Marriage and Family Therapist", "marriage_family", "independent"),
    ("CO", "LAC", "Licensed Addiction Counselor", "addiction", "independent"),
    ("WA", "LMHCA", "Licensed Mental Health Counselor Associate", "counseling", "candidate"),
    ("WA", "LMHC", "Licensed Mental Health Counselor", "counseling", "independent"),
    ("WA", "SWAIC", "Social Worker Associate Independent Clinical", "social_work", "candidate"),
    ("WA", "LICSW", "Licensed Independent Clinical Social Worker", "social_work", "independent"),
    (
        "WA",
        "LMFTA",
        "Licensed Marriage and Family Therapist Associate",
        "marriage_family",
        "candidate",
    ),
    ("WA", "LMFT", "Licensed Marriage and Family Therapist", "marriage_family", "independent"),
]

SPECIALTIES = [
    ("Trauma and PTSD", "clinical_issue"),
    ("Suicide and risk assessment", "clinical_issue"),
    ("Substance use and addictions", "clinical_issue"),
    ("Anxiety and OCD", "clinical_issue"),
    ("Grief and loss", "clinical_issue"),
    ("DBT", "modality"),
    ("CBT", "modality"),
    ("EMDR", "modality"),
    ("Family systems", "modality"),
    ("LGBTQIA+ clients", "population"),
    ("Older adults", "population"),
    ("Children and adolescents", "population"),
    ("Couples", "population"),
    ("Ethics and documentation", "professional_topic"),
    ("Licensure exam preparation", "professional_topic"),
    ("Supervisor development", "professional_topic"),
    ("Private practice development", "professional_topic"),
    ("Culturally responsive practice", "professional_topic"),
]

FAQ_CATEGORIES = ["Getting started", "Licensure and hours", "Fees and payment", "Online sessions"]

FAQS = [
    (
        "Getting started",
        "How do I choose a supervisor?",
        "<p>Start with a free consultation call or the matcher. We look at your state and "
        "license track first, then your schedule, your clinical interests and the supervision "
        "style you learn best with.</p>",
    ),
    (
        "Getting started",
        "What happens on the free consultation call?",
        "<p>A 20-minute conversation about where you are in your career, what you need from "
        "supervision and any board paperwork. You leave with a suggested supervisor and no "
        "obligation.</p>",
    ),
    (
        "Getting started",
        "Can I switch supervisors later?",
        "<p>Yes. Fit matters, and needs change. We help you change supervisors within the "
        "practice and transfer your documentation so no hours are lost.</p>",
    ),
    (
        "Licensure and hours",
        "Do your supervision hours count toward licensure?",
        "<p>Yes. Our supervisors meet the requirements of the boards we work with, and we "
        "provide signed logs and verification forms in the format your board asks for.</p>",
    ),
    (
        "Licensure and hours",
        "Does group supervision count?",
        "<p>In most cases, up to a limit set by your board. Each licensure path page lists "
        "the current limits and links to the rule it comes from.</p>",
    ),
    (
        "Licensure and hours",
        "Do you help with exam preparation?",
        "<p>Yes. Exam preparation can be part of individual supervision, and we run study "
        "groups before common testing windows.</p>",
    ),
    (
        "Fees and payment",
        "Do you offer a sliding scale?",
        "<p>A limited number of sliding-scale places open each quarter for clinicians working "
        "in community settings. The lowest fee for each service is listed in the price "
        "table.</p>",
    ),
    (
        "Fees and payment",
        "How do I pay?",
        "<p>By card or bank transfer, invoiced monthly. Agencies can be invoiced directly "
        "under a contract.</p>",
    ),
    (
        "Fees and payment",
        "What is your cancellation policy?",
        "<p>Sessions cancelled with 24 hours' notice are not charged. We understand "
        "emergencies happen and handle them case by case.</p>",
    ),
    (
        "Online sessions",
        "Which video platform do you use?",
        "<p>A HIPAA-compliant video platform that runs in your browser. You do not need an "
        "account or an app.</p>",
    ),
    (
        "Online sessions",
        "Can I be supervised online from another state?",
        "<p>It depends on your board. Colorado accepts supervision by video; Washington has "
        "its own rules for associates. We confirm the rules for your license on your "
        "consultation call.</p>",
    ),
]


def seed_taxonomy() -> None:
    states = {}
    for data in STATES:
        states[data["code"]], _ = State.objects.get_or_create(code=data["code"], defaults=data)
    for state, code, name, profession, level in LICENSE_TYPES:
        LicenseType.objects.get_or_create(
            state=states[state],
            code=code,
            defaults={"name": name, "profession": profession, "level": level},
        )
    for name, kind in SPECIALTIES:
        Specialty.objects.get_or_create(name=name, defaults={"kind": kind})
    categories = {}
    for order, name in enumerate(FAQ_CATEGORIES):
        categories[name], _ = FAQCategory.objects.get_or_create(
            name=name, defaults={"sort_order": order}
        )
    for order, (category, question, answer) in enumerate(FAQS):
        FAQ.objects.get_or_create(
            question=question,
            defaults={"answer": answer, "category": categories[category], "sort_order": order},
        )
