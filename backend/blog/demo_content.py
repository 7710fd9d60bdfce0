"""Demo blog content for Firelight Clinical Supervision.

Pure data, written for this project: six categories, one fictional guest writer, a dozen posts
by the sample team (newest first) and a handful of reader comments. Every person named here is
fictional. Rich text may contain internal links as ``[[/path/|link text]]``, which the seeding
code converts into page links. ``_self_check()`` asserts the rules the seeding code and the site
rely on; it is not run at import.
"""

import datetime
import re

# (slug, name, description)
CATEGORIES = [
    (
        "supervision",
        "Supervision",
        (
            "How good supervision works, what to expect from it and how to get the most out of it "
            "at every stage of your career."
        ),
    ),
    (
        "licensure",
        "Licensure",
        (
            "Plain-language orientation to licensure paths in Colorado and Washington, always "
            "pointing you back to the boards for current rules."
        ),
    ),
    (
        "risk-assessment",
        "Risk assessment",
        (
            "Careful, consultation-minded writing on suicide risk assessment, safety planning and "
            "documentation."
        ),
    ),
    (
        "client-retention",
        "Client retention",
        (
            "What helps clients stay in therapy long enough to benefit, from the first session "
            "onwards."
        ),
    ),
    (
        "inclusive-practice",
        "Inclusive practice",
        (
            "Cultural humility, LGBTQIA+-affirming care and supervision where every clinician's "
            "whole self is welcome."
        ),
    ),
    (
        "sustainable-practice",
        "Sustainable practice",
        (
            "Looking after the clinician: burnout, boundaries and building a career you can keep "
            "doing well."
        ),
    ),
]


# (slug, name, bio)
GUEST_AUTHORS = [
    (
        "tessa-marlowe",
        "Tessa Marlowe",
        (
            "Tessa Marlowe is a fictional licensed marriage and family therapist and writer based "
            "in Spokane, Washington. She runs a small group practice and has facilitated peer "
            "consultation groups for early-career clinicians for most of her career. She writes "
            "for Firelight as a guest."
        ),
    ),
]


