"""Reading photos: restricted decoding, EXIF orientation, and the model's preprocessing.

The preprocessing matches CLIP's image processor (bicubic resize of the short side, centre
crop, rescale, normalise) but works on a JPEG already decoded at reduced scale with
``draft()``, and resizes and crops in one pass, which is several times faster on camera
photos than running the processor on the full image.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from mclip_desktop.core.errors import ImageReadError

try:  # HEIC/HEIF from phones, when pillow-heif is installed.
    import pillow_heif

    pillow_heif.register_heif_opener()
    _HEIF = ("HEIF",)
except ImportError:  # pragma: no cover - optional
    _HEIF = ()

ImageFile.LOAD_TRUNCATED_IMAGES = False

PHOTO_EXTENSIONS = frozenset(
    {
        ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".bmp",
        ".tif", ".tiff", ".heic", ".heif", ".avif", ".mpo",
    }
)
Image.init()
# MPO (multi-picture JPEG from cameras) opens through the JPEG plugin.
PHOTO_FORMATS: tuple[str, ...] = tuple(
    f for f in ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "AVIF", *_HEIF) if f in Image.OPEN
)

# Drafted JPEGs decode at 1/8 scale at most, so their limit can be higher than for other
# formats, which are decoded at full size.
MAX_PIXELS_DRAFTED = 400_000_000
MAX_PIXELS = 120_000_000
MAX_FILE_BYTES = 512 * 1024 * 1024
Image.MAX_IMAGE_PIXELS = MAX_PIXELS_DRAFTED // 2

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_DATETIME = 0x0132
_ORIENTATION = 0x0112


def is_photo_path(path: str | os.PathLike[str]) -> bool:
    return os.path.splitext(os.fspath(path))[1].lower() in PHOTO_EXTENSIONS


def fingerprint(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(frozen=True)
class Preprocessing:
    """What a CLIP image tower expects: a square of ``size`` pixels, normalised."""

    size: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]
    resample: int = Image.Resampling.BICUBIC


@dataclass
class DecodedPhoto:
    pixels: np.ndarray  # (3, size, size) float32
    width: int
    height: int
    taken_at: str | None


def read_file(path: str | os.PathLike[str]) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise ImageReadError(f"file too large to be a photo ({size / 2**20:.0f} MB)")
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError as exc:
        raise ImageReadError("the file disappeared before it could be read") from exc
    except PermissionError as exc:
        raise ImageReadError("permission denied: check the file's permissions") from exc
    except IsADirectoryError as exc:
        raise ImageReadError("this is a folder, not a photo") from exc
    except OSError as exc:
        raise ImageReadError(f"cannot read the file: {exc.strerror or exc}") from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ImageReadError):
        return str(exc)
    if isinstance(exc, Image.DecompressionBombError):
        return "image has too many pixels to be decoded safely"
    if isinstance(exc, UnidentifiedImageError):
        return "not a photo format mclip-desktop can read (damaged file, or another file type)"
    text = str(exc)
    if any(s in text.lower() for s in ("truncated", "broken data stream", "premature end")):
        return "the file is truncated or damaged"
    if isinstance(exc, MemoryError):
        return "not enough memory to decode this image"
    return f"cannot decode the image ({type(exc).__name__}: {text})" if text else (
        f"cannot decode the image ({type(exc).__name__})"
    )


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        arr = np.asarray(im, dtype=np.float32)
        top = 65535.0 if im.mode.startswith("I;16") else max(float(arr.max()), 1.0)
        arr = np.clip(arr * (255.0 / top), 0, 255).astype(np.uint8)
        return Image.fromarray(arr, "L").convert("RGB")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return im.convert("RGB")


def _taken_at(exif: Image.Exif) -> str | None:
    try:
        value = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    except Exception:  # noqa: BLE001 - damaged EXIF must not lose the photo
        return None
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return str(value).strip("\x00 ") or None if value else None


def open_photo(data: bytes, min_size: int | None = None) -> tuple[Image.Image, int, int, str | None]:
    """Decode to an upright RGB image. With ``min_size``, JPEGs decode at reduced scale
    but with both sides at least ``min_size``. Returns (image, width, height, taken_at),
    the size being the photo's full, upright size. Raises ImageReadError with a reason."""
    if not data:
        raise ImageReadError("empty file (0 bytes)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=PHOTO_FORMATS)
            width, height = im.size
            drafted = None
            if min_size and im.format in ("JPEG", "MPO"):
                drafted = im.draft("RGB", (min_size, min_size))
            if width * height > (MAX_PIXELS_DRAFTED if drafted is not None else MAX_PIXELS):
                raise ImageReadError(
                    f"image too large to decode safely ({width}x{height} pixels)"
                )
            try:
                exif = im.getexif()
                orientation = exif.get(_ORIENTATION)
                taken = _taken_at(exif)
            except Exception:  # noqa: BLE001 - damaged EXIF must not lose the photo
                orientation, taken = None, None
            im.load()
            if drafted is not None:
                # A reduced-scale decode ends in a partial row or column (the box says how
                # much of the last one is real); drop it so that geometry stays exact.
                _, box = drafted
                im = im.crop((0, 0, max(1, int(box[2])), max(1, int(box[3]))))
            try:
                upright = ImageOps.exif_transpose(im)
            except Exception:  # noqa: BLE001 - nonsense orientation: keep the pixels as stored
                upright = im
            if orientation in (5, 6, 7, 8) and upright is not im:
                width, height = height, width
            return _to_rgb(upright), width, height, taken
    except ImageReadError:
        raise
    except (Exception, MemoryError) as exc:  # noqa: BLE001 - every decoder failure is a reason
        raise ImageReadError(_reason(exc)) from exc


def photo_header(data: bytes) -> tuple[int | None, int | None, str | None]:
    """Upright size and capture date from the header alone, without decoding pixels."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=PHOTO_FORMATS) as im:
                width, height = im.size
                exif = im.getexif()
                if exif.get(_ORIENTATION) in (5, 6, 7, 8):
                    width, height = height, width
                return width, height, _taken_at(exif)
    except Exception:  # noqa: BLE001 - the content was decoded before; the header is a bonus
        return None, None, None


def preprocess(im: Image.Image, spec: Preprocessing) -> np.ndarray:
    """Bicubic resize of the short side to ``spec.size`` and centre crop, in one resampling
    pass over the crop box, then CLIP normalisation. Returns (3, size, size) float32."""
    w, h = im.size
    size = spec.size
    # The processor resizes to (size, int(size * long / short)) and then crops the middle.
    if w <= h:
        new_w, new_h = size, int(size * h / w)
    else:
        new_w, new_h = int(size * w / h), size
    left = (new_w - size) // 2
    top = (new_h - size) // 2
    sx, sy = w / new_w, h / new_h
    box = (left * sx, top * sy, (left + size) * sx, (top + size) * sy)
    square = im.resize((size, size), spec.resample, box=box)
    arr = np.asarray(square, dtype=np.float32) * np.float32(1 / 255)
    arr = (arr - np.asarray(spec.mean, np.float32)) / np.asarray(spec.std, np.float32)
    return np.ascontiguousarray(arr.transpose(2, 0, 1))


def decode_photo(data: bytes, spec: Preprocessing) -> DecodedPhoto:
    # JPEGs decode at reduced scale, but to at least twice the model's size (and 448 px):
    # the last, bicubic step must do a real part of the reduction, or the tensors drift
    # measurably from what the model's own processor makes of the full image.
    im, width, height, taken = open_photo(data, min_size=max(2 * spec.size, 448))
    try:
        pixels = preprocess(im, spec)
    except (Exception, MemoryError) as exc:  # noqa: BLE001
        raise ImageReadError(_reason(exc)) from exc
    return DecodedPhoto(pixels, width, height, taken)


def load_query_image(path: str | os.PathLike[str], spec: Preprocessing) -> np.ndarray:
    """Decode an image given as a query; raises ImageReadError naming the file."""
    try:
        return decode_photo(read_file(path), spec).pixels
    except ImageReadError as exc:
        raise ImageReadError(f"Cannot use {Path(path)} as a query image: {exc}") from exc


def stack(pixels: Sequence[np.ndarray]) -> np.ndarray:
    return np.stack(pixels).astype(np.float32, copy=False)
