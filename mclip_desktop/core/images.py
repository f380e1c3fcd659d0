"""Reading photos: restricted decoding, EXIF orientation, and the model's preprocessing.

The preprocessing matches CLIP's image processor (bicubic resize of the short side, centre
crop, rescale, normalise) but works on a JPEG already decoded at reduced scale with
``draft()``, and resizes and crops in one pass, which is several times faster on camera
photos than running the processor on the full image.

Only photo formats are opened (``PHOTO_FORMATS``: no PostScript, no PSD, no icon or
scientific formats), whatever a file's name says. Every failure becomes an ImageReadError
with a reason for the user; libtiff's own messages, which it would print straight to the
process's stderr, are switched off (see ``quiet_native_decoders``).
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import io
import logging
import os
import stat
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from mclip_desktop.core.errors import ImageReadError

log = logging.getLogger(__name__)

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


def quiet_native_decoders() -> bool:
    """Switch off libtiff's global warning and error handlers, which print to the process's
    stderr (fd 2) for many damaged or unusual TIFFs. Pillow turns off some warnings during
    decoding but none of the errors, and reports every failure itself with an exception,
    so nothing is lost. The handlers are looked up through Pillow's own extension module,
    so they are those of the libtiff instance Pillow uses (bundled or system). Where libtiff
    is linked in statically (Windows wheels) its symbols are not exported, and this returns
    False: there is no console to disturb there."""
    try:
        from PIL import _imaging

        imaging = ctypes.CDLL(_imaging.__file__)
        found = False
        for name in (
            "TIFFSetWarningHandler",
            "TIFFSetErrorHandler",
            "TIFFSetWarningHandlerExt",
            "TIFFSetErrorHandlerExt",
        ):
            setter = getattr(imaging, name, None)
            if setter is None:
                continue
            setter.restype = ctypes.c_void_p
            setter.argtypes = [ctypes.c_void_p]
            setter(None)
            found = True
        return found
    except (OSError, ImportError, AttributeError) as exc:  # pragma: no cover - platform
        log.debug("libtiff messages stay on: %s", exc)
        return False


LIBTIFF_QUIET = quiet_native_decoders()
# Pillow also reports damaged files through Python warnings ("Corrupt EXIF data", "Invalid
# APNG") and its logger ("More samples per pixel than can be decoded"); the reason of every
# failure is recorded by the app, so these would only be noise on the user's terminal. A
# process-wide filter, because warnings.catch_warnings is not safe in the decode threads.
warnings.filterwarnings("ignore", module=r"PIL(\.|$)")
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
logging.getLogger("PIL").setLevel(logging.CRITICAL)

# ISO base media brands of HEIC/HEIF and AVIF files, for a useful reason when the decoder
# for them is missing.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}


def is_photo_path(path: str | os.PathLike[str]) -> bool:
    return os.path.splitext(os.fspath(path))[1].lower() in PHOTO_EXTENSIONS


def fingerprint(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def photo_type(data: bytes) -> str | None:
    """The file type a photo's content says it is (not its name): one of the type filter's
    names (jpeg, png, webp, gif, tiff, bmp, avif, heic), or None for anything else."""
    head = data[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"BM"):
        return "bmp"
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, len(head) - 3, 4)}
        if brands & _AVIF_BRANDS:
            return "avif"
        if brands & _HEIF_BRANDS:
            return "heic"
    return None


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
    """The file's bytes. Opened without blocking and checked to be a regular file, so that
    a pipe or device put in a photo's place cannot hang the reader."""
    try:
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with open(fd, "rb") as f:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(errno.EISDIR, "is a directory")
            if not stat.S_ISREG(st.st_mode):
                raise ImageReadError("not a regular file (a pipe, socket or device)")
            if st.st_size > MAX_FILE_BYTES:
                raise ImageReadError(f"file too large to be a photo ({st.st_size / 2**20:.0f} MB)")
            data = f.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ImageReadError("file too large to be a photo (it grew while being read)")
            return data
    except FileNotFoundError as exc:
        raise ImageReadError("the file disappeared before it could be read") from exc
    except PermissionError as exc:
        raise ImageReadError("permission denied: check the file's permissions") from exc
    except IsADirectoryError as exc:
        raise ImageReadError("this is a folder, not a photo") from exc
    except OSError as exc:
        raise ImageReadError(f"cannot read the file: {exc.strerror or exc}") from exc


