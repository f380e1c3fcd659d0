"""Bringing the catalog and vector index up to date with the photo folders.

Scanning is the truth: it compares each folder with the catalog by size and mtime, records
new and changed files as pending, follows moves (same size, mtime and name elsewhere) without
reading anything, and forgets files that are gone. A folder that is missing is marked offline
and keeps its photos.

Pending files then flow through a pipeline: a pool of decode threads (Pillow releases the
GIL) reads, fingerprints and preprocesses them; the calling thread embeds them in batches and
writes each batch in one catalog transaction before adding it to the vector index. A file
whose content already has a vector (a moved file, a duplicate) is not decoded at all. A file
that cannot be read is recorded with its reason and never disturbs the rest of its batch.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from mclip_desktop.core import images
from mclip_desktop.core.catalog import Catalog, FileRecord, Folder
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.vector_index import IndexSaveError, VectorIndex

log = logging.getLogger(__name__)


@dataclass
class ScanResult:
    seen: int = 0
    new: int = 0
    changed: int = 0
    moved: int = 0
    removed: int = 0
    offline: list[str] = field(default_factory=list)
    unreadable_dirs: list[str] = field(default_factory=list)
    skipped_names: list[str] = field(default_factory=list)


@dataclass
class IndexProgress:
    done: int
    total: int
    failed: int
    embedded: int
    elapsed: float


@dataclass
class IndexSummary:
    scan: ScanResult
    read: int = 0
    embedded: int = 0
    reused: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    stopped: bool = False
    seconds: float = 0.0


ProgressCallback = Callable[[IndexProgress], None]


# -- scanning ---------------------------------------------------------------------------


def walk_photos(root: str, unreadable: list[str]) -> Iterator[tuple[str, os.stat_result]]:
    """Photo files under root, following symlinked folders once each (no loops), skipping
    hidden files and folders (.thumbnails, AppleDouble "._IMG.jpg" files and the like).
    Folders are listed in name order and symlinked ones only after every real one, so a
    folder reachable both ways is always found under the same, real path."""
    visited: set[tuple[int, int]] = set()
    stack = [root]
    linked: list[str] = []
    while stack or linked:
        folder = stack.pop() if stack else linked.pop(0)
        try:
            st = os.stat(folder)
        except OSError:
            unreadable.append(folder)
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            continue
        visited.add(key)
        try:
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError:
            unreadable.append(folder)
            continue
        subfolders: list[str] = []
        for entry in listing:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    (linked if entry.is_symlink() else subfolders).append(entry.path)
                    continue
                if not images.is_photo_path(entry.name):
                    continue
                entry_stat = entry.stat(follow_symlinks=True)
            except OSError:
                continue  # a dangling symlink or a file gone since the listing
            if stat.S_ISREG(entry_stat.st_mode):
                yield entry.path, entry_stat
        stack.extend(reversed(subfolders))


def _under(path: str, folders: Iterable[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def scan_folder(catalog: Catalog, folder: Folder) -> ScanResult:
    """Bring one folder's file records up to date with the disk, reading no image."""
    result = ScanResult()
    if not os.path.isdir(folder.path):
        if folder.online:
            catalog.set_folder_online(folder.id, False)
        result.offline.append(folder.path)
        return result
    if not folder.online:
        catalog.set_folder_online(folder.id, True)
    known = catalog.files_in_folder(folder.id)
    on_disk: dict[str, tuple[int, int]] = {}
    for path, st in walk_photos(folder.path, result.unreadable_dirs):
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            result.skipped_names.append(os.fsencode(path).decode("utf-8", "replace"))
            continue
        on_disk[path] = (st.st_size, st.st_mtime_ns)
    result.seen = len(on_disk)

    gone = {
        p: v for p, v in known.items() if p not in on_disk and not _under(p, result.unreadable_dirs)
    }
    arrived = [p for p in on_disk if p not in known]
    # A file that vanished and one that appeared with the same name, size and mtime is a move.
    vanished_by_key: dict[tuple[str, int, int], list[str]] = {}
    for p, (_, size, mtime_ns, _) in gone.items():
        vanished_by_key.setdefault((os.path.basename(p), size, mtime_ns), []).append(p)

    with catalog.transaction():
        for path in arrived:
            size, mtime_ns = on_disk[path]
            candidates = vanished_by_key.get((os.path.basename(path), size, mtime_ns))
            if candidates:
                old = candidates.pop()
                catalog.move_file(gone.pop(old)[0], path, folder.id)
                result.moved += 1
            else:
                catalog.upsert_pending(folder.id, path, size, mtime_ns)
                result.new += 1
        for path, (size, mtime_ns) in on_disk.items():
            record = known.get(path)
            if record is not None and (record[1], record[2]) != (size, mtime_ns):
                catalog.upsert_pending(folder.id, path, size, mtime_ns)
                result.changed += 1
        catalog.delete_files(v[0] for v in gone.values())
        result.removed = len(gone)
    return result


