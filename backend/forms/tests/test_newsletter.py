"""The newsletter: double opt-in, idempotent sign-up that reveals nothing, unsubscribe,
and the staff's export."""

import re

import pytest
from django.core import mail

from forms.demo import ensure_newsletter_page
from forms.models import Subscriber

LINK = re.compile(r"http://testserver/newsletter/\?action=(confirm|unsubscribe)&token=(\S+)")


def subscribe(client, email="ana@example.com", **extra):
    return client.post(
        "/api/newsletter/subscriptions/", {"email": email, **extra}, content_type="application/json"
    )


def links(message) -> dict[str, str]:
    return dict(LINK.findall(message.body))


@pytest.fixture
def newsletter(home, site_settings):
    return ensure_newsletter_page(home)


@pytest.mark.django_db
class TestNewsletter:
    def test_double_opt_in(self, client, newsletter, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            response = subscribe(client, "Ana@Example.com")
        assert response.status_code == 202
        subscriber = Subscriber.objects.get()
        assert subscriber.email == "ana@example.com"
        assert subscriber.status == Subscriber.Status.PENDING
        (message,) = mail.outbox
        tokens = links(message)
        assert tokens["confirm"] == tokens["unsubscribe"] == subscriber.token
        assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
        confirmed = client.post(
            "/api/newsletter/confirm/", {"token": tokens["confirm"]}, "application/json"
        )
        assert confirmed.status_code == 200
        subscriber.refresh_from_db()
        assert subscriber.status == Subscriber.Status.CONFIRMED
        assert subscriber.confirmed_at is not None

    def test_signing_up_again_is_idempotent_and_reveals_nothing(
        self, client, newsletter, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            first = subscribe(client)
            again = subscribe(client)
        assert first.json() == again.json()
        assert Subscriber.objects.count() == 1
        assert len(mail.outbox) == 1  # no second e-mail within ten minutes
        Subscriber.objects.update(status=Subscriber.Status.CONFIRMED)
        with django_capture_on_commit_callbacks(execute=True):
            confirmed = subscribe(client)
        assert confirmed.status_code == 202 and confirmed.json() == first.json()
        assert len(mail.outbox) == 1

    def test_unsubscribe_and_unknown_tokens(self, client, newsletter):
        subscribe(client)
        subscriber = Subscriber.objects.get()
        response = client.post(
            "/api/newsletter/unsubscribe/", {"token": subscriber.token}, "application/json"
        )
        assert response.status_code == 200
        subscriber.refresh_from_db()
        assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
        unknown = client.post("/api/newsletter/confirm/", {"token": "nope"}, "application/json")
        assert unknown.status_code == 404
        assert unknown.json()["error"]["code"] == "unknown_token"

    def test_invalid_address_and_honeypot(self, client, newsletter):
        invalid = subscribe(client, "not an address")
        assert invalid.status_code == 400
        assert invalid.json()["error"]["fields"]["email"] == [
            "Enter an e-mail address like name@example.com."
        ]
        bot = subscribe(client, "bot@example.com", website="x")
        assert bot.status_code == 202
        assert not Subscriber.objects.exists()

    def test_the_newsletter_page_resolves(self, client, newsletter):
        response = client.get("/api/pages/resolve/", {"path": "/newsletter/"})
        assert response.status_code == 200
        assert response.json()["type"] == "forms.NewsletterPage"

    def test_staff_export_the_list(self, admin_client, client, newsletter):
        subscribe(client, "one@example.com")
        response = admin_client.get("/admin/newsletter_subscribers/", {"export": "csv"})
        assert response.status_code == 200
        assert "one@example.com" in b"".join(response.streaming_content).decode()
