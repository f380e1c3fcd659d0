"""Phone and modern formats: HEIC/HEIF (optional pillow-heif, the `heif` extra) and AVIF
(Pillow's own plugin, where Pillow was built with libavif), decoded like any photo."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, features

from mclip_desktop.core import images
from mclip_desktop.core.errors import ImageReadError
from tests.support import synthetic

SPEC = images.Preprocessing(
    size=64, mean=(0.48145466, 0.4578275, 0.40821073), std=(0.26862954, 0.26130258, 0.27577711)
)

try:
    import pillow_heif
except ImportError:
    pillow_heif = None

needs_heif = pytest.mark.skipif(
    pillow_heif is None,
    reason="pillow-heif is not installed: HEIC support is the optional `heif` extra "
    "(pip install -e '.[heif]')",
)
needs_avif = pytest.mark.skipif(
    not features.check("avif"), reason="this Pillow was built without AVIF support (libavif)"
)


def photo() -> Image.Image:
    return synthetic.make_photo("red", "star", width=320, height=240, seed=5)


def reference() -> np.ndarray:
    """The same photo through a lossless format, as the model sees it."""
    buf = io.BytesIO()
    photo().save(buf, "PNG")
    return images.decode_photo(buf.getvalue(), SPEC).pixels


def encode(fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    photo().save(buf, fmt, **options)
    return buf.getvalue()


def assert_close_to_reference(decoded: images.DecodedPhoto) -> None:
    assert (decoded.width, decoded.height) == (320, 240)
    assert decoded.pixels.shape == (3, SPEC.size, SPEC.size)
    # Lossy codecs: close to the lossless decode, not equal (normalised units, std ~0.27).
    assert float(np.abs(decoded.pixels - reference()).mean()) < 0.08


@needs_heif
def test_heic_from_pillow_heif_decodes_like_a_photo(tmp_path):
    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(encode("HEIF", quality=90))
    assert images.is_photo_path(path)
    assert "HEIF" in images.PHOTO_FORMATS
    assert_close_to_reference(images.decode_photo(images.read_file(path), SPEC))


@needs_heif
def test_heic_orientation_and_capture_date_are_read(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # stored rotated: exif_transpose turns it upright again
    exif.get_ifd(0x8769)[0x9003] = "2024:07:14 18:30:00"
    stored = photo().transpose(Image.Transpose.ROTATE_90)
    buf = io.BytesIO()
    stored.save(buf, "HEIF", quality=90, exif=exif.tobytes())
    decoded = images.decode_photo(buf.getvalue(), SPEC)
    assert (decoded.width, decoded.height) == (320, 240)
    assert decoded.taken_at == "2024:07:14 18:30:00"


@needs_avif
def test_avif_from_pillow_decodes_like_a_photo(tmp_path):
    path = tmp_path / "IMG_0002.avif"
    path.write_bytes(encode("AVIF", quality=90))
    assert images.is_photo_path(path)
    assert "AVIF" in images.PHOTO_FORMATS
    assert_close_to_reference(images.decode_photo(images.read_file(path), SPEC))


@needs_avif
def test_damaged_avif_gets_a_reason_not_a_crash():
    data = encode("AVIF", quality=60)
    with pytest.raises(ImageReadError) as info:
        images.decode_photo(data[: len(data) // 2], SPEC)
    assert str(info.value)
