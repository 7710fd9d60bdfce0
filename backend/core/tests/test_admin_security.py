"""Signing in to the admin: repeated failures lock out (django-axes), weak passwords are
refused wherever a password is set, and the session cookie cannot be read by scripts,
sent cross-site or (in production) sent over plain HTTP."""

from __future__ import annotations

import runpy

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

LOGIN_URL = "/admin/login/"
PASSWORD = "correct horse battery staple"
ELSEWHERE = "203.0.113.9"


@pytest.fixture
def editor_user(db):
    return get_user_model().objects.create_superuser("ana", "ana@example.com", PASSWORD)


def sign_in(client: Client, username: str, password: str, remember: bool = False, **extra):
    """Wagtail's sign-in form; ``remember`` ticks "Remember me"."""
    data = {"username": username, "password": password}
    if remember:
        data["remember"] = "on"
    return client.post(LOGIN_URL, data, **extra)


def signed_in(client: Client) -> bool:
    return SESSION_KEY in client.session


def fail(client: Client, times: int, username: str = "ana", **extra):
    """``times`` wrong passwords; the last response."""
    response = None
    for attempt in range(times):
        response = sign_in(client, username, f"wrong password {attempt}", **extra)
    return response


@pytest.mark.django_db
class TestLockout:
    def test_wrong_passwords_lock_out_even_the_right_one(self, client, editor_user):
        assert settings.AXES_FAILURE_LIMIT == 5
        before_the_limit = fail(client, 4)
        assert before_the_limit.status_code == 200  # the form again, with its error
        locked = fail(client, 1)
        assert locked.status_code == 429
        response = sign_in(client, "ana", PASSWORD)
        assert response.status_code == 429
        assert not signed_in(client)
        page = " ".join(response.content.decode().split())
        assert "Too many sign-in attempts" in page
        assert "Wait 15 minutes, then try again" in page
        assert "ask the site's administrator to unlock your account" in page
        assert "axes/lockout.html" in [t.name for t in response.templates]

    def test_another_user_and_another_address_are_unaffected(self, client, editor_user):
        get_user_model().objects.create_user("ben", "ben@example.com", PASSWORD, is_staff=True)
        fail(client, 5)
        assert sign_in(client, "ana", PASSWORD).status_code == 429
        other_user = Client()
        assert sign_in(other_user, "ben", PASSWORD).status_code == 302
        assert signed_in(other_user)
        other_address = Client(REMOTE_ADDR=ELSEWHERE)
        assert sign_in(other_address, "ana", PASSWORD).status_code == 302
        assert signed_in(other_address)

    def test_the_lockout_ends_after_the_cool_off(self, client, editor_user):
        fail(client, 5)
        assert sign_in(client, "ana", PASSWORD).status_code == 429
        # Every try during the lockout restarts it: go back to just after the last one.
        AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(minutes=14))
        assert sign_in(client, "ana", PASSWORD).status_code == 429
        AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(minutes=16))
        response = sign_in(client, "ana", PASSWORD)
        assert response.status_code == 302
        assert signed_in(client)

    def test_a_successful_sign_in_resets_the_count(self, client, editor_user):
        fail(client, 4)
        assert sign_in(client, "ana", PASSWORD).status_code == 302
        assert not AccessAttempt.objects.exists()
        client.logout()
        assert fail(client, 4).status_code == 200
        assert sign_in(client, "ana", PASSWORD).status_code == 302

    def test_a_forged_forwarded_address_does_not_escape_the_lockout(self, client, editor_user):
        """Without a trusted proxy (NUM_PROXIES=0) X-Forwarded-For is the client's
        own invention: a new one on every guess must not reset the count."""
        for attempt in range(5):
            response = sign_in(
                client, "ana", f"guess {attempt}", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}"
            )
        assert response.status_code == 429
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}

    def test_behind_a_trusted_proxy_the_address_it_saw_counts(self, settings, editor_user):
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
        proxy = Client(REMOTE_ADDR="10.0.0.2")
        fail(proxy, 5, HTTP_X_FORWARDED_FOR=ELSEWHERE)
        assert AccessAttempt.objects.get().ip_address == ELSEWHERE
        # Another visitor behind the same proxy signs in.
        response = sign_in(proxy, "ana", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")
        assert response.status_code == 302

    def test_the_lockout_page_escapes_the_username(self, client, db):
        name = "<script>alert(1)</script>"
        response = fail(client, 5, username=name)
        assert response.status_code == 429
        assert name not in response.content.decode()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()


WEAK_PASSWORDS = [
    ("password1234", "This password is too common."),
    ("ana.editor.firelight", "The password is too similar to the username."),
    ("123456789012", "This password is entirely numeric."),
    ("short-one", "This password is too short. It must contain at least 12 characters."),
]
STRONG_PASSWORD = "lantern-orchard-velvet-42"


def user_form(username: str, password: str, **extra) -> dict:
    return {
        "username": username,
        "email": "new.editor@example.com",
        "first_name": "New",
        "last_name": "Editor",
        "password1": password,
        "password2": password,
        **extra,
    }


@pytest.mark.django_db
class TestPasswords:
    @pytest.mark.parametrize(("password", "message"), WEAK_PASSWORDS)
    def test_validate_password_refuses_weak_ones(self, password, message):
        user = get_user_model()(username="ana.editor.firelight", email="ana@example.com")
        with pytest.raises(ValidationError) as refused:
            validate_password(password, user=user)
        assert message in refused.value.messages

    def test_a_strong_password_is_accepted(self):
        user = get_user_model()(username="ana.editor.firelight", email="ana@example.com")
        validate_password(STRONG_PASSWORD, user=user)

    @pytest.mark.parametrize(("password", "message"), WEAK_PASSWORDS)
    def test_the_admin_refuses_to_create_a_user_with_a_weak_password(
        self, admin_client, password, message
    ):
        response = admin_client.post(
            "/admin/users/new/", user_form("ana.editor.firelight", password)
        )
        assert response.status_code == 200
        assert message in response.context["form"].errors["password2"]
        assert not get_user_model().objects.filter(username="ana.editor.firelight").exists()

    def test_the_admin_creates_a_user_with_a_strong_password(self, admin_client):
        response = admin_client.post(
            "/admin/users/new/", user_form("ana.editor.firelight", STRONG_PASSWORD)
        )
        assert response.status_code == 302
        user = get_user_model().objects.get(username="ana.editor.firelight")
        assert user.check_password(STRONG_PASSWORD)

    def test_the_admin_refuses_to_change_a_password_to_a_weak_one(self, admin_client):
        user = get_user_model().objects.create_user("ana.editor.firelight", password=PASSWORD)
        url = f"/admin/users/edit/{user.pk}/"
        response = admin_client.post(
            url, user_form("ana.editor.firelight", "password1234", is_active="on")
        )
        assert response.status_code == 200
        assert "This password is too common." in response.context["form"].errors["password2"]
        user.refresh_from_db()
        assert user.check_password(PASSWORD)

    def test_an_editor_cannot_choose_a_weak_password_for_themself(self, client, editor_user):
        client.force_login(editor_user)
        response = client.post(
            "/admin/account/",
            {
                "password-old_password": PASSWORD,
                "password-new_password1": "password1234",
                "password-new_password2": "password1234",
            },
        )
        editor_user.refresh_from_db()
        assert editor_user.check_password(PASSWORD)
        assert b"This password is too common." in response.content


def production_settings(monkeypatch) -> dict:
    """The production settings module's values (it needs a secret key and hosts)."""
    monkeypatch.setenv("SECRET_KEY", "production-like-test-key")
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    return runpy.run_module("config.settings.production")


@pytest.mark.django_db
class TestCookies:
    COOKIE_SETTINGS = (
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "SESSION_COOKIE_AGE",
        "SESSION_EXPIRE_AT_BROWSER_CLOSE",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_SAMESITE",
    )

    def test_production_cookies_are_secure_http_only_same_site_and_last_a_day(
        self, client, settings, monkeypatch, editor_user
    ):
        production = production_settings(monkeypatch)
        for name in self.COOKIE_SETTINGS:
            setattr(settings, name, production[name])
        login_page = client.get(LOGIN_URL, secure=True)
        csrf = login_page.cookies[settings.CSRF_COOKIE_NAME]
        assert csrf["secure"] is True
        assert csrf["samesite"] == "Lax"
        response = sign_in(client, "ana", PASSWORD, secure=True, remember=True)
        assert response.status_code == 302
        session = response.cookies[settings.SESSION_COOKIE_NAME]
        assert session["httponly"] is True
        assert session["secure"] is True
        assert session["samesite"] == "Lax"
        # "Remember me": a working day, not Django's two weeks.
        assert session["max-age"] == 12 * 60 * 60

    def test_without_remember_me_the_session_ends_with_the_browser_or_the_day(
        self, client, editor_user
    ):
        response = sign_in(client, "ana", PASSWORD)
        session = response.cookies[settings.SESSION_COOKIE_NAME]
        assert session["max-age"] == "" and session["expires"] == ""
        # The server forgets it after a working day even if the browser never closes.
        assert client.session.get_expiry_age() == 12 * 60 * 60

    def test_development_cookies_work_over_plain_http(self, client, editor_user):
        """Locally (make run) there is no TLS: the cookie must not require it."""
        response = sign_in(client, "ana", PASSWORD)
        session = response.cookies[settings.SESSION_COOKIE_NAME]
        assert not session["secure"]
        assert session["httponly"] is True
        assert session["samesite"] == "Lax"
