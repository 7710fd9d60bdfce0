"""Security headers on every kind of response: the SPA's shell, the API, the admin (and
its preview), files, feeds and calendars. No inline script runs without the response's
nonce, only the admin's own preview may be framed, and HSTS is sent over HTTPS."""

from __future__ import annotations

import inspect
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core import checks
from django.core.exceptions import ValidationError
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.embeds.finders import get_finders
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.blocks import EmbedBlock
from core.factories import StandardPageFactory
from core.security import PERMISSIONS_POLICY, RESOURCE_POLICY, check_cors
from events.factories import EventIndexPageFactory, EventPageFactory
from team.factories import (
    AvailabilitySlotFactory,
    TeamIndexPageFactory,
    TeamMemberLicenseFactory,
    TeamMemberPageFactory,
)

NON_EXECUTABLE_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template"}


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as ``{directive: [sources]}``."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice in {header}"
        directives[name] = sources
    return directives


def assert_common_headers(response, *, framed_by_admin: bool = False) -> None:
    """What every response carries, whatever it is."""
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in response["Permissions-Policy"]
    ancestors = policy(response)["frame-ancestors"]
    if framed_by_admin:
        assert ancestors == ["'self'"] and response["X-Frame-Options"] == "SAMEORIGIN"
    else:
        assert ancestors == ["'none'"] and response["X-Frame-Options"] == "DENY"


class Scripts(HTMLParser):
    """The ``<script>`` elements of a page, inline ones with their text."""

    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.inline_styles = 0
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs:
            self.inline_styles += 1
        if tag == "style":
            self.inline_styles += 1
        if tag == "script":
            self.scripts.append({**attrs, "text": ""})
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1]["text"] += data


def parse(html: str) -> Scripts:
    parser = Scripts()
    parser.feed(html)
    return parser


def executable_inline_scripts(html: str) -> list[dict]:
    return [
        script
        for script in parse(html).scripts
        if "src" not in script
        and (script.get("type") or "text/javascript").lower() not in NON_EXECUTABLE_SCRIPT_TYPES
    ]


# -- the SPA's shell -----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_shell_runs_no_inline_script_and_frames_only_the_embed_players(
    client, site_settings, spa_build
):
    response = client.get("/")
    assert response.status_code == 200
    assert_common_headers(response)
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["connect-src"] == ["'self'"]
    assert csp["frame-src"] == django_settings.CSP_FRAME_SOURCES
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    # The page data and JSON-LD are inlined, but not as anything a browser runs.
    html = response.content.decode()
    assert 'type="application/json"' in html
    assert executable_inline_scripts(html) == []


@pytest.mark.django_db
def test_a_missing_page_and_a_shared_preview_get_the_same_policy(client, site_settings, spa_build):
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    assert_common_headers(missing)
    assert policy(missing)["script-src"] == ["'self'"]
    shared = client.get("/preview/", {"token": "not-a-token"})
    assert shared.status_code == 404
    # A shared draft opens in its own tab: nobody may frame it.
    assert_common_headers(shared)


BUILT_INDEX = Path(django_settings.FRONTEND_DIST_DIR) / "index.html"


@pytest.mark.django_db
@pytest.mark.skipif(not BUILT_INDEX.exists(), reason="the SPA is not built")
def test_the_built_spa_needs_no_inline_script_or_style(client, site_settings, settings):
    settings.FRONTEND_DIST_DIR = BUILT_INDEX.parent
    html = client.get("/").content.decode()
    parsed = parse(html)
    assert executable_inline_scripts(html) == []
    assert parsed.inline_styles == 0
    for script in parsed.scripts:
        if "src" in script:
            assert script["src"].startswith("/"), script  # this origin: script-src 'self'


@pytest.mark.django_db
def test_an_absolute_media_url_is_allowed_for_images(client, site_settings, spa_build, settings):
    settings.MEDIA_URL = "https://media.firelight.example/media/"
    csp = policy(client.get("/"))
    assert "https://media.firelight.example" in csp["img-src"]
    assert "https://media.firelight.example" in csp["media-src"]


