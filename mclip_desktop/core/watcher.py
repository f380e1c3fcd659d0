"""Keeping the index live: watchdog events, settled files, and a background indexing thread.

Watching is a hint and scanning is the truth. A reconciliation scan runs at start, after any
observer failure or event overflow, when an offline folder comes back, and periodically as a
safety net; between scans, events are applied as they come:

- a new or changed photo waits until its size and mtime have stayed the same for a settle
  time (shorter once the writer closed it), so a half-copied file is never embedded. Where
  the observer reports opens and closes (inotify), a file written to and not yet closed waits
  for its close, however long the writer stalls (up to ``settle_open``). A reconciliation
  scan that finds a file changed within the settle time hands it to the same wait instead of
  reading it at once;
- a moved or renamed file or folder only changes paths in the catalog (a file changed just
  before its move is read again at its new place);
- a deleted file leaves the catalog (its vector stays until the next purge, so a file that
  reappears elsewhere is not embedded again);
- a watched folder that disappears is marked offline and keeps its photos; events about it
  are ignored until it is back and scanned.

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

import numpy as np
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from mclip_desktop.core import background, images
from mclip_desktop.core.catalog import FileRecord, Folder
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.indexer import (
    Indexer,
    IndexProgress,
    IndexSummary,
    ScanResult,
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
INOTIFY_INSTANCES_HINT = (
    "The system ran out of folder watchers, so some folders are checked for changes every "
    "few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_instances=1024 "
    "| sudo tee /etc/sysctl.d/61-mclip-desktop.conf && sudo sysctl --system"
)

# How long one pass of the worker loop may spend applying queued events before it checks
# on settled files and indexing again (a burst of thousands of files queues many events).
_DRAIN_SECONDS = 0.5
# Once stopping or pausing, how long the batch being embedded may go on before it is dropped
# (its files stay pending), and in how many images at a time it is embedded meanwhile.
_STOP_ENCODE_BUDGET = 0.5
# Observers are restarted at most this often (a share that keeps failing would otherwise
# restart them, and rescan, on every pass).
_RESTART_INTERVAL = 5.0
_ENCODE_SLICE = 8


def native_observer() -> ObserverLike:
    """watchdog's observer for this platform. With inotify it reports a move into or out of
    the watched tree as a move with one side unknown, not as a creation or a deletion, so
    that a photo moved through a folder not watched yet (made a moment before) keeps its
    record instead of being read again."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # pragma: no cover - not Linux
        return Observer()
    if Observer is InotifyObserver:
        return InotifyObserver(generate_full_events=True)
    return Observer()  # pragma: no cover - not Linux


class ObserverLike(Protocol):
    def schedule(self, handler: Any, path: str, /, *, recursive: bool = ...) -> Any: ...
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


class _EncodingCancelled(Exception):
    pass


class _StoppableEncoder:
    """The image encoder, run a few images at a time, so that stopping does not wait for a
    whole batch on a slow CPU: a batch still being embedded some time after the stop is
    dropped before anything of it is written, and its files stay pending for the next run."""

    def __init__(self, encoder: Any, stop: threading.Event, stop_time: Callable[[], float]):
        self._encoder = encoder
        self._stop = stop
        self._stop_time = stop_time
        self.preprocessing = encoder.preprocessing

    def encode(self, pixels: np.ndarray) -> np.ndarray:
        parts = []
        for start in range(0, len(pixels), _ENCODE_SLICE):
            if self._stop.is_set() and time.monotonic() - self._stop_time() > _STOP_ENCODE_BUDGET:
                raise _EncodingCancelled
            parts.append(np.asarray(self._encoder.encode(pixels[start : start + _ENCODE_SLICE])))
        return np.concatenate(parts) if parts else np.asarray(self._encoder.encode(pixels))


@dataclass
class _Candidate:
    """A file waiting for its size and mtime to hold still."""

    size: int
    mtime_ns: int
    since: float  # monotonic time its size or mtime was last seen to change
    closed: bool = False  # its writer closed it since it last changed
    writing: bool = False  # written to and not closed since (only known with inotify)