def scan(catalog: Catalog, folders: Iterable[Folder]) -> ScanResult:
    total = ScanResult()
    for folder in folders:
        part = scan_folder(catalog, folder)
        total.seen += part.seen
        total.new += part.new
        total.changed += part.changed
        total.moved += part.moved
        total.removed += part.removed
        total.offline += part.offline
        total.unreadable_dirs += part.unreadable_dirs
        total.skipped_names += part.skipped_names
    return total


# -- reading and embedding --------------------------------------------------------------


@dataclass
class _Outcome:
    record: FileRecord
    size: int
    mtime_ns: int
    fingerprint: str | None = None
    pixels: np.ndarray | None = None
    width: int | None = None
    height: int | None = None
    taken_at: str | None = None
    kind: str | None = None
    error: str | None = None


def _read_one(
    record: FileRecord,
    spec: images.Preprocessing,
    known: set[str],
    read: Callable[[str], bytes],
) -> _Outcome:
    try:
        st = os.stat(record.path)
        size, mtime_ns = st.st_size, st.st_mtime_ns
    except OSError:
        size, mtime_ns = record.size, record.mtime_ns
    outcome = _Outcome(record, size, mtime_ns)
    try:
        data = read(record.path)
        outcome.fingerprint = images.fingerprint(data)
        outcome.kind = images.photo_type(data)
        if outcome.fingerprint in known:
            outcome.width, outcome.height, outcome.taken_at = images.photo_header(data)
        else:
            photo = images.decode_photo(data, spec)
            outcome.pixels = photo.pixels
            outcome.width, outcome.height, outcome.taken_at = photo.width, photo.height, photo.taken_at
    except ImageReadError as exc:
        outcome.error = str(exc)
        outcome.fingerprint = None
    except (Exception, MemoryError) as exc:  # noqa: BLE001 - one file must not stop the run
        log.warning("Unexpected error reading %s", record.path, exc_info=True)
        outcome.error = f"cannot read the file ({type(exc).__name__}: {exc})"
        outcome.fingerprint = None
        outcome.pixels = None
    return outcome


