"""Duplicates and similar photos: find them, suggest which copy to keep, move the rest to the
trash.

Two tiers, never mixed:

- **duplicates**: the same picture. Exact copies share a fingerprint; near copies (resized,
  re-encoded, slightly cropped, stored sideways with an EXIF orientation, converted to
  another format) are found by the pixel check below.
- **similar** (on request): other shots of the same moment (bursts, near-identical shots),
  taken within ``SIMILAR_SECONDS`` of each other. A similar group joins duplicate groups by
  their keepers, so a photo is never in both tiers.

The CLIP vectors only propose candidates: each photo's ``NEIGHBOURS`` nearest photos in the
vector index, whatever their scores (real ViT-B/32 scores derived copies above ~0.95 but
bursts as high, and a small test model scores differently again, so no cosine threshold could
serve). The decision is made on pixels, independently of the model: every content gets a
32x32 grey picture of its upright image (its *print*, stored in the catalog by fingerprint);
two prints are compared after the best alignment among small zooms and shifts, which absorbs
a crop of up to 10 %, and the mean absolute grey difference that remains decides. A moved
subject, a changed exposure or another scene leave a difference that no alignment removes.
The thresholds and the evidence behind them are in docs/duplicates.md.

Prints are made lazily, for contents that lack one, on the first search for duplicates after
they were indexed (a JPEG decodes at 1/8 scale for it). The pairs compared are kept in a cache
beside the catalog, so each look searches and compares only the contents indexed since the
last one; groups are formed afresh from those pairs each time, so they follow indexing.
"""

from __future__ import annotations

import bisect
import contextlib
import io
import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image

from mclip_desktop.core import images, trash
from mclip_desktop.core.catalog import Catalog, DuplicateCandidate
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.vector_index import VectorIndex, model_key

log = logging.getLogger(__name__)

THUMB = 32
# Candidates per photo from the vector index.
NEIGHBOURS = 10
# Mean absolute grey difference (0-255) left after the best alignment.
DUPLICATE_DIFFERENCE = 1.6
DUPLICATE_LOCAL = 16.0
SIMILAR_DIFFERENCE = 24.0
# Shots further apart than this are never "similar".
SIMILAR_SECONDS = 300.0
# A cheap first look at 8x8 (no alignment): pairs further apart than this cannot pass.
_COARSE_DIFFERENCE = 36.0
# HNSW search breadth for the neighbour lists: a photo's copies lie far closer to it than
# a text query to its answers, so a narrow search finds them (see docs/duplicates.md).
_EF = 32
# Stored quality of formats that lose nothing (PNG, TIFF, BMP, GIF).
LOSSLESS = 101
_LOSSLESS_FORMATS = ("PNG", "TIFF", "BMP", "GIF")

KINDS = ("exact", "near", "similar")

ProgressCallback = Callable[[int, int], None]


# -- prints -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoPrint:
    thumb: bytes  # THUMB x THUMB grey pixels of the upright image
    quality: int | None  # JPEG quality estimate, LOSSLESS, or None when unknown
    exif: bool


# The IJG standard luminance quantisation table (quality 50), in natural order.
_STD_LUMINANCE = np.array(
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ],
    dtype=np.float64,
)  # fmt: skip


def jpeg_quality(table: Sequence[int]) -> int:
    """The IJG quality setting that makes this luminance table (inverting libjpeg's
    scaling), 1-100."""
    scale = float(np.mean(np.asarray(table, dtype=np.float64)[:64] * 100.0 / _STD_LUMINANCE))
    quality = (200.0 - scale) / 2.0 if scale <= 100.0 else 5000.0 / scale
    return int(min(100, max(1, round(quality))))


def make_print(data: bytes) -> PhotoPrint:
    """The print of a photo's bytes; raises ImageReadError when it cannot be decoded."""
    im, _, _, _ = images.open_photo(data, min_size=4 * THUMB)
    thumb = im.convert("L").resize((THUMB, THUMB), Image.Resampling.BOX).tobytes()
    quality: int | None = None
    exif = False
    try:
        with Image.open(io.BytesIO(data), formats=images.PHOTO_FORMATS) as header:
            if header.format in ("JPEG", "MPO"):
                tables = getattr(header, "quantization", None) or {}
                if 0 in tables:
                    quality = jpeg_quality(tables[0])
            elif header.format in _LOSSLESS_FORMATS:
                quality = LOSSLESS
            exif = len(header.getexif()) > 0
    except Exception:  # noqa: BLE001 - the pixels were read; the extras are a bonus
        pass
    return PhotoPrint(thumb, quality, exif)