# Newest first. Body blocks: ("rich_text", html), ("heading", text) or
# ("quote", {"text", "attribution", "role"}). "author" is a team member slug or
# "guest:<slug>" from GUEST_AUTHORS.
POSTS = [
    {
        "slug": "what-is-relationship-based-clinical-supervision",
        "title": "What is relationship-based clinical supervision?",
        "date": "2026-11-18",
        "author": "maya-okafor",
        "categories": [
            "supervision",
        ],
        "tags": [
            "supervisory alliance",
            "new clinicians",
        ],
        "intro": (
            "Good supervision is more than signing off hours. What we mean by relationship-based "
            "supervision, why it matters for new clinicians, and what it looks like week to week."
        ),
        "hero_alt": (
            "Abstract illustration of two overlapping warm circles glowing on a soft orange "
            "gradient"
        ),
        "palette": "ember",
        "body": [
            (
                "rich_text",
                (
                    "<p>When clinicians tell me about the supervision that changed them, they "
                    "rarely mention a technique. They talk about a supervisor who was curious "
                    "about them, who noticed when they were struggling, and who made it safe to "
                    "say, 'I don't know what I'm doing with this client.' That is the heart of "
                    "relationship-based supervision: the supervisory relationship itself is the "
                    "main tool for learning.</p><p>We use the phrase a lot at Firelight, so it "
                    "seems fair to explain what we mean by it and what you can expect if you "
                    "[[/supervision/individual/|work with one of our supervisors]].</p>"
                ),
            ),
            (
                "heading",
                "The relationship is the curriculum",
            ),
            (
                "rich_text",
                (
                    "<p>Every supervisor teaches skills, ethics and documentation. Those matter, "
                    "and we cover them carefully. But clinicians learn fastest when they can bring "
                    "their real work into the room, including the sessions that went sideways. "
                    "That only happens when trust is in place.</p><p>So we spend time early on "
                    "getting to know how you learn, what you hope to get from supervision, and "
                    "what has and has not worked for you before. We also talk openly about the "
                    "power difference between us. A supervisor signs off on your hours, and that "
                    "shapes what feels safe to share. Naming it does not make it disappear, but it "
                    "does make it easier to work with.</p>"
                ),
            ),
            (
                "heading",
                "What it looks like week to week",
            ),
            (
                "rich_text",
                (
                    "<ul><li><strong>You set much of the agenda.</strong> We start with the cases "
                    "and questions that are alive for you, not a fixed script.</li><li><strong>We "
                    "notice parallel process.</strong> What happens between you and a client often "
                    "shows up between you and your supervisor. Spotting it is useful, not "
                    "embarrassing.</li><li><strong>Feedback goes both ways.</strong> We ask "
                    "regularly how supervision is working for you, and we "
                    "adjust.</li><li><strong>Ruptures get repaired.</strong> If something I say "
                    "lands badly, I want to hear about it. Working through that together is some "
                    "of the best modelling we can offer for your own client work.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The first time I admitted I'd frozen in a session, my supervisor didn't "
                        "rush to fix it. She asked what I'd noticed in my body. That question "
                        "changed how I sit with clients."
                    ),
                    "attribution": "Alex",
                    "role": "LPC candidate",
                },
            ),
            (
                "heading",
                "Structure still matters",
            ),
            (
                "rich_text",
                (
                    "<p>Relationship-based does not mean unstructured. You will still review risk, "
                    "track your hours, talk through documentation and prepare for licensure. The "
                    "difference is that structure serves the relationship rather than replacing "
                    "it. A clear plan for each session and honest, specific feedback are part of "
                    "what makes a supervisor trustworthy.</p><p>If you are choosing a supervisor, "
                    "pay attention to how the first conversation feels. Do you leave a little more "
                    "confident? Could you imagine telling this person about a mistake? Our "
                    "[[/find-a-supervisor/|supervisor matcher]] is a good place to start, and "
                    "[[/blog/what-to-bring-to-your-first-supervision-session/|our first-session "
                    "checklist]] will help you arrive prepared.</p>"
                ),
            ),
        ],
        "related": [
            "what-to-bring-to-your-first-supervision-session",
            "what-group-supervision-offers",
        ],
    },
    {
        "slug": "safety-planning-as-a-collaboration",
        "title": "Safety planning as a collaboration, not a form",
        "date": "2026-10-27",
        "author": "priya-shah",
        "categories": [
            "risk-assessment",
        ],
        "tags": [
            "safety planning",
            "suicide risk",
            "consultation",
        ],
        "intro": (
            "A safety plan works best when the client helps write it. How to make safety planning "
            "a shared, practical conversation, and where supervision and consultation come in."
        ),
        "hero_alt": (
            "Abstract illustration of a soft violet gradient with a single warm glow rising over "
            "layered hills"
        ),
        "palette": "dusk",
        "body": [
            (
                "rich_text",
                (
                    "<p>A safety plan can be a lifeline, or it can be a piece of paper that ends "
                    "up in a drawer. The difference usually has less to do with the template and "
                    "more to do with how it was made. When a client builds the plan with you, in "
                    "their own words, it is far more likely to be something they remember and "
                    "use.</p><p>As always, follow your training and your agency's policies, and "
                    "consult when you are unsure. This post is about the spirit of the "
                    "conversation, not a protocol.</p>"
                ),
            ),
            (
                "heading",
                "Start with the client's experience",
            ),
            (
                "rich_text",
                (
                    "<p>Before filling in any sections, it helps to understand how a crisis tends "
                    "to unfold for this person. What happens first? What do they notice in their "
                    "thoughts, body or behaviour? Gently exploring a recent difficult moment, at a "
                    "pace that feels manageable, often surfaces warning signs the client has never "
                    "put into words. It also tells them you are interested in their experience, "
                    "not just in completing a form.</p>"
                ),
            ),
            (
                "heading",
                "Build it together",
            ),
            (
                "rich_text",
                (
                    "<p>Most safety planning approaches cover similar ground:</p><ul><li>Personal "
                    "warning signs that a crisis may be building.</li><li>Things the client can do "
                    "on their own to get through a hard moment.</li><li>People and places that "
                    "offer distraction or connection.</li><li>People they can ask for help, and "
                    "how to reach them.</li><li>Professional and crisis contacts, including the "
                    "988 Suicide and Crisis Lifeline (call or text 988 in the US).</li><li>Steps "
                    "to make their surroundings safer, worked out together.</li></ul><p>Use the "
                    "client's language. 'Text my sister and watch cooking videos' is more useful "
                    "than 'engage in distraction techniques'. Ask how likely they are to use each "
                    "step, and what might get in the way. Where a step feels unrealistic, change "
                    "it together rather than leaving it in.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "My client typed her plan into her phone and called it her hard-night "
                        "list. She actually used it, because it was hers."
                    ),
                    "attribution": "Sofia",
                    "role": "LMHC associate",
                },
            ),
            (
                "heading",
                "Keep it alive, and keep consulting",
            ),
            (
                "rich_text",
                (
                    "<p>A plan written once and never revisited soon goes stale. Phone numbers "
                    "change, relationships shift and new coping strategies emerge. Return to it in "
                    "later sessions, especially after a difficult week, and ask what helped and "
                    "what did not.</p><p>Safety planning with a client in distress is demanding "
                    "work, and nobody should carry it alone. Talk it through with your supervisor, "
                    "and record the plan and any consultation in line with your agency's policy. "
                    "Our post on [[/blog/documenting-suicide-risk-assessment/|documenting suicide "
                    "risk assessment]] covers the record-keeping side, and our "
                    "[[/clinical-consultation/risk-assessment/|risk assessment consultation]] is "
                    "there when you want a second set of eyes.</p>"
                ),
            ),
        ],
        "related": [
            "documenting-suicide-risk-assessment",
        ],
    },
    {
        "slug": "preparing-for-the-colorado-licensure-path",
        "title": "Preparing for the Colorado LPC and LCSW licensure path",
        "date": "2026-10-07",
        "author": "jordan-ellis",
        "categories": [
            "licensure",
        ],
        "tags": [
            "colorado",
            "supervised hours",
            "new clinicians",
        ],
        "intro": (
            "Licensure in Colorado can feel like a maze. A calm overview of the broad stages, the "
            "paperwork habits that help, and where to check the current rules."
        ),
        "hero_alt": (
            "Abstract illustration of a winding pale path crossing teal and sand-coloured bands of "
            "colour"
        ),
        "palette": "dawn",
        "body": [
            (
                "rich_text",
                (
                    "<p>Every few weeks someone tells me they feel lost on the way to licensure. "
                    "They have finished their degree, found a job, and are now staring at forms, "
                    "acronyms and hour logs. If that is you, you are in good company. The path is "
                    "manageable once you can see its shape.</p><p>A note before we start: "
                    "licensing rules change, and the details depend on your profession and your "
                    "history. Always check current requirements with DORA and the relevant "
                    "Colorado board. Nothing here replaces their guidance.</p>"
                ),
            ),
            (
                "heading",
                "The broad shape of the path",
            ),
            (
                "rich_text",
                (
                    "<p>For counselors and social workers alike, the path usually includes the "
                    "same broad stages:</p><ol><li>Completing a qualifying graduate "
                    "degree.</li><li>Obtaining the appropriate pre-licensure registration or "
                    "credential before you start counting post-degree experience.</li><li>Building "
                    "supervised clinical experience with a qualified supervisor, over a period the "
                    "board sets.</li><li>Passing the required examinations, including any "
                    "Colorado-specific requirements.</li><li>Applying for full licensure with your "
                    "documentation in order.</li></ol><p>The numbers, timelines and exams differ "
                    "between the LPC and LCSW tracks and can change, so look them up rather than "
                    "relying on a colleague's memory of how it worked for them.</p>"
                ),
            ),
            (
                "heading",
                "Habits that save you later",
            ),
            (
                "rich_text",
                (
                    "<ul><li><strong>Log hours weekly.</strong> Reconstructing a year of hours "
                    "from memory is stressful and error-prone.</li><li><strong>Keep copies of "
                    "everything.</strong> Supervision agreements, verification forms and "
                    "certificates belong in a folder you control, not only in your employer's "
                    "system.</li><li><strong>Confirm your supervisor's qualifications</strong> for "
                    "your track at the start, not at the end.</li><li><strong>Ask early about "
                    "gaps.</strong> If you change jobs or take leave, talk with your supervisor "
                    "about how it affects your plan.</li></ul><p>It also helps to know who to ask. "
                    "Your supervisor can help you think the process through, but the board is the "
                    "authority on what counts. If a question could affect whether your hours are "
                    "accepted, put it to the board directly and keep a note of the answer and the "
                    "date.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The best thing I did was put a fifteen-minute hours check in my calendar "
                        "every Friday. When I applied, everything was already there."
                    ),
                    "attribution": "Marcus",
                    "role": "Newly licensed counselor",
                },
            ),
            (
                "heading",
                "Where supervision fits",
            ),
            (
                "rich_text",
                (
                    "<p>Supervision during this stage is about more than signatures. It is where "
                    "you grow into the clinician you will be once you are licensed, so bring "
                    "questions about ethics, documentation and exam preparation as well as "
                    "cases.</p><p>We run free walkthroughs of both tracks: see "
                    "[[/events-and-trainings/path-to-lpc-in-colorado/|the path to LPC in "
                    "Colorado]] and [[/events-and-trainings/path-to-lcsw-in-colorado/|the path to "
                    "LCSW in Colorado]]. If you are not sure which supervisor suits your track, a "
                    "[[/team/free-phone-consultation/|free phone consultation]] is a good first "
                    "step.</p>"
                ),
            ),
        ],
        "related": [
            "what-to-bring-to-your-first-supervision-session",
            "practising-across-state-lines",
        ],
    },
    {
        "slug": "lgbtqia-affirming-practice-in-supervision",
        "title": "Bringing LGBTQIA+-affirming practice into supervision",
        "date": "2026-09-16",
        "author": "priya-shah",
        "categories": [
            "inclusive-practice",
            "supervision",
        ],
        "tags": [
            "lgbtqia+ affirming",
            "cultural humility",
            "supervisory alliance",
        ],
        "intro": (
            "Affirming care is learned, practised and revisited. How supervision can help "
            "clinicians grow in LGBTQIA+-affirming practice, including when the learning edge is "
            "our own."
        ),
        "hero_alt": (
            "Abstract illustration of several soft circles in green and gold overlapping on a "
            "meadow-toned gradient"
        ),
        "palette": "meadow",
        "body": [
            (
                "rich_text",
                (
                    "<p>Many clinicians come to supervision already committed to affirming "
                    "LGBTQIA+ clients. Commitment is a good start. What supervision adds is a "
                    "place to look at the details: the intake form that only offers two boxes, the "
                    "assumption that slipped into a question, the moment a client tested whether "
                    "it was safe to mention a partner.</p><p>Affirming practice matters for "
                    "clinicians too. Supervisees who are LGBTQIA+ deserve supervision where they "
                    "do not have to hide parts of their lives to be taken seriously, and where "
                    "their insight is valued without being taken for granted.</p>"
                ),
            ),
            (
                "heading",
                "Affirming is a practice, not a label",
            ),
            (
                "rich_text",
                (
                    "<p>Affirming care is less about a single training and more about habits built "
                    "over time. In supervision, that can look like:</p><ul><li>Reviewing intake "
                    "paperwork and notes for language that assumes gender, orientation or family "
                    "structure.</li><li>Practising how to ask about names and pronouns naturally, "
                    "and how to recover gracefully when you get something wrong.</li><li>Keeping a "
                    "client's identity separate from the reason they came to therapy, unless they "
                    "connect the two.</li><li>Noticing the impact of minority stress without "
                    "making it the whole story.</li></ul>"
                ),
            ),
            (
                "heading",
                "When the learning edge is yours",
            ),
            (
                "rich_text",
                (
                    "<p>Supervision is also a place to explore your own reactions. Perhaps you "
                    "grew up somewhere these conversations did not happen. Perhaps you are queer "
                    "yourself and some client stories land close to home. Both are ordinary, and "
                    "both deserve space. A good supervisor meets you with curiosity rather than "
                    "judgement, and helps you tell the difference between a gap in knowledge and "
                    "something that calls for more personal reflection.</p><p>It can also help to "
                    "notice where a question comes from. Is it serving the client's goals, or your "
                    "own curiosity? Supervision is a good place to sort that out before it reaches "
                    "the therapy room.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "My supervisor asked whether I felt safe being out at my agency. Nobody "
                        "had ever asked. It changed what I could bring to our sessions."
                    ),
                    "attribution": "Riley",
                    "role": "LMHC associate",
                },
            ),
            (
                "heading",
                "Supervisors have homework too",
            ),
            (
                "rich_text",
                (
                    "<p>Supervisors shape what feels discussable. That means naming our own "
                    "identities and blind spots where it helps, keeping our knowledge current, and "
                    "making it clear that questions about gender and sexuality are welcome, "
                    "including clumsy ones. It also means taking care not to turn supervisees who "
                    "are LGBTQIA+ into the team's unpaid educators.</p><p>If you would like "
                    "focused support with a case, our [[/clinical-consultation/lgbtqia/|LGBTQIA+ "
                    "consultation]] is open to licensed clinicians and candidates. You might also "
                    "like [[/blog/cultural-humility-in-supervision/|Daniel's post on cultural "
                    "humility in supervision]].</p>"
                ),
            ),
        ],
        "related": [
            "cultural-humility-in-supervision",
        ],
    },
    {
        "slug": "why-clients-stop-coming-after-the-first-sessions",
        "title": "Why clients stop coming after the first few sessions",
        "date": "2026-08-26",
        "author": "sam-whitehorse",
        "categories": [
            "client-retention",
        ],
        "tags": [
            "early dropout",
            "therapeutic alliance",
            "client feedback",
            "new clinicians",
        ],
        "intro": (
            "Early dropout is common and rarely personal. What tends to drive it, and the small "
            "changes in the first sessions that help clients decide to come back."
        ),
        "hero_alt": (
            "Abstract illustration of flowing blue and silver bands like a river, with a warm "
            "light on the horizon"
        ),
        "palette": "river",
        "body": [
            (
                "rich_text",
                (
                    "<p>Almost every clinician knows the feeling: a promising first session, a "
                    "second appointment in the calendar, and then silence. It is easy to take it "
                    "personally, or to decide the client simply was not ready. Sometimes that is "
                    "true. Often, though, there are things in the first few sessions that we can "
                    "shape.</p>"
                ),
            ),
            (
                "heading",
                "What tends to get in the way",
            ),
            (
                "rich_text",
                (
                    "<p>Clients leave early for many reasons, and not all of them are about us. "
                    "Cost, work schedules, transport and childcare all play a part. But some "
                    "patterns come up again and again when we talk with "
                    "supervisees:</p><ul><li>The client was unsure what therapy would involve, or "
                    "how it would help with the thing that brought them in.</li><li>The first "
                    "sessions felt like paperwork rather than help.</li><li>The client did not "
                    "feel understood, and did not feel able to say so.</li><li>Goals were vague, "
                    "so progress was hard to notice.</li><li>Cultural or identity differences went "
                    "unnamed, and the client quietly concluded this was not the place for "
                    "them.</li></ul>"
                ),
            ),
            (
                "heading",
                "Small changes that help",
            ),
            (
                "rich_text",
                (
                    "<p><strong>Offer something useful in the first session.</strong> Even while "
                    "gathering history, leave room for a moment of relief: a reflection that "
                    "lands, a small idea to try, a clear sense of what comes "
                    "next.</p><p><strong>Explain how therapy works.</strong> Say what you will do "
                    "together and what it might feel like along the way. Uncertainty is a quiet "
                    "reason people leave.</p><p><strong>Ask for feedback, and mean it.</strong> A "
                    "brief check at the end of each session, such as 'What was useful today, and "
                    "what wasn't?', gives clients permission to tell you before they stop coming. "
                    "Some clinicians use short structured feedback measures; others simply "
                    "ask.</p><p><strong>Agree goals in the client's words.</strong> Revisit them "
                    "every few weeks so progress becomes visible to both of you.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I started ending every session by asking what I'd missed. Clients started "
                        "telling me, and far fewer of them disappeared."
                    ),
                    "attribution": "Dana",
                    "role": "Addiction counselor candidate",
                },
            ),
            (
                "heading",
                "Bring it to supervision",
            ),
            (
                "rich_text",
                (
                    "<p>Dropout is a rich supervision topic because patterns only show up over "
                    "time. Looking across a few months of clients with your supervisor can reveal "
                    "a theme, perhaps a certain kind of client or a stage of treatment where "
                    "people tend to leave. That is information, not a verdict on your "
                    "skill.</p><p>Where your agency's policies allow, it can also help to reach "
                    "out to clients who stop coming. A short, warm message that leaves the door "
                    "open respects their choice, and sometimes brings people back when the timing "
                    "is better.</p><p>If you would like to think this through with someone, you "
                    "can talk with [[/team/sam-whitehorse/|Sam]] or any of our supervisors through "
                    "[[/supervision/individual/|individual supervision]].</p>"
                ),
            ),
        ],
        "related": [
            "what-is-relationship-based-clinical-supervision",
        ],
    },
    {
        "slug": "what-group-supervision-offers",
        "title": "What group supervision gives you that one-to-one can't",
        "date": "2026-07-29",
        "author": "guest:tessa-marlowe",
        "categories": [
            "supervision",
        ],
        "tags": [
            "group supervision",
            "peer learning",
            "new clinicians",
        ],
        "intro": (
            "Guest writer Tessa Marlowe on why a good supervision group can become one of the most "
            "useful rooms in a clinician's week."
        ),
        "hero_alt": (
            "Abstract illustration of a ring of small glowing circles around a larger warm one on "
            "a deep amber gradient"
        ),
        "palette": "ember",
        "body": [
            (
                "rich_text",
                (
                    "<p>When I was a new associate, I assumed group supervision was the budget "
                    "version of the real thing: less time, less attention, more people. I was "
                    "wrong. Some of the most important learning of my early career happened in a "
                    "circle of six clinicians on a Thursday evening. We met for ninety minutes, "
                    "brought a case or two each, and usually left with far more than we came in "
                    "with.</p>"
                ),
            ),
            (
                "heading",
                "Many ways to see one case",
            ),
            (
                "rich_text",
                (
                    "<p>In one-to-one supervision you get one experienced perspective on your "
                    "work. In a group you get several, and they do not always agree. That "
                    "disagreement is a gift. Hearing a colleague with a different training or life "
                    "experience respond to your case opens possibilities you would not have found "
                    "alone, and it teaches you that there is rarely one right answer in this "
                    "work.</p><p>Listening to a peer present a client you will never meet is "
                    "surprisingly useful too. You hear how someone else thinks through a dilemma, "
                    "and you file it away. Months later, when something similar turns up in your "
                    "own office, you recognise it. A group widens your experience far faster than "
                    "your own caseload can.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Hearing someone else say 'I felt stuck too' did more for my confidence "
                        "than any amount of reassurance."
                    ),
                    "attribution": "Noor",
                    "role": "Social work associate",
                },
            ),
            (
                "heading",
                "Less alone with the hard parts",
            ),
            (
                "rich_text",
                (
                    "<p>Clinical work can be isolating, especially in private practice or a small "
                    "agency. A steady group becomes a place where the hard parts of the job are "
                    "normal: the client who did not come back, the risk assessment that kept you "
                    "awake, the session where you said the wrong thing. Shame shrinks when it is "
                    "shared with people who understand. It was also where I first learned that "
                    "experienced clinicians still feel unsure sometimes, which was an enormous "
                    "relief.</p>"
                ),
            ),
            (
                "heading",
                "What makes a group work",
            ),
            (
                "rich_text",
                (
                    "<ul><li>A skilled facilitator who keeps the space safe and makes sure quieter "
                    "members are heard.</li><li>Clear agreements about confidentiality, feedback "
                    "and attendance.</li><li>A simple structure for presenting cases, so time is "
                    "shared fairly.</li><li>Enough stability in membership for trust to "
                    "build.</li></ul><p>It helps to arrive ready to contribute, too. Bring a clear "
                    "question with your case, not just the story, and be as generous with your "
                    "attention to other people's cases as you hope they will be with yours. A "
                    "group gives back what its members put in.</p><p>If you are curious, "
                    "Firelight's [[/supervision/group/|group supervision]] runs in small, "
                    "consistent cohorts. Check with your supervisor and your board about how group "
                    "hours count toward licensure, because the rules vary by state and "
                    "profession.</p>"
                ),
            ),
        ],
        "related": [
            "what-is-relationship-based-clinical-supervision",
            "supervising-the-supervisor",
        ],
    },
    {
        "slug": "documenting-suicide-risk-assessment",
        "title": "Documenting suicide risk assessment: the basics",
        "date": "2026-06-24",
        "author": "maya-okafor",
        "categories": [
            "risk-assessment",
        ],
        "tags": [
            "suicide risk",
            "documentation",
            "consultation",
        ],
        "intro": (
            "Clear risk documentation supports clients and clinicians alike. A plain-language "
            "guide to what a good risk note usually includes, and why consultation belongs in the "
            "record."
        ),
        "hero_alt": (
            "Abstract illustration of a calm lavender gradient with two soft rose-coloured circles "
            "side by side"
        ),
        "palette": "dusk",
        "body": [
            (
                "rich_text",
                (
                    "<p>Few parts of clinical work carry as much weight, or as much worry, as "
                    "assessing suicide risk. Newer clinicians often tell me the conversation "
                    "itself becomes manageable with practice; it is the note afterwards that keeps "
                    "them up at night. What should go in it? How much is enough? What if I got it "
                    "wrong?</p><p>This post is not a substitute for training, for your agency's "
                    "policy or for legal advice. Think of it as a starting point for a "
                    "conversation with your supervisor.</p>"
                ),
            ),
            (
                "heading",
                "Why the note matters",
            ),
            (
                "rich_text",
                (
                    "<p>A risk note is a clinical tool first. It helps you, and the next clinician "
                    "who reads it, understand what was happening for the client, what you did and "
                    "why. A good note shows your reasoning, not just your conclusion. 'Client "
                    "denies SI' on its own tells a reader very little. A short account of what you "
                    "asked, what the client said and how you made sense of it tells them a great "
                    "deal.</p>"
                ),
            ),
            (
                "heading",
                "What a clear note usually includes",
            ),
            (
                "rich_text",
                (
                    "<ul><li><strong>What prompted the assessment</strong>, whether routine "
                    "screening or something the client said or did.</li><li><strong>What you asked "
                    "and how the client responded</strong>, in their own words where that "
                    "helps.</li><li><strong>Risk factors and warning signs</strong> you noticed, "
                    "including recent changes.</li><li><strong>Protective factors and reasons for "
                    "living</strong> the client described.</li><li><strong>Your clinical "
                    "formulation</strong>: how you weighed the picture, using whatever structured "
                    "approach your agency uses.</li><li><strong>The plan</strong>, including any "
                    "safety planning, follow-up and resources shared, such as the 988 Suicide and "
                    "Crisis Lifeline.</li><li><strong>Who you consulted</strong> and what came out "
                    "of that conversation.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I used to write the shortest note possible and hope. Now I write what I "
                        "was thinking, and it has made me a calmer clinician."
                    ),
                    "attribution": "Jo",
                    "role": "Social work associate",
                },
            ),
            (
                "heading",
                "Consult, then record that you did",
            ),
            (
                "rich_text",
                (
                    "<p>No one should carry risk decisions alone. When you are unsure, talk to "
                    "your supervisor or a senior colleague as soon as you can, and follow your "
                    "agency's procedures for urgent situations. Then record the consultation: who, "
                    "when, what you discussed and what you decided. Consultation is good care, and "
                    "the record shows that you sought it.</p><p>If a client is in immediate "
                    "danger, follow your emergency procedures first. Documentation comes after "
                    "safety, never before it.</p><p>One of the most useful things you can do is "
                    "bring a de-identified risk note to supervision and read it aloud together. "
                    "Would another clinician understand what happened? Is your reasoning visible? "
                    "We do this regularly in our [[/clinical-consultation/risk-assessment/|risk "
                    "assessment consultation]], and it gets easier every time.</p>"
                ),
            ),
        ],
        "related": [
            "safety-planning-as-a-collaboration",
        ],
    },
    {
        "slug": "cultural-humility-in-supervision",
        "title": "Cultural humility in supervision: supporting clinicians of colour",
        "date": "2026-05-20",
        "author": "daniel-reyes",
        "categories": [
            "inclusive-practice",
            "supervision",
        ],
        "tags": [
            "cultural humility",
            "clinicians of colour",
            "supervisory alliance",
        ],
        "intro": (
            "Clinicians of colour often carry extra weight in training settings. What cultural "
            "humility asks of supervisors, and how supervisees can find supervision where their "
            "whole selves are welcome."
        ),
        "hero_alt": (
            "Abstract illustration of interlocking warm and teal shapes on a sunrise gradient"
        ),
        "palette": "dawn",
        "body": [
            (
                "rich_text",
                (
                    "<p>Early in my career I was often the only bilingual clinician on my team. I "
                    "was the one asked to interpret, to consult on every Spanish-speaking family, "
                    "and to explain 'the culture' in team meetings. I was glad to help, and I was "
                    "also tired. It took a supervisor who asked me directly about that weight "
                    "before I could say so out loud.</p><p>That experience shapes how I supervise "
                    "now. I would rather ask an awkward question about identity and get it "
                    "slightly wrong than leave a supervisee carrying something alone because I was "
                    "afraid of the conversation.</p>"
                ),
            ),
            (
                "heading",
                "What cultural humility asks of supervisors",
            ),
            (
                "rich_text",
                (
                    "<p>Cultural humility is an ongoing stance rather than a body of knowledge you "
                    "finish learning. For supervisors, it means:</p><ul><li>Being willing to name "
                    "race, culture and power in the supervisory relationship, rather than waiting "
                    "for the supervisee to raise them.</li><li>Staying curious about each "
                    "supervisee's experience instead of assuming what their identity means to "
                    "them.</li><li>Accepting that we will make mistakes, and repairing them "
                    "without asking the supervisee to manage our discomfort.</li><li>Looking at "
                    "the systems around us, such as caseload assignments and who is quietly "
                    "expected to do extra cultural work.</li></ul>"
                ),
            ),
            (
                "heading",
                "The extra load is real",
            ),
            (
                "rich_text",
                (
                    "<p>Clinicians of colour frequently describe carrying more than their job "
                    "description: microaggressions from clients or colleagues, being treated as "
                    "the spokesperson for a whole community, and the strain of sitting with "
                    "clients whose experiences of racism echo their own. None of this is a "
                    "personal weakness. It belongs in supervision as much as any case does, and a "
                    "supervisor who makes room for it is doing supervision, not taking time away "
                    "from it.</p><p>For supervisees, it can help to notice when you are absorbing "
                    "this load silently. You do not need to have it all worked out before raising "
                    "it. 'I'm not sure how to talk about this, but something about my caseload "
                    "feels heavy' is a perfectly good opening.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "My supervisor said, 'You don't have to educate me, but you're welcome to "
                        "tell me what this is like for you.' That one sentence opened the door."
                    ),
                    "attribution": "Imani",
                    "role": "LPC candidate",
                },
            ),
            (
                "heading",
                "Finding supervision that fits",
            ),
            (
                "rich_text",
                (
                    "<p>If you are looking for a supervisor, it is reasonable to ask how they "
                    "think about culture and identity in supervision. Listen for openness and "
                    "specifics, not just reassurance. Some clinicians want a supervisor who shares "
                    "parts of their identity; others want particular clinical experience. Both are "
                    "valid, and you are allowed to want both.</p><p>Our "
                    "[[/find-a-supervisor/|supervisor matcher]] can help you find supervisors who "
                    "focus on culturally responsive practice, and our "
                    "[[/supervision/community/|supervision community]] offers peer spaces "
                    "alongside individual work.</p>"
                ),
            ),
        ],
        "related": [
            "lgbtqia-affirming-practice-in-supervision",
            "what-group-supervision-offers",
        ],
    },
    {
        "slug": "staying-well-in-community-mental-health",
        "title": "Staying well in community mental health",
        "date": "2026-04-15",
        "author": "rosa-delgado",
        "categories": [
            "sustainable-practice",
        ],
        "tags": [
            "burnout",
            "community mental health",
            "boundaries",
        ],
        "intro": (
            "Community mental health work is meaningful and demanding. Practical ways to notice "
            "early signs of burnout and protect your capacity, without pretending the system isn't "
            "part of the problem."
        ),
        "hero_alt": (
            "Abstract illustration of soft green hills under a pale gold sky with one small "
            "glowing circle"
        ),
        "palette": "meadow",
        "body": [
            (
                "rich_text",
                (
                    "<p>Community mental health is where many of us learned to be clinicians. It "
                    "is also where many of us first burned out. High caseloads, complex needs, "
                    "paperwork and too few resources make a hard job harder. If you are feeling "
                    "the strain, it does not mean you are in the wrong field.</p><p>Burnout is not "
                    "a character flaw or a sign that you care too little. It often shows up in the "
                    "clinicians who care the most and have had the fewest chances to refuel.</p>"
                ),
            ),
            (
                "heading",
                "Notice the early signs",
            ),
            (
                "rich_text",
                (
                    "<p>Burnout rarely arrives all at once. Common early signs "
                    "include:</p><ul><li>Dreading particular clients or days more than "
                    "usual.</li><li>Feeling numb or cynical in sessions that used to move "
                    "you.</li><li>Falling behind on notes and feeling unable to catch "
                    "up.</li><li>Changes in sleep, appetite or health, or leaning harder on coping "
                    "shortcuts.</li><li>Pulling away from colleagues and from people outside "
                    "work.</li></ul><p>Noticing these is not failure. It is information.</p>"
                ),
            ),
            (
                "heading",
                "Small protections that add up",
            ),
            (
                "rich_text",
                (
                    "<p><strong>Protect transitions.</strong> Even two minutes between sessions to "
                    "breathe, stretch or step outside helps you arrive for the next "
                    "client.</p><p><strong>Build documentation into your day.</strong> Where your "
                    "agency allows it, blocked note-writing time prevents the evening "
                    "backlog.</p><p><strong>Keep one thing that is yours.</strong> A walk, a "
                    "class, a hobby with no connection to helping anyone.</p><p><strong>Use your "
                    "people.</strong> Peer support and supervision are not luxuries. They are part "
                    "of doing this job safely.</p><p><strong>Name the heaviest sessions.</strong> "
                    "If a particular client or kind of story stays with you long after the "
                    "session, bring it to supervision. Exposure to trauma accumulates, and talking "
                    "about it is part of processing it.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I stopped treating lunch as optional. It sounds tiny, but it was the "
                        "first boundary I kept, and the others followed."
                    ),
                    "attribution": "Luis",
                    "role": "Community mental health clinician",
                },
            ),
            (
                "heading",
                "It is not only on you",
            ),
            (
                "rich_text",
                (
                    "<p>Individual strategies help, but burnout is largely a response to working "
                    "conditions. It is fair to raise caseload size, training and support with your "
                    "manager, ideally with your supervisor's help in framing the conversation. "
                    "Managers cannot fix what they do not know about, and a specific, practical "
                    "request is easier to act on than a general sense that things are too much. "
                    "Advocating for yourself is also advocating for your clients.</p><p>If your "
                    "own mental health is suffering, please reach out, whether to your own "
                    "therapist, an employee assistance program or, in a crisis, the 988 Lifeline. "
                    "Clinicians deserve care too.</p><p>Our [[/supervision/community/|supervision "
                    "community]] was built partly for clinicians in demanding settings, and "
                    "[[/blog/supervising-the-supervisor/|Helen's post on supervising the "
                    "supervisor]] looks at sustainability from the other side of the room.</p>"
                ),
            ),
        ],
        "related": [
            "supervising-the-supervisor",
        ],
    },
    {
        "slug": "practising-across-state-lines",
        "title": "Moving between Washington and Colorado, or practising across state lines",
        "date": "2026-02-25",
        "author": "daniel-reyes",
        "categories": [
            "licensure",
        ],
        "tags": [
            "telehealth",
            "colorado",
            "washington",
            "supervised hours",
        ],
        "intro": (
            "Relocating, or seeing clients by telehealth across state lines, raises real licensing "
            "questions. A general orientation for clinicians working between Washington and "
            "Colorado, with one firm rule: check with each board."
        ),
        "hero_alt": (
            "Abstract illustration of two pools of blue light joined by a gently curving silver "
            "band"
        ),
        "palette": "river",
        "body": [
            (
                "rich_text",
                (
                    "<p>I supervise in both Colorado and Washington, so I hear these questions "
                    "often. 'I'm moving states. Can I keep my clients?' Or, 'My client is "
                    "relocating. Can we carry on by video?' The honest answer is that it depends, "
                    "and the details matter.</p><p>Rules change, and they differ by profession and "
                    "by state. Verify everything with each state's licensing board before you act. "
                    "What follows is an orientation, not legal advice.</p>"
                ),
            ),
            (
                "heading",
                "Start with where the client is",
            ),
            (
                "rich_text",
                (
                    "<p>Licensing boards generally focus on where the client is physically located "
                    "during the session, not only on where the clinician sits. So a clinician "
                    "licensed only in Washington should not assume they can see a client who is in "
                    "Colorado, even briefly and even by video. Some states have temporary practice "
                    "provisions, and interstate compacts are developing for some professions, but "
                    "each comes with conditions. Check whether and how they apply to you, and get "
                    "the answer in writing where you can. The same question arises when a client "
                    "travels for work or spends part of the year elsewhere.</p>"
                ),
            ),
            (
                "heading",
                "If you are relocating",
            ),
            (
                "rich_text",
                (
                    "<ul><li><strong>Start early.</strong> Getting licensed in a new state can "
                    "take time, and you may need to document past supervision and "
                    "exams.</li><li><strong>Gather records now.</strong> Verification of hours, "
                    "supervision agreements and transcripts are easier to collect before you leave "
                    "a job.</li><li><strong>Expect different titles and tracks.</strong> "
                    "Credential names and stages do not map neatly between "
                    "states.</li><li><strong>Plan transitions for clients.</strong> If you cannot "
                    "continue with someone, give them time and help to find a new "
                    "clinician.</li></ul>"
                ),
            ),
            (
                "heading",
                "If a client is relocating",
            ),
            (
                "rich_text",
                (
                    "<p>Talk about it as early as possible. Find out when the move will happen, "
                    "whether it is temporary, and what the new state's rules say about your "
                    "profession. If continuing is not possible, a thoughtful referral and a proper "
                    "ending are part of good care. Document the conversation and your reasoning. "
                    "Some clinicians raise the topic at intake with clients who split their time "
                    "between states, so nobody is caught by surprise later.</p>"
                ),
            ),
            (
                "heading",
                "For pre-licensed clinicians",
            ),
            (
                "rich_text",
                (
                    "<p>If you are building supervised hours, a move can affect which hours count "
                    "and who can supervise you. Raise it with your supervisor before you make "
                    "plans, not after. Our [[/locations/colorado/|Colorado]] and "
                    "[[/locations/washington/|Washington]] pages list the license tracks our "
                    "supervisors support, and a [[/team/free-phone-consultation/|free phone "
                    "consultation]] is a good way to talk through your situation.</p><p>None of "
                    "this needs to be overwhelming. Most problems arise when people assume rather "
                    "than ask. A few calls or emails to the right board, made early, save a great "
                    "deal of worry later.</p>"
                ),
            ),
        ],
        "related": [
            "preparing-for-the-colorado-licensure-path",
        ],
    },
    {
        "slug": "what-to-bring-to-your-first-supervision-session",
        "title": "What to bring to your first supervision session",
        "date": "2026-01-14",
        "author": "jordan-ellis",
        "categories": [
            "supervision",
            "licensure",
        ],
        "tags": [
            "new clinicians",
            "supervised hours",
            "supervisory alliance",
        ],
        "intro": (
            "A little preparation makes a first supervision session far more useful. A simple "
            "checklist of what to bring, what to reflect on and what to ask."
        ),
        "hero_alt": (
            "Abstract illustration of a bright circle rising over layered dusky purple and peach "
            "hills"
        ),
        "palette": "dusk",
        "body": [
            (
                "rich_text",
                (
                    "<p>Your first session with a new supervisor sets the tone for months, "
                    "sometimes years, of work together. You do not need to arrive polished, but a "
                    "little preparation helps you both get more from the hour.</p><p>Think of what "
                    "follows as a starting kit rather than homework. Your supervisor will guide "
                    "the conversation; these notes simply mean you spend less time hunting for "
                    "details and more time on what matters to you.</p>"
                ),
            ),
            (
                "heading",
                "Practical things",
            ),
            (
                "rich_text",
                (
                    "<ul><li><strong>Your licensure details.</strong> Which credential you hold or "
                    "are working toward, and where you are in the process. If you are unsure, "
                    "bring what you have and we will work it out together.</li><li><strong>Your "
                    "hours so far.</strong> Any logs or verification forms from previous "
                    "supervisors.</li><li><strong>Your current setting.</strong> Where you work, "
                    "your typical caseload and any agency policies that affect supervision, such "
                    "as risk procedures or documentation requirements.</li><li><strong>Your "
                    "calendar.</strong> A realistic sense of when you can meet "
                    "consistently.</li><li><strong>A case or two.</strong> Not necessarily your "
                    "hardest, just something you would like to think about together, so you can "
                    "see how your supervisor works.</li></ul>"
                ),
            ),
            (
                "heading",
                "Things to reflect on",
            ),
            (
                "rich_text",
                (
                    "<p>Spend ten minutes before the session with these questions, and jot down a "
                    "few words for each:</p><ul><li>What do you want to be better at a year from "
                    "now?</li><li>What kind of feedback helps you, and what kind makes you shut "
                    "down?</li><li>What has worked well, or badly, in supervision "
                    "before?</li><li>Which clients or situations make you most "
                    "anxious?</li><li>What do you already do well that you want to build "
                    "on?</li></ul><p>There are no right answers. These simply help your supervisor "
                    "understand how you learn.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I brought a list called 'things I'm scared to ask'. We got through half "
                        "of it in the first session, and I walked out lighter."
                    ),
                    "attribution": "Hannah",
                    "role": "LPC candidate",
                },
            ),
            (
                "heading",
                "Questions to ask your supervisor",
            ),
            (
                "rich_text",
                (
                    "<ul><li>How do you like to structure our sessions?</li><li>How should I reach "
                    "you between sessions if something urgent comes up with a client?</li><li>How "
                    "will you give me feedback, and how can I give feedback to you?</li><li>What "
                    "does your supervision agreement cover?</li></ul><p>Expect the first session "
                    "to be partly about getting to know each other. That is not wasted time; it is "
                    "the foundation for everything else. Questions about cost and scheduling are "
                    "answered on our [[/fees-and-faqs/|fees and FAQs page]], and you can browse "
                    "supervisors with the [[/find-a-supervisor/|supervisor matcher]].</p><p>And "
                    "if, after a session or two, the fit does not feel right, it is fine to say "
                    "so. A good supervisor would rather help you find the right match than have "
                    "you struggle quietly.</p>"
                ),
            ),
        ],
        "related": [
            "preparing-for-the-colorado-licensure-path",
        ],
    },
    {
        "slug": "supervising-the-supervisor",
        "title": "Supervising the supervisor: support for new supervisors",
        "date": "2025-11-05",
        "author": "helen-park",
        "categories": [
            "sustainable-practice",
            "supervision",
        ],
        "tags": [
            "supervisor development",
            "reflective practice",
            "burnout",
        ],
        "intro": (
            "Becoming a supervisor is a new role, not just a promotion. Why supervision of "
            "supervision helps new supervisors grow, and what it can look like in practice."
        ),
        "hero_alt": (
            "Abstract illustration of a large soft circle sheltering a smaller one on a warm ember "
            "and plum gradient"
        ),
        "palette": "ember",
        "body": [
            (
                "rich_text",
                (
                    "<p>Many clinicians become supervisors the way many people become parents: "
                    "with good intentions, a little reading and the quiet assumption that "
                    "experience will fill in the rest. Experience helps. But supervision is its "
                    "own craft, with its own dilemmas, and new supervisors deserve support while "
                    "they learn it.</p>"
                ),
            ),
            (
                "heading",
                "A different kind of responsibility",
            ),
            (
                "rich_text",
                (
                    "<p>As a supervisor you hold some responsibility for clients you may never "
                    "meet, and for the growth of a clinician whose development you cannot control. "
                    "You evaluate and you support, often in the same conversation. Sooner or later "
                    "you may need to raise a concern about competence or ethics with someone you "
                    "like. These tensions are normal, and they are easier to carry with someone to "
                    "think them through with.</p><p>There is a shift in identity, too. After years "
                    "of being the one who asks for help, you are now the one expected to have "
                    "answers. Many new supervisors quietly feel like impostors. That feeling tends "
                    "to ease with support, not with pretending.</p>"
                ),
            ),
            (
                "heading",
                "What supervision of supervision offers",
            ),
            (
                "rich_text",
                (
                    "<ul><li><strong>A reflective space</strong> to look at your supervisory "
                    "relationships, including the ones that feel stuck.</li><li><strong>Help with "
                    "gatekeeping decisions</strong>, such as how to give difficult feedback or "
                    "when a concern needs to be documented.</li><li><strong>Attention to parallel "
                    "process</strong>, when dynamics from a supervisee's caseload show up in your "
                    "work together.</li><li><strong>Support for your own sustainability</strong>, "
                    "because supervisors burn out too.</li><li><strong>Space to develop your own "
                    "model</strong>, so your supervision reflects your values rather than only the "
                    "way you were supervised.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I thought I needed more techniques. What I needed was somewhere to admit "
                        "I didn't always know what to say to my supervisee."
                    ),
                    "attribution": "Grace",
                    "role": "New clinical supervisor",
                },
            ),
            (
                "heading",
                "Caring for yourself in the role",
            ),
            (
                "rich_text",
                (
                    "<p>Supervisors often hold the worry of several clinicians' caseloads on top "
                    "of their own. Watch your load. Keep clear boundaries about availability "
                    "between sessions, and make sure your own consultation does not quietly "
                    "disappear once you are the one being consulted.</p><p>It helps, too, to "
                    "remember why you said yes. Most of us became supervisors because someone once "
                    "did it well for us. Passing that on is a privilege, and it is allowed to feel "
                    "hard.</p><p>If you are taking on your first supervisee, consider arranging "
                    "regular consultation for yourself from the start rather than waiting for a "
                    "problem. Many experienced supervisors keep this kind of consultation "
                    "throughout their careers; it is a sign of good practice, not of struggling. "
                    "You can read more about [[/team/helen-park/|Helen's reflective approach]], or "
                    "book a [[/team/free-phone-consultation/|free phone consultation]] to find a "
                    "good fit.</p>"
                ),
            ),
        ],
        "related": [
            "staying-well-in-community-mental-health",
        ],
    },
]