def _missing_decoder(data: bytes) -> str | None:
    """A reason naming the missing decoder for a HEIC or AVIF file this build cannot read."""
    if data[4:8] != b"ftyp":
        return None
    brand = data[8:12]
    if brand in _HEIF_BRANDS and "HEIF" not in PHOTO_FORMATS:
        return "HEIC/HEIF photo, which this installation cannot read: install pillow-heif"
    if brand in _AVIF_BRANDS and "AVIF" not in PHOTO_FORMATS:
        return "AVIF photo, which this installation cannot read: update Pillow"
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ImageReadError):
        return str(exc)
    if isinstance(exc, Image.DecompressionBombError):
        return "image has too many pixels to be decoded safely"
    if isinstance(exc, UnidentifiedImageError):
        return "not a photo format mclip-desktop can read (damaged file, or another file type)"
    text = str(exc)
    lowered = text.lower()
    if any(s in lowered for s in ("truncated", "broken data stream", "premature end")):
        return "the file is truncated or damaged"
    if isinstance(exc, MemoryError):
        return "not enough memory to decode this image"
    if lowered.startswith(("decoder error", "unrecognized data stream")):
        return f"the image data is damaged ({text})"
    if lowered.startswith("unsupported"):
        return f"a kind of image this version cannot decode ({text})"
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


def _draft_request(width: int, height: int, min_size: int) -> tuple[int, int]:
    """The size to ask ``draft()`` for: JPEG decodes at 1/8, 1/4 or 1/2 scale; take the
    strongest reduction that keeps both sides at least ``min_size``, among those that divide
    both sides exactly (a scale that does not leaves a partial last row or column and
    shifts the crop by a pixel); if none does, what ``draft()`` itself would pick."""
    fits = [s for s in (8, 4, 2) if min(width, height) // s >= min_size]
    exact = [s for s in fits if width % s == 0 and height % s == 0]
    if exact:
        return width // exact[0], height // exact[0]
    return min_size, min_size


def open_photo(data: bytes, min_size: int | None = None) -> tuple[Image.Image, int, int, str | None]:
    """Decode to an upright RGB image. With ``min_size``, JPEGs decode at reduced scale
    but with both sides at least ``min_size``. Returns (image, width, height, taken_at),
    the size being the photo's full, upright size. Raises ImageReadError with a reason."""
    if not data:
        raise ImageReadError("empty file (0 bytes)")
    try:
        im = Image.open(io.BytesIO(data), formats=PHOTO_FORMATS)
        width, height = im.size
        if width <= 0 or height <= 0:
            raise ImageReadError(f"the image has no pixels ({width}x{height})")
        drafted = None
        if min_size and im.format in ("JPEG", "MPO"):
            drafted = im.draft("RGB", _draft_request(width, height, min_size))
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
    except UnidentifiedImageError as exc:
        raise ImageReadError(_missing_decoder(data) or _reason(exc)) from exc
    except (Exception, MemoryError) as exc:  # noqa: BLE001 - every decoder failure is a reason
        raise ImageReadError(_reason(exc)) from exc


def photo_header(data: bytes) -> tuple[int | None, int | None, str | None]:
    """Upright size and capture date from the header alone, without decoding pixels."""
    try:
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
    # JPEGs decode at reduced scale, but to at least 1.5 times the model's size (and 336
    # px): the last, bicubic step must do a real part of the reduction, or the tensors drift
    # measurably from what the model's own processor makes of the full image. (At 1.5x a
    # 12 MP photo decodes at 1/8 scale, which costs a quarter less CPU than 1/4 at 2x;
    # the tensors stay within 0.012 of the processor's, the vectors within cosine 0.99999.)
    im, width, height, taken = open_photo(data, min_size=max(3 * spec.size // 2, 336))
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