def update_prints(
    catalog: Catalog,
    files: Sequence[DuplicateCandidate],
    progress: ProgressCallback | None = None,
    batch: int = 64,
    limit: int | None = None,
) -> int:
    """Make the prints of contents that lack one (one file per content is read), or of the
    first ``limit`` that can be made; returns how many contents were tried. Files that cannot
    be read now are left out and tried next time."""
    todo: dict[str, str] = {}
    for f in files:
        if not f.has_print:
            todo.setdefault(f.fingerprint, f.path)
    made: list[tuple[str, bytes, int | None, bool]] = []
    done = 0
    succeeded = 0
    for fingerprint, path in todo.items():
        if limit is not None and succeeded >= limit:
            break
        try:
            data = images.read_file(path)
            if images.fingerprint(data) == fingerprint:
                p = make_print(data)
                made.append((fingerprint, p.thumb, p.quality, p.exif))
                succeeded += 1
        except ImageReadError as exc:
            log.info("No print for %s: %s", path, exc)
        done += 1
        if len(made) >= batch:
            catalog.add_prints(made)
            made.clear()
        if progress is not None:
            progress(done, len(todo))
    if made:
        catalog.add_prints(made)
    return done


# -- comparing --------------------------------------------------------------------------


def _boxes(scales: Iterable[float], steps: int) -> np.ndarray:
    """Crop boxes (x0, y0, x1, y1) in thumb pixels: each scale at steps x steps offsets."""
    boxes = []
    for scale in scales:
        side = scale * THUMB
        room = THUMB - side
        offsets = [0.0] if room <= 0 else list(np.linspace(0.0, room, steps))
        boxes.extend((x, y, x + side, y + side) for x in offsets for y in offsets)
    return np.array(boxes, dtype=np.float32)


_COARSE_BOXES = _boxes((1.0, 0.95, 0.9), 3)
_BORDER = 2  # pixels at the edge left out: they are where a crop loses or adds content
_INNER = slice(_BORDER, THUMB - _BORDER)
_SIDE_IN = THUMB - 2 * _BORDER
# The refinement around the best box so far: zoom, x and y each a step down, none or up
# (zoom outermost, y innermost: ties go to the first, as they always have).
_REFINE = np.array(
    [(ds, dx, dy) for ds in (-1, 0, 1) for dx in (-1, 0, 1) for dy in (-1, 0, 1)],
    dtype=np.float32,
)
_REFINE_STEPS = (0.75, 0.375, 0.2)
# Pairs compared at once: (pairs x boxes) resampled thumbs of 4 KB each stay near 30 MB.
_CHUNK = 256


