"""The HNSW vector index: derived from the catalog, rebuilt from it whenever in doubt.

Labels are catalog embedding ids. A side-car JSON file records what the index file holds
(model, dimension, space, hnswlib version, catalog identity, count, size and checksum); any
disagreement, a missing or truncated file, or a load error means a rebuild from the stored
vectors. hnswlib trusts its input (a file of another dimension loads "fine" and answers
nonsense; damaged links read out of bounds), so before it reads a file the checksum is
verified and the file's own layout is walked: header against the expected dimension, every
neighbour id in range, and the link lists ending exactly at the end of the file. The same walk
runs on every file written, which catches a short write on a full disk that hnswlib does not
report. After loading, a sample of vectors is compared with the catalog's.

hnswlib must not add items while it answers queries, so every call goes through a
readers-writer lock.
"""

from __future__ import annotations

import errno
import glob
import json
import logging
import os
import random
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

import hnswlib
import numpy as np

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.messages import Message

log = logging.getLogger(__name__)

SPACE = "cosine"
M = 16
EF_CONSTRUCTION = 200
# Text queries sit far from every photo vector (CLIP's modality gap), which makes them
# harder for HNSW than photo-to-photo queries: on 1M CLIP-like vectors, recall@10 of
# text-like queries was 0.93 at ef 128 and 0.97 at ef 256, at 0.3 and 0.5 ms a query
# (benchmarks/bench_vectors.py).
EF_SEARCH = 256
# Below this many vectors a query visits every node, so results are exact.
EXACT_LIMIT = 4096
_FORMAT = 1
# Vectors compared with the catalog's after loading a saved index.
SPOT_CHECK = 64

# hnswlib's file header (hnswalg.h, saveIndex): offsetLevel0, max_elements, cur_element_count,
# size_data_per_element, label_offset, offsetData (size_t); maxlevel (int); enterpoint_node
# (uint32); maxM, maxM0, M (size_t); mult (double); ef_construction (size_t). Native order.
_HEADER = struct.Struct("=QQQQQQiIQQQdQ")


class IndexSaveError(MclipError):
    """The vector index could not be written (disk full, read-only folder, a failed write);
    the previous file is kept and the index in memory stays usable."""


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill(pid, 0) would end the process there; leftovers wait for 'check'
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def model_key(model_id: str) -> str:
    """The part of the index file name that stands for a model id."""
    return model_id.replace("/", "--").replace(":", "-")


