"""Original demo content of Events & trainings: the training program, its three
trainings, and events dated relative to the day the demo is seeded (so upcoming events
stay upcoming). People named here are fictional sample people."""

SERIES = ("lunch-and-learns", "Lunch & Learns", "Free one-hour conversations for clinicians.")

PROGRAM = {
    "intro": (
        "A three-part program on keeping clients engaged, assessing risk with confidence "
        "and intervening safely, with continuing education credit for each training."
    ),
    "objectives": "\n".join(
        [
            "Recognise the early signs that a client may leave therapy, and respond to them",
            "Conduct and document a structured suicide risk assessment",
            "Build a safety plan together with a client and their supports",
            "Know when and how to consult, and what to write down",
        ]
    ),
    "price": "480.00",
    "price_note": "All three trainings; each can also be taken on its own.",
    "ce_approver": "the Colorado Counseling Association",
    "body": [
        "<p>The program is built for clinicians in their first years of practice and for the "
        "supervisors who guide them. Each training mixes short teaching segments with case "
        "discussion and practice in pairs, so that what you learn is usable the next day.</p>",
        "<p>Take the trainings in any order. Certificates of attendance are e-mailed within a "
        "week of each session.</p>",
    ],
    "related": [
        "why-clients-stop-coming-after-the-first-sessions",
        "safety-planning-as-a-collaboration",
    ],
}

TRAININGS = [
    {
        "slug": "client-retention",
        "title": "Client retention",
        "intro": (
            "Why clients leave after a few sessions, and what helps them stay: alliance, "
            "expectations and feedback."
        ),
        "objectives": [
            "Describe the research on early dropout and its most common causes",
            "Use a brief feedback measure at every session",
            "Repair a rupture in the working alliance",
        ],
        "modules": [
            (
                "Why clients leave",
                "1.5",
                "What the research says about dropout in the first "
                "five sessions, and the part expectations play.",
            ),
            (
                "Feedback-informed care",
                "2",
                "Brief session-by-session measures, how to "
                "introduce them and what to do with low scores.",
            ),
            (
                "Repairing ruptures",
                "2.5",
                "Recognising withdrawal and confrontation ruptures, with practice in pairs.",
            ),
        ],
        "ce_hours": "6",
        "price": "180.00",
        "related": ["why-clients-stop-coming-after-the-first-sessions"],
    },
    {
        "slug": "risk-assessment",
        "title": "Risk assessment",
        "intro": (
            "A structured, compassionate approach to assessing suicide risk, and documenting "
            "it clearly."
        ),
        "objectives": [
            "Ask about suicidal thoughts directly and without judgement",
            "Gather risk and protective factors in a structured interview",
            "Write a risk assessment note that a colleague can act on",
        ],
        "modules": [
            (
                "Asking the question",
                "1.5",
                "Language that opens the conversation, with examples and role play.",
            ),
            (
                "A structured interview",
                "2.5",
                "Ideation, intent, plan, access, history, and what protects the person.",
            ),
            (
                "Documentation",
                "2",
                "What to record, how to record your reasoning, and when to consult.",
            ),
        ],
        "ce_hours": "6",
        "price": "180.00",
        "related": ["documenting-suicide-risk-assessment", "safety-planning-as-a-collaboration"],
    },
    {
        "slug": "safety-intervention",
        "title": "Safety intervention",
        "intro": (
            "Safety planning with clients and their supports, means safety counselling and "
            "follow-up after a crisis."
        ),
        "objectives": [
            "Build a written safety plan together with a client",
            "Talk about reducing access to lethal means",
            "Plan follow-up contacts after a crisis",
        ],
        "modules": [
            (
                "Collaborative safety planning",
                "2",
                "The steps of a safety plan, written in the client's words.",
            ),
            (
                "Means safety",
                "1.5",
                "Counselling on access to lethal means, with families where the client agrees.",
            ),
            (
                "After the crisis",
                "2.5",
                "Caring contacts, coordination with other providers, and looking after yourself.",
            ),
        ],
        "ce_hours": "6",
        "price": "180.00",
        "related": [
            "safety-planning-as-a-collaboration",
            "staying-well-in-community-mental-health",
        ],
    },
]

