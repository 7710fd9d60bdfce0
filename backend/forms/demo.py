"""Demo forms: the free consultation request, contact, work with us, and the page the
newsletter's e-mail links open. Idempotent."""

from __future__ import annotations

from wagtail.models import Page

from core.demo.pages import ensure_child
from forms.models import FormField, FormPage, NewsletterPage

NOTIFY = "hello@firelight.example"
CONSENT = "I agree that Firelight may contact me about this request."
TIMES = "Weekday mornings\nWeekday afternoons\nWeekday evenings\nSaturdays"

# (label, type, required, choices, help text)
CONSULTATION_FIELDS = [
    ("Your name", "singleline", True, "", ""),
    ("E-mail", "email", True, "", "We reply from hello@firelight.example."),
    ("Phone", "phone", True, "", "The number we should call for the consultation."),
    ("State where you practise", "state", True, "", ""),
    (
        "Current license",
        "license_type",
        True,
        "",
        "Choose your candidate license if you are not yet fully licensed.",
    ),
    (
        "What are you looking for?",
        "checkboxes",
        True,
        "Individual supervision\nGroup supervision\nClinical consultation\n"
        "Supervision of supervision\nNot sure yet",
        "Choose all that apply.",
    ),
    (
        "Preferred supervisor",
        "supervisor",
        False,
        "",
        "Optional: we will suggest someone if you have no preference.",
    ),
    ("Best times to call", "checkboxes", False, TIMES, ""),
    ("Anything else we should know?", "multiline", False, "", ""),
    (CONSENT, "checkbox", True, "", ""),
]
CONTACT_FIELDS = [
    ("Your name", "singleline", True, "", ""),
    ("E-mail", "email", True, "", ""),
    ("Phone", "phone", False, "", "Optional, if you would rather we call."),
    (
        "Topic",
        "dropdown",
        True,
        "Supervision\nClinical consultation\nTrainings and events\nSomething else",
        "",
    ),
    ("Message", "multiline", True, "", ""),
    ("I agree that Firelight may reply to me about my message.", "checkbox", True, "", ""),
]
WORK_WITH_US_FIELDS = [
    ("Your name", "singleline", True, "", ""),
    ("E-mail", "email", True, "", ""),
    ("Phone", "phone", False, "", ""),
    ("License", "license_type", True, "", "Your independent license."),
    ("States you are licensed in", "checkboxes", True, "Colorado\nWashington\nAnother state", ""),
    (
        "Specialties",
        "checkboxes",
        False,
        "Trauma\nSuicide and risk assessment\nLGBTQIA+ affirming care\nDBT and CBT\n"
        "Older adults\nAddictions\nChildren and families",
        "",
    ),
    ("Hours a week you could offer", "number", False, "", ""),
    ("Availability", "checkboxes", False, TIMES, ""),
    ("CV", "file", True, "", "A PDF or Word document, up to 5 MB."),
    ("Anything else you would like us to know?", "multiline", False, "", ""),
    ("I agree that Firelight may keep my application for 24 months.", "checkbox", True, "", ""),
]


def ensure_form(
    parent: Page, slug: str, title: str, intro: str, fields, *, submit: str, thanks: str
) -> FormPage:
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = FormPage(
        title=title,
        slug=slug,
        intro=intro,
        search_description=intro[:300],
        show_in_menus=True,
        submit_label=submit,
        thank_you_title="Thank you",
        thank_you_text=f"<p>{thanks}</p>",
        to_address=NOTIFY,
        subject=f"New: {title}",
    )
    for order, (label, kind, required, choices, help_text) in enumerate(fields):
        page.form_fields.add(
            FormField(
                sort_order=order,
                label=label,
                field_type=kind,
                required=required,
                choices=choices,
                help_text=help_text,
            )
        )
    return ensure_child(parent, page)


def ensure_consultation_form(team: Page, title: str, intro: str) -> FormPage:
    return ensure_form(
        team,
        "free-phone-consultation",
        title,
        intro,
        CONSULTATION_FIELDS,
        submit="Request my free call",
        thanks="We will call you within two business days to arrange your free 20-minute "
        "consultation. If a time suits you better, reply to our e-mail.",
    )


def ensure_contact(home: Page, title: str, intro: str) -> FormPage:
    contact = ensure_form(
        home,
        "contact",
        title,
        intro,
        CONTACT_FIELDS,
        submit="Send message",
        thanks="Your message is with us. We answer within one business day.",
    )
    ensure_form(
        contact,
        "work-with-us",
        "Work with us",
        "We are always glad to meet licensed supervisors who share our values. Tell us "
        "about your experience.",
        WORK_WITH_US_FIELDS,
        submit="Send my application",
        thanks="Thank you for your interest in joining us. We read every application and "
        "will be in touch within two weeks.",
    )
    return contact


def ensure_newsletter_page(home: Page) -> NewsletterPage:
    return ensure_child(
        home,
        NewsletterPage(
            title="Newsletter",
            slug="newsletter",
            intro="A short monthly e-mail with new articles, trainings and Lunch & Learns.",
            show_in_menus=False,
        ),
    )