# (post slug, name, email or "", body, status, "YYYY-MM-DD HH:MM")
COMMENTS = [
    (
        "what-is-relationship-based-clinical-supervision",
        "Kendra L.",
        "kendra.l@example.com",
        (
            "This put words to something I couldn't explain about my best supervisor. She never "
            "made me feel like I had to perform competence. Thank you for writing it."
        ),
        "approved",
        "2026-11-19 08:42",
    ),
    (
        "what-is-relationship-based-clinical-supervision",
        "Marco",
        "",
        (
            "The point about naming the power difference really landed. I'd never thought about "
            "how much I edited what I brought to supervision because my hours depended on it."
        ),
        "approved",
        "2026-11-19 20:15",
    ),
    (
        "what-is-relationship-based-clinical-supervision",
        "Beth A.",
        "beth.a@example.org",
        (
            "I'm a new supervisor and I'm printing the section on repairing ruptures. It's "
            "reassuring to read that getting it wrong and repairing it is part of the work."
        ),
        "approved",
        "2026-11-21 12:03",
    ),
    (
        "what-is-relationship-based-clinical-supervision",
        "Tomás R.",
        "",
        (
            "Parallel process was the thing that made supervision click for me. Nice to see it "
            "explained so plainly."
        ),
        "approved",
        "2026-11-22 09:30",
    ),
    (
        "what-is-relationship-based-clinical-supervision",
        "Chris P.",
        "chris.p@example.com",
        (
            "Do you offer relationship-based supervision online for people who live outside "
            "Colorado and Washington?"
        ),
        "pending",
        "2026-11-23 17:48",
    ),
    (
        "safety-planning-as-a-collaboration",
        "Aisha K.",
        "aisha.k@example.com",
        (
            "'Use the client's language' is such a simple change. I reread a few of my clients' "
            "plans after this and they sounded like me, not them."
        ),
        "approved",
        "2026-10-28 14:10",
    ),
    (
        "safety-planning-as-a-collaboration",
        "Ben",
        "",
        (
            "Appreciated the reminder to revisit plans after a hard week. I tend to write them and "
            "move on."
        ),
        "approved",
        "2026-11-02 19:22",
    ),
    (
        "preparing-for-the-colorado-licensure-path",
        "Lauren M.",
        "lauren.m@example.com",
        "The Friday hours check is going in my calendar today. Wish I'd read this a year ago.",
        "approved",
        "2026-10-08 07:55",
    ),
    (
        "preparing-for-the-colorado-licensure-path",
        "Devon",
        "",
        (
            "Thank you for being clear that the rules change. I've had three colleagues give me "
            "three different answers, so checking with the board myself is the right call."
        ),
        "approved",
        "2026-10-12 21:04",
    ),
    (
        "lgbtqia-affirming-practice-in-supervision",
        "Sage",
        "sage@example.org",
        (
            "As a queer associate, the line about not turning LGBTQIA+ supervisees into unpaid "
            "educators meant a lot. Sending this to my supervisor."
        ),
        "approved",
        "2026-09-18 11:36",
    ),
    (
        "why-clients-stop-coming-after-the-first-sessions",
        "Hye-jin",
        "",
        (
            "I started asking 'what was useful today, and what wasn't?' last month. The answers "
            "have been humbling and very helpful."
        ),
        "approved",
        "2026-08-28 16:20",
    ),
    (
        "why-clients-stop-coming-after-the-first-sessions",
        "Paul D.",
        "paul.d@example.com",
        (
            "Good point that cost and schedules matter too. It's a relief not to assume every "
            "dropout is my fault."
        ),
        "approved",
        "2026-09-03 10:05",
    ),
    (
        "what-group-supervision-offers",
        "Mireille",
        "",
        (
            "My Tuesday group has been the steadiest part of my first year. 'Shame shrinks when it "
            "is shared' is exactly right."
        ),
        "approved",
        "2026-07-31 18:47",
    ),
    (
        "staying-well-in-community-mental-health",
        "Jess T.",
        "jess.t@example.com",
        "Thank you for saying it isn't only on us. I needed to hear that this week.",
        "approved",
        "2026-04-17 22:12",
    ),
]


