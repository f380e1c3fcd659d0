"""Album members, derived from the stored vectors by one matrix product.

``PhotoTable`` holds, for one image model, every stored vector as a matrix and every readable
photo as a row pointing into it. It catches up with the catalog incrementally: embedding ids
only grow (AUTOINCREMENT), so new vectors are those above the last id seen, and files that
were added, changed or moved are those updated since the last look; only a deletion (a count
that no longer adds up) makes it list ids again. Reading it after ``index``, under ``watch``
or in the GUI therefore costs little and always gives today's members.

``AlbumScores`` keeps one album's scores over the matrix: new photos are scored as they
arrive (a product of the new rows only) and the calibration is redone when the library has
grown by more than 1 % since it was made, or lost photos.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mclip_desktop.core.albums import vector_cache
from mclip_desktop.core.albums.calibration import TermRange, term_ranges
from mclip_desktop.core.albums.store import AlbumFilters
from mclip_desktop.core.catalog import Catalog

_RECALIBRATE_GROWTH = 0.01
# The saved table is rewritten when this many rows were read from the catalog since it was
# last saved or loaded (at least, and as a share of it): often enough that a fresh process
# reads little from SQLite, rarely enough that indexing does not write 200 MB per batch.
_SAVE_MIN_ROWS = 2000
_SAVE_GROWTH = 0.05


@dataclass(frozen=True)
class Member:
    path: str
    score: float  # cosine similarity to the album's best-matching term
    relevance: float  # deviations above the library's bulk for that term
    fingerprint: str
    pinned: bool = False  # "always in this album"


class PhotoTable:
    """Every readable photo with a vector for one image model, and the vectors themselves."""

    def __init__(self, model_id: str, cache_dir: Path | None = None) -> None:
        self.model_id = model_id
        # Where the vectors are saved for the next process (vector_cache); None: nowhere.
        self._cache_dir = cache_dir
        self._saved_rows = 0
        self._buffer: np.ndarray | None = None  # the matrix's storage, with room to grow
        self._save_files = False
        self.ids = np.empty(0, dtype=np.int64)
        self.matrix = np.empty((0, 0), dtype=np.float32)
        self._fingerprints: list[str] = []
        self._row_of: dict[str, int] = {}
        # file id -> (path, fingerprint, EXIF capture time, mtime in ns)
        self._files: dict[int, tuple[str, str, str | None, int]] = {}
        self._files_seen_at = 0.0
        self._known: set[int] = set()
        self._file_count = 0
        self._arrays: tuple[np.ndarray, list[str], list[str], list[int]] | None = None
        self._days: np.ndarray | None = None
        # Bumped whenever rows are removed from the matrix (scores must be redone).
        self.generation = 0

    @property
    def count(self) -> int:
        return len(self.ids)

    def refresh(self, catalog: Catalog) -> bool:
        """Catch up with the catalog; returns whether anything changed."""
        changed = self._refresh_vectors(catalog)
        changed |= self._refresh_files(catalog)
        if self._save_files and self._cache_dir is not None:
            # With the vectors, the files as seen now: a fresh process catches up from here.
            self._save_files = False
            vector_cache.save_files(
                self._cache_dir, self.model_id, catalog.catalog_id,
                self._files, self._known, self._files_seen_at,
            )  # fmt: skip
        if changed:
            self._arrays = None
        return changed

    def _refresh_vectors(self, catalog: Catalog) -> bool:
        db = catalog.connection
        if not len(self.ids) and self._cache_dir is not None:
            self._load_saved(catalog)
        top, count = db.execute(
            "SELECT MAX(id), COUNT(*) FROM embeddings WHERE model_id = ?", (self.model_id,)
        ).fetchone()
        top, count = int(top or 0), int(count)
        last = int(self.ids[-1]) if len(self.ids) else 0
        changed = False
        if top > last:
            rows = db.execute(
                "SELECT id, fingerprint, vector FROM embeddings WHERE model_id = ? AND id > ? "
                "ORDER BY id",
                (self.model_id, last),
            ).fetchall()
            new_ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            new = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float32)
            new = new.reshape(len(rows), -1)
            new = new / np.maximum(np.linalg.norm(new, axis=1, keepdims=True), 1e-12)
            start = len(self.ids)
            self.matrix = self._grown(new)
            self.ids = np.concatenate([self.ids, new_ids])
            for offset, row in enumerate(rows):
                self._fingerprints.append(row[1])
                self._row_of[row[1]] = start + offset
            changed = True
        if count != len(self.ids):
            alive = np.fromiter(
                (r[0] for r in db.execute(
                    "SELECT id FROM embeddings WHERE model_id = ? ORDER BY id", (self.model_id,)
                )),
                dtype=np.int64,
            )  # fmt: skip
            keep = np.isin(self.ids, alive)
            self.ids, self.matrix = self.ids[keep], self.matrix[keep]
            self._buffer = None
            self._fingerprints = [f for f, k in zip(self._fingerprints, keep, strict=True) if k]
            self._row_of = {f: i for i, f in enumerate(self._fingerprints)}
            self.generation += 1
            changed = True
        if self._cache_dir is not None and len(self.ids) - self._saved_rows > max(
            _SAVE_MIN_ROWS, _SAVE_GROWTH * self._saved_rows
        ):
            self._saved_rows = len(self.ids)
            vector_cache.save(
                self._cache_dir, self.model_id, catalog.catalog_id,
                self.ids, self.matrix, self._fingerprints,
            )  # fmt: skip
            self._save_files = True
        return changed

    def _grown(self, new: np.ndarray) -> np.ndarray:
        """The matrix with ``new`` rows below it. Rows go into spare capacity, so a batch
        of indexing copies its own rows, not the whole library's 200 MB."""
        start = len(self.ids)
        if start == 0:
            return self._with_room(new)
        buffer = self._buffer
        if buffer is None or len(buffer) < start + len(new):
            capacity = max(start + len(new), int(1.25 * start) + 1024)
            buffer = np.empty((capacity, self.matrix.shape[1]), dtype=np.float32)
            buffer[:start] = self.matrix
            self._buffer = buffer
        buffer[start : start + len(new)] = new
        return buffer[: start + len(new)]

    def _with_room(self, rows: np.ndarray) -> np.ndarray:
        """``rows`` as the start of storage with a quarter more room: the copy is made
        while the table is built or loaded, not by the first batch of new photos that
        indexing brings (0.4-0.7 s at 100k photos, measured as live-album upkeep)."""
        capacity = int(1.25 * len(rows)) + 1024
        buffer = np.empty((capacity, rows.shape[1]), dtype=np.float32)
        buffer[: len(rows)] = rows
        self._buffer = buffer
        return buffer[: len(rows)]

    def _load_saved(self, catalog: Catalog) -> None:
        assert self._cache_dir is not None
        saved = vector_cache.load(self._cache_dir, self.model_id, catalog.catalog_id)
        if saved is None:
            return
        self.ids, matrix, self._fingerprints = saved
        self.matrix = self._with_room(matrix)
        self._row_of = {f: i for i, f in enumerate(self._fingerprints)}
        self._saved_rows = len(self.ids)

    def _refresh_files(self, catalog: Catalog) -> bool:
        db = catalog.connection
        count, newest = db.execute("SELECT COUNT(*), MAX(updated_at) FROM files").fetchone()
        newest = float(newest or 0.0)
        if count == self._file_count and newest <= self._files_seen_at:
            return False
        if not self._file_count and self._cache_dir is not None:
            saved = vector_cache.load_files(self._cache_dir, self.model_id, catalog.catalog_id)
            if saved is not None:
                self._files, self._known, self._files_seen_at = saved
                self._file_count = len(self._known)
        if not self._file_count:
            # The first look reads only readable files, and their ids apart (integers, no
            # text to decode): a third less work at 100k photos than the catch-up query.
            self._files = {
                int(r[0]): (r[1], r[2], r[3], int(r[4]))
                for r in db.execute(
                    "SELECT id, path, fingerprint, taken_at, mtime_ns FROM files "
                    "WHERE status = 'ok' AND fingerprint IS NOT NULL"
                )
            }
            self._known = {int(r[0]) for r in db.execute("SELECT id FROM files")}
            self._file_count = len(self._known)
            self._files_seen_at = newest
            return True
        # Rows updated in the same instant as the last look are read again: cheap, and a
        # write that landed in that instant is not missed.
        rows = db.execute(
            "SELECT id, path, fingerprint, status, taken_at, mtime_ns FROM files "
            "WHERE updated_at >= ?",
            (self._files_seen_at,),
        ).fetchall()
        for file_id, path, fingerprint, status, taken_at, mtime_ns in rows:
            self._known.add(int(file_id))
            if status == "ok" and fingerprint:
                self._files[int(file_id)] = (path, fingerprint, taken_at, int(mtime_ns))
            else:
                self._files.pop(int(file_id), None)
        if len(self._known) != count:  # files were deleted
            alive = {int(r[0]) for r in db.execute("SELECT id FROM files")}
            for file_id in self._known - alive:
                self._files.pop(file_id, None)
            self._known &= alive
        self._file_count = int(count)
        self._files_seen_at = newest
        return True

    def files(self) -> tuple[np.ndarray, list[str], list[str]]:
        """(matrix row per photo, paths, fingerprints) of the photos that have a vector, in
        a stable order."""
        if self._arrays is None:
            row_of = self._row_of
            found = [
                (row, file_id, path, fingerprint)
                for file_id, (path, fingerprint, _, _) in self._files.items()
                if (row := row_of.get(fingerprint)) is not None
            ]
            rows = np.fromiter((f[0] for f in found), dtype=np.int64, count=len(found))
            ids = [f[1] for f in found]
            paths = [f[2] for f in found]
            fingerprints = [f[3] for f in found]
            self._arrays = (rows, paths, fingerprints, ids)
            self._days = None
        return self._arrays[0], self._arrays[1], self._arrays[2]

    def days(self) -> np.ndarray:
        """Capture day ("YYYY-MM-DD") of each photo of ``files()``, made when a date filter
        first asks."""
        self.files()
        assert self._arrays is not None
        if self._days is None:
            self._days = np.asarray(
                [_day(*self._files[i][2:]) for i in self._arrays[3]], dtype="U10"
            )
        return self._days

    def row_of(self, fingerprint: str) -> int | None:
        return self._row_of.get(fingerprint)


