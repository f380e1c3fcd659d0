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
they were indexed (a JPEG decodes at 1/8 scale for it); groups are recomputed from the stored
prints and vectors each time they are asked for, so they follow indexing.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from PIL import Image

from mclip_desktop.core import images, trash
from mclip_desktop.core.catalog import Catalog, DuplicateCandidate
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.vector_index import VectorIndex

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
) -> int:
    """Make the prints of contents that lack one (one file per content is read); returns how
    many were made. Files that cannot be read now are left out and tried next time."""
    todo: dict[str, str] = {}
    for f in files:
        if not f.has_print:
            todo.setdefault(f.fingerprint, f.path)
    made: list[tuple[str, bytes, int | None, bool]] = []
    done = 0
    for fingerprint, path in todo.items():
        try:
            data = images.read_file(path)
            if images.fingerprint(data) == fingerprint:
                p = make_print(data)
                made.append((fingerprint, p.thumb, p.quality, p.exif))
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
    return len(todo)


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


def _weights(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Bilinear resampling matrices (n, T, T): row i holds the weights of the source pixels
    for output pixel i of the span [start, end) of each box."""
    steps = (np.arange(THUMB, dtype=np.float32) + 0.5) / THUMB
    at = starts[:, np.newaxis] + steps[np.newaxis, :] * (ends - starts)[:, np.newaxis] - 0.5
    at = np.clip(at, 0, THUMB - 1)
    low = np.minimum(np.floor(at).astype(np.int64), THUMB - 2)
    frac = at - low
    weights = np.zeros((len(starts), THUMB, THUMB), dtype=np.float32)
    n = np.arange(len(starts))[:, np.newaxis]
    i = np.arange(THUMB)[np.newaxis, :]
    weights[n, i, low] = 1 - frac
    weights[n, i, low + 1] += frac
    return weights


def _sample(thumb: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Bilinear resampling of each box of ``thumb`` to THUMB x THUMB: (len(boxes), T, T)."""
    rows = _weights(boxes[:, 1], boxes[:, 3])
    cols = _weights(boxes[:, 0], boxes[:, 2])
    return np.matmul(np.matmul(rows, thumb), cols.transpose(0, 2, 1))


def _best(fixed: np.ndarray, moving: np.ndarray, boxes: np.ndarray) -> tuple[float, np.ndarray]:
    inner = slice(_BORDER, THUMB - _BORDER)
    warped = _sample(moving, boxes)
    diffs = np.abs(warped[:, inner, inner] - fixed[np.newaxis, inner, inner]).mean(axis=(1, 2))
    at = int(np.argmin(diffs))
    return float(diffs[at]), boxes[at]


@dataclass(frozen=True)
class Difference:
    """What is left between two prints after the best alignment, in grey levels (0-255):
    the mean over 2x2-pooled pixels (pooling forgives the resampling of edges), and the
    largest mean over 4x4-pixel blocks (a small subject that moved or differs)."""

    mean: float
    local: float

    def same_picture(self) -> bool:
        return self.mean <= DUPLICATE_DIFFERENCE and self.local <= DUPLICATE_LOCAL

    def similar(self) -> bool:
        return self.mean <= SIMILAR_DIFFERENCE


_FAR = Difference(float("inf"), float("inf"))


def difference(a: bytes | np.ndarray, b: bytes | np.ndarray) -> Difference:
    """Two prints compared after the alignment (zoom up to 10 % and shift, either way round)
    that leaves the smallest mean difference."""
    fa = _as_array(a)
    fb = _as_array(b)
    inner = slice(_BORDER, THUMB - _BORDER)
    side_in = THUMB - 2 * _BORDER

    def measure(diff: np.ndarray) -> Difference:
        pooled = np.abs(diff.reshape(side_in // 2, 2, side_in // 2, 2).mean(axis=(1, 3)))
        blocks = np.abs(diff).reshape(side_in // 4, 4, side_in // 4, 4).mean(axis=(1, 3))
        return Difference(float(pooled.mean()), float(blocks.max()))

    # Copies that were not cropped (resized, re-encoded, converted, turned) need no search.
    best = measure((fb - fa)[inner, inner])
    if best.same_picture():
        return best
    for fixed, moving in ((fa, fb), (fb, fa)):
        _, box = _best(fixed, moving, _COARSE_BOXES)
        # Refine around the best coarse box: ever smaller steps of offset and zoom.
        for step in (0.75, 0.375, 0.2):
            x, y, x1, _ = (float(v) for v in box)
            side = x1 - x
            candidates = []
            for ds in (-step, 0.0, step):
                s = min(THUMB, max(0.85 * THUMB, side + ds))
                for dx in (-step, 0.0, step):
                    for dy in (-step, 0.0, step):
                        nx = min(max(0.0, x + dx), THUMB - s)
                        ny = min(max(0.0, y + dy), THUMB - s)
                        candidates.append((nx, ny, nx + s, ny + s))
            _, box = _best(fixed, moving, np.array(candidates, dtype=np.float32))
        found = measure((_sample(moving, box[np.newaxis])[0] - fixed)[inner, inner])
        if found.mean < best.mean:
            best = found
    return best


def _as_array(thumb: bytes | np.ndarray) -> np.ndarray:
    if isinstance(thumb, np.ndarray):
        return thumb.astype(np.float32, copy=False).reshape(THUMB, THUMB)
    return np.frombuffer(thumb, dtype=np.uint8).astype(np.float32).reshape(THUMB, THUMB)


def _coarse(thumbs: np.ndarray) -> np.ndarray:
    """8x8 block means of (n, T, T) thumbs: (n, 64)."""
    n = len(thumbs)
    blocks = thumbs.reshape(n, 8, THUMB // 8, 8, THUMB // 8).mean(axis=(2, 4))
    return blocks.reshape(n, 64).astype(np.float32)


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
) -> Findings:
    """Duplicate groups (exact and near), and with ``similar`` the similar groups after
    them. ``index`` is None when nothing was embedded yet (exact copies are still found)."""
    files = catalog.files_for_prints()
    made = update_prints(catalog, files, progress) if index is not None else 0
    if made:
        files = catalog.files_for_prints()
    members_by_fp: dict[str, list[Member]] = {}
    for f in files:
        members_by_fp.setdefault(f.fingerprint, []).append(
            Member(
                f.path, f.size, f.mtime_ns, f.fingerprint, f.width, f.height, f.taken_at,
                f.quality, bool(f.exif),
            )
        )  # fmt: skip
    contents = sorted(members_by_fp)
    position = {fp: i for i, fp in enumerate(contents)}
    same_picture = _UnionFind(len(contents))
    pairs: list[tuple[int, int]] = []
    close: list[tuple[int, int]] = []
    thumbs: np.ndarray | None = None
    have = np.zeros(len(contents), dtype=bool)
    if index is not None and len(contents) > 1:
        thumbs, have = _load_thumbs(catalog, contents)
        pairs = _candidate_pairs(catalog, index, model_id, position, have, neighbours)
    unprinted = []
    if thumbs is not None:
        unprinted = [contents[i] for i in range(len(contents)) if not have[i]]
        differences = _pair_differences(thumbs, pairs)
        for (i, j), diff in zip(pairs, differences, strict=True):
            if diff.same_picture():
                same_picture.union(i, j)
            elif diff.similar():
                close.append((i, j))
    groups: list[Group] = []
    units: list[list[Member]] = []  # one per picture: its copies
    for root_members in _components(same_picture, len(contents)):
        copies = [m for i in root_members for m in members_by_fp[contents[i]]]
        units.append(copies)
        if len(copies) > 1:
            ordered, reason = choose_keeper(copies)
            kind = "exact" if len(root_members) == 1 else "near"
            groups.append(Group(kind, ordered, reason))
    groups.sort(key=lambda g: g.keep.path)
    if similar and thumbs is not None:
        groups.extend(_similar_groups(units, contents, position, close))
    return Findings(groups, len(files), made, [members_by_fp[fp][0].path for fp in unprinted])


def _components(uf: _UnionFind, n: int) -> list[list[int]]:
    found: dict[int, list[int]] = {}
    for i in range(n):
        found.setdefault(uf.find(i), []).append(i)
    return list(found.values())


def _load_thumbs(catalog: Catalog, contents: list[str]) -> tuple[np.ndarray, np.ndarray]:
    stored = catalog.prints(contents)
    thumbs = np.zeros((len(contents), THUMB, THUMB), dtype=np.uint8)
    have = np.zeros(len(contents), dtype=bool)
    for i, fp in enumerate(contents):
        blob = stored.get(fp)
        if blob is not None and len(blob) == THUMB * THUMB:
            thumbs[i] = np.frombuffer(blob, dtype=np.uint8).reshape(THUMB, THUMB)
            have[i] = True
    return thumbs, have


def _candidate_pairs(
    catalog: Catalog,
    index: VectorIndex,
    model_id: str,
    position: dict[str, int],
    have: np.ndarray,
    neighbours: int,
    chunk: int = 4096,
) -> list[tuple[int, int]]:
    """Pairs of contents (by position) that are among each other's nearest neighbours in
    the vector index, both with a print."""
    by_label: dict[int, int] = {}
    for fp, label in catalog.embedding_ids_by_fingerprint(model_id).items():
        at = position.get(fp)
        if at is not None and have[at]:
            by_label[label] = at
    live = index.labels()
    labels = np.array(sorted(label for label in by_label if label in live), dtype=np.int64)
    lookup = np.full(int(labels.max()) + 1 if len(labels) else 1, -1, dtype=np.int64)
    for label, at in by_label.items():
        if label < len(lookup):
            lookup[label] = at
    found: set[tuple[int, int]] = set()
    for start in range(0, len(labels), chunk):
        part = labels[start : start + chunk]
        near, _ = index.neighbours(part, neighbours + 1, ef=_EF)
        mine = lookup[part]
        near = np.where(near < len(lookup), near, 0)
        theirs = lookup[near]
        for row, i in enumerate(mine):
            for j in theirs[row]:
                if j >= 0 and j != i:
                    found.add((int(min(i, j)), int(max(i, j))))
    return sorted(found)


def _pair_differences(thumbs: np.ndarray, pairs: list[tuple[int, int]]) -> list[Difference]:
    """The aligned difference of each pair; pairs that a look at 8x8 already tells apart
    get infinity without the alignment search."""
    if not pairs:
        return []
    coarse = _coarse(thumbs.astype(np.float32))
    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    rough = np.abs(coarse[a] - coarse[b]).mean(axis=1)
    result = [_FAR] * len(pairs)
    for k in np.flatnonzero(rough <= _COARSE_DIFFERENCE):
        result[k] = difference(thumbs[a[k]], thumbs[b[k]])
    return result


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