# Events: days from the seed date, local times, and the rest. ``registered`` are demo
# registrations (fictional people), which take seats.
EVENTS = [
    {
        "slug": "lunch-and-learn-notes-that-protect",
        "title": "Lunch & Learn: Progress notes that protect you and your clients",
        "series": True,
        "days": 9,
        "start": "12:00",
        "end": "13:00",
        "zone": "America/Denver",
        "format": "online",
        "intro": (
            "A practical hour on writing progress notes that are clear, brief and useful, "
            "with examples you can adapt."
        ),
        "presenters": ["helen-park"],
        "audience": "Pre-licensed and newly licensed clinicians",
        "ce_hours": "1",
        "capacity": 80,
        "registered": 23,
        "licenses": ["LPCC", "LPC", "SWC", "LCSW"],
        "body": [
            "<p>Bring your lunch and your questions. We will look at three sample notes, talk "
            "about what each one tells a reader, and rewrite one together.</p>",
            "<p>Cameras are optional. The session is not recorded so that everyone can speak "
            "freely.</p>",
        ],
    },
    {
        "slug": "lunch-and-learn-supervision-across-state-lines",
        "title": "Lunch & Learn: Supervision across state lines",
        "series": True,
        "days": 30,
        "start": "11:00",
        "end": "12:00",
        "zone": "America/Los_Angeles",
        "format": "online",
        "intro": (
            "What Colorado and Washington boards accept when your supervisor practises in "
            "another state, and how to document it."
        ),
        "presenters": ["daniel-reyes", "priya-shah"],
        "audience": "Clinicians in Colorado and Washington",
        "ce_hours": "1",
        "capacity": None,
        "registered": 11,
        "licenses": ["LMHCA", "LMHC", "LPCC", "LPC"],
        "body": [
            "<p>Two of our supervisors, one in each state, walk through the rules as they "
            "stand and answer your questions. Bring your own situation: we keep examples "
            "anonymous.</p>",
        ],
    },
    {
        "slug": "risk-assessment-winter-session",
        "title": "Risk assessment: winter session",
        "series": False,
        "training": "risk-assessment",
        "days": 21,
        "start": "09:00",
        "end": "16:00",
        "zone": "America/Denver",
        "format": "hybrid",
        "venue": (
            "Firelight training room",
            "1550 Larimer Street, Suite 400",
            "Denver",
            "CO",
            "80202",
        ),
        "intro": (
            "A full-day session of the risk assessment training, in our Denver training room "
            "or online."
        ),
        "presenters": ["maya-okafor", "sam-whitehorse"],
        "audience": "Clinicians at any stage of licensure",
        "ce_hours": "6",
        "capacity": 12,
        "registered": 9,
        "tiers": [
            ("Standard", "180.00", ""),
            ("Pre-licensed", "140.00", "For candidates and associates working toward licensure."),
        ],
        "licenses": ["LPCC", "LPC", "SWC", "LCSW", "MFTC", "LMFT"],
        "body": [
            "<p>We keep the group small so that everyone practises. Lunch is provided in the "
            "training room; online participants join the same discussions in breakout "
            "rooms.</p>",
        ],
    },
    {
        "slug": "client-retention-evening-cohort",
        "title": "Client retention: evening cohort",
        "series": False,
        "training": "client-retention",
        "days": 14,
        "start": "17:30",
        "end": "20:30",
        "end_days": 0,
        "zone": "America/Denver",
        "format": "online",
        "intro": (
            "Three hours of the client retention training in one evening, online. This cohort "
            "is full; "
            "the next one will be announced here."
        ),
        "presenters": ["jordan-ellis"],
        "audience": "Clinicians in their first five years of practice",
        "ce_hours": "3",
        "capacity": 8,
        "registered": 8,
        "waitlist": False,
        "tiers": [("Standard", "90.00", "Feedback-informed care and repairing ruptures.")],
        "licenses": ["LPCC", "LPC", "LMHCA", "LMHC"],
        "body": [
            "<p>A three-hour evening with a small group. You leave with a brief feedback "
            "measure to try with one client, and an invitation to a follow-up consultation "
            "call to talk about what happened.</p>",
        ],
    },
    {
        "slug": "lunch-and-learn-caring-for-yourself",
        "title": "Lunch & Learn: Caring for yourself while caring for clients",
        "series": True,
        "days": -20,
        "start": "12:00",
        "end": "13:00",
        "zone": "America/Denver",
        "format": "online",
        "intro": (
            "A gentle hour on noticing compassion fatigue early and building small, "
            "sustainable habits of rest."
        ),
        "presenters": ["rosa-delgado"],
        "audience": "Every clinician",
        "ce_hours": "1",
        "capacity": 100,
        "registered": 41,
        "licenses": [],
        "recording": "https://www.example.com/recordings/caring-for-yourself",
        "body": [
            "<p>Thank you to everyone who joined. The recording and the handout of simple "
            "check-in questions are available to everyone.</p>",
        ],
    },
]

FIRST_NAMES = [
    "Avery",
    "Blake",
    "Casey",
    "Dana",
    "Emerson",
    "Finley",
    "Harper",
    "Jamie",
    "Kai",
    "Logan",
    "Morgan",
    "Noel",
    "Parker",
    "Quinn",
    "Reese",
    "Rowan",
    "Sage",
    "Skyler",
    "Taylor",
    "Tatum",
]
LAST_NAMES = [
    "Abbott",
    "Bishop",
    "Castillo",
    "Dawson",
    "Ellison",
    "Fraser",
    "Gallagher",
    "Hughes",
    "Ibarra",
    "Jensen",
    "Kimura",
    "Lindqvist",
    "Moreno",
    "Nakamura",
    "Okoye",
    "Petrov",
]