class Indexer:
    """Runs scans and the read/embed/write pipeline against one catalog and index.

    ``encoder`` is called the first time something needs embedding, so a run with nothing
    new never loads the model."""

    def __init__(
        self,
        catalog: Catalog,
        index: Callable[[], VectorIndex],
        encoder: Callable[[], object],
        model_id: str,
        *,
        batch_size: int = 32,
        decode_threads: int | None = None,
        save_interval: float = 60.0,
        read: Callable[[str], bytes] = images.read_file,
    ) -> None:
        self.catalog = catalog
        self._index_factory = index
        self._encoder_factory = encoder
        self.model_id = model_id
        self.batch_size = batch_size
        self.decode_threads = decode_threads or max(2, min(8, (os.cpu_count() or 2)))
        self.save_interval = save_interval
        self.read = read
        self.stop_event = threading.Event()

    def run(
        self, folders: Iterable[Folder] | None = None, progress: ProgressCallback | None = None
    ) -> IndexSummary:
        started = time.monotonic()
        chosen = list(folders) if folders is not None else self.catalog.folders()
        summary = IndexSummary(scan=scan(self.catalog, chosen))
        self.process_pending(summary, progress, folder_ids=[f.id for f in chosen])
        purged = self.catalog.purge_unreferenced_embeddings().get(self.model_id, [])
        if purged:
            self._index_factory().remove(purged)
        summary.seconds = time.monotonic() - started
        return summary

    def process_pending(
        self,
        summary: IndexSummary,
        progress: ProgressCallback | None = None,
        folder_ids: list[int] | None = None,
    ) -> None:
        work = self.catalog.work_items(self.model_id, folder_ids)
        if not work:
            return
        encoder = self._encoder_factory()
        index = self._index_factory()
        spec: images.Preprocessing = encoder.preprocessing  # type: ignore[attr-defined]
        known = self.catalog.fingerprints(self.model_id)
        started = time.monotonic()
        last_save = started
        done = 0
        batch: list[_Outcome] = []

        def report() -> None:
            if progress:
                progress(
                    IndexProgress(
                        done, len(work), summary.failed, summary.embedded, time.monotonic() - started
                    )
                )

        report()
        with cf.ThreadPoolExecutor(self.decode_threads, thread_name_prefix="mclip-decode") as pool:
            window: deque[cf.Future[_Outcome]] = deque()
            pending_records = iter(work)
            ahead = max(self.batch_size * 2, self.decode_threads * 4)

            def refill() -> None:
                while len(window) < ahead and not self.stop_event.is_set():
                    record = next(pending_records, None)
                    if record is None:
                        return
                    window.append(pool.submit(_read_one, record, spec, known, self.read))

            refill()
            while window:
                outcome = window.popleft().result()
                refill()
                batch.append(outcome)
                if outcome.pixels is not None and sum(o.pixels is not None for o in batch) >= self.batch_size:
                    done += self._write_batch(batch, encoder, index, known, summary)
                    batch = []
                    report()
                    if time.monotonic() - last_save > self.save_interval:
                        try:
                            index.save()
                        except IndexSaveError as exc:
                            # The index is derived: indexing goes on, the catalog keeps the
                            # vectors, and the final save reports the problem if it remains.
                            log.warning("%s", exc)
                        last_save = time.monotonic()
                if self.stop_event.is_set():
                    for future in window:
                        future.cancel()
                    # Finished reads are kept; cancelled ones stay pending for the next run.
                    batch.extend(f.result() for f in window if not f.cancelled())
                    window.clear()
                    summary.stopped = True
            if batch:
                done += self._write_batch(batch, encoder, index, known, summary)
                report()

    def _write_batch(
        self,
        batch: list[_Outcome],
        encoder: object,
        index: VectorIndex,
        known: set[str],
        summary: IndexSummary,
    ) -> int:
        to_embed = [o for o in batch if o.pixels is not None]
        vectors = (
            encoder.encode(images.stack([o.pixels for o in to_embed]))  # type: ignore[attr-defined]
            if to_embed
            else np.empty((0, 0), np.float32)
        )
        new_ids: list[int] = []
        new_vectors: list[np.ndarray] = []
        with self.catalog.transaction():
            for outcome, vector in zip(to_embed, vectors, strict=True):
                assert outcome.fingerprint is not None
                if self.catalog.embedding_id(outcome.fingerprint, self.model_id) is None:
                    new_ids.append(self.catalog.add_embedding(outcome.fingerprint, self.model_id, vector))
                    new_vectors.append(vector)
            for outcome in batch:
                record = outcome.record
                if outcome.error is not None:
                    self.catalog.mark_failed(record.id, outcome.size, outcome.mtime_ns, outcome.error)
                    summary.failed += 1
                    summary.failures.append((record.path, outcome.error))
                else:
                    assert outcome.fingerprint is not None
                    self.catalog.mark_ok(
                        record.id,
                        outcome.size,
                        outcome.mtime_ns,
                        outcome.fingerprint,
                        outcome.width,
                        outcome.height,
                        outcome.taken_at,
                        kind=outcome.kind,
                    )
                    summary.read += 1
                    if outcome.pixels is None:
                        summary.reused += 1
        if new_ids:
            index.add(np.asarray(new_ids, dtype=np.int64), np.stack(new_vectors))
            known.update(o.fingerprint for o in to_embed if o.fingerprint)
        summary.embedded += len(new_ids)
        return len(batch)


def folder_path(path: str | os.PathLike[str]) -> str:
    """The canonical form of a folder path as stored in the catalog."""
    return str(Path(path).expanduser().resolve())