def _day(taken_at: str | None, mtime_ns: int) -> str:
    """The capture day as YYYY-MM-DD: EXIF DateTimeOriginal ("2024:06:01 10:00:00"), else
    the file's modification date."""
    if taken_at and len(taken_at) >= 10 and taken_at[:4].isdigit():
        return taken_at[:10].replace(":", "-")
    return time.strftime("%Y-%m-%d", time.localtime(mtime_ns / 1e9))


class AlbumScores:
    """One album's term scores over a PhotoTable, caught up as the table grows."""

    def __init__(self, terms: np.ndarray) -> None:
        norms = np.maximum(np.linalg.norm(terms, axis=1, keepdims=True), 1e-12)
        self.terms = (terms / norms).astype(np.float32)
        self.scores = np.empty((0, len(terms)), dtype=np.float32)
        self.ranges: list[TermRange] = []
        self._generation = -1
        self._calibrated_at = 0
        self._admitted: tuple[tuple[object, ...], np.ndarray] | None = None
        self._calibrations = 0

    def update(self, table: PhotoTable) -> None:
        if self._generation != table.generation or len(self.scores) > table.count:
            self.scores = np.empty((0, len(self.terms)), dtype=np.float32)
            self._generation = table.generation
            self._calibrated_at = 0
        if len(self.scores) < table.count:
            fresh = table.matrix[len(self.scores) :] @ self.terms.T
            self.scores = fresh if len(self.scores) == 0 else np.concatenate([self.scores, fresh])
        grown = len(self.scores) - self._calibrated_at
        if not self.ranges or grown > _RECALIBRATE_GROWTH * max(self._calibrated_at, 1):
            self.ranges = term_ranges(self.scores)
            self._calibrated_at = len(self.scores)
            self._calibrations += 1

    def admitted(self, strictness: float) -> np.ndarray:
        """Per matrix row: whether some term admits it. Kept between calls: rows added
        since are judged alone, the rest only when the calibration or strictness moved."""
        key = (self._calibrations, strictness, self._generation)
        done = self._admitted
        if done is None or done[0] != key or len(done[1]) > len(self.scores):
            done = (key, np.empty(0, dtype=bool))
        if len(done[1]) < len(self.scores) and self.ranges:
            thresholds = np.array([r.threshold(strictness) for r in self.ranges], np.float32)
            fresh = (self.scores[len(done[1]) :] >= thresholds).any(axis=1)
            done = (key, np.concatenate([done[1], fresh]))
        self._admitted = done
        return done[1]

    def judge(self, strictness: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per matrix row: whether some term admits it at this strictness, its best
        relevance over the terms, and the cosine of that term."""
        if len(self.scores) == 0 or not self.ranges:
            empty = np.empty(0, dtype=np.float32)
            return np.empty(0, dtype=bool), empty, empty
        thresholds = np.array([r.threshold(strictness) for r in self.ranges], dtype=np.float32)
        admitted = (self.scores >= thresholds).any(axis=1)
        medians = np.array([r.cutoff.median for r in self.ranges], dtype=np.float32)
        spreads = np.array([r.cutoff.spread for r in self.ranges], dtype=np.float32)
        relevance = (self.scores - medians) / spreads
        best = np.argmax(relevance, axis=1)
        rows = np.arange(len(relevance))
        return admitted, relevance[rows, best], self.scores[rows, best]


def members(
    table: PhotoTable,
    scores: AlbumScores,
    strictness: float,
    filters: AlbumFilters,
    overrides: dict[str, bool],
    limit: int | None = None,
) -> list[Member]:
    """The album's photos, most relevant first; ``limit`` stops after that many."""
    index, cosine, chosen, pinned = _select(table, scores, strictness, filters, overrides)
    _, paths, fingerprints = table.files()
    order = chosen[np.argsort(-index[chosen], kind="stable")]
    if limit is not None:
        order = order[:limit]
    return [
        Member(paths[i], float(cosine[i]), float(index[i]), fingerprints[i], bool(pinned[i]))
        for i in order.tolist()
    ]


def ranked_rows(
    table: PhotoTable,
    scores: AlbumScores,
    strictness: float,
    filters: AlbumFilters,
    overrides: dict[str, bool],
) -> np.ndarray:
    """The matrix rows of the album's photos, most relevant first."""
    index, _, chosen, _ = _select(table, scores, strictness, filters, overrides)
    rows, _, _ = table.files()
    return rows[chosen[np.argsort(-index[chosen], kind="stable")]]


def count(
    table: PhotoTable,
    scores: AlbumScores,
    strictness: float,
    filters: AlbumFilters,
    overrides: dict[str, bool],
) -> int:
    """How many photos the album holds: admission alone, without the relevance that
    ordering members needs (the count of 50 live albums is redone after every batch)."""
    rows, paths, fingerprints = table.files()
    admitted = scores.admitted(strictness)
    if len(rows) == 0 or len(admitted) == 0:
        return 0
    chosen = admitted[rows]
    if not filters.empty:
        chosen &= _passes(filters, paths, table)
    if overrides:
        for i, fingerprint in enumerate(fingerprints):  # every copy of a pinned photo
            state = overrides.get(fingerprint)
            if state is not None:
                chosen[i] = state
    return int(chosen.sum())


def _select(
    table: PhotoTable,
    scores: AlbumScores,
    strictness: float,
    filters: AlbumFilters,
    overrides: dict[str, bool],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per photo: relevance and cosine; the indices of the members; which are pinned in."""
    rows, paths, fingerprints = table.files()
    row_admitted, row_relevance, row_cosine = scores.judge(strictness)
    if len(rows) == 0 or len(row_relevance) == 0:
        empty = np.empty(0, dtype=np.float32)
        return empty, empty, np.empty(0, dtype=np.int64), np.empty(0, dtype=bool)
    relevance, cosine = row_relevance[rows], row_cosine[rows]
    chosen = row_admitted[rows]
    if not filters.empty:
        chosen &= _passes(filters, paths, table)
    pinned = np.zeros(len(rows), dtype=bool)
    if overrides:
        for i, fingerprint in enumerate(fingerprints):
            state = overrides.get(fingerprint)
            if state is not None:
                chosen[i] = state
                pinned[i] = state
    return relevance, cosine, np.flatnonzero(chosen), pinned


def _passes(filters: AlbumFilters, paths: Sequence[str], table: PhotoTable) -> np.ndarray:
    keep = np.ones(len(paths), dtype=bool)
    if filters.folders:
        prefixes = tuple(f.rstrip(os.sep) + os.sep for f in filters.folders)
        keep &= np.fromiter((p.startswith(prefixes) for p in paths), dtype=bool, count=len(paths))
    if filters.taken_after:
        keep &= table.days() >= filters.taken_after
    if filters.taken_before:
        keep &= table.days() <= filters.taken_before
    return keep
