"""The HNSW vector index: derived from the catalog, rebuilt from it whenever in doubt.

Labels are catalog embedding ids. A side-car JSON file records what the index file holds
(model, dimension, space, hnswlib version, count, size and checksum); any disagreement, a
missing or truncated file, or a load error means a rebuild from the stored vectors. The
checksum is verified before hnswlib reads the file, because hnswlib trusts its input.

hnswlib must not add items while it answers queries, so every call goes through a
readers-writer lock.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import hnswlib
import numpy as np

from mclip_desktop.core.catalog import Catalog

log = logging.getLogger(__name__)

SPACE = "cosine"
M = 16
EF_CONSTRUCTION = 200
EF_SEARCH = 128
# Below this many vectors a query visits every node, so results are exact.
EXACT_LIMIT = 4096
_FORMAT = 1


def _hnswlib_version() -> str:
    try:
        return metadata.version("hnswlib")
    except metadata.PackageNotFoundError:
        return "unknown"


class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


@dataclass
class OpenReport:
    loaded: bool
    rebuilt: bool
    reason: str
    added: int
    removed: int


def _checksum(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
    return crc


def _fsync_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


class VectorIndex:
    def __init__(self, path: Path, model_id: str, dim: int) -> None:
        self.path = path
        self.sidecar = path.with_suffix(path.suffix + ".json")
        self.model_id = model_id
        self.dim = dim
        self._lock = ReadWriteLock()
        self._index = self._empty(1024)
        self._labels: set[int] = set()
        self._deleted: set[int] = set()
        # Bumped on every change; the saved version tells whether unsaved changes exist.
        self._version = 0
        self._saved_version = 0

    # -- state --------------------------------------------------------------------------

    def _empty(self, capacity: int) -> hnswlib.Index:
        index = hnswlib.Index(space=SPACE, dim=self.dim)
        index.init_index(max_elements=capacity, M=M, ef_construction=EF_CONSTRUCTION)
        index.set_ef(EF_SEARCH)
        return index

    @property
    def live_count(self) -> int:
        return len(self._labels) - len(self._deleted)

    @property
    def dirty(self) -> bool:
        return self._version != self._saved_version

    def _tune_ef(self) -> None:
        # hnswlib searches with max(ef, k); small collections are searched exhaustively.
        live = len(self._labels) - len(self._deleted)
        self._index.set_ef(max(EF_SEARCH, live) if live <= EXACT_LIMIT else EF_SEARCH)

    def labels(self) -> set[int]:
        with self._lock.read():
            return self._labels - self._deleted

    # -- opening ------------------------------------------------------------------------

    def open(
        self, catalog: Catalog, progress: Callable[[int, int], None] | None = None
    ) -> OpenReport:
        """Load the saved index if it is sound, else rebuild it; then make it match the
        catalog exactly (vectors the file lacks are added, vectors gone are removed)."""
        reason = self._load_saved()
        rebuilt = reason != ""
        if rebuilt:
            log.info("Rebuilding the vector index %s: %s", self.path.name, reason)
            self._rebuild(catalog, progress)
            return OpenReport(False, True, reason, len(self._labels), 0)
        added, removed = self._reconcile(catalog)
        return OpenReport(True, False, "", added, removed)

    def _load_saved(self) -> str:
        """Load the file if side-car and contents agree; returns why not, or ''."""
        if not self.path.exists():
            return "no saved index"
        try:
            meta = json.loads(self.sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return f"side-car unreadable ({exc})"
        expected = {
            "format": _FORMAT,
            "model_id": self.model_id,
            "dim": self.dim,
            "space": SPACE,
            "hnswlib": _hnswlib_version(),
        }
        for key, value in expected.items():
            if meta.get(key) != value:
                return f"side-car {key} is {meta.get(key)!r}, expected {value!r}"
        try:
            size = self.path.stat().st_size
            if size != meta.get("size"):
                return f"file is {size} bytes, side-car says {meta.get('size')}"
            if _checksum(self.path) != meta.get("crc32"):
                return "checksum mismatch"
            count = int(meta["count"])
            index = hnswlib.Index(space=SPACE, dim=self.dim)
            index.load_index(str(self.path), max_elements=max(1024, int(count * 1.25)))
        except (OSError, RuntimeError, ValueError, KeyError, TypeError) as exc:
            return f"load failed ({exc})"
        labels = set(int(i) for i in index.get_ids_list())
        deleted = set(int(i) for i in meta.get("deleted", []))
        if len(labels) != count or not deleted <= labels:
            return "label count disagrees with side-car"
        with self._lock.write():
            self._index, self._labels, self._deleted = index, labels, deleted
            self._tune_ef()
            self._saved_version = self._version
        return ""

    def _rebuild(self, catalog: Catalog, progress: Callable[[int, int], None] | None) -> None:
        ids = catalog.embedding_ids(self.model_id)
        total = len(ids)
        index = self._empty(max(1024, int(total * 1.25)))
        done = 0
        labels: set[int] = set()
        for chunk_ids, vectors in catalog.iter_vectors(self.model_id, chunk=8192):
            self._check_dim(vectors)
            index.add_items(vectors, chunk_ids)
            labels.update(int(i) for i in chunk_ids)
            done += len(chunk_ids)
            if progress:
                progress(done, total)
        with self._lock.write():
            self._index, self._labels, self._deleted = index, labels, set()
            self._tune_ef()
            self._version += 1

    def _reconcile(self, catalog: Catalog) -> tuple[int, int]:
        wanted = set(int(i) for i in catalog.embedding_ids(self.model_id))
        live = self._labels - self._deleted
        missing = sorted(wanted - live)
        extra = sorted(live - wanted)
        if missing:
            for chunk_ids, vectors in catalog.iter_vectors(self.model_id, ids=missing):
                self.add(chunk_ids, vectors)
        if extra:
            self.remove(extra)
        return len(missing), len(extra)

    # -- changes ------------------------------------------------------------------------

    def _check_dim(self, vectors: np.ndarray) -> None:
        if vectors.ndim != 2 or vectors.shape[1] != self.dim:
            raise ValueError(f"vectors of shape {vectors.shape} for an index of dimension {self.dim}")

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        self._check_dim(vectors)
        with self._lock.write():
            needed = len(self._labels) + len(ids)
            capacity = self._index.get_max_elements()
            if needed > capacity:
                self._index.resize_index(max(needed, int(capacity * 1.5)))
            self._index.add_items(np.asarray(vectors, dtype=np.float32), np.asarray(ids))
            for label in ids:
                self._labels.add(int(label))
                self._deleted.discard(int(label))
            self._tune_ef()
            self._version += 1

    def remove(self, ids: list[int]) -> None:
        with self._lock.write():
            for label in ids:
                if label in self._labels and label not in self._deleted:
                    self._index.mark_deleted(int(label))
                    self._deleted.add(int(label))
                    self._version += 1
            self._tune_ef()

    # -- queries ------------------------------------------------------------------------

    def query(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Nearest labels and their cosine similarities, best first; k is clamped."""
        with self._lock.read():
            live = len(self._labels) - len(self._deleted)
            k = min(k, live)
            if k <= 0:
                return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
            query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
            try:
                labels, distances = self._index.knn_query(query, k=k)
            except RuntimeError:
                # hnswlib gives up when deletions leave too few reachable nodes: search exactly.
                return self._exact(query[0], k)
        return labels[0].astype(np.int64), (1.0 - distances[0]).astype(np.float32)

    def _exact(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        live = np.array(sorted(self._labels - self._deleted), dtype=np.int64)
        vectors = np.asarray(self._index.get_items(live), dtype=np.float32)
        scores = vectors @ (vector / max(float(np.linalg.norm(vector)), 1e-12))
        order = np.argsort(-scores, kind="stable")[:k]
        return live[order], scores[order].astype(np.float32)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Write the index and its side-car atomically (temp file, fsync, replace)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp_sidecar = self.sidecar.with_name(self.sidecar.name + ".tmp")
        with self._lock.read():
            self._index.save_index(str(tmp))
            count = len(self._labels)
            deleted = sorted(self._deleted)
            version = self._version
        try:
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            meta = {
                "format": _FORMAT,
                "model_id": self.model_id,
                "dim": self.dim,
                "space": SPACE,
                "hnswlib": _hnswlib_version(),
                "count": count,
                "deleted": deleted,
                "size": tmp.stat().st_size,
                "crc32": _checksum(tmp),
            }
            _fsync_write(tmp_sidecar, json.dumps(meta).encode("utf-8"))
            os.replace(tmp, self.path)
            os.replace(tmp_sidecar, self.sidecar)
        finally:
            for leftover in (tmp, tmp_sidecar):
                leftover.unlink(missing_ok=True)
        self._saved_version = version
