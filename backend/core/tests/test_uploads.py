"""Images editors upload are raster images of a bounded size, checked by content; and no
URL makes a rendition on a visitor's request: the API offers only the renditions of
``RENDITION_SETS``, generated at upload and publish time."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Rendition
from wagtail.images.views.serve import ServeView

from core.api.references import RENDITION_SETS
from core.factories import ImageFactory, StandardPageFactory, image_block

SCRIPT_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)
SCRIPT_HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
ALLOWED_SPECS = {spec for config in RENDITION_SETS.values() for spec in config["specs"]}


def png(width: int = 40, height: int = 30, noise: bool = False) -> bytes:
    image = PILImage.new("RGB", (width, height), (30, 120, 200))
    if noise:
        image.frombytes(os.urandom(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (30, 120, 200)).save(buffer, format="JPEG")
    return buffer.getvalue()


def stored_originals() -> list[Path]:
    return list(Path(settings.MEDIA_ROOT).glob("original_images/*"))


def add_image(client, name: str, content: bytes):
    return client.post(
        "/admin/images/add/",
        {"title": "Upload", "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.django_db
class TestImageUploads:
    def test_a_real_image_is_accepted(self, admin_client):
        before = stored_originals()
        response = add_image(admin_client, "photo.png", png())
        assert response.status_code == 302, response.context["form"].errors
        assert get_image_model().objects.count() == 1
        assert len(stored_originals()) == len(before) + 1

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            (
                "drawing.svg",
                SCRIPT_SVG,
                "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF.",
            ),
            ("page.html", SCRIPT_HTML, "Upload a valid image."),
            ("page.png", SCRIPT_HTML, "Upload a valid image."),
            ("drawing.png", SCRIPT_SVG, "Not a valid .png image."),
            ("photo.png", jpeg(), "Not a valid .png image."),
        ],
    )
    def test_what_is_not_a_raster_image_of_its_named_type_is_refused(
        self, admin_client, name, content, message
    ):
        before = stored_originals()
        response = add_image(admin_client, name, content)
        assert response.status_code == 200
        errors = response.context["form"].errors["file"]
        assert any(error.startswith(message) for error in errors), errors
        assert not get_image_model().objects.exists()
        assert stored_originals() == before

    def test_an_oversized_file_is_refused(self, admin_client, settings):
        assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2000  # rather than uploading 10 MB
        content = png(60, 60, noise=True)
        assert len(content) > 2000
        response = add_image(admin_client, "noise.png", content)
        assert response.status_code == 200
        [error] = response.context["form"].errors["file"]
        assert error.startswith("This file is too big (")
        assert "Maximum filesize 2.0\xa0KB." in error
        assert not get_image_model().objects.exists()

    def test_a_decompression_bomb_is_refused(self, admin_client, settings):
        """A few kilobytes that decode to more pixels than a worker should hold."""
        assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000
        settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
        response = add_image(admin_client, "wide.png", png(50, 30))
        assert response.status_code == 200
        assert response.context["form"].errors["file"] == [
            "This file has too many pixels (1500). Maximum pixels 1000."
        ]
        assert not get_image_model().objects.exists()

    def test_the_multiple_uploader_refuses_an_svg_too(self, admin_client):
        """The admin's drag-and-drop uploader, which editors use most."""
        before = stored_originals()
        response = admin_client.post(
            "/admin/images/multiple/add/",
            {"files[]": SimpleUploadedFile("drawing.svg", SCRIPT_SVG), "collection": 1},
        )
        assert response.status_code == 200
        data = response.json()
        assert data["success"] is False
        assert "Not a supported image format" in data["error_message"]
        assert not get_image_model().objects.exists()
        assert stored_originals() == before


def url_callbacks(patterns=None):
    """Every view the project's URLs route to."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_callbacks(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            yield pattern.callback


@pytest.mark.django_db
class TestRenditions:
    def test_wagtails_image_serve_view_is_not_mounted(self):
        for callback in url_callbacks():
            view_class = getattr(callback, "view_class", None)
            assert not (view_class and issubclass(view_class, ServeView)), callback
            assert callback.__module__ != "wagtail.images.views.serve", callback

    @pytest.mark.parametrize(
        "path",
        [
            "/images/abc123/1/fill-5000x5000/photo.png",
            "/images/1/fill-5000x5000/",
            "/media/images/1/width-4000/",
        ],
    )
    def test_a_resize_url_makes_no_rendition(self, client, home, site_settings, spa_build, path):
        image = ImageFactory(width=60, height=40)
        made = set(Rendition.objects.values_list("pk", flat=True))
        response = client.get(path.replace("/1/", f"/{image.pk}/"))
        assert response.status_code == 404
        assert response["Content-Type"].startswith("text/html")
        assert set(Rendition.objects.values_list("pk", flat=True)) == made

    def test_wagtails_image_api_is_not_mounted(self, client, home, site_settings):
        ImageFactory(width=60, height=40)
        for path in ("/api/v2/images/", "/api/images/"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert b"fill-" not in response.content

    def test_an_anonymous_visitor_cannot_use_the_admins_preview(self, client, db):
        image = ImageFactory(width=60, height=40)
        response = client.get(f"/admin/images/{image.pk}/preview/fill-5000x5000/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_the_api_offers_only_the_renditions_of_rendition_sets(
        self, client, home, site_settings
    ):
        image = ImageFactory(width=1800, height=1200)
        StandardPageFactory(
            parent=home, slug="about", social_image=image, body=[image_block(image)]
        )
        data = client.get("/api/pages/resolve/", {"path": "/about/"}).json()
        urls = set()
        for value in walk(data):
            if isinstance(value, dict) and "srcset" in value:
                urls.add(value["src"])
                urls.update(part.split()[0] for part in value["srcset"].split(", "))
        og_image = data["seo"]["og_image"]["src"]
        urls.add(og_image)
        assert len(urls) > 2
        renditions = {r.url: r.filter_spec for r in Rendition.objects.filter(image=image)}
        assert set(renditions.values()) <= ALLOWED_SPECS
        for url in urls:
            path = re.sub(r"^https?://[^/]+", "", url)
            assert path in renditions, url


def walk(data):
    yield data
    if isinstance(data, dict):
        for value in data.values():
            yield from walk(value)
    elif isinstance(data, list):
        for item in data:
            yield from walk(item)