def _words(html: str) -> int:
    text = re.sub(r"\[\[[^|\]]+\|([^\]]+)\]\]", r"\1", html)
    text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split())


def _self_check() -> None:
    """Assert the rules the demo seeding and the site pages rely on."""
    team = {
        "maya-okafor",
        "daniel-reyes",
        "priya-shah",
        "sam-whitehorse",
        "helen-park",
        "jordan-ellis",
        "rosa-delgado",
    }
    static_paths = {
        "/supervision/individual/",
        "/supervision/group/",
        "/supervision/community/",
        "/clinical-consultation/risk-assessment/",
        "/clinical-consultation/lgbtqia/",
        "/clinical-consultation/trauma/",
        "/find-a-supervisor/",
        "/fees-and-faqs/",
        "/team/free-phone-consultation/",
        "/locations/colorado/",
        "/locations/washington/",
        "/events-and-trainings/path-to-lpc-in-colorado/",
        "/events-and-trainings/path-to-lcsw-in-colorado/",
    } | {f"/team/{slug}/" for slug in team}
    palettes = {"ember", "dawn", "meadow", "dusk", "river"}
    allowed_tags = {"p", "ul", "ol", "li", "strong", "em"}

    category_slugs = [slug for slug, _name, _description in CATEGORIES]
    assert category_slugs == [
        "supervision",
        "licensure",
        "risk-assessment",
        "client-retention",
        "inclusive-practice",
        "sustainable-practice",
    ]
    assert all(name and description for _slug, name, description in CATEGORIES)
    guests = {f"guest:{slug}" for slug, name, bio in GUEST_AUTHORS if name and bio}
    assert guests == {"guest:tessa-marlowe"}

    assert len(POSTS) >= 11
    slugs = [post["slug"] for post in POSTS]
    dates = [post["date"] for post in POSTS]
    assert len(set(slugs)) == len(slugs), "duplicate slugs"
    assert len(set(dates)) == len(dates), "duplicate dates"
    assert dates == sorted(dates, reverse=True), "posts must be newest first"
    assert all("2025-10-01" <= date <= "2026-11-24" for date in dates)
    for date in dates:
        datetime.date.fromisoformat(date)
    assert POSTS[0]["slug"] == "what-is-relationship-based-clinical-supervision"
    assert POSTS[0]["title"] == "What is relationship-based clinical supervision?"

    authors = [post["author"] for post in POSTS]
    assert set(authors) <= team | guests
    assert len(set(authors) & team) >= 5
    assert 1 <= sum(author in guests for author in authors) <= 2

    usage = dict.fromkeys(category_slugs, 0)
    tag_owners: dict[str, set[str]] = {}
    posts_linking_posts = 0
    for post in POSTS:
        slug = post["slug"]
        assert post["title"] and post["palette"] in palettes and post["hero_alt"], slug
        assert 1 <= len(post["categories"]) <= 2, slug
        assert len(set(post["categories"])) == len(post["categories"]), slug
        for category in post["categories"]:
            usage[category] += 1
        assert 2 <= len(post["tags"]) <= 4, slug
        assert all(tag == tag.lower() for tag in post["tags"]), slug
        for tag in post["tags"]:
            tag_owners.setdefault(tag, set()).add(slug)
        assert post["intro"] and len(post["intro"]) <= 300, slug
        assert "<" not in post["intro"], slug
        related = post["related"]
        assert len(related) <= 2 and len(set(related)) == len(related), slug
        assert all(other in slugs and other != slug for other in related), slug

        body = post["body"]
        assert 5 <= len(body) <= 9, slug
        assert sum(kind == "quote" for kind, _value in body) <= 1, slug
        words = 0
        links = []
        for kind, value in body:
            if kind == "rich_text":
                tags = set(re.findall(r"</?([a-z0-9]+)[^>]*>", value))
                assert tags <= allowed_tags, (slug, tags - allowed_tags)
                links += re.findall(r"\[\[([^|\]]+)\|[^\]]+\]\]", value)
                words += _words(value)
            elif kind == "heading":
                assert value and len(value) <= 120, slug
                words += len(value.split())
            elif kind == "quote":
                assert set(value) == {"text", "attribution", "role"}, slug
                assert value["text"] and len(value["text"]) <= 600, slug
                words += len(value["text"].split())
            else:
                raise AssertionError(f"{slug}: unknown block {kind}")
        assert 350 <= words <= 700, (slug, words)
        assert 1 <= len(links) <= 3, (slug, links)
        blog_links = [path for path in links if path.startswith("/blog/")]
        for path in links:
            if path in blog_links:
                target = path.removeprefix("/blog/").rstrip("/")
                assert path == f"/blog/{target}/", (slug, path)
                assert target in slugs and target != slug, (slug, path)
            else:
                assert path in static_paths, (slug, path)
        posts_linking_posts += bool(blog_links)

    assert all(count >= 1 for count in usage.values()), usage
    assert sum(count >= 2 for count in usage.values()) >= 4, usage
    assert posts_linking_posts >= 3
    for post in POSTS:
        shares_tag = any(len(tag_owners[tag]) > 1 for tag in post["tags"])
        shares_category = any(usage[category] > 1 for category in post["categories"])
        assert shares_tag or shares_category, post["slug"]

    first = POSTS[0]["slug"]
    post_dates = dict(zip(slugs, dates, strict=True))
    for slug, name, email, body, status, posted in COMMENTS:
        assert slug in post_dates and name and body, slug
        assert email == "" or "@" in email, email
        assert status in {"approved", "pending"}, status
        when = datetime.datetime.strptime(posted, "%Y-%m-%d %H:%M")
        assert when.date() > datetime.date.fromisoformat(post_dates[slug]), (slug, posted)
    approved = [comment for comment in COMMENTS if comment[4] == "approved"]
    pending = [comment for comment in COMMENTS if comment[4] == "pending"]
    assert len(approved) == 13
    assert len({comment[0] for comment in approved}) >= 6
    assert sum(comment[0] == first for comment in approved) >= 3
    assert len(pending) == 1 and pending[0][0] == first
