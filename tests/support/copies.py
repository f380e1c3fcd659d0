"""Derived copies, bursts and look-alikes of synthetic photos, for the duplicate finder.

``write_set`` writes a folder whose ground truth is known: every original has derived copies
(the same picture: resized, re-encoded, slightly cropped, stored sideways with an EXIF
orientation tag, exported as PNG), burst frames (a moment later: the subject moved, the
camera shook a little, the exposure changed, fresh sensor noise) and distinct photos of the
same subject (same colour and shape, another scene).
"""

from __future__ import annotations

import io
import itertools
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from tests.support.synthetic import COLOURS, SHAPES, make_photo

DERIVED = ("resize50", "jpeg60", "crop5", "exif_rotated", "png")

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_ORIENTATION = 0x0112


def exif_bytes(when: datetime | None, orientation: int | None = None) -> bytes:
    exif = Image.Exif()
    if when is not None:
        exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = when.strftime("%Y:%m:%d %H:%M:%S")
    if orientation is not None:
        exif[_ORIENTATION] = orientation
    return exif.tobytes()


def save_jpeg(im: Image.Image, path: Path, quality: int = 92, exif: bytes = b"") -> None:
    im.save(path, "JPEG", quality=quality, exif=exif)


def derive(im: Image.Image, kind: str, rng: random.Random) -> tuple[Image.Image, dict]:
    """A derived copy of ``im`` and the save options it is written with."""
    w, h = im.size
    if kind == "resize50":
        return im.resize((w // 2, h // 2), Image.Resampling.LANCZOS), {"quality": 85}
    if kind == "jpeg60":
        return im, {"quality": 60}
    if kind == "crop5":
        # 5 % of each side's length taken off, split at random between the two edges.
        cw, ch = round(w * 0.05), round(h * 0.05)
        left, top = rng.randint(0, cw), rng.randint(0, ch)
        return im.crop((left, top, w - (cw - left), h - (ch - top))), {"quality": 90}
    if kind == "exif_rotated":
        # Stored sideways, with the tag that tells viewers to turn it upright (as phones do).
        return im.transpose(Image.Transpose.ROTATE_90), {"quality": 90, "orientation": 6}
    if kind == "png":
        return im, {"format": "PNG"}
    raise ValueError(kind)


def burst_frame(im: Image.Image, rng: random.Random) -> Image.Image:
    """The next frame of a burst: the subject moved, the camera shook, the exposure changed,
    the sensor noise is new."""
    arr = np.asarray(im, dtype=np.float32)
    grey = arr.mean(axis=2, keepdims=True)
    # The subject is the saturated shape on a pale background.
    mask = (np.abs(arr - grey).max(axis=2) > 40).astype(np.float32)
    h, w = mask.shape
    background = Image.fromarray(arr.astype(np.uint8)).filter(ImageFilter.MedianFilter(9))
    bg = np.asarray(background.filter(ImageFilter.GaussianBlur(radius=max(w, h) / 40)), np.float32)
    dx = int(rng.choice((-1, 1)) * rng.uniform(0.03, 0.08) * w)
    dy = int(rng.choice((-1, 1)) * rng.uniform(0.02, 0.06) * h)
    moved_mask = np.roll(mask, (dy, dx), axis=(0, 1))[..., None]
    moved = np.roll(arr, (dy, dx), axis=(0, 1))
    out = np.where(mask[..., None] > 0, bg, arr)
    out = np.where(moved_mask > 0, moved, out)
    # Camera shake: a shift of about 1 % of the frame.
    sx, sy = rng.randint(-w // 100, w // 100), rng.randint(-h // 100, h // 100)
    out = np.roll(out, (sy, sx), axis=(0, 1))
    out = out * rng.uniform(0.85, 1.15) + np.random.default_rng(rng.randint(0, 2**31)).normal(
        0, 3, out.shape
    )
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


@dataclass
class CopySet:
    root: Path
    # Pairs of file names that are the same picture / that are a burst.
    duplicate_pairs: set[frozenset[str]] = field(default_factory=set)
    burst_pairs: set[frozenset[str]] = field(default_factory=set)
    files: list[str] = field(default_factory=list)


def write_set(
    root: Path,
    originals: int,
    *,
    seed: int = 0,
    derived: tuple[str, ...] = DERIVED,
    burst: int = 2,
    lookalikes: int = 1,
    size: tuple[int, int] = (640, 480),
) -> CopySet:
    """Write ``originals`` photos, each with its derived copies, ``burst`` further frames and
    ``lookalikes`` distinct photos of the same subject; return the ground truth."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    result = CopySet(root)
    subjects = list(itertools.product(COLOURS, SHAPES))
    start = datetime(2024, 5, 1, 9, 0, 0)
    for n in range(originals):
        colour, shape = subjects[n % len(subjects)]
        when = start + timedelta(hours=3 * n)
        base = make_photo(colour, shape, width=size[0], height=size[1], seed=seed * 100_003 + n)
        name = f"p{n:04d}.jpg"
        save_jpeg(base, root / name, exif=exif_bytes(when))
        result.files.append(name)
        copies = [name]
        for kind in derived:
            im, options = derive(base, kind, rng)
            ext = "png" if options.get("format") == "PNG" else "jpg"
            copy = f"p{n:04d}-{kind}.{ext}"
            if ext == "png":
                im.save(root / copy, "PNG")
            else:
                save_jpeg(
                    im, root / copy, options["quality"],
                    exif_bytes(when, options.get("orientation")),
                )  # fmt: skip
            copies.append(copy)
            result.files.append(copy)
        for a, b in itertools.combinations(copies, 2):
            result.duplicate_pairs.add(frozenset((a, b)))
        frames = [name]
        previous = base
        for k in range(burst):
            previous = burst_frame(previous, rng)
            frame = f"p{n:04d}-burst{k + 1}.jpg"
            save_jpeg(previous, root / frame, exif=exif_bytes(when + timedelta(seconds=k + 1)))
            frames.append(frame)
            result.files.append(frame)
        # A burst frame is "similar" to the original and to all its copies.
        for frame in frames[1:]:
            for other in copies + [f for f in frames if f != frame]:
                result.burst_pairs.add(frozenset((frame, other)))
        for k in range(lookalikes):
            other = make_photo(
                colour, shape, width=size[0], height=size[1],
                seed=seed * 100_003 + 50_000 + n * 7 + k,
            )
            look = f"p{n:04d}-lookalike{k + 1}.jpg"
            save_jpeg(other, root / look, exif=exif_bytes(when + timedelta(days=30, minutes=k)))
            result.files.append(look)
    return result


def jpeg_bytes(im: Image.Image, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()