# -- the API, files, feeds -----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/api/site/", "/api/pages/resolve/?path=/", "/api/nothing-here/", "/api/csrf/"]
)
def test_api_responses_may_load_and_be_framed_by_nothing(client, site_settings, path):
    response = client.get(path)
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Security-Policy"] == RESOURCE_POLICY
    assert_common_headers(response)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_files_made_by_the_site_get_the_strict_policy(client, site_settings, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == RESOURCE_POLICY
    assert_common_headers(response)


@pytest.mark.django_db
def test_media_files_get_the_strict_policy(client):
    upload = Path(django_settings.MEDIA_ROOT) / "security-test-upload.svg"
    upload.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    response = client.get("/media/security-test-upload.svg")
    assert response.status_code == 200
    # An uploaded SVG opened on its own could run script: here it cannot.
    assert response["Content-Security-Policy"] == RESOURCE_POLICY
    assert_common_headers(response)


@pytest.mark.skipif(not (BUILT_INDEX.parent / "favicon.svg").exists(), reason="no SPA build")
def test_files_served_by_whitenoise_get_the_headers_too(client):
    response = client.get("/favicon.svg")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == RESOURCE_POLICY
    assert_common_headers(response)


# -- HTTPS ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_hsts_is_sent_on_https_with_the_production_settings(client, site_settings, settings):
    # As config/settings/production.py sets them, behind the TLS-terminating proxy.
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    secure = client.get("/api/site/", HTTP_X_FORWARDED_PROTO="https")
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    # Over plain HTTP the header means nothing and is not sent.
    assert "Strict-Transport-Security" not in client.get("/api/site/")


# -- the admin -----------------------------------------------------------------------------


def admin_nonce(response) -> str:
    sources = policy(response)["script-src"]
    nonces = [source for source in sources if source.startswith("'nonce-")]
    assert len(nonces) == 1, sources
    return nonces[0].removeprefix("'nonce-").removesuffix("'")


def assert_every_inline_script_has_the_nonce(response) -> int:
    nonce = admin_nonce(response)
    scripts = executable_inline_scripts(response.content.decode())
    for script in scripts:
        assert script.get("nonce") == nonce, script
    return len(scripts)


@pytest.mark.django_db
def test_the_admin_allows_inline_scripts_only_with_the_responses_nonce(editor, home):
    first = editor.get("/admin/")
    assert first.status_code == 200
    assert_common_headers(first)
    csp = policy(first)
    assert csp["script-src"][0] == "'self'" and len(csp["script-src"]) == 2
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in first["Content-Security-Policy"]
    assert csp["object-src"] == ["'none'"]
    assert "'self'" in csp["frame-src"]  # the preview panel
    # A fresh, unguessable nonce for every response.
    second = editor.get("/admin/")
    assert admin_nonce(first) != admin_nonce(second)
    assert len(admin_nonce(first)) >= 22


@pytest.mark.django_db
def test_the_admin_sign_in_page_has_the_headers(client, home):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert_every_inline_script_has_the_nonce(response)


@pytest.fixture
def team_member(home):
    index = TeamIndexPageFactory(parent=home)
    member = TeamMemberPageFactory(parent=index)
    TeamMemberLicenseFactory(page=member)
    AvailabilitySlotFactory(page=member)
    return member


@pytest.fixture
def event(home):
    return EventPageFactory(parent=EventIndexPageFactory(parent=home))


@pytest.mark.django_db
def test_every_inline_script_of_the_page_editor_has_the_nonce(editor, team_member, event):
    """Inline panels, date and time pickers and choosers all write inline scripts."""
    for page in (team_member, event):
        response = editor.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "initTimeChooser(" in html and "new InlinePanel(" in html
        assert assert_every_inline_script_has_the_nonce(response) >= 4
    assert "initDateChooser(" in editor.get(f"/admin/pages/{event.pk}/edit/").content.decode()


@pytest.mark.django_db
def test_chooser_scripts_have_the_nonce(editor, event):
    response = editor.get(f"/admin/pages/add/events/eventpage/{event.get_parent().pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "new PageChooser(" in html  # the presenters' chooser, in the inline panel
    assert_every_inline_script_has_the_nonce(response)


def test_the_chooser_patch_copies_wagtails_render():
    """``nonce_chooser_scripts`` replaces Wagtail's ``BaseChooser.render``: the copy must
    do what the original does (upgrade Wagtail, and this says to look again)."""
    original = inspect.getsource(BaseChooser.render.replaces)
    assert 'out = f"{widget_html}<script>{js}</script>"' in original
    assert re.search(r"js = self\.render_js_init\(id_, name, value_data\)", original)


@pytest.mark.django_db
def test_only_the_admins_preview_may_be_framed_by_the_admin(editor, home, site_settings, spa_build):
    page = StandardPageFactory(parent=home, slug="about", title="About us")
    edit = editor.get(f"/admin/pages/{page.pk}/edit/")
    assert_common_headers(edit)  # the editor itself: framed by nobody
    url = f"/admin/pages/{page.pk}/edit/preview/"
    form = {"title": "Typed", "slug": "about", "intro": "", "body": streamfield([])}
    assert editor.post(url, nested_form_data(form)).json()["is_valid"]
    preview = editor.get(url)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert '"title":"Typed"' in html  # the draft, in the SPA's shell
    assert_common_headers(preview, framed_by_admin=True)
    # Rendered as a request for the page's public URL: the SPA's own policy.
    assert policy(preview)["script-src"] == ["'self'"]
    # The SPA in the preview runs its modules from this origin, and nothing inline.
    assert executable_inline_scripts(html) == []


@pytest.mark.django_db
def test_the_admin_may_frame_the_spa_on_its_own_origin(editor, home, settings):
    settings.FRONTEND_ORIGIN = "https://www.firelight.example"
    csp = policy(editor.get("/admin/"))
    assert "https://www.firelight.example" in csp["frame-src"]


# -- embeds --------------------------------------------------------------------------------


def test_embeds_come_only_from_the_providers_the_policy_frames():
    finders = get_finders()
    assert [type(finder) for finder in finders] == [OEmbedFinder]
    accepts = finders[0].accept
    assert accepts("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    assert accepts("https://vimeo.com/76979871")
    # Providers Wagtail knows, but not ours: the embed block refuses them.
    assert not accepts("https://www.tiktok.com/@someone/video/1")
    assert not accepts("https://www.instagram.com/p/abc/")
    players = django_settings.CSP_FRAME_SOURCES
    assert players == [player for _provider, player in django_settings.EMBED_PROVIDERS]
    assert all(player.startswith("https://") for player in players)


@pytest.mark.django_db
def test_the_embed_block_refuses_other_providers_without_asking_them():
    block = EmbedBlock()
    value = block.to_python({"embed": "https://www.tiktok.com/@someone/video/1", "title": "A"})
    with pytest.raises(ValidationError):
        block.clean(value)


# -- configuration checks ------------------------------------------------------------------


def test_cors_may_not_allow_every_origin(settings):
    assert check_cors() == []
    settings.CORS_ALLOW_ALL_ORIGINS = True
    assert [error.id for error in check_cors()] == ["firelight.E001"]
    settings.CORS_ALLOW_ALL_ORIGINS = False
    settings.CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://.*$"]
    assert [error.id for error in check_cors()] == ["firelight.E002"]
    assert check_cors in checks.registry.registry.get_checks()
