"""Text of the demo site. Every person named here is a fictional sample person."""

from __future__ import annotations

# The top-level sections, in menu order: (slug, title, show_in_menus, intro, body
# paragraphs, children). Sections in ``seed_demo.APP_SECTIONS`` are built by their app
# with its own page types (and children); core builds the rest as standard pages.
# Body paragraphs may contain [[/path/|link text]], turned into internal page links.
SECTIONS = [
    (
        "supervision",
        "Supervision",
        True,
        "Clinical supervision for therapists working toward licensure in Colorado, "
        "Washington and beyond — individually, in small groups, online or in person.",
        [
            "Supervision is where your clinical judgement takes shape. Our supervisors hold "
            "the credentials your state board requires, and they also know what it feels "
            "like to carry a full caseload while logging hours. Every arrangement starts "
            "with a free consultation call so you can find the right fit.",
            "Not sure which format suits you? Compare [[/supervision/individual/|individual "
            "supervision]] with [[/supervision/group/|group supervision]], or "
            "[[/find-a-supervisor/|let us suggest a supervisor]] based on your goals.",
        ],
        [],
    ),
    (
        "clinical-consultation",
        "Clinical consultation",
        True,
        "Consultation for licensed clinicians who want a thoughtful colleague for complex "
        "cases, specialised populations and their own growth as supervisors.",
        [
            "Licensure is a milestone, not the end of learning. Consultation gives licensed "
            "therapists a space to think through risk, ethics and treatment planning with "
            "an experienced colleague — without the reporting requirements of supervision.",
        ],
        [],
    ),
    (
        "locations",
        "Locations",
        True,
        "We supervise and consult in person along Colorado's Front Range and online "
        "across the states where our supervisors are licensed.",
        [
            "Each state sets its own path to licensure. Choose your state to see the license "
            "tracks we support and how online supervision works there."
        ],
        [],
    ),
    (
        "team",
        "Our team",
        True,
        "Experienced, warm supervisors and consultants with a wide range of specialties, "
        "styles and schedules.",
        [
            "Every supervisor on our team is licensed in the states they serve and trained as "
            "a clinical supervisor. Read their profiles, or [[/find-a-supervisor/|use the "
            "matcher]] to see who fits your needs best."
        ],
        [
            (
                "free-phone-consultation",
                "Free phone consultation",
                "Tell us a little about where you are in your career and we will call you to "
                "talk through your options — free, and with no obligation.",
            ),
        ],
    ),
    (
        "find-a-supervisor",
        "Find a supervisor",
        True,
        "Answer a few questions about your state, license, schedule and interests, and we "
        "will suggest the supervisors who fit you best.",
        [
            "The matcher looks at licensure requirements first, then at your schedule, "
            "specialties and the supervision style you prefer."
        ],
        [],
    ),
    (
        "fees-and-faqs",
        "Fees & FAQs",
        True,
        "Clear, published prices for supervision and consultation, and answers to the "
        "questions we hear most.",
        [
            "Our fees are the same for every supervisor on the team. A limited number of "
            "sliding-scale places are available each quarter for clinicians in community "
            "settings."
        ],
        [],
    ),
    (
        "events-and-trainings",
        "Events & trainings",
        True,
        "Free Lunch & Learns and a clinical training program that earns continuing "
        "education credit.",
        [
            "Our trainings are practical, inclusive and grounded in current research. Most "
            "are online so you can join from anywhere."
        ],
        [
            (
                "lunch-and-learns",
                "Lunch & Learns",
                "Free one-hour conversations on practical topics, open to every clinician.",
            ),
            (
                "clinical-training-program",
                "Clinical training program",
                "A three-part program on client retention, risk assessment and safety "
                "intervention, with continuing education credit.",
            ),
        ],
    ),
    (
        "blog",
        "Blog",
        True,
        "Articles for therapists on supervision, licensure, risk assessment and building "
        "a sustainable practice.",
        [],
        [],
    ),
    (
        "contact",
        "Contact",
        True,
        "Questions about supervision, consultation or trainings? We would love to hear from you.",
        [
            "We answer messages within one business day. For a longer conversation, "
            "[[/team/free-phone-consultation/|request a free phone consultation]]."
        ],
        [
            (
                "work-with-us",
                "Work with us",
                "We are always glad to meet licensed supervisors who share our values. Tell us "
                "about your experience.",
            ),
        ],
    ),
]

HOME = {
    "title": "Home",
    "seo_title": "Firelight — Clinical supervision and consultation for therapists",
    "search_description": (
        "Clinical supervision toward licensure and consultation for licensed therapists in "
        "Colorado, Washington and beyond. Start with a free consultation call."
    ),
    "hero_heading": "Supervision that helps you become the clinician you want to be",
    "hero_text": (
        "Firelight pairs pre-licensed and licensed therapists with experienced, warm "
        "supervisors — matched to your state, your schedule and the way you learn best."
    ),
    "hero_primary_label": "Get started with a free consultation call",
    "hero_secondary_label": "Find your best-fit supervisor",
}

HOME_INTRO = (
    "We are a small practice of licensed clinical supervisors and consultants. We believe "
    "good supervision is collaborative, culturally responsive and practical: it should "
    "leave you more confident on Monday morning, not just closer to your hours. Read "
    "[[/supervision/|how supervision works with us]], or browse our "
    "[[/fees-and-faqs/|fees and frequently asked questions]]."
)

HOME_QUOTE = {
    "text": (
        "I came to supervision worried about getting everything right. I left each session "
        "with a clearer plan for my clients and more trust in my own judgement."
    ),
    "attribution": "Jordan Reyes (sample supervisee)",
    "role": "LPC candidate, Denver",
}

HOME_FAQS = [
    (
        "Do your supervision hours count toward licensure?",
        "Yes. Our supervisors meet the requirements of the state boards we work with, and we "
        "provide the documentation your board asks for.",
    ),
    (
        "Can I be supervised online?",
        "In most cases, yes. Colorado and Washington both allow supervision by secure video; "
        "we will confirm the rules for your license type on your consultation call.",
    ),
    (
        "How do I choose a supervisor?",
        "Start with a free consultation call or try the matcher. We look at your state, "
        "license track, schedule, specialties and the supervision style you prefer.",
    ),
]

FOOTER_TEXT = (
    "<p>All are welcome here. We support clinicians of every race, ethnicity, gender "
    "identity, sexual orientation, faith, body and ability. Serving Colorado and "
    "Washington, in person and online.</p>"
)