def validate_file(path: Path, dim: int, count: int | None = None) -> str:
    """Walk an hnswlib file's layout without trusting it; returns what is wrong, or ''."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < _HEADER.size:
                return f"file too short ({size} bytes) to be an index"
            return _walk_layout(f, size, dim, count)
    except (OSError, ValueError, struct.error) as exc:
        return f"cannot read the file ({exc})"


def _walk_layout(f: BinaryIO, size: int, dim: int, count: int | None) -> str:
    (offset_level0, max_elements, elements, per_element, label_offset, offset_data, max_level,
     entry_point, max_m, max_m0, m, _mult, _ef) = _HEADER.unpack(f.read(_HEADER.size))  # fmt: skip
    links0 = max_m0 * 4 + 4
    if offset_level0 != 0 or offset_data != links0 or max_m0 > 4096 or max_m > max_m0 or m < 2:
        return "not an hnswlib index (header fields out of range)"
    if per_element != links0 + dim * 4 + 8 or label_offset != links0 + dim * 4:
        stored_dim = (per_element - links0 - 8) // 4
        return f"index holds vectors of dimension {stored_dim}, expected {dim}"
    if count is not None and elements != count:
        return f"index holds {elements} vectors, side-car says {count}"
    if elements > max_elements or _HEADER.size + elements * per_element + elements * 4 > size:
        return "index is truncated (fewer bytes than its header announces)"
    if elements and not (0 <= max_level < 64 and entry_point < elements):
        return "index entry point out of range"
    # Level 0: per element a neighbour count (low 16 bits), max_m0 neighbour ids, the
    # vector and the label. Read in slices to keep memory flat on large libraries.
    slice_rows = max(1, (16 << 20) // per_element)
    for first in range(0, elements, slice_rows):
        rows = min(slice_rows, elements - first)
        block = np.frombuffer(f.read(rows * per_element), dtype=np.uint32)
        problem = _check_links(block.reshape(rows, per_element // 4), max_m0, elements)
        if problem:
            return problem
    # Upper levels: per element a uint32 byte count, then that many bytes of link blocks.
    rest = f.read()
    links_per_level = max_m * 4 + 4
    at = 0
    for _ in range(elements):
        if at + 4 > len(rest):
            return "index is truncated (link lists cut short)"
        (length,) = struct.unpack_from("=I", rest, at)
        at += 4
        if length:
            levels, remainder = divmod(length, links_per_level)
            if remainder or levels > max_level or at + length > len(rest):
                return "index link lists are damaged or truncated"
            block = np.frombuffer(rest, dtype=np.uint32, count=length // 4, offset=at)
            problem = _check_links(block.reshape(levels, links_per_level // 4), max_m, elements)
            if problem:
                return problem
            at += length
    if at != len(rest):
        return f"index file has {len(rest) - at} unexpected bytes at its end"
    return ""


def _check_links(rows: np.ndarray, most: int, elements: int) -> str:
    """Rows that start with a neighbour count and ``most`` neighbour ids."""
    degree = rows[:, 0] & 0xFFFF
    if len(degree) and int(degree.max()) > most:
        return "index has a neighbour list longer than allowed"
    used = np.arange(most)[np.newaxis, :] < degree[:, np.newaxis]
    if bool((rows[:, 1 : 1 + most][used] >= elements).any()):
        return "index has neighbour ids out of range"
    return ""


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
        # The identity of the catalog this index was opened against, recorded when saved.
        self.catalog_id = ""
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
        self.catalog_id = catalog.catalog_id
        reason = self.load_saved(catalog)
        rebuilt = reason != ""
        if rebuilt:
            log.info("Rebuilding the vector index %s: %s", self.path.name, reason)
            self._rebuild(catalog, progress)
            return OpenReport(False, True, reason, len(self._labels), 0)
        added, removed = self._reconcile(catalog)
        return OpenReport(True, False, "", added, removed)

    def load_saved(self, catalog: Catalog) -> str:
        """Load the file if side-car, layout and a sample of vectors agree with ``catalog``;
        returns why not, or ''. Nothing changes when the answer is not ''."""
        if not self.path.exists():
            return "no saved index"
        try:
            meta = json.loads(self.sidecar.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as exc:
            return f"side-car unreadable ({exc})"
        expected = {
            "format": _FORMAT,
            "model_id": self.model_id,
            "dim": self.dim,
            "space": SPACE,
            "hnswlib": _hnswlib_version(),
            "catalog_id": catalog.catalog_id,
        }
        if "catalog_id" not in meta:
            # Saved before catalogs had an identity: the vector sample below decides.
            del expected["catalog_id"]
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
            problem = validate_file(self.path, self.dim, count)
            if problem:
                return problem
            deleted = set(int(i) for i in meta.get("deleted", []))
            index = hnswlib.Index(space=SPACE, dim=self.dim)
            index.load_index(str(self.path), max_elements=max(1024, int(count * 1.25)))
        except (OSError, RuntimeError, ValueError, KeyError, TypeError) as exc:
            return f"load failed ({exc})"
        labels = set(int(i) for i in index.get_ids_list())
        if len(labels) != count or not deleted <= labels:
            return "label count disagrees with side-car"
        wanted = set(int(i) for i in catalog.embedding_ids(self.model_id))
        shared = sorted((labels - deleted) & wanted)
        sample = random.Random(count).sample(shared, min(SPOT_CHECK, len(shared)))
        mismatched = _mismatched(index, catalog, self.model_id, sample)
        if mismatched:
            return (
                f"{len(mismatched)} of {len(sample)} sampled vectors differ from the catalog's "
                "(an index of another library?)"
            )
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

    def compare(self, catalog: Catalog) -> tuple[list[int], list[int], list[int]]:
        """(missing, extra, mismatched) labels against the catalog, comparing every vector."""
        wanted = set(int(i) for i in catalog.embedding_ids(self.model_id))
        with self._lock.read():
            live = self._labels - self._deleted
            mismatched = _mismatched(self._index, catalog, self.model_id, sorted(live & wanted))
        return sorted(wanted - live), sorted(live - wanted), mismatched

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

    def query(
        self, vector: np.ndarray, k: int, allowed: Callable[[int], bool] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Nearest labels and their cosine similarities, best first; k is clamped. With
        ``allowed``, only labels it accepts (hnswlib's filtered search; fewer than k may
        come back)."""
        with self._lock.read():
            live = len(self._labels) - len(self._deleted)
            k = min(k, live)
            if k <= 0:
                return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
            query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
            try:
                if allowed is None:
                    labels, distances = self._index.knn_query(query, k=k)
                else:
                    labels, distances = self._index.knn_query(query, k=k, filter=allowed)
            except RuntimeError:
                # hnswlib gives up when deletions or a filter leave too few reachable
                # nodes: search exactly.
                if allowed is not None:
                    labels_, scores_ = self._exact(query[0], live)
                    keep = np.array([allowed(int(i)) for i in labels_], dtype=bool)
                    return labels_[keep][:k], scores_[keep][:k]
                return self._exact(query[0], k)
        return labels[0].astype(np.int64), (1.0 - distances[0]).astype(np.float32)

    def vectors(self, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the labels of those given that are in the index, their stored unit vectors)."""
        with self._lock.read():
            live = np.array(
                [i for i in labels.tolist() if i in self._labels and i not in self._deleted],
                dtype=np.int64,
            )
            if not len(live):
                return live, np.empty((0, self.dim), dtype=np.float32)
            found = np.asarray(self._index.get_items(live, return_type="numpy"), np.float32)
        return live, found

    @property
    def version(self) -> int:
        """Changes whenever vectors are added or removed (caches of index contents key on it)."""
        return self._version

    def sample_labels(self, size: int, seed: int = 0) -> np.ndarray:
        """Up to ``size`` live labels, a fixed random choice, ascending."""
        with self._lock.read():
            live = np.array(sorted(self._labels - self._deleted), dtype=np.int64)
        if len(live) > size:
            live = np.sort(np.random.default_rng(seed).choice(live, size, replace=False))
        return live

    def neighbours(
        self, labels: np.ndarray, k: int, ef: int = EF_SEARCH, threads: int = -1
    ) -> tuple[np.ndarray, np.ndarray]:
        """The k nearest stored vectors of stored vectors (themselves included), in one batch:
        (labels, cosine similarities), each of shape (len(labels), k). ``ef`` sets the search
        breadth for this batch only (the write lock keeps other queries out meanwhile)."""
        with self._lock.write():
            k = min(k, len(self._labels) - len(self._deleted))
            if k <= 0 or not len(labels):
                empty = np.empty((len(labels), 0))
                return empty.astype(np.int64), empty.astype(np.float32)
            vectors = np.asarray(
                self._index.get_items(labels, return_type="numpy"), dtype=np.float32
            )
            live = len(self._labels) - len(self._deleted)
            self._index.set_ef(max(ef, k) if live > EXACT_LIMIT else max(ef, k, live))
            try:
                found, distances = self._index.knn_query(vectors, k=k, num_threads=threads)
            except RuntimeError:
                rows = [self._exact(v, k) for v in vectors]
                return np.stack([r[0] for r in rows]), np.stack([r[1] for r in rows])
            finally:
                self._tune_ef()
        return found.astype(np.int64), (1.0 - distances).astype(np.float32)

    def _exact(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        live = np.array(sorted(self._labels - self._deleted), dtype=np.int64)
        vectors = np.asarray(self._index.get_items(live), dtype=np.float32)
        scores = vectors @ (vector / max(float(np.linalg.norm(vector)), 1e-12))
        order = np.argsort(-scores, kind="stable")[:k]
        return live[order], scores[order].astype(np.float32)

    # -- saving -------------------------------------------------------------------------

    def _remove_orphaned_temporaries(self) -> None:
        """Delete temporary files left by a saver that was killed (its process is gone)."""
        for name in (self.path.name, self.sidecar.name):
            for leftover in self.path.parent.glob(f"{glob.escape(name)}.*-*.tmp"):
                pid_text = leftover.name[len(name) + 1 :].split("-", 1)[0]
                if pid_text.isdigit() and not _process_alive(int(pid_text)):
                    leftover.unlink(missing_ok=True)

    def save(self) -> None:
        """Write the index and its side-car atomically (temp file, fsync, replace). On any
        failure (a full disk included) the previous files stay as they were and
        IndexSaveError says why; the index in memory stays usable and unsaved."""
        # Names of this process and thread, so that two savers (the app and a CLI command)
        # never write into each other's temporary file.
        self._remove_orphaned_temporaries()
        unique = f"{os.getpid()}-{threading.get_ident()}"
        tmp = self.path.with_name(f"{self.path.name}.{unique}.tmp")
        tmp_sidecar = self.sidecar.with_name(f"{self.sidecar.name}.{unique}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock.read():
                self._index.save_index(str(tmp))
                count = len(self._labels)
                deleted = sorted(self._deleted)
                version = self._version
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            # hnswlib ignores failed writes: a full disk leaves a short file behind.
            problem = validate_file(tmp, self.dim, count)
            if problem:
                raise OSError(errno.ENOSPC, f"the index written is incomplete ({problem})")
            meta = {
                "format": _FORMAT,
                "model_id": self.model_id,
                "dim": self.dim,
                "space": SPACE,
                "hnswlib": _hnswlib_version(),
                "catalog_id": self.catalog_id,
                "count": count,
                "deleted": deleted,
                "size": tmp.stat().st_size,
                "crc32": _checksum(tmp),
            }
            _fsync_write(tmp_sidecar, json.dumps(meta).encode("utf-8"))
            os.replace(tmp, self.path)
            os.replace(tmp_sidecar, self.sidecar)
            _fsync_folder(self.path.parent)
        except (OSError, RuntimeError) as exc:
            raise IndexSaveError(_save_message(self.path, exc)) from exc
        finally:
            for leftover in (tmp, tmp_sidecar):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass
        self._saved_version = version


def _save_message(path: Path, exc: BaseException) -> Message:
    detail = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return Message("index.save_failed_disk_full", {"path": str(path)}, detail)
    return Message("index.save_failed", {"path": str(path)}, detail)


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _mismatched(
    index: hnswlib.Index, catalog: Catalog, model_id: str, labels: list[int]
) -> list[int]:
    """Labels whose vector in ``index`` is not the catalog's (cosine below 0.9999)."""
    wrong: list[int] = []
    for start in range(0, len(labels), 4096):
        part = labels[start : start + 4096]
        for ids, vectors in catalog.iter_vectors(model_id, ids=part):
            stored = np.asarray(index.get_items(ids), dtype=np.float32)
            if stored.shape != vectors.shape:
                return [int(i) for i in ids]
            norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(stored, axis=1)
            cosine = np.einsum("ij,ij->i", vectors, stored) / np.maximum(norms, 1e-12)
            wrong.extend(int(i) for i in ids[~(cosine > 0.9999)])
    return wrong