def _weights(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Bilinear resampling matrices (..., T, T) for spans [start, end) of any shape: row i
    holds the weights of the source pixels for output pixel i."""
    steps = (np.arange(THUMB, dtype=np.float32) + 0.5) / THUMB
    at = starts[..., np.newaxis] + steps * (ends - starts)[..., np.newaxis] - 0.5
    at = np.clip(at, 0, THUMB - 1).reshape(-1, THUMB)
    low = np.minimum(np.floor(at).astype(np.int64), THUMB - 2)
    frac = at - low
    weights = np.zeros((len(at), THUMB, THUMB), dtype=np.float32)
    n = np.arange(len(at))[:, np.newaxis]
    i = np.arange(THUMB)[np.newaxis, :]
    weights[n, i, low] = 1 - frac
    weights[n, i, low + 1] += frac
    return weights.reshape(*starts.shape, THUMB, THUMB)


def _sample(thumbs: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Bilinear resampling of each pair's boxes of its thumb to T x T: thumbs (P, T, T) and
    boxes (P, B, 4) give (P, B, T, T)."""
    rows = _weights(boxes[..., 1], boxes[..., 3])
    cols = _weights(boxes[..., 0], boxes[..., 2])
    return np.matmul(np.matmul(rows, thumbs[:, np.newaxis]), cols.swapaxes(-1, -2))


def _best(fixed: np.ndarray, moving: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Each pair's box (P, 4), among its boxes (P, B, 4), that brings ``moving`` closest to
    ``fixed`` (mean difference inside the border)."""
    warped = _sample(moving, boxes)
    diffs = np.abs(warped[..., _INNER, _INNER] - fixed[:, np.newaxis, _INNER, _INNER]).mean(
        axis=(2, 3)
    )
    return boxes[np.arange(len(boxes)), np.argmin(diffs, axis=1)]


def _refined(box: np.ndarray, step: float) -> np.ndarray:
    """The boxes (P, 27, 4) a step of zoom and shift around each pair's box (P, 4), kept
    inside the thumb and at a zoom of 85 % or more."""
    x, y, side = box[:, 0:1], box[:, 1:2], box[:, 2:3] - box[:, 0:1]
    s = np.clip(side + step * _REFINE[:, 0], 0.85 * THUMB, THUMB)
    nx = np.clip(x + step * _REFINE[:, 1], 0.0, THUMB - s)
    ny = np.clip(y + step * _REFINE[:, 2], 0.0, THUMB - s)
    return np.stack([nx, ny, nx + s, ny + s], axis=-1).astype(np.float32)


@dataclass(frozen=True)
class Difference:
    """What is left between two prints after the best alignment, in grey levels (0-255):
    the mean over 2x2-pooled pixels (pooling forgives the resampling of edges), and the
    largest mean over 4x4-pixel blocks (a small subject that moved or differs)."""

    mean: float
    local: float

    def same_picture(self) -> bool:
        return same_picture(self.mean, self.local)

    def similar(self) -> bool:
        return self.mean <= SIMILAR_DIFFERENCE


def same_picture(mean: np.ndarray | float, local: np.ndarray | float) -> np.ndarray | bool:
    return (mean <= DUPLICATE_DIFFERENCE) & (local <= DUPLICATE_LOCAL)


def _measure(diff: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mean, local) of inner differences (P, S, S)."""
    p = len(diff)
    half, quarter = _SIDE_IN // 2, _SIDE_IN // 4
    pooled = np.abs(diff.reshape(p, half, 2, half, 2).mean(axis=(2, 4)))
    blocks = np.abs(diff).reshape(p, quarter, 4, quarter, 4).mean(axis=(2, 4))
    return pooled.mean(axis=(1, 2)), blocks.max(axis=(1, 2))


def differences(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of prints (P, T, T) compared after the alignment (zoom to 85 % and shift,
    either way round) that leaves the smallest mean difference: (mean, local), each (P,)."""
    a = a.astype(np.float32, copy=False)
    b = b.astype(np.float32, copy=False)
    mean, local = _measure((b - a)[:, _INNER, _INNER])
    # Copies that were not cropped (resized, re-encoded, converted, turned) need no search.
    todo = np.flatnonzero(~same_picture(mean, local))
    for start in range(0, len(todo), _CHUNK):
        part = todo[start : start + _CHUNK]
        for fixed, moving in ((a[part], b[part]), (b[part], a[part])):
            coarse = np.broadcast_to(_COARSE_BOXES, (len(part), *_COARSE_BOXES.shape))
            box = _best(fixed, moving, coarse)
            # Refine around the best coarse box: ever smaller steps of offset and zoom.
            for step in _REFINE_STEPS:
                box = _best(fixed, moving, _refined(box, step))
            warped = _sample(moving, box[:, np.newaxis])[:, 0]
            found_mean, found_local = _measure((warped - fixed)[:, _INNER, _INNER])
            better = found_mean < mean[part]
            mean[part[better]] = found_mean[better]
            local[part[better]] = found_local[better]
    return mean, local


def difference(a: bytes | np.ndarray, b: bytes | np.ndarray) -> Difference:
    """Two prints compared as ``differences`` compares pairs."""
    mean, local = differences(_as_array(a)[np.newaxis], _as_array(b)[np.newaxis])
    return Difference(float(mean[0]), float(local[0]))


def _as_array(thumb: bytes | np.ndarray) -> np.ndarray:
    if isinstance(thumb, np.ndarray):
        return thumb.astype(np.float32, copy=False).reshape(THUMB, THUMB)
    return np.frombuffer(thumb, dtype=np.uint8).astype(np.float32).reshape(THUMB, THUMB)


def _coarse(thumbs: np.ndarray) -> np.ndarray:
    """8x8 block means of (n, T, T) thumbs: (n, 64)."""
    n = len(thumbs)
    blocks = thumbs.reshape(n, 8, THUMB // 8, 8, THUMB // 8).mean(axis=(2, 4), dtype=np.float32)
    return blocks.reshape(n, 64)


# -- grouping ---------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.find(i), []).append(i)
        return [g for g in found.values() if len(g) > 1]


@dataclass(frozen=True)
class Member:
    path: str
    size: int
    mtime_ns: int
    fingerprint: str
    width: int | None
    height: int | None
    taken_at: str | None
    quality: int | None
    exif: bool

    @property
    def state(self) -> trash.FileState:
        return trash.FileState(self.path, self.size, self.mtime_ns, self.fingerprint)

    @property
    def pixels(self) -> int:
        return (self.width or 0) * (self.height or 0)

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)

    @property
    def compression_rank(self) -> int:
        """Higher is less compressed. Lossless files and JPEGs of quality 90 or more rank
        alike: a PNG made from a JPEG holds no more than that JPEG did."""
        if self.quality is None:
            return 85
        return min(self.quality, 90)

    def as_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "size": self.size,
            "width": self.width,
            "height": self.height,
            "taken_at": self.taken_at,
            "quality": None if self.quality in (None, LOSSLESS) else self.quality,
            "lossless": self.quality == LOSSLESS,
            "exif": self.exif,
        }


# Why a keeper was suggested: a code (for translation) and the English words.
REASONS = {
    "resolution": "highest resolution",
    "compression": "least compression",
    "metadata": "has camera metadata (EXIF)",
    "oldest": "oldest file",
    "identical": "all copies are alike; the first by name",
}


@dataclass
class Group:
    kind: str  # one of KINDS
    members: list[Member]  # the keeper first
    reason: str  # a key of REASONS

    @property
    def keep(self) -> Member:
        return self.members[0]

    @property
    def others(self) -> list[Member]:
        return self.members[1:]

    def reason_text(self) -> str:
        keep = self.keep
        text = REASONS[self.reason]
        if self.reason == "resolution":
            text += f" ({keep.width}×{keep.height})"
        elif self.reason == "compression" and keep.quality is not None:
            text += " (lossless)" if keep.quality == LOSSLESS else f" (JPEG quality {keep.quality})"
        return text

    def with_keeper(self, path: str) -> Group:
        """The same group with another member chosen to keep."""
        chosen = [m for m in self.members if m.path == path]
        if not chosen:
            raise ValueError(f"{path} is not in this group")
        rest = [m for m in self.members if m.path != path]
        return Group(self.kind, chosen + rest, self.reason)

    def as_json(self) -> dict[str, object]:
        return {
            "keep": self.keep.path,
            "others": [m.path for m in self.others],
            "kind": self.kind,
            "reason": self.reason_text(),
            "reason_code": self.reason,
            "members": [m.as_json() for m in self.members],
        }


def _keeper_key(m: Member) -> tuple[int, int, int, int]:
    return (m.pixels, m.compression_rank, int(m.exif), -m.mtime_ns)


def choose_keeper(members: Sequence[Member]) -> tuple[list[Member], str]:
    """Members ordered keeper first (highest resolution, then least compression, then most
    metadata, then oldest, then name), and the code of the rule that decided."""
    ordered = sorted(members, key=lambda m: m.path)
    ordered.sort(key=_keeper_key, reverse=True)
    keep, runner_up = ordered[0], ordered[1]
    for code, value in zip(
        ("resolution", "compression", "metadata", "oldest"),
        (lambda m: m.pixels, lambda m: m.compression_rank, lambda m: m.exif, lambda m: -m.mtime_ns),
        strict=True,
    ):
        if value(keep) != value(runner_up):
            return ordered, code
    return ordered, "identical"


def _capture_time(m: Member) -> float:
    if m.taken_at:
        try:
            return datetime.strptime(m.taken_at[:19], "%Y:%m:%d %H:%M:%S").timestamp()
        except ValueError:
            pass
    return m.mtime_ns / 1e9


@dataclass
class Findings:
    groups: list[Group]
    photos: int  # readable files looked at
    prints_made: int
    unprinted: list[str] = field(default_factory=list)  # contents no print could be made of


def find_duplicates(
    catalog: Catalog,
    index: VectorIndex | None,
    model_id: str,
    *,
    similar: bool = False,
    neighbours: int = NEIGHBOURS,
    progress: ProgressCallback | None = None,
    print_limit: int | None = None,
) -> Findings:
    """Duplicate groups (exact and near), and with ``similar`` the similar groups after
    them. ``index`` is None when nothing was embedded yet (exact copies are still found).
    ``print_limit`` bounds the prints made by this look (a background count makes them a
    share at a time; contents still without one are in ``unprinted``).
    Pairs already compared come from the pair cache next to the catalog; only contents
    indexed since the last look are searched and compared."""
    files = catalog.files_for_prints()
    made = update_prints(catalog, files, progress, limit=print_limit) if index is not None else 0
    if made:
        files = catalog.files_for_prints()
    members_by_fp: dict[str, list[Member]] = {}
    printed: set[str] = set()
    for f in files:
        members_by_fp.setdefault(f.fingerprint, []).append(
            Member(
                f.path, f.size, f.mtime_ns, f.fingerprint, f.width, f.height, f.taken_at,
                f.quality, bool(f.exif),
            )
        )  # fmt: skip
        if f.has_print:
            printed.add(f.fingerprint)
    contents = sorted(members_by_fp)
    position = {fp: i for i, fp in enumerate(contents)}
    pairs = ComparedPairs.empty()
    if index is not None and len(contents) > 1:
        pairs = _compared_pairs(catalog, index, model_id, contents, printed, neighbours)
    same = same_picture(pairs.mean, pairs.local)
    same_picture_uf = _UnionFind(len(contents))
    for i, j in zip(pairs.a[same].tolist(), pairs.b[same].tolist(), strict=True):
        same_picture_uf.union(i, j)
    groups: list[Group] = []
    units: list[list[Member]] = []  # one per picture: its copies
    for root_members in _components(same_picture_uf, len(contents)):
        copies = [m for i in root_members for m in members_by_fp[contents[i]]]
        units.append(copies)
        if len(copies) > 1:
            ordered, reason = choose_keeper(copies)
            kind = "exact" if len(root_members) == 1 else "near"
            groups.append(Group(kind, ordered, reason))
    groups.sort(key=lambda g: g.keep.path)
    if similar and len(pairs.a):
        close_mask = ~same & (pairs.mean <= SIMILAR_DIFFERENCE)
        close = list(zip(pairs.a[close_mask].tolist(), pairs.b[close_mask].tolist(), strict=True))
        groups.extend(_similar_groups(units, contents, position, close))
    unprinted = []
    if index is not None:
        unprinted = [members_by_fp[fp][0].path for fp in contents if fp not in printed]
    return Findings(groups, len(files), made, unprinted)


def _components(uf: _UnionFind, n: int) -> list[list[int]]:
    found: dict[int, list[int]] = {}
    for i in range(n):
        found.setdefault(uf.find(i), []).append(i)
    return list(found.values())


# -- compared pairs and their cache -----------------------------------------------------


@dataclass
class ComparedPairs:
    """Candidate pairs that came close enough to matter to either tier (mean difference at
    most SIMILAR_DIFFERENCE), by position in a list of contents, with their differences."""

    a: np.ndarray  # int64
    b: np.ndarray
    mean: np.ndarray  # float32
    local: np.ndarray

    @classmethod
    def empty(cls) -> ComparedPairs:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none.copy(), none.astype(np.float32), none.astype(np.float32))

    def __len__(self) -> int:
        return len(self.a)

    def joined(self, other: ComparedPairs) -> ComparedPairs:
        return ComparedPairs(
            np.concatenate([self.a, other.a]), np.concatenate([self.b, other.b]),
            np.concatenate([self.mean, other.mean]), np.concatenate([self.local, other.local]),
        )  # fmt: skip

    def where(self, keep: np.ndarray) -> ComparedPairs:
        return ComparedPairs(self.a[keep], self.b[keep], self.mean[keep], self.local[keep])


# What the cached pairs depend on besides the prints (which a fingerprint fixes): a change
# to any of these makes the cache start again.
_CACHE_KEY = (
    f"pairs-1 neighbours={{}} ef={_EF} coarse={_COARSE_DIFFERENCE} kept={SIMILAR_DIFFERENCE} "
    f"thumb={THUMB} catalog={{}}"
)


def cache_path(catalog: Catalog, model_id: str) -> Path:
    """Where the compared pairs of ``model_id``'s neighbour lists are kept: beside the
    catalog, since both are about the same library."""
    return catalog.path.parent / f"duplicate-pairs-{model_key(model_id)}.npz"


def _compared_pairs(
    catalog: Catalog,
    index: VectorIndex,
    model_id: str,
    contents: list[str],
    printed: set[str],
    neighbours: int,
) -> ComparedPairs:
    """Every compared pair among ``contents``: those of the cache whose contents are all
    still there, and those of contents searched now for the first time (with a print and a
    vector), which join the cache. A copy indexed later is found from its own neighbour list:
    a photo and its copies are each other's nearest neighbours."""
    path = cache_path(catalog, model_id)
    key = _CACHE_KEY.format(neighbours, catalog.catalog_id)
    names = np.array(contents) if contents else np.zeros(0, dtype="U1")
    searched, known = _read_cache(path, key, names)
    labels_by_fp = catalog.embedding_ids_by_fingerprint(model_id)
    live = index.labels()
    new_at: list[int] = []
    new_labels: list[int] = []
    for at, fp in enumerate(contents):
        label = labels_by_fp.get(fp)
        if not searched[at] and fp in printed and label is not None and label in live:
            new_at.append(at)
            new_labels.append(label)
    if not new_at:
        return known
    lookup = np.full(max(labels_by_fp.values()) + 1, -1, dtype=np.int64)
    for fp, label in labels_by_fp.items():
        at = bisect.bisect_left(contents, fp)
        if at < len(contents) and contents[at] == fp and fp in printed:
            lookup[label] = at
    a, b = _neighbour_pairs(index, np.array(new_labels, dtype=np.int64), lookup, neighbours)
    thumbs = _load_thumbs(catalog, contents, np.union1d(a, b))
    fresh = compare_pairs(thumbs, a, b)
    searched[new_at] = True
    every = known.joined(fresh)
    _write_cache(path, key, names, searched, every)
    return every


def _neighbour_pairs(
    index: VectorIndex, labels: np.ndarray, lookup: np.ndarray, neighbours: int, chunk: int = 8192
) -> tuple[np.ndarray, np.ndarray]:
    """Distinct pairs (a < b, by position) of each label's content and its nearest
    neighbours' contents, in one batched, threaded search per chunk."""
    keys: list[np.ndarray] = []
    n = len(lookup)
    for start in range(0, len(labels), chunk):
        part = labels[start : start + chunk]
        near, _ = index.neighbours(part, neighbours + 1, ef=_EF)
        mine = np.broadcast_to(lookup[part][:, np.newaxis], near.shape)
        theirs = lookup[np.where((near >= 0) & (near < n), near, 0)]
        theirs = np.where((near >= 0) & (near < n), theirs, -1)
        ok = (mine >= 0) & (theirs >= 0) & (mine != theirs)
        low = np.minimum(mine, theirs)[ok]
        high = np.maximum(mine, theirs)[ok]
        keys.append(low * n + high)
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    unique = np.unique(np.concatenate(keys))
    return unique // n, unique % n


def _load_thumbs(catalog: Catalog, contents: list[str], wanted: np.ndarray) -> np.ndarray:
    """The prints (len(contents), T, T) as uint8, filled only at the ``wanted`` positions."""
    stored = catalog.prints([contents[i] for i in wanted.tolist()])
    thumbs = np.zeros((len(contents), THUMB, THUMB), dtype=np.uint8)
    for i in wanted.tolist():
        blob = stored.get(contents[i])
        if blob is not None and len(blob) == THUMB * THUMB:
            thumbs[i] = np.frombuffer(blob, dtype=np.uint8).reshape(THUMB, THUMB)
    return thumbs


def compare_pairs(thumbs: np.ndarray, a: np.ndarray, b: np.ndarray) -> ComparedPairs:
    """The aligned differences of pairs (a, b); a look at 8x8 without alignment rules most
    out first, and only pairs that come close enough to matter are kept."""
    if not len(a):
        return ComparedPairs.empty()
    coarse = np.zeros((len(thumbs), 64), dtype=np.float32)
    involved = np.union1d(a, b)
    coarse[involved] = _coarse(thumbs[involved])
    rough = np.abs(coarse[a] - coarse[b]).mean(axis=1)
    near = np.flatnonzero(rough <= _COARSE_DIFFERENCE)
    a, b = a[near], b[near]
    mean = np.empty(len(a), dtype=np.float32)
    local = np.empty(len(a), dtype=np.float32)
    for start in range(0, len(a), 4 * _CHUNK):
        part = slice(start, start + 4 * _CHUNK)
        mean[part], local[part] = differences(thumbs[a[part]], thumbs[b[part]])
    return ComparedPairs(a, b, mean, local).where(mean <= SIMILAR_DIFFERENCE)


def _read_cache(
    path: Path, key: str, names: np.ndarray
) -> tuple[np.ndarray, ComparedPairs]:
    """Which of ``names`` were searched already, and their compared pairs (by position in
    ``names``), from the cache; nothing when it is missing, stale or unreadable."""
    searched = np.zeros(len(names), dtype=bool)
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != key:
                return searched, ComparedPairs.empty()
            cached = data["searched"].astype(str)
            a, b = data["a"], data["b"]
            mean, local = data["mean"], data["local"]
    except FileNotFoundError:
        return searched, ComparedPairs.empty()
    except Exception as exc:  # noqa: BLE001 - a damaged cache is only a slower look
        log.info("Duplicate pair cache %s not used: %s", path, exc)
        return searched, ComparedPairs.empty()
    at = np.searchsorted(names, cached) if len(names) else np.zeros(len(cached), dtype=np.int64)
    at = np.minimum(at, max(len(names) - 1, 0))
    present = (names[at] == cached) if len(names) else np.zeros(len(cached), dtype=bool)
    moved = np.where(present, at, -1)
    searched[moved[present]] = True
    if not len(a) or a.max(initial=0) >= len(cached) or b.max(initial=0) >= len(cached):
        return searched, ComparedPairs.empty()
    pa, pb = moved[a], moved[b]
    keep = (pa >= 0) & (pb >= 0)
    return searched, ComparedPairs(
        pa[keep].astype(np.int64), pb[keep].astype(np.int64),
        mean[keep].astype(np.float32), local[keep].astype(np.float32),
    )  # fmt: skip


def _write_cache(
    path: Path, key: str, names: np.ndarray, searched: np.ndarray, pairs: ComparedPairs
) -> None:
    """Keep the searched contents and their pairs for the next look (written whole, then
    moved into place, so a reader never sees half a file)."""
    keep = np.flatnonzero(searched)
    renumber = np.full(len(names), -1, dtype=np.int64)
    renumber[keep] = np.arange(len(keep))
    # The review and the sidebar's count may look at once, on two threads of one process.
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as f:
            np.savez(
                f, key=np.array(key), searched=names[keep].astype(bytes),
                a=renumber[pairs.a].astype(np.int32), b=renumber[pairs.b].astype(np.int32),
                mean=pairs.mean, local=pairs.local,
            )  # fmt: skip
        os.replace(temporary, path)
    except OSError as exc:
        log.info("Duplicate pair cache %s not written: %s", path, exc)
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _similar_groups(
    units: list[list[Member]],
    contents: list[str],
    position: dict[str, int],
    close: list[tuple[int, int]],
) -> list[Group]:
    unit_of = {}
    keepers = []
    for u, copies in enumerate(units):
        ordered, _ = choose_keeper(copies) if len(copies) > 1 else (copies, "")
        keepers.append(ordered[0])
        for m in copies:
            unit_of[position[m.fingerprint]] = u
    uf = _UnionFind(len(units))
    for i, j in close:
        ui, uj = unit_of[i], unit_of[j]
        if ui != uj and abs(_capture_time(keepers[ui]) - _capture_time(keepers[uj])) <= (
            SIMILAR_SECONDS
        ):
            uf.union(ui, uj)
    groups = []
    for members in uf.groups():
        ordered, reason = choose_keeper([keepers[u] for u in members])
        groups.append(Group("similar", ordered, reason))
    groups.sort(key=lambda g: g.keep.path)
    return groups


# -- moving to the trash ----------------------------------------------------------------


def trash_groups(groups: Iterable[Group]) -> list[trash.TrashGroup]:
    """Each group as the trash takes it: the keeper must stay unchanged, the others go."""
    return [
        trash.TrashGroup(
            g.keep.path,
            remove=tuple(m.state for m in g.others),
            keep=(g.keep.state,),
        )
        for g in groups
    ]


def move_to_trash(
    groups: Sequence[Group],
    catalog: Catalog,
    index: VectorIndex | None,
    model_id: str,
    trash_function: trash.TrashFunction | None = None,
) -> trash.TrashOutcome:
    """Move every group's others to the desktop trash, group by group, under the checks of
    ``core.trash`` (a group whose files changed since it was grouped, or whose folder or
    trash cannot take them, is left whole); the catalog and the index forget what moved."""
    return trash.move_to_trash(trash_groups(groups), catalog, index, model_id, trash_function)
