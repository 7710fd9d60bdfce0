"""E-mails about leads, always sent after the transaction that stored them commits.

A notification that fails (SMTP down) is logged and marked ``failed``; nothing is lost
and the visitor's request has already succeeded. ``manage.py send_form_notifications``
(run it every few minutes; the docker-compose scheduler does) retries them, through
``core.outbox`` (claimed first, so never sent twice).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction

from core.outbox import Outbox
from forms.models import FormPage, LeadSubmission, NewsletterPage, Subscriber

logger = logging.getLogger(__name__)

OUTBOX = Outbox(LeadSubmission, "notification", "the notification of submission")


def notify_later(submission_id: int) -> None:
    transaction.on_commit(lambda: send_notification(submission_id))


def send_notification(submission_id: int) -> bool:
    """Send one submission's notification; True when it was sent by this call."""
    return OUTBOX.send(submission_id, build_notification)


def build_notification(submission: LeadSubmission) -> EmailMessage:
    page = FormPage.objects.get(pk=submission.page_id)
    return EmailMessage(
        subject=page.subject or f"New submission: {page.title}",
        body=render_notification(page, submission),
        from_email=page.from_address or settings.DEFAULT_FROM_EMAIL,
        to=[address.strip() for address in page.to_address.split(",") if address.strip()],
    )


def render_notification(page: FormPage, submission: LeadSubmission) -> str:
    """Plain text (no HTML can be injected into it): each label and answer."""
    labels = dict(page.get_data_fields())
    lines = [f"A new submission of “{page.title}”.", ""]
    for name, value in submission.get_data().items():
        if name == "submit_time":
            continue
        if isinstance(value, bool):
            value = "Yes" if value else "No"
        lines.append(f"{labels.get(name, name)}: {value if value not in ('', None) else '—'}")
    lines += ["", "See every submission in the admin: Forms → " + page.title]
    return "\n".join(lines)


def send_confirmation(subscriber_id: int, base_url: str) -> None:
    """The double opt-in e-mail with the confirmation and unsubscribe links."""
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    page = NewsletterPage.objects.live().first()
    path = page.url_path.split("/", 2)[-1] if page else "newsletter/"
    link = f"{base_url}/{path}?action=confirm&token={subscriber.token}"
    unsubscribe = f"{base_url}/{path}?action=unsubscribe&token={subscriber.token}"
    body = (
        "Please confirm that you would like our newsletter: a short monthly e-mail with new "
        "articles, trainings and Lunch & Learns.\n\n"
        f"Confirm your subscription: {link}\n\n"
        "If you did not ask for it, ignore this e-mail and you will hear nothing more.\n"
        f"Unsubscribe at any time: {unsubscribe}\n"
    )
    try:
        EmailMessage(
            subject="Confirm your subscription",
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers={"List-Unsubscribe": f"<{unsubscribe}>"},
        ).send()
    except Exception:
        logger.exception(
            "Could not send the newsletter confirmation to subscriber %s", subscriber_id
        )
