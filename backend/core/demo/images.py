"""Demo images drawn locally with Pillow (nothing is downloaded)."""

from __future__ import annotations

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

PALETTES = {
    "ember": [(46, 38, 64), (178, 84, 48), (236, 170, 94)],
    "dawn": [(32, 56, 72), (92, 140, 140), (240, 208, 160)],
    "meadow": [(38, 60, 48), (120, 150, 96), (232, 220, 170)],
    "dusk": [(40, 36, 70), (120, 80, 130), (240, 190, 170)],
    "river": [(24, 48, 70), (60, 120, 150), (210, 228, 220)],
}


def _lerp(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, ...]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def draw_abstract(width: int, height: int, palette: str, seed: int) -> bytes:
    """A soft abstract landscape: a vertical gradient with glowing circles and hills."""
    rng = random.Random(seed)
    colours = PALETTES[palette]
    image = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = (
            _lerp(colours[0], colours[1], t * 2)
            if t < 0.5
            else _lerp(colours[1], colours[2], (t - 0.5) * 2)
        )
        draw.line([(0, y), (width, y)], fill=colour)
    glow = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    glow_draw = ImageDraw.Draw(glow)
    for _ in range(7):
        radius = rng.randint(height // 10, height // 3)
        cx, cy = rng.randint(0, width), rng.randint(0, height // 2)
        glow_draw.ellipse(
            [cx - radius, cy - radius, cx + radius, cy + radius], fill=(*colours[2], 60)
        )
    glow = glow.filter(ImageFilter.GaussianBlur(radius=height // 12))
    image.paste(glow, (0, 0), glow)
    draw = ImageDraw.Draw(image)
    for layer in range(3):
        base = height * (0.62 + layer * 0.12)
        amplitude = height * 0.05
        phase = rng.random() * math.pi * 2
        points = [(0, height)]
        for x in range(0, width + 10, 10):
            points.append((x, base + math.sin(x / width * math.pi * 2 + phase) * amplitude))
        points.append((width, height))
        draw.polygon(points, fill=_lerp(colours[0], colours[1], 0.25 * (2 - layer)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=86)
    return buffer.getvalue()


def stored_image(title: str, alt: str, draw, extension: str):
    """Get the image titled ``title``, or store the bytes ``draw()`` returns (idempotent,
    and nothing is drawn when the image exists)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    filename = title.lower().replace(" ", "-") + f".{extension}"
    image = image_model(title=title, description=alt)
    image.file.save(filename, ImageFile(io.BytesIO(draw()), name=filename), save=False)
    image.save()
    return image


def demo_image(title: str, alt: str, *, palette: str, seed: int, width=1600, height=1000):
    """Get or create an abstract demo image by title."""
    return stored_image(
        title, alt, lambda: draw_abstract(width, height, palette, seed), extension="jpg"
    )
