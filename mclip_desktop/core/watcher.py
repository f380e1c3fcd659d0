"""Keeping the index live: watchdog events, settled files, and a background indexing thread.

Watching is a hint and scanning is the truth. A reconciliation scan runs at start, after any
observer failure or event overflow, when an offline folder comes back, and periodically as a
safety net; between scans, events are applied as they come:

- a new or changed photo waits until its size and mtime have stayed the same for a settle
  time (shorter once the writer closed it), so a half-copied file is never embedded;
- a moved or renamed file or folder only changes paths in the catalog;
- a deleted file leaves the catalog (its vector stays until the next purge, so a file that
  reappears elsewhere is not embedded again);
- a watched folder that disappears is marked offline and keeps its photos.

Everything runs on one worker thread that owns the catalog's writes; progress, "results
changed" and notices for the user leave through plain callbacks.
"""

from __future__ import annotations

import errno
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from mclip_desktop.core import images
from mclip_desktop.core.catalog import Folder
from mclip_desktop.core.indexer import (
    IndexProgress,
    IndexSummary,
    ScanResult,
    scan_folder,
    walk_photos,
)
from mclip_desktop.core.library import Library

log = logging.getLogger(__name__)

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "davfs", "sshfs",
        "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.smbnetfs",
    }
)  # fmt: skip

INOTIFY_HINT = (
    "The system ran out of folder watches, so some folders are checked for changes every few "
    "seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_watches=524288 | "
    "sudo tee /etc/sysctl.d/60-mclip-desktop.conf && sudo sysctl --system"
)


class ObserverLike(Protocol):
    def schedule(self, handler: Any, path: str, recursive: bool = ...) -> Any: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def join(self, timeout: float | None = ...) -> None: ...
    def is_alive(self) -> bool: ...


def filesystem_type(path: str) -> str | None:
    """The type of the filesystem holding ``path``, from /proc/self/mounts (Linux only)."""
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
            mounts = [line.split()[:3] for line in f if line.strip()]
    except OSError:
        return None
    real = os.path.realpath(path)
    best: tuple[int, str | None] = (-1, None)
    for parts in mounts:
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (real == point or real.startswith(point.rstrip("/") + "/")) and len(point) > best[0]:
            best = (len(point), parts[2])
    return best[1]


class _Events(FileSystemEventHandler):
    def __init__(self, sink: queue.Queue[FileSystemEvent]) -> None:
        self._sink = sink

    def on_any_event(self, event: FileSystemEvent) -> None:
        self._sink.put(event)


class _WatchdogTrouble(logging.Handler):
    """watchdog reports a kernel queue overflow only in its log; that means events were
    lost and a reconciliation scan is due."""

    def __init__(self, flag: threading.Event) -> None:
        super().__init__(level=logging.WARNING)
        self._flag = flag

    def emit(self, record: logging.LogRecord) -> None:
        self._flag.set()


@dataclass
class _Candidate:
    size: int
    mtime_ns: int
    since: float
    closed: bool = False


@dataclass
class LiveState:
    """What the live indexer is doing, for status bars."""

    phase: str = "starting"  # starting, scanning, indexing, idle, paused, stopped
    polling: list[str] = field(default_factory=list)
    offline: list[str] = field(default_factory=list)


def _text(path: bytes | str) -> str:
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path


