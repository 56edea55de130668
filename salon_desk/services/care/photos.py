"""Photos: any common image format in, a small upright JPEG thumbnail out."""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

THUMBNAIL_SIZE = (320, 320)


class ImageError(SalonError):
    pass


def make_thumbnail(data: bytes, size: tuple[int, int] = THUMBNAIL_SIZE, quality: int = 85) -> bytes:
    """JPEG bytes of the image, turned upright by its EXIF orientation and fitted into size."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            img = ImageOps.exif_transpose(img)
            img.thumbnail(size, Image.Resampling.LANCZOS)
            if img.mode not in ("RGB", "L"):
                background = Image.new("RGB", img.size, "white")
                rgba = img.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                img = background
            out = io.BytesIO()
            img.save(out, "JPEG", quality=quality, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError) as exc:
        raise ImageError(Text(msg.IMAGE_UNREADABLE)) from exc
