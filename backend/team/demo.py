"""Demo team: seven fictional sample supervisors with varied licenses, specialties,
styles and schedules, so that different matcher answers give different results.
Portraits are drawn locally. Idempotent."""

from __future__ import annotations

import datetime
import io

from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import Page

from core.demo.images import stored_image
from core.demo.pages import ensure_child
from taxonomy.models import LicenseType, Specialty
from team.models import MatchPage, TeamIndexPage, TeamMemberPage

VERIFIED = datetime.date(2026, 9, 1)

# (slug, name, pronouns, role, palette (background, skin, hair, shirt), short bio, bio,
#  licenses [(state, code, can_supervise)], specialties, settings, formats, accepting,
#  style (structure, direction, teaching), statement, model, years (licensed,
#  supervising), languages, availability [(weekday, "HH:MM", "HH:MM", tz)], fee notes)
MEMBERS = [
    (
        "maya-okafor",
        "Maya Okafor",
        "she/her",
        "founder",
        ((244, 222, 196), (141, 85, 36), (40, 30, 30), (178, 84, 48)),
        "Founder of the practice and an approved clinical supervisor who has guided more than "
        "sixty counselors to licensure.",
        "Maya started Firelight after a decade in community mental health, where she saw how "
        "much good supervision shaped new clinicians. She supervises LPC candidates and "
        "consults on trauma and risk. Her supervision is warm and practical: clear structure, "
        "honest feedback and a lot of curiosity about how you want to practise.",
        [("CO", "LPC", True), ("CO", "LAC", False)],
        ["Trauma and PTSD", "Suicide and risk assessment", "Ethics and documentation"],
        ["community_mental_health", "private_practice"],
        ["individual", "group", "online", "in_person"],
        True,
        (2, 3, 3),
        "I want you to leave each session clearer about your next step with a client.",
        "Integrated developmental model",
        (14, 9),
        "English",
        [(1, "13:00", "17:00", "America/Denver"), (3, "13:00", "17:00", "America/Denver")],
        "Sliding-scale places available for community clinicians.",
    ),
    (
        "daniel-reyes",
        "Daniel Reyes",
        "he/him",
        "supervisor",
        ((214, 232, 226), (198, 134, 66), (30, 25, 20), (44, 86, 96)),
        "LCSW supervisor for social work candidates, with a background in hospital and "
        "school social work.",
        "Daniel supervises social work candidates in Colorado and Washington. He spent eight "
        "years in hospital social work before moving into schools, and he brings a systems "
        "lens to every case. He is bilingual and supervises in English and Spanish.",
        [("CO", "LCSW", True), ("WA", "LICSW", True)],
        ["Children and adolescents", "Family systems", "Culturally responsive practice"],
        ["school", "agency"],
        ["individual", "dyad", "online"],
        True,
        (3, 4, 2),
        "Supervision is a conversation between colleagues, even when one of us is newer.",
        "Systems-oriented, strengths-based",
        (11, 6),
        "English, Spanish",
        [
            (0, "08:00", "12:00", "America/Denver"),
            (2, "08:00", "12:00", "America/Denver"),
            (4, "09:00", "12:00", "America/Denver"),
        ],
        "",
    ),
    (
        "priya-shah",
        "Priya Shah",
        "she/they",
        "supervisor",
        ((232, 222, 244), (170, 110, 70), (25, 20, 30), (120, 80, 130)),
        "DBT-trained counselor supervisor for Washington associates, focused on skills-based "
        "work with people in crisis.",
        "Priya supervises LMHC associates in Washington. Trained in dialectical behaviour "
        "therapy, she ran a DBT skills program for six years and loves helping new clinicians "
        "feel steady with high-risk clients.",
        [("WA", "LMHC", True)],
        ["DBT", "Suicide and risk assessment", "LGBTQIA+ clients"],
        ["agency", "private_practice"],
        ["individual", "group", "online"],
        True,
        (1, 2, 1),
        "I am structured and direct, and I will always tell you the why behind a skill.",
        "Competency-based supervision",
        (9, 4),
        "English, Gujarati",
        [
            (1, "17:00", "20:00", "America/Los_Angeles"),
            (3, "17:00", "20:00", "America/Los_Angeles"),
        ],
        "Evening group supervision runs twice a month.",
    ),
    (
        "sam-whitehorse",
        "Sam Whitehorse",
        "they/them",
        "supervisor",
        ((226, 236, 214), (160, 100, 60), (20, 20, 20), (60, 96, 60)),
        "Addiction and co-occurring disorders supervisor for LPC and LAC candidates in Colorado.",
        "Sam has worked in residential and outpatient addiction treatment for twelve years. "
        "They supervise counselors who want to work with substance use and co-occurring "
        "disorders, with a harm-reduction, relational approach.",
        [("CO", "LPC", True), ("CO", "LAC", True)],
        ["Substance use and addictions", "Trauma and PTSD", "Culturally responsive practice"],
        ["community_mental_health", "agency"],
        ["individual", "group", "in_person", "online"],
        True,
        (4, 5, 4),
        "Bring me the case you are least sure about: that is where we will learn the most.",
        "Relational, harm-reduction informed",
        (12, 7),
        "English",
        [(0, "12:00", "16:00", "America/Denver"), (2, "16:00", "19:00", "America/Denver")],
        "",
    ),
    (
        "helen-park",
        "Helen Park",
        "she/her",
        "consultant",
        ((240, 228, 214), (222, 180, 140), (60, 50, 45), (44, 60, 90)),
        "Consultant for licensed clinicians working with older adults, grief and caregiving "
        "families.",
        "Helen spent twenty years in geriatric mental health and hospice care. She offers "
        "consultation to licensed clinicians and supervision of supervision for new "
        "supervisors.",
        [("CO", "LMFT", True), ("CO", "LPC", False)],
        ["Older adults", "Grief and loss", "Supervisor development"],
        ["private_practice"],
        ["individual", "online"],
        False,
        (3, 4, 5),
        "I listen for what the case is teaching you about yourself as a clinician.",
        "Reflective practice model",
        (22, 15),
        "English, Korean",
        [(1, "09:00", "12:00", "America/Denver")],
        "Currently full; join the wait list on a consultation call.",
    ),
    (
        "jordan-ellis",
        "Jordan Ellis",
        "he/him",
        "supervisor",
        ((222, 230, 240), (230, 190, 160), (120, 80, 40), (40, 70, 110)),
        "Counselor supervisor for LPC candidates in private practice settings, with a focus "
        "on anxiety, OCD and exam preparation.",
        "Jordan supervises LPC candidates who are building a private-practice caseload. He is "
        "trained in exposure-based CBT for anxiety and OCD, and he runs study groups for the "
        "NCMHCE every spring and autumn.",
        [("CO", "LPC", True)],
        ["Anxiety and OCD", "CBT", "Licensure exam preparation", "Private practice development"],
        ["private_practice"],
        ["individual", "dyad", "group", "online", "in_person"],
        True,
        (2, 2, 2),
        "Clear goals, concrete feedback and a plan for the week ahead.",
        "Cognitive-behavioural supervision",
        (8, 3),
        "English",
        [(3, "17:00", "20:00", "America/Denver"), (5, "09:00", "12:00", "America/Denver")],
        "",
    ),
    (
        "rosa-delgado",
        "Rosa Delgado",
        "she/her",
        "supervisor",
        ((246, 226, 220), (176, 112, 80), (35, 25, 25), (150, 60, 70)),
        "EMDR-trained LICSW supervisor for Washington social work associates in community "
        "agencies.",
        "Rosa supervises social work associates in Washington community agencies. An EMDR "
        "consultant-in-training, she helps clinicians pace trauma work safely and look after "
        "themselves while they do it.",
        [("WA", "LICSW", True), ("WA", "LMHC", True)],
        ["Trauma and PTSD", "EMDR", "Couples"],
        ["community_mental_health", "agency"],
        ["individual", "group", "online"],
        True,
        (3, 5, 4),
        "We go at a pace that keeps both you and your clients safe.",
        "Trauma-informed developmental supervision",
        (10, 5),
        "English, Spanish",
        [
            (0, "10:00", "14:00", "America/Los_Angeles"),
            (2, "10:00", "14:00", "America/Los_Angeles"),
        ],
        "",
    ),
]


