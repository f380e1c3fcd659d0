"""What the preview's details panel shows about one photo, read from its header only."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

_MAKE, _MODEL, _DATETIME, _EXIF_IFD, _DATETIME_ORIGINAL = 0x010F, 0x0110, 0x0132, 0x8769, 0x9003
_ORIENTATION = 0x0112


@dataclass(frozen=True)
class PhotoDetails:
    path: str
    size_bytes: int | None
    mtime: float | None
    width: int | None
    height: int | None
    taken_at: str | None  # "YYYY-MM-DD HH:MM:SS" from EXIF
    camera: str | None


def photo_details(path: str) -> PhotoDetails:
    try:
        st = os.stat(path)
        size, mtime = st.st_size, st.st_mtime
    except OSError:
        size = mtime = None
    width = height = None
    taken = camera = None
    try:
        with Image.open(path) as image:
            width, height = image.size
            exif = image.getexif()
            if exif.get(_ORIENTATION) in (5, 6, 7, 8):
                width, height = height, width  # shown upright, as the preview shows it
            make = str(exif.get(_MAKE) or "").strip("\x00 ")
            model = str(exif.get(_MODEL) or "").strip("\x00 ")
            if model and make and not model.lower().startswith(make.lower().split()[0]):
                camera = f"{make} {model}"
            else:
                camera = model or make or None
            raw = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
            if raw:
                text = str(raw).strip("\x00 ")
                if len(text) >= 19 and text[4] == ":" and text[7] == ":":
                    taken = text[:10].replace(":", "-") + text[10:19]
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        pass
    return PhotoDetails(path, size, mtime, width, height, taken, camera)
