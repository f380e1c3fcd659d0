"""Terms as people type them (``"3:blue square"``, ``./beach.jpg``, ``https://…``), checked
before any model loads, and terms turned into vectors when a request runs."""

from __future__ import annotations

import io
import math
import os
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

from mclip_desktop.core import images
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.query.request import Term


def parse_term(spec: str, sign: float = 1.0) -> Term:
    """A term from its written form: an optional ``WEIGHT:`` prefix, then an http(s) URL, an
    existing image file, or text. ``sign`` -1 makes it a term to subtract."""
    weight = 1.0
    head, colon, rest = spec.partition(":")
    if colon and _is_number(head):
        weight = float(head)
        if not math.isfinite(weight):
            raise MclipError(f"The weight in '{spec}' is not a usable number.")
        spec = rest
    elif colon and head and _looks_like_weight(head):
        raise MclipError(f"The weight '{head}' in '{spec}' is not a number.")
    value = spec.strip()
    if not value:
        raise MclipError("A search term is empty.")
    weight *= sign
    if urlsplit(value).scheme.lower() in ("http", "https"):
        return Term.url(value, weight)
    path = Path(value).expanduser()
    if path.exists() or _looks_like_path(value):
        check_image_file(path)
        return Term.image(str(path.resolve()), weight)
    return Term.text(value, weight)


def check_image_file(path: Path) -> None:
    """Raise a one-line MclipError unless ``path`` is an image the decoder can open."""
    if not path.exists():
        raise MclipError(f"The image {path} does not exist.")
    if path.is_dir():
        raise MclipError(f"{path} is a folder, not an image.")
    try:
        data = images.read_file(path)
    except MclipError as exc:
        raise MclipError(f"The image {path} cannot be read: {exc}.") from exc
    try:
        with Image.open(io.BytesIO(data), formats=images.PHOTO_FORMATS) as im:
            im.size  # noqa: B018 - opening reads the header; that is the check
    except Exception as exc:  # noqa: BLE001 - any decoder complaint means "not an image"
        raise MclipError(
            f"The image {path} cannot be used: not a photo format mclip-desktop can read "
            "(JPEG, PNG, WebP, GIF, TIFF, BMP, AVIF or HEIC)."
        ) from exc


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _looks_like_weight(head: str) -> bool:
    # "2x:dog", "-:cat", "0,5:beach": meant as a weight, but not a number.
    return len(head) <= 6 and not head.isalpha() and os.sep not in head and " " not in head


def _looks_like_path(value: str) -> bool:
    return (
        value.startswith(("./", "../", "/", "~"))
        or (os.sep in value and " " not in value)
        or images.is_photo_path(value)
    )