def draw_portrait(palette) -> bytes:
    """A friendly illustrated portrait: shoulders, a head and hair on a soft field."""
    background, skin, hair, shirt = palette
    size = 640
    image = PILImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse([80, 420, 560, 900], fill=shirt)  # shoulders
    draw.rectangle([270, 360, 370, 450], fill=skin)  # neck
    draw.ellipse([190, 120, 450, 400], fill=hair)  # hair behind
    draw.ellipse([210, 150, 430, 400], fill=skin)  # face
    draw.chord([200, 110, 440, 330], 180, 360, fill=hair)  # fringe
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def portrait(name: str, palette):
    return stored_image(
        f"Portrait of {name} (illustration)",
        f"Illustrated portrait of {name}",
        lambda: draw_portrait(palette),
        extension="png",
    )


def _time(value: str) -> datetime.time:
    hours, minutes = value.split(":")
    return datetime.time(int(hours), int(minutes))


def ensure_team(home: Page, title: str, intro: str) -> TeamIndexPage:
    index = ensure_child(
        home,
        TeamIndexPage(
            title=title, slug="team", intro=intro, show_in_menus=True, search_description=intro
        ),
    )
    for (
        slug,
        name,
        pronouns,
        role,
        palette,
        short_bio,
        bio,
        licenses,
        specialties,
        settings,
        formats,
        accepting,
        style,
        statement,
        model,
        years,
        languages,
        availability,
        fee_notes,
    ) in MEMBERS:
        if index.get_children().filter(slug=slug).exists():
            continue
        photo = portrait(name, palette)
        member = TeamMemberPage(
            title=name,
            slug=slug,
            pronouns=pronouns,
            role=role,
            photo=photo,
            photo_alt=f"Illustrated portrait of {name}",
            short_bio=short_bio,
            bio=f"<p>{bio}</p>",
            languages=languages,
            certifications="Approved clinical supervisor\nSample profile: fictional person",
            years_licensed=years[0],
            years_supervising=years[1],
            supervision_model=model,
            style_structure=style[0],
            style_direction=style[1],
            style_teaching=style[2],
            style_statement=statement,
            work_settings=settings,
            formats=formats,
            accepting_new=accepting,
            fee_notes=fee_notes,
            search_description=short_bio,
            social_image=photo,
        )
        for number, (state, code, can_supervise) in enumerate(licenses, start=1):
            member.licenses.add(
                member.licenses.model(
                    license_type=LicenseType.objects.get(state__code=state, code=code),
                    number=f"{code}.{state}-SAMPLE-{number:03d}",
                    can_supervise=can_supervise,
                    verified=VERIFIED,
                )
            )
        for weekday, start, end, zone in availability:
            member.availability.add(
                member.availability.model(
                    weekday=weekday,
                    start=_time(start),
                    end=_time(end),
                    time_zone=zone,
                )
            )
        index.add_child(instance=member)
        member.specialties.set(Specialty.objects.filter(name__in=specialties))
        member.save_revision().publish()
    return index


def ensure_match_page(home: Page, title: str, intro: str) -> MatchPage:
    return ensure_child(
        home,
        MatchPage(
            title=title,
            slug="find-a-supervisor",
            intro=intro,
            show_in_menus=True,
            search_description=intro,
        ),
    )
