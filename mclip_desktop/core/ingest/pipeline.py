"""Bringing the catalog and vector index up to date with the photo folders.

A run first scans (``ingest.scan``: new and changed files become pending, moves are
followed, vanished files forgotten). Pending files then flow through a pipeline: a pool of
decode threads (Pillow releases the GIL) reads, fingerprints and preprocesses them; the
calling thread embeds them in batches and writes each batch in one catalog transaction
before adding it to the vector index. A file whose content already has a vector (a moved
file, a duplicate) is not decoded at all. A file that cannot be read is recorded with its
reason and never disturbs the rest of its batch.

``stop()`` ends a run soon: no new file is read, and a batch still being embedded a moment
after the stop is dropped before anything of it is written (its files stay pending), so that
stopping (with ``encode_slice``) never waits for a whole batch on a slow CPU.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from mclip_desktop.core import images
from mclip_desktop.core.catalog import Catalog, FileRecord, Folder
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.ingest.changes import ChangeLog
from mclip_desktop.core.ingest.scan import ScanResult, scan
from mclip_desktop.core.messages import Message
from mclip_desktop.core.vector_index import IndexSaveError, VectorIndex

log = logging.getLogger(__name__)


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

# Once stopped, how long the batch being embedded may go on before it is dropped (its files
# stay pending).
STOP_ENCODE_BUDGET = 0.5


class _EncodingCancelled(Exception):
    pass


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
        outcome.error = exc.message.to_stored()
        outcome.fingerprint = None
    except (Exception, MemoryError) as exc:  # noqa: BLE001 - one file must not stop the run
        log.warning("Unexpected error reading %s", record.path, exc_info=True)
        outcome.error = Message(
            "file.unexpected", detail=f"{type(exc).__name__}: {exc}"
        ).to_stored()
        outcome.fingerprint = None
        outcome.pixels = None
    return outcome


class Indexer:
    """Runs scans and the read/embed/write pipeline against one catalog and index.

    ``encoder`` is called the first time something needs embedding, so a run with nothing
    new never loads the model. What a run changes is noted in ``changes`` (taken by the
    library or the live indexer to tell subscribers)."""

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
        stop_budget: float = STOP_ENCODE_BUDGET,
        encode_slice: int | None = None,
    ) -> None:
        self.catalog = catalog
        self._index_factory = index
        self._encoder_factory = encoder
        self.model_id = model_id
        self.batch_size = batch_size
        self.decode_threads = decode_threads or max(2, min(8, (os.cpu_count() or 2)))
        self.save_interval = save_interval
        self.read = read
        self.stop_budget = stop_budget
        # Embedding a batch a slice at a time lets a stop end it sooner, at some cost in
        # throughput; an interactive owner (the live indexer) wants that, a one-off run not.
        self.encode_slice = encode_slice
        self.stop_event = threading.Event()
        self.changes = ChangeLog()
        self._stopped_at = 0.0

    def stop(self) -> None:
        """Make the run in progress (and any until ``resume``) end soon; thread-safe."""
        self._stopped_at = time.monotonic()
        self.stop_event.set()

    def resume(self) -> None:
        self.stop_event.clear()

    def purge_unreferenced(self, only: Iterable[int] | None = None) -> int:
        """Delete the vectors no file refers to any more (or those of ``only`` that no file
        refers to) from the catalog and the index; returns how many."""
        if only is None:
            purged = self.catalog.purge_unreferenced_embeddings()
        else:
            unreferenced = self.catalog.unreferenced_embeddings()
            chosen = [i for i in only if i in unreferenced]
            if chosen:
                with self.catalog.transaction():
                    self.catalog.delete_embeddings(chosen)
            purged = {}
            for i in chosen:
                purged.setdefault(unreferenced[i], []).append(i)
        mine = purged.get(self.model_id, [])
        if mine:
            self._index_factory().remove(mine)
        return sum(len(ids) for ids in purged.values())

    def run(
        self, folders: Iterable[Folder] | None = None, progress: ProgressCallback | None = None
    ) -> IndexSummary:
        started = time.monotonic()
        chosen = list(folders) if folders is not None else self.catalog.folders()
        summary = IndexSummary(scan=scan(self.catalog, chosen, self.changes))
        self.process_pending(summary, progress, folder_ids=[f.id for f in chosen])
        self.purge_unreferenced()
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
                elapsed = time.monotonic() - started
                progress(IndexProgress(done, len(work), summary.failed, summary.embedded, elapsed))

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
                if outcome.pixels is not None and (
                    sum(o.pixels is not None for o in batch) >= self.batch_size
                ):
                    try:
                        done += self._write_batch(batch, encoder, index, known, summary)
                    except _EncodingCancelled:
                        summary.stopped = True
                        for future in window:
                            future.cancel()
                        window.clear()
                        return
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
                try:
                    done += self._write_batch(batch, encoder, index, known, summary)
                except _EncodingCancelled:
                    summary.stopped = True
                    return
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
            self._encode(encoder, images.stack([o.pixels for o in to_embed]))
            if to_embed
            else np.empty((0, 0), np.float32)
        )
        new_ids: list[int] = []
        new_vectors: list[np.ndarray] = []
        with self.catalog.transaction():
            for outcome, vector in zip(to_embed, vectors, strict=True):
                assert outcome.fingerprint is not None
                if self.catalog.embedding_id(outcome.fingerprint, self.model_id) is None:
                    new_id = self.catalog.add_embedding(outcome.fingerprint, self.model_id, vector)
                    new_ids.append(new_id)
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
                    self.changes.added(record.id)
        if new_ids:
            index.add(np.asarray(new_ids, dtype=np.int64), np.stack(new_vectors))
            known.update(o.fingerprint for o in to_embed if o.fingerprint)
        summary.embedded += len(new_ids)
        return len(batch)

    def _encode(self, encoder: object, pixels: np.ndarray) -> np.ndarray:
        """Embed ``encode_slice`` images at a time (all at once without it); a stop is
        checked before each slice."""
        step = self.encode_slice or len(pixels)
        parts = []
        for start in range(0, len(pixels), step):
            if (
                self.stop_event.is_set()
                and time.monotonic() - self._stopped_at >= self.stop_budget
            ):
                raise _EncodingCancelled
            part = encoder.encode(pixels[start : start + step])  # type: ignore[attr-defined]
            parts.append(np.asarray(part))
        return np.concatenate(parts)


def folder_path(path: str | os.PathLike[str]) -> str:
    """The canonical form of a folder path as stored in the catalog."""
    return str(Path(path).expanduser().resolve())