@dataclass
class _Departed:
    """A photo that moved to a place not known yet; it keeps its record for a moment in case
    it turns up again inside a watched folder."""

    record: FileRecord
    until: float


@dataclass
class LiveState:
    """What the live indexer is doing, for status bars."""

    phase: str = "starting"  # starting, scanning, indexing, idle, paused, stopped
    polling: list[str] = field(default_factory=list)
    offline: list[str] = field(default_factory=list)


def _text(path: bytes | str) -> str:
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path


def _inside(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


class LiveIndexer:
    """Watches the library's folders and keeps the catalog and index up to date on a
    background thread. ``start()``, then ``stop()`` (at most about 2 s, even mid-batch;
    finished work is kept).

    ``read`` is how the indexer reads a photo's bytes (a test can count reads with it)."""

    def __init__(
        self,
        library: Library,
        *,
        settle: float = 2.0,
        settle_after_close: float = 0.5,
        settle_open: float = 30.0,
        tick: float = 0.2,
        rescan_interval: float = 900.0,
        save_interval: float = 30.0,
        batch_size: int = 16,
        on_progress: Callable[[IndexProgress], None] | None = None,
        on_results_changed: Callable[[], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_state: Callable[[LiveState], None] | None = None,
        observer_factory: Callable[[], ObserverLike] = native_observer,
        polling_factory: Callable[[], ObserverLike] = PollingObserver,
        read: Callable[[str], bytes] = images.read_file,
    ) -> None:
        self.library = library
        self.settle = settle
        self.settle_after_close = settle_after_close
        self.settle_open = max(settle, settle_open)
        self.tick = tick
        self.rescan_interval = rescan_interval
        self.save_interval = save_interval
        self._on_progress = on_progress
        self._on_results_changed = on_results_changed or (lambda: None)
        self._on_notice = on_notice or (lambda message: log.warning("%s", message))
        self._on_state = on_state or (lambda state: None)
        self._observer_factory = observer_factory
        self._polling_factory = polling_factory
        self._stop_requested = 0.0
        self._indexer = Indexer(
            library.catalog,
            library.vector_index,
            self._encoder,
            library.image_model_id,
            batch_size=batch_size,
            read=read,
        )
        self._events: queue.Queue[FileSystemEvent] = queue.Queue()
        self._candidates: dict[str, _Candidate] = {}
        self._departed: dict[tuple[str, int, int], list[_Departed]] = {}
        self._departure_grace = max(1.0, settle)
        self._observers: dict[str, ObserverLike] = {}
        # Watched folders whose observer reports opens and closes (inotify does, polling
        # does not): only there can "still open for writing" be known.
        self._reports_closes: set[str] = set()
        self._folders: list[Folder] = []
        self._trouble = threading.Event()
        self._trouble_handler = _WatchdogTrouble(self._trouble)
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._rescan = threading.Event()
        self._control = threading.Lock()
        self._idle = threading.Condition()
        self._busy = True
        self._pokes = 0  # control calls that made the loop busy; see _settle_busy
        self._hinted = False
        self._save_failed = False
        self._thread: threading.Thread | None = None
        self.state = LiveState()
        self.last_summary: IndexSummary | None = None

    # -- control (any thread) -----------------------------------------------------------

    def start(self) -> None:
        logging.getLogger("watchdog").addHandler(self._trouble_handler)
        self._thread = threading.Thread(target=self._run, name="mclip-live-indexer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        with self._control:
            self._stop_requested = time.monotonic()
            self._stop.set()
            self._indexer.stop_event.set()
        if self._thread is not None:
            self._thread.join(timeout)
        logging.getLogger("watchdog").removeHandler(self._trouble_handler)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def pause(self) -> None:
        with self._control:
            self._stop_requested = time.monotonic()
            self._paused.set()
            self._indexer.stop_event.set()

    def resume(self) -> None:
        with self._control:
            self._paused.clear()
            if self._stop.is_set():
                return
            self._indexer.stop_event.clear()
        self._mark_busy()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def request_rescan(self) -> None:
        self._rescan.set()
        self._mark_busy()

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing is waiting to settle, to be scanned or to be indexed (for tests
        and scripts). Events the observer has not delivered yet are not known here."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def _mark_busy(self) -> None:
        # Only while running: the loop's last word on stopping is "not busy".
        if self.running and not self._stop.is_set():
            with self._idle:
                self._pokes += 1
                self._busy = True

    def _encoder(self) -> _StoppableEncoder:
        return _StoppableEncoder(
            self.library.image_encoder(), self._indexer.stop_event, lambda: self._stop_requested
        )

    # -- the worker thread --------------------------------------------------------------

    def _run(self) -> None:
        try:
            background.enter_background()
            self._refresh_folders()
            self._start_observers()
            self._reconcile()
            last_scan = last_save = time.monotonic()
            last_restart = 0.0
            while not self._stop.is_set():
                pokes = self._pokes
                self._drain_events()
                self._forget_departed()
                if (self._trouble.is_set() or self._observers_died()) and (
                    time.monotonic() - last_restart > _RESTART_INTERVAL
                ):
                    # An overflow or a dead observer means events were lost.
                    self._trouble.clear()
                    self._restart_observers()
                    self._rescan.set()
                    last_restart = time.monotonic()
                self._check_roots()
                if self._rescan.is_set() or time.monotonic() - last_scan > self.rescan_interval:
                    self._rescan.clear()
                    self._reconcile()
                    last_scan = time.monotonic()
                if self._promote_settled():
                    self._on_results_changed()
                if not self._paused.is_set() and not self._stop.is_set():
                    self._index_pending()
                if time.monotonic() - last_save > self.save_interval:
                    self._save_index()
                    last_save = time.monotonic()
                self._settle_busy(self._has_work(), pokes)
        except MclipError as exc:  # the model cannot be loaded, the catalog cannot be written
            log.warning("The live indexer stopped: %s", exc)
            self._on_notice(f"Indexing stopped: {exc}")
        except Exception:  # noqa: BLE001 - the thread must report, not vanish
            log.exception("The live indexer stopped after an error")
            self._on_notice(
                "Indexing stopped after an unexpected error; restart the app to resume."
            )
        finally:
            self._stop_observers()
            self._save_index()
            self._set_phase("stopped")
            self._set_busy(False)

    def _save_index(self) -> None:
        # A failed save (disk full, another process saving at the same moment) loses nothing:
        # the index is derived and rebuilt from the catalog when its file is not sound.
        try:
            self.library.save_index()
        except (OSError, RuntimeError) as exc:
            log.warning("Could not save the vector index (%s); it is saved again later.", exc)
            if not self._save_failed:
                self._save_failed = True
                self._on_notice(f"The search index could not be saved: {exc}")

    def _set_phase(self, phase: str) -> None:
        if self.state.phase != phase:
            self.state.phase = phase
            self._on_state(self.state)

    def _settle_busy(self, busy: bool, pokes: int) -> None:
        """Record whether work is left, unless a control call (resume, rescan) came in while
        this pass ran: the next pass answers for that one."""
        with self._idle:
            if not busy and self._pokes != pokes:
                return
        self._set_busy(busy)

    def _set_busy(self, busy: bool) -> None:
        with self._idle:
            self._busy = busy
            if not busy:
                self._idle.notify_all()
        if not busy and not self._stop.is_set():
            self._set_phase("paused" if self._paused.is_set() else "idle")

    def _has_work(self) -> bool:
        if self._candidates or self._departed or self._rescan.is_set() or not self._events.empty():
            return True
        if self._paused.is_set() or self._stop.is_set():
            return False
        return self.library.catalog.has_work(self._indexer.model_id)

    # -- observers ----------------------------------------------------------------------

    def _start_observers(self) -> None:
        for folder in self._folders:
            if folder.online and os.path.isdir(folder.path):
                self._watch(folder.path)

    def _watch(self, path: str) -> None:
        if path in self._observers:
            return
        handler = _Events(self._events)
        polled = filesystem_type(path) in NETWORK_FILESYSTEMS
        observer: ObserverLike | None = None
        if not polled:
            try:
                observer = self._observer_factory()  # inotify_init can fail too (EMFILE)
                observer.schedule(handler, path, recursive=True)
                observer.start()
            except OSError as exc:
                if observer is not None:
                    self._stop_one(observer)
                observer = None
                if exc.errno in (errno.ENOSPC, errno.EMFILE):
                    # Said once: every folder after the first would say the same.
                    if not self._hinted:
                        self._hinted = True
                        hint = INOTIFY_HINT if exc.errno == errno.ENOSPC else INOTIFY_INSTANCES_HINT
                        self._on_notice(hint)
                else:
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
                self._stop_one(observer)
                self._on_notice(
                    f"Cannot watch {path} ({exc.strerror or exc}); rescans still find changes."
                )
                return
            if path not in self.state.polling:
                self.state.polling.append(path)
        self._observers[path] = observer

    def _stop_one(self, observer: ObserverLike, deadline: float | None = None) -> None:
        try:
            observer.stop()
            if observer.is_alive():
                wait = 1.0 if deadline is None else max(0.0, deadline - time.monotonic())
                observer.join(wait)
        except (OSError, RuntimeError):
            pass

    def _stop_observers(self) -> None:
        # Stop them all first, then wait for them together, so that many watched folders
        # do not add up to more than the time stop() promises.
        observers = list(self._observers.values())
        self._observers.clear()
        for observer in observers:
            try:
                observer.stop()
            except (OSError, RuntimeError):
                pass
        deadline = time.monotonic() + 1.0
        for observer in observers:
            self._stop_one(observer, deadline)
        self.state.polling.clear()
        self._reports_closes.clear()

    def _observers_died(self) -> bool:
        return any(not o.is_alive() for o in self._observers.values())

    def _restart_observers(self) -> None:
        self._stop_observers()
        self._start_observers()

    # -- folders ------------------------------------------------------------------------

    def _refresh_folders(self) -> None:
        self._folders = self.library.catalog.folders()

    def _folder_for(self, path: str) -> Folder | None:
        best = None
        for folder in self._folders:
            if _inside(path, folder.path) and (best is None or len(folder.path) > len(best.path)):
                best = folder
        return best

    def _root_named(self, path: str) -> Folder | None:
        return next((f for f in self._folders if f.path == path), None)

    def _hidden(self, path: str, folder: Folder) -> bool:
        rel = os.path.relpath(path, folder.path)
        return any(part.startswith(".") for part in rel.split(os.sep))

    def _watched_photo(self, path: str) -> Folder | None:
        """The folder a photo path belongs to, if it is one to index (not hidden, in an
        online folder)."""
        folder = self._folder_for(path)
        if folder is None or not folder.online or not images.is_photo_path(path):
            return None
        return None if self._hidden(path, folder) else folder

    # -- events -------------------------------------------------------------------------

    def _drain_events(self) -> None:
        try:
            event = self._events.get(timeout=self.tick)
        except queue.Empty:
            return
        changed = False
        until = time.monotonic() + _DRAIN_SECONDS
        while True:
            changed |= self._apply(event)
            if time.monotonic() > until:
                break
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
        if changed:
            self._on_results_changed()

    def _apply(self, event: FileSystemEvent) -> bool:
        """Apply one event; returns whether search results changed."""
        if isinstance(event, DirModifiedEvent):
            return False  # one per file created or deleted; the file's own event says more
        src = _text(event.src_path)
        if isinstance(event, (FileOpenedEvent, FileClosedNoWriteEvent)):
            self._note_reports_closes(src)
            return False
        if isinstance(
            event, (FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileAttribEvent)
        ):
            if isinstance(event, FileClosedEvent):
                self._note_reports_closes(src)
            if self._watched_photo(src) is not None:
                return self._note_candidate(src, event)
            return False
        if isinstance(event, (DirMovedEvent, DirDeletedEvent)) and self._root_named(src):
            root = self._root_named(src)
            assert root is not None
            if not os.path.isdir(root.path):
                self._mark_offline(root)
            return False
        folder = self._folder_for(src)
        if folder is not None and (not folder.online or not os.path.isdir(folder.path)):
            # The watched folder itself went away (unmounted, renamed): events still
            # naming its old place say nothing about its photos. It is scanned when back.
            return False
        if isinstance(event, FileDeletedEvent):
            return self._apply_file_gone(src)
        if isinstance(event, FileMovedEvent):
            return self._apply_file_move(src, _text(event.dest_path))
        if isinstance(event, DirMovedEvent):
            return self._apply_dir_move(src, _text(event.dest_path))
        if isinstance(event, DirDeletedEvent):
            return self._apply_dir_gone(src)
        if isinstance(event, DirCreatedEvent):
            return self._apply_dir_arrived(src)
        return False

    def _note_reports_closes(self, path: str) -> None:
        folder = self._folder_for(path)
        if folder is not None:
            self._reports_closes.add(folder.path)

    def _apply_file_gone(self, path: str) -> bool:
        self._candidates.pop(path, None)
        catalog = self.library.catalog
        record = catalog.file_by_path(path)
        if record is None:
            return False
        with catalog.transaction():
            catalog.delete_files([record.id])
        return True

    def _apply_file_move(self, src: str, dest: str) -> bool:
        catalog = self.library.catalog
        settling = self._candidates.pop(src, None) if src else None
        record = catalog.file_by_path(src) if src else None
        folder = self._watched_photo(dest) if dest else None
        if record is None:
            if folder is not None:
                # From outside the watched tree, or from a watched folder whose side of the
                # move is reported half a second later: it waits the full settle time, so
                # that a photo moved between watched folders keeps its record.
                return self._note_moved_in(dest, settling, from_known_place=bool(src))
            return False
        if not dest:  # moved out of sight: perhaps into a folder that is not watched yet
            return self._depart([record])
        with catalog.transaction():
            if folder is not None:
                existing = catalog.file_by_path(dest)
                if existing is not None:
                    catalog.delete_files([existing.id])
                catalog.move_file(record.id, dest, folder.id)
            else:
                catalog.delete_files([record.id])
        if folder is not None:
            # Written just before the move? Then its content is new and it is read again.
            self._note_moved_in(dest, settling, (record.size, record.mtime_ns))
        return True

    def _note_moved_in(
        self,
        path: str,
        settling: _Candidate | None,
        recorded: tuple[int, int] | None = None,
        *,
        from_known_place: bool = True,
    ) -> bool:
        """A photo arrived under a new name: it keeps waiting if it was still settling, is
        read if its content is not the recorded one, and is left alone otherwise."""
        if settling is not None:
            self._candidates[path] = settling
            return False
        try:
            st = os.stat(path)
        except OSError:
            return False
        if recorded is None:
            existing = self.library.catalog.file_by_path(path)
            recorded = (existing.size, existing.mtime_ns) if existing is not None else None
        if recorded == (st.st_size, st.st_mtime_ns):
            return False
        if self._claim_departed(path, st):
            return True
        self._candidates[path] = _Candidate(
            st.st_size, st.st_mtime_ns, time.monotonic(), closed=from_known_place
        )
        return False

    def _apply_dir_move(self, src: str, dest: str) -> bool:
        catalog = self.library.catalog
        if not src:
            return self._apply_dir_arrived(dest)
        folder = self._folder_for(dest) if dest else None
        keep = folder is not None and folder.online and not self._hidden(dest, folder)
        settling = {
            path: self._candidates.pop(path)
            for path in [p for p in self._candidates if _inside(p, src)]
        }
        if not dest:
            return self._depart(catalog.files_under(src))
        if not keep or folder is None:
            gone = catalog.files_under(src)
            if gone:
                with catalog.transaction():
                    catalog.delete_files(r.id for r in gone)
            return bool(gone)
        moved = catalog.move_tree(src, dest, folder.id)
        for old, candidate in settling.items():
            self._candidates[dest + old[len(src) :]] = candidate
        # Files the catalog did not know under the old name (still settling, or arrived
        # between the move and the event) settle under the new one.
        changed = moved > 0
        for path, _ in _photos_in(dest):
            if path not in self._candidates and catalog.file_by_path(path) is None:
                changed |= self._note_candidate(path, None)
        return changed

    def _apply_dir_arrived(self, path: str) -> bool:
        folder = self._folder_for(path)
        if folder is None or not folder.online or self._hidden(path, folder):
            return False
        changed = False
        for photo, _ in _photos_in(path):
            changed |= self._note_candidate(photo, None)
        return changed

    def _apply_dir_gone(self, path: str) -> bool:
        catalog = self.library.catalog
        for candidate in [p for p in self._candidates if _inside(p, path)]:
            del self._candidates[candidate]
        gone = catalog.files_under(path)
        if gone:
            with catalog.transaction():
                catalog.delete_files(r.id for r in gone)
        return bool(gone)

    # A photo moved into a folder made a moment before often arrives twice: inotify reports
    # it leaving its old place, and the new folder's first listing reports it as new. The
    # two are matched by name, size and mtime, as a scan matches moves.

    def _depart(self, records: list[FileRecord]) -> bool:
        """Photos moved to an unknown place: each joins a new file already waiting with the
        same name, size and mtime, or keeps its record for a moment, in case one turns up."""
        catalog = self.library.catalog
        until = time.monotonic() + self._departure_grace
        waiting = {
            (os.path.basename(path), c.size, c.mtime_ns): path
            for path, c in self._candidates.items()
        }
        changed = False
        for record in records:
            key = (os.path.basename(record.path), record.size, record.mtime_ns)
            arrived = waiting.pop(key, None)
            folder = self._watched_photo(arrived) if arrived is not None else None
            if arrived is not None and folder is not None and catalog.file_by_path(arrived) is None:
                del self._candidates[arrived]
                with catalog.transaction():
                    catalog.move_file(record.id, arrived, folder.id)
                changed = True
            else:
                self._departed.setdefault(key, []).append(_Departed(record, until))
        return changed

    def _claim_departed(self, path: str, st: os.stat_result) -> bool:
        """If ``path`` is a photo that left its place a moment ago, move its record here."""
        if not self._departed:
            return False
        key = (os.path.basename(path), st.st_size, st.st_mtime_ns)
        waiting = self._departed.get(key)
        folder = self._watched_photo(path)
        if not waiting or folder is None:
            return False
        departed = waiting.pop(0)
        if not waiting:
            del self._departed[key]
        catalog = self.library.catalog
        with catalog.transaction():
            existing = catalog.file_by_path(path)
            if existing is not None and existing.id != departed.record.id:
                catalog.delete_files([existing.id])
            catalog.move_file(departed.record.id, path, folder.id)
        return True

    def _drop_departed(self, record_id: int) -> None:
        for key in [
            k for k, w in self._departed.items() if any(d.record.id == record_id for d in w)
        ]:
            self._departed[key] = [d for d in self._departed[key] if d.record.id != record_id]
            if not self._departed[key]:
                del self._departed[key]

    def _forget_departed(self) -> None:
        """Photos that left and did not turn up again leave the catalog."""
        if not self._departed:
            return
        now = time.monotonic()
        gone: list[int] = []
        for key in list(self._departed):
            waiting = self._departed[key]
            gone += [d.record.id for d in waiting if d.until <= now]
            waiting[:] = [d for d in waiting if d.until > now]
            if not waiting:
                del self._departed[key]
        if gone:
            catalog = self.library.catalog
            with catalog.transaction():
                catalog.delete_files(gone)
            self._on_results_changed()

    def _note_candidate(self, path: str, event: FileSystemEvent | None) -> bool:
        """Note a new or changed photo; returns whether search results changed (a photo that
        turned out to be one moved a moment ago)."""
        try:
            st = os.stat(path)
        except OSError:
            self._candidates.pop(path, None)
            return False
        candidate = self._candidates.get(path)
        if candidate is None and self._claim_departed(path, st):
            return True
        if candidate is None or (candidate.size, candidate.mtime_ns) != (
            st.st_size,
            st.st_mtime_ns,
        ):
            previous = candidate
            candidate = _Candidate(st.st_size, st.st_mtime_ns, time.monotonic())
            if previous is not None:
                candidate.closed, candidate.writing = previous.closed, previous.writing
            self._candidates[path] = candidate
        if isinstance(event, FileModifiedEvent):
            candidate.writing, candidate.closed = True, False
        elif isinstance(event, FileClosedEvent):
            candidate.writing, candidate.closed = False, True
        return False

    def _settle_time(self, path: str, candidate: _Candidate) -> float:
        if candidate.closed:
            return self.settle_after_close
        folder = self._folder_for(path)
        if (
            (candidate.writing or candidate.size == 0)
            and folder
            and folder.path in self._reports_closes
        ):
            # Still open for writing: a stalled copy must not be read half-way.
            return self.settle_open
        return self.settle

    def _promote_settled(self) -> bool:
        """Files whose size and mtime held still long enough become pending work; returns
        whether search results changed (a photo that turned out to be one moved here)."""
        if not self._candidates:
            return False
        now = time.monotonic()
        ready: list[tuple[str, os.stat_result]] = []
        for path, candidate in list(self._candidates.items()):
            try:
                st = os.stat(path)
            except OSError:
                del self._candidates[path]
                continue
            if (st.st_size, st.st_mtime_ns) != (candidate.size, candidate.mtime_ns):
                candidate.size, candidate.mtime_ns = st.st_size, st.st_mtime_ns
                candidate.since, candidate.closed = now, False
                continue
            if now - candidate.since >= self._settle_time(path, candidate):
                ready.append((path, st))
                del self._candidates[path]
        if not ready:
            return False
        catalog = self.library.catalog
        new: list[tuple[str, os.stat_result, Folder]] = []
        with catalog.transaction():
            for path, st in ready:
                folder = self._watched_photo(path)
                if folder is None:
                    continue
                record = catalog.file_by_path(path)
                if record is None:
                    new.append((path, st, folder))
                elif (record.size, record.mtime_ns) != (st.st_size, st.st_mtime_ns):
                    catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
                # else unchanged (a metadata-only event): nothing to do
            moved = self._adopt_moved(new)
            for path, st, folder in new:
                if path not in moved:
                    catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
        return bool(moved)

    def _adopt_moved(self, new: list[tuple[str, os.stat_result, Folder]]) -> set[str]:
        """A photo new here may be one whose move was not seen whole (through a folder made
        a moment before, or between watched folders whose sides of a move are reported
        apart and late). As a scan does, a record with the same name, size and mtime whose
        file is gone moves here, instead of the photo being read again. Returns the paths
        that took over a record."""
        if not new:
            return set()
        catalog = self.library.catalog
        online = {f.id for f in self._folders if f.online}
        gone: dict[tuple[str, int, int], list[FileRecord]] = {}
        for record in catalog.files_with_size_and_mtime(
            (st.st_size, st.st_mtime_ns) for _, st, _ in new
        ):
            if record.folder_id in online and not os.path.lexists(record.path):
                key = (os.path.basename(record.path), record.size, record.mtime_ns)
                gone.setdefault(key, []).append(record)
        adopted: set[str] = set()
        for path, st, folder in new:
            olds = gone.get((os.path.basename(path), st.st_size, st.st_mtime_ns))
            if olds:
                old = olds.pop()
                catalog.move_file(old.id, path, folder.id)
                self._drop_departed(old.id)
                adopted.add(path)
        return adopted

    # -- scanning and indexing ----------------------------------------------------------

    def _check_roots(self) -> None:
        self._refresh_folders()
        for folder in self._folders:
            present = os.path.isdir(folder.path)
            if folder.online and not present:
                self._mark_offline(folder)
            elif not folder.online and present and folder.path in self.state.offline:
                self._on_notice(f"{folder.path} is back; checking it for changes.")
                self.state.offline.remove(folder.path)
                self._rescan.set()
            elif not folder.online and present:
                self._rescan.set()

    def _mark_offline(self, folder: Folder) -> None:
        if folder.online:
            self.library.catalog.set_folder_online(folder.id, False)
            self._refresh_folders()
        observer = self._observers.pop(folder.path, None)
        if observer is not None:
            self._stop_one(observer)
        if folder.path in self.state.polling:
            self.state.polling.remove(folder.path)
        self._reports_closes.discard(folder.path)
        for path in [p for p in self._candidates if _inside(p, folder.path)]:
            del self._candidates[path]
        for waiting in self._departed.values():
            waiting[:] = [d for d in waiting if d.record.folder_id != folder.id]
        if folder.path not in self.state.offline:
            self.state.offline.append(folder.path)
            self._on_notice(
                f"{folder.path} is not reachable; its photos are kept until it is back."
            )

    def _reconcile(self) -> None:
        self._set_phase("scanning")
        self._refresh_folders()
        self._departed.clear()  # the scan sees where they went (or that they are gone)
        changed = False
        for folder in self._folders:
            if self._stop.is_set():
                return
            if os.path.isdir(folder.path):
                self._watch(folder.path)  # first, so that nothing changes unseen meanwhile
            result = self._scan_folder(folder)
            if result is None:
                return
            changed |= bool(result.removed or result.moved)
            if result.offline:
                self._mark_offline(folder)
        self._refresh_folders()
        if changed:
            self._on_results_changed()

    def _scan_folder(self, folder: Folder) -> ScanResult | None:
        """Bring one folder's records up to date with the disk, reading no image (like
        ``indexer.scan_folder``), except that a file changed within the settle time, or
        already settling, waits as a candidate: a scan must not catch a copy half-way.
        Returns None if stopped meanwhile."""
        catalog = self.library.catalog
        result = ScanResult()
        if not os.path.isdir(folder.path):
            if folder.online:
                catalog.set_folder_online(folder.id, False)
            result.offline.append(folder.path)
            return result
        on_disk: dict[str, os.stat_result] = {}
        for count, (path, st) in enumerate(walk_photos(folder.path, result.unreadable_dirs)):
            if count % 256 == 0 and self._stop.is_set():
                return None
            try:
                path.encode("utf-8")
            except UnicodeEncodeError:
                result.skipped_names.append(os.fsencode(path).decode("utf-8", "replace"))
                continue
            on_disk[path] = st
        result.seen = len(on_disk)
        known = catalog.files_in_folder(folder.id)
        unreadable = result.unreadable_dirs
        gone = {
            p: v
            for p, v in known.items()
            if p not in on_disk and not any(p == u or _inside(p, u) for u in unreadable)
        }
        # A file that vanished and one that appeared with the same name, size and mtime is a move.
        vanished: dict[tuple[str, int, int], list[str]] = {}
        for p, (_, size, mtime_ns, _) in gone.items():
            vanished.setdefault((os.path.basename(p), size, mtime_ns), []).append(p)
        fresh_after = time.time_ns() - int(self.settle * 1e9)
        with catalog.transaction():
            if not folder.online:
                catalog.set_folder_online(folder.id, True)
            for path, st in on_disk.items():
                record = known.get(path)
                if record is not None:
                    if (record[1], record[2]) == (st.st_size, st.st_mtime_ns):
                        continue
                    result.changed += 1
                else:
                    olds = vanished.get((os.path.basename(path), st.st_size, st.st_mtime_ns))
                    if olds:
                        catalog.move_file(gone.pop(olds.pop())[0], path, folder.id)
                        result.moved += 1
                        continue
                    result.new += 1
                if path in self._candidates:
                    continue  # it is settling already
                if st.st_mtime_ns > fresh_after:
                    self._candidates[path] = _Candidate(
                        st.st_size, st.st_mtime_ns, time.monotonic()
                    )
                else:
                    catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
            catalog.delete_files(v[0] for v in gone.values())
            result.removed = len(gone)
        return result

    def _index_pending(self) -> None:
        if not self.library.catalog.has_work(self._indexer.model_id):
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

        try:
            self._indexer.process_pending(summary, progress)
        except _EncodingCancelled:
            summary.stopped = True
        self.last_summary = summary


def _photos_in(folder: str) -> list[tuple[str, os.stat_result]]:
    return list(walk_photos(folder, []))
