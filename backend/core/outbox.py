"""E-mails about stored records (a lead, a registration), sent after the transaction
that stored them commits and tracked on the record itself.

A send is claimed first with a conditional ``UPDATE`` (pending or failed → sending), so
two senders (the request's after-commit hook and the retry command) never send the
same e-mail twice; a claim left by a sender that died is taken over after
``STALE_CLAIM``. A failing mail server only marks the record ``failed`` (logged, an
error at the last attempt): nothing the visitor sent is lost.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

from django.core.mail import EmailMessage
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

logger = logging.getLogger(__name__)

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
MAX_ATTEMPTS = 5
STALE_CLAIM = datetime.timedelta(minutes=10)


class Outbox:
    """The e-mail tracked by ``<field>``, ``<field>_attempts`` and
    ``<field>_claimed_at`` on ``model``."""

    def __init__(self, model: type[models.Model], field: str, what: str, only: Q | None = None):
        self.model = model
        self.field = field
        self.what = what  # for logs: "the notification of submission"
        self.only = only or Q()  # records whose e-mail still makes sense

    def waiting(self) -> Q:
        """Records whose e-mail is to send: pending, failed, or claimed by a sender that
        died more than ``STALE_CLAIM`` ago; at most ``MAX_ATTEMPTS`` tries each."""
        stale = timezone.now() - STALE_CLAIM
        return (
            self.only
            & Q(**{f"{self.field}_attempts__lt": MAX_ATTEMPTS})
            & (
                Q(**{f"{self.field}__in": [PENDING, FAILED]})
                | Q(**{self.field: SENDING, f"{self.field}_claimed_at__lt": stale})
            )
        )

    def due(self) -> list[int]:
        return list(self.model.objects.filter(self.waiting()).values_list("pk", flat=True))

    def send(self, pk: int, build: Callable[[models.Model], EmailMessage]) -> bool:
        """Claim the record's e-mail, build it and send it; True when this call sent it."""
        claimed_at = timezone.now()
        claimed = self.model.objects.filter(self.waiting(), pk=pk).update(
            **{
                self.field: SENDING,
                f"{self.field}_attempts": F(f"{self.field}_attempts") + 1,
                f"{self.field}_claimed_at": claimed_at,
            }
        )
        if not claimed:
            return False
        # The outcome is recorded only while the claim is still ours: a record reset to
        # pending meanwhile (a waitlisted person given a seat) keeps its new e-mail due.
        ours = self.model.objects.filter(
            pk=pk, **{self.field: SENDING, f"{self.field}_claimed_at": claimed_at}
        )
        record = self.model.objects.get(pk=pk)
        try:
            build(record).send()
        except Exception:
            attempts = getattr(record, f"{self.field}_attempts")
            logger.log(
                logging.ERROR if attempts >= MAX_ATTEMPTS else logging.WARNING,
                "Could not send %s %s (attempt %s of %s)",
                self.what,
                pk,
                attempts,
                MAX_ATTEMPTS,
                exc_info=True,
            )
            ours.update(**{self.field: FAILED})
            return False
        ours.update(**{self.field: SENT})
        return True
