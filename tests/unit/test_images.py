"""Decoding and preprocessing of photos, on real photographs and on bad input."""

import io
import os
from pathlib import Path

import numpy as np
import pytest
import sklearn.datasets
from PIL import Image

from mclip_desktop.core import images
from mclip_desktop.core.errors import ImageReadError

SAMPLE_PHOTOS = Path(sklearn.datasets.__file__).parent / "images"
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)


def clip_processor(size):
    from transformers import CLIPImageProcessor

    return CLIPImageProcessor(
        size={"shortest_edge": size},
        crop_size={"height": size, "width": size},
        resample=3,
        do_center_crop=True,
        image_mean=list(CLIP_MEAN),
        image_std=list(CLIP_STD),
    )


def jpeg_bytes(im, **kw):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92, **kw)
    return buf.getvalue()


def real_photos():
    """The scikit-learn sample photographs as shipped, and at twice their size."""
    for name in ("china.jpg", "flower.jpg"):
        data = (SAMPLE_PHOTOS / name).read_bytes()
        yield name, data
        im = Image.open(io.BytesIO(data))
        yield f"{name}@2x", jpeg_bytes(im.resize((im.width * 2, im.height * 2), Image.BICUBIC))


@pytest.mark.parametrize("size", [224, 64])
@pytest.mark.parametrize("name,data", list(real_photos()), ids=lambda v: v if isinstance(v, str) else "")
def test_fast_preprocessing_matches_the_models_own_processor(name, data, size):
    spec = images.Preprocessing(size, CLIP_MEAN, CLIP_STD)
    reference = clip_processor(size)(images=Image.open(io.BytesIO(data)).convert("RGB"), return_tensors="np")
    ours = images.decode_photo(data, spec).pixels
    assert ours.shape == reference["pixel_values"][0].shape
    assert float(np.abs(ours - reference["pixel_values"][0]).mean()) < 0.02


def test_exif_orientation_is_applied_and_size_reported_upright():
    im = Image.new("RGB", (400, 200), "white")
    im.paste((255, 0, 0), (0, 0, 200, 200))  # left half red
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: rotate 90 degrees clockwise to view
    data = jpeg_bytes(im, exif=exif.tobytes())
    upright, width, height, _ = images.open_photo(data)
    assert (width, height) == (200, 400)
    top, bottom = upright.getpixel((100, 50)), upright.getpixel((100, 350))
    assert top[0] > 200 and top[1] < 80  # the red half is now on top
    assert bottom == (255, 255, 255) or min(bottom) > 230


def test_capture_date_is_read_from_exif():
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2024:07:14 18:30:00"
    data = jpeg_bytes(Image.new("RGB", (64, 48)), exif=exif.tobytes())
    assert images.open_photo(data)[3] == "2024:07:14 18:30:00"


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "empty file"),
        (b"this is a text file, not a photo\n" * 10, "not a photo format"),
        (os.urandom(4096), "not a photo format"),
    ],
    ids=["empty", "text", "random"],
)
def test_unreadable_content_gives_a_reason(content, reason):
    with pytest.raises(ImageReadError, match=reason):
        images.decode_photo(content, images.Preprocessing(64, CLIP_MEAN, CLIP_STD))


def test_truncated_jpeg_gives_a_reason():
    rng = np.random.default_rng(0)
    data = jpeg_bytes(Image.fromarray(rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)))
    with pytest.raises(ImageReadError, match="truncated or damaged"):
        images.decode_photo(data[: len(data) // 3], images.Preprocessing(64, CLIP_MEAN, CLIP_STD))


def test_formats_outside_photo_types_are_refused():
    buf = io.BytesIO()
    Image.new("RGB", (32, 32)).save(buf, "PCX")
    with pytest.raises(ImageReadError, match="not a photo format"):
        images.decode_photo(buf.getvalue(), images.Preprocessing(64, CLIP_MEAN, CLIP_STD))


@pytest.mark.parametrize("mode", ["CMYK", "L", "LA", "P", "RGBA", "I;16"])
def test_awkward_modes_decode_to_rgb(mode):
    im = Image.new("RGB", (120, 90), (200, 30, 30))
    if mode == "I;16":
        im = Image.fromarray(np.full((90, 120), 40000, dtype=np.uint16))
    else:
        im = im.convert(mode)
    buf = io.BytesIO()
    im.save(buf, "TIFF" if mode in ("CMYK", "I;16") else "PNG")
    pixels = images.decode_photo(buf.getvalue(), images.Preprocessing(64, CLIP_MEAN, CLIP_STD)).pixels
    assert pixels.shape == (3, 64, 64) and np.isfinite(pixels).all()
    if mode == "I;16":  # 40000 of 65535 is a mid grey, not clipped white
        grey = pixels[0, 0, 0] * CLIP_STD[0] + CLIP_MEAN[0]
        assert 0.5 < grey < 0.7