class LiveIndexer:
    """Watches the library's folders and keeps the catalog and index up to date on a
    background thread. ``start()``, then ``stop()`` (at most about 2 s, even mid-batch;
    finished work is kept)."""

    def __init__(
        self,
        library: Library,
        *,
        settle: float = 2.0,
        settle_after_close: float = 0.5,
        tick: float = 0.2,
        rescan_interval: float = 900.0,
        save_interval: float = 30.0,
        batch_size: int = 16,
        on_progress: Callable[[IndexProgress], None] | None = None,
        on_results_changed: Callable[[], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_state: Callable[[LiveState], None] | None = None,
        observer_factory: Callable[[], ObserverLike] = Observer,
        polling_factory: Callable[[], ObserverLike] = PollingObserver,
    ) -> None:
        self.library = library
        self.settle = settle
        self.settle_after_close = settle_after_close
        self.tick = tick
        self.rescan_interval = rescan_interval
        self.save_interval = save_interval
        self._on_progress = on_progress
        self._on_results_changed = on_results_changed or (lambda: None)
        self._on_notice = on_notice or (lambda message: log.warning("%s", message))
        self._on_state = on_state or (lambda state: None)
        self._observer_factory = observer_factory
        self._polling_factory = polling_factory
        self._indexer = library.indexer(batch_size=batch_size)
        self._events: queue.Queue[FileSystemEvent] = queue.Queue()
        self._candidates: dict[str, _Candidate] = {}
        self._observers: dict[str, ObserverLike] = {}
        self._trouble = threading.Event()
        self._trouble_handler = _WatchdogTrouble(self._trouble)
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._rescan = threading.Event()
        self._idle = threading.Condition()
        self._busy = True
        self._hinted = False
        self._thread: threading.Thread | None = None
        self.state = LiveState()
        self.last_summary: IndexSummary | None = None

    # -- control (any thread) -----------------------------------------------------------

    def start(self) -> None:
        logging.getLogger("watchdog").addHandler(self._trouble_handler)
        self._thread = threading.Thread(target=self._run, name="mclip-live-indexer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._indexer.stop_event.set()
        if self._thread is not None:
            self._thread.join(timeout)
        logging.getLogger("watchdog").removeHandler(self._trouble_handler)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def pause(self) -> None:
        self._paused.set()
        self._indexer.stop_event.set()

    def resume(self) -> None:
        self._paused.clear()
        if not self._stop.is_set():
            self._indexer.stop_event.clear()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def request_rescan(self) -> None:
        self._rescan.set()

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing is waiting to settle or to be indexed (for tests and scripts)."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    # -- the worker thread --------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._start_observers()
            self._reconcile()
            last_scan = last_save = time.monotonic()
            while not self._stop.is_set():
                self._drain_events()
                if self._trouble.is_set() or self._observers_died():
                    self._trouble.clear()
                    self._restart_observers()
                    self._rescan.set()
                self._check_roots()
                if self._rescan.is_set() or time.monotonic() - last_scan > self.rescan_interval:
                    self._rescan.clear()
                    self._reconcile()
                    last_scan = time.monotonic()
                self._promote_settled()
                if not self._paused.is_set():
                    self._index_pending()
                if time.monotonic() - last_save > self.save_interval:
                    self.library.save_index()
                    last_save = time.monotonic()
                self._set_busy(bool(self._candidates) or self._has_work())
        except Exception:  # noqa: BLE001 - the thread must report, not vanish
            log.exception("The live indexer stopped after an error")
            self._on_notice("Indexing stopped after an unexpected error; restart the app to resume.")
        finally:
            self._stop_observers()
            try:
                self.library.save_index()
            finally:
                self._set_phase("stopped")
                self._set_busy(False)

    def _set_phase(self, phase: str) -> None:
        if self.state.phase != phase:
            self.state.phase = phase
            self._on_state(self.state)

    def _set_busy(self, busy: bool) -> None:
        with self._idle:
            self._busy = busy
            if not busy:
                self._idle.notify_all()
        if not busy and not self._stop.is_set():
            self._set_phase("paused" if self._paused.is_set() else "idle")

    def _has_work(self) -> bool:
        if self._paused.is_set():
            return False
        return bool(self.library.catalog.work_items(self._indexer.model_id))

    # -- observers ----------------------------------------------------------------------

    def _start_observers(self) -> None:
        for folder in self.library.catalog.folders():
            if os.path.isdir(folder.path):
                self._watch(folder.path)

    def _watch(self, path: str) -> None:
        if path in self._observers:
            return
        handler = _Events(self._events)
        polled = filesystem_type(path) in NETWORK_FILESYSTEMS
        observer: ObserverLike | None = None
        if not polled:
            observer = self._observer_factory()
            try:
                observer.schedule(handler, path, recursive=True)
                observer.start()
            except OSError as exc:
                self._stop_one(observer)
                observer = None
                if exc.errno in (errno.ENOSPC, errno.EMFILE) and not self._hinted:
                    self._hinted = True
                    self._on_notice(INOTIFY_HINT)
                elif exc.errno not in (errno.ENOSPC, errno.EMFILE):
                    self._on_notice(
                        f"Cannot watch {path} for changes ({exc.strerror or exc}); it is "
                        "checked every few seconds instead."
                    )
        if observer is None:
            observer = self._polling_factory()
            try:
                observer.schedule(handler, path, recursive=True)
                observer.start()
            except OSError as exc:
                self._on_notice(f"Cannot watch {path} ({exc.strerror or exc}); rescans still find changes.")
                return
            self.state.polling.append(path)
        self._observers[path] = observer

    def _stop_one(self, observer: ObserverLike) -> None:
        try:
            observer.stop()
            if observer.is_alive():
                observer.join(1.0)
        except (OSError, RuntimeError):
            pass

    def _stop_observers(self) -> None:
        for observer in self._observers.values():
            self._stop_one(observer)
        self._observers.clear()
        self.state.polling.clear()

    def _observers_died(self) -> bool:
        return any(not o.is_alive() for o in self._observers.values())

    def _restart_observers(self) -> None:
        self._stop_observers()
        self._start_observers()

    # -- events -------------------------------------------------------------------------

    def _folder_for(self, path: str) -> Folder | None:
        best = None
        for folder in self.library.catalog.folders():
            if path.startswith(folder.path.rstrip(os.sep) + os.sep):
                if best is None or len(folder.path) > len(best.path):
                    best = folder
        return best

    def _is_watched_photo(self, path: str) -> bool:
        name = os.path.basename(path)
        return images.is_photo_path(name) and not name.startswith(".") and self._folder_for(path) is not None

    def _hidden(self, path: str) -> bool:
        folder = self._folder_for(path)
        if folder is None:
            return True
        rel = os.path.relpath(path, folder.path)
        return any(part.startswith(".") for part in rel.split(os.sep))

    def _drain_events(self) -> None:
        try:
            event = self._events.get(timeout=self.tick)
        except queue.Empty:
            return
        changed = False
        while True:
            changed |= self._apply(event)
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
        if changed:
            self._on_results_changed()

    def _apply(self, event: FileSystemEvent) -> bool:
        """Apply one event; returns whether search results changed."""
        src = _text(event.src_path)
        catalog = self.library.catalog
        if isinstance(event, (FileCreatedEvent, FileModifiedEvent, FileClosedEvent)):
            if self._is_watched_photo(src) and not self._hidden(src):
                self._note_candidate(src, closed=isinstance(event, FileClosedEvent))
            return False
        if isinstance(event, FileDeletedEvent):
            self._candidates.pop(src, None)
            record = catalog.file_by_path(src)
            if record is not None:
                with catalog.transaction():
                    catalog.delete_files([record.id])
                return True
            return False
        if isinstance(event, FileMovedEvent):
            dest = _text(event.dest_path)
            self._candidates.pop(src, None)
            record = catalog.file_by_path(src)
            folder = self._folder_for(dest)
            keep = folder is not None and self._is_watched_photo(dest) and not self._hidden(dest)
            if record is None:
                if keep:
                    self._note_candidate(dest, closed=True)
                return False
            with catalog.transaction():
                if keep and folder is not None:
                    existing = catalog.file_by_path(dest)
                    if existing is not None:
                        catalog.delete_files([existing.id])
                    catalog.move_file(record.id, dest, folder.id)
                else:
                    catalog.delete_files([record.id])
            return True
        if isinstance(event, DirMovedEvent):
            return self._apply_dir_move(src, _text(event.dest_path))
        if isinstance(event, DirDeletedEvent):
            return self._apply_dir_gone(src)
        if isinstance(event, DirCreatedEvent):
            if not self._hidden(src):
                for path, _ in _photos_in(src):
                    self._note_candidate(path, closed=False)
        return False

    def _apply_dir_move(self, src: str, dest: str) -> bool:
        catalog = self.library.catalog
        if any(f.path == src for f in catalog.folders()):
            return self._apply_dir_gone(src)
        folder = self._folder_for(dest)
        for path in [p for p in self._candidates if p.startswith(src + os.sep)]:
            del self._candidates[path]
        if folder is not None and not self._hidden(dest):
            moved = catalog.move_tree(src, dest, folder.id)
            # Files that were still settling under the old name settle under the new one.
            for path, _ in _photos_in(dest):
                if catalog.file_by_path(path) is None:
                    self._note_candidate(path, closed=False)
            return moved > 0
        gone = catalog.files_under(src)
        if gone:
            with catalog.transaction():
                catalog.delete_files(r.id for r in gone)
        return bool(gone)

    def _apply_dir_gone(self, path: str) -> bool:
        catalog = self.library.catalog
        root = next((f for f in catalog.folders() if f.path == path), None)
        if root is not None:
            self._mark_offline(root)
            return False
        gone = catalog.files_under(path)
        for candidate in [p for p in self._candidates if p.startswith(path + os.sep)]:
            del self._candidates[candidate]
        if gone:
            with catalog.transaction():
                catalog.delete_files(r.id for r in gone)
        return bool(gone)

    def _note_candidate(self, path: str, *, closed: bool) -> None:
        try:
            st = os.stat(path)
        except OSError:
            self._candidates.pop(path, None)
            return
        now = time.monotonic()
        previous = self._candidates.get(path)
        if previous is None or (previous.size, previous.mtime_ns) != (st.st_size, st.st_mtime_ns):
            self._candidates[path] = _Candidate(st.st_size, st.st_mtime_ns, now, closed)
        elif closed:
            previous.closed = True

    def _promote_settled(self) -> None:
        """Files whose size and mtime held still long enough become pending work."""
        if not self._candidates:
            return
        now = time.monotonic()
        ready: list[tuple[str, os.stat_result]] = []
        for path, candidate in list(self._candidates.items()):
            try:
                st = os.stat(path)
            except OSError:
                del self._candidates[path]
                continue
            if (st.st_size, st.st_mtime_ns) != (candidate.size, candidate.mtime_ns):
                self._candidates[path] = _Candidate(st.st_size, st.st_mtime_ns, now)
                continue
            wait = self.settle_after_close if candidate.closed else self.settle
            if now - candidate.since >= wait:
                ready.append((path, st))
                del self._candidates[path]
        if not ready:
            return
        catalog = self.library.catalog
        with catalog.transaction():
            for path, st in ready:
                folder = self._folder_for(path)
                record = catalog.file_by_path(path)
                if folder is None:
                    continue
                if record is not None and (record.size, record.mtime_ns) == (st.st_size, st.st_mtime_ns):
                    continue  # unchanged (a metadata-only event), nothing to do
                catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)

    # -- scanning and indexing ----------------------------------------------------------

    def _check_roots(self) -> None:
        for folder in self.library.catalog.folders():
            present = os.path.isdir(folder.path)
            if folder.online and not present:
                self._mark_offline(folder)
            elif not folder.online and present:
                self._on_notice(f"{folder.path} is back; checking it for changes.")
                if folder.path in self.state.offline:
                    self.state.offline.remove(folder.path)
                self._watch(folder.path)
                self._rescan.set()

    def _mark_offline(self, folder: Folder) -> None:
        if folder.online:
            self.library.catalog.set_folder_online(folder.id, False)
        observer = self._observers.pop(folder.path, None)
        if observer is not None:
            self._stop_one(observer)
        if folder.path in self.state.polling:
            self.state.polling.remove(folder.path)
        if folder.path not in self.state.offline:
            self.state.offline.append(folder.path)
            self._on_notice(f"{folder.path} is not reachable; its photos are kept until it is back.")

    def _reconcile(self) -> None:
        self._set_phase("scanning")
        total = ScanResult()
        for folder in self.library.catalog.folders():
            if self._stop.is_set():
                return
            result = scan_folder(self.library.catalog, folder)
            total.removed += result.removed
            total.moved += result.moved
            if result.offline:
                self._mark_offline(folder)
            else:
                self._watch(folder.path)
        if total.removed or total.moved:
            self._on_results_changed()

    def _index_pending(self) -> None:
        if not self.library.catalog.work_items(self._indexer.model_id):
            return
        self._set_phase("indexing")
        summary = IndexSummary(scan=ScanResult())
        progress_seen = 0

        def progress(p: IndexProgress) -> None:
            nonlocal progress_seen
            if self._on_progress:
                self._on_progress(p)
            if p.done > progress_seen:
                progress_seen = p.done
                self._on_results_changed()

        self._indexer.process_pending(summary, progress)
        self.last_summary = summary


def _photos_in(folder: str) -> list[tuple[str, os.stat_result]]:
    return list(walk_photos(folder, []))
