"""The live indexer's loop: watchdog events applied as they come, settled files handed to the
pipeline, moves followed, deleted photos purged after a grace period.

Watching is a hint and scanning is the truth. A reconciliation scan (``ingest.scan``) runs at
start, after any observer failure or event overflow, when an offline folder comes back, and
periodically as a safety net; between scans, events are applied as they come:

- a new or changed photo waits until it settles (``settling``), so a half-copied file is
  never embedded. A reconciliation scan that finds a file changed within the settle time
  holds it back (the scan's ``hold`` hook) for the same wait instead of reading it at once;
- a moved or renamed file or folder only changes paths in the catalog (a file changed just
  before its move is read again at its new place); the sides of a move reported apart are
  matched (``moves``);
- a deleted file leaves the catalog; its vector goes after a grace period (``purge``), so a
  file with the same content that reappears meanwhile is not embedded again;
- a watched folder that disappears is marked offline and keeps its photos; events about it
  are ignored until it is back and scanned.

Everything runs on one worker thread that owns the catalog's writes; progress, what changed
(through the library's change notifications and ``on_results_changed``) and notices for the
user leave through plain callbacks.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
)
from watchdog.observers.polling import PollingObserver

from mclip_desktop.core import images
from mclip_desktop.core.catalog import FileRecord, Folder
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.ingest.live.moves import Departures, pair_moves
from mclip_desktop.core.ingest.live.observers import ObserverLike, Observers, native_observer
from mclip_desktop.core.ingest.live.purge import PurgeSchedule
from mclip_desktop.core.ingest.live.settling import Candidate, Clock, Settler
from mclip_desktop.core.ingest.pipeline import Indexer, IndexProgress, IndexSummary
from mclip_desktop.core.ingest.scan import (
    ScanResult,
    is_hidden,
    is_inside,
    scan_folder,
    walk_photos,
)

if TYPE_CHECKING:
    from mclip_desktop.core.library import Library

log = logging.getLogger(__name__)

# How long one pass of the worker loop may spend applying queued events before it checks
# on settled files and indexing again (a burst of thousands of files queues many events).
_DRAIN_SECONDS = 0.5
# Observers are restarted at most this often (a share that keeps failing would otherwise
# restart them, and rescan, on every pass).
_RESTART_INTERVAL = 5.0


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
    background thread, feeding ``pipeline``. ``start()``, then ``stop()`` (at most about
    2 s, even mid-batch; finished work is kept). Made by ``Library.live_indexer``.

    ``clock`` times settling, departures, purges, rescans and saves (a test passes a fake
    one); ``purge_grace`` is how long a vector no file refers to is kept in case its photo
    turns up again."""

    def __init__(
        self,
        library: Library,
        pipeline: Indexer,
        *,
        settle: float = 2.0,
        settle_after_close: float = 0.5,
        settle_open: float = 30.0,
        tick: float = 0.2,
        rescan_interval: float = 900.0,
        save_interval: float = 30.0,
        purge_grace: float = 120.0,
        on_progress: Callable[[IndexProgress], None] | None = None,
        on_results_changed: Callable[[], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_state: Callable[[LiveState], None] | None = None,
        observer_factory: Callable[[], ObserverLike] = native_observer,
        polling_factory: Callable[[], ObserverLike] = PollingObserver,
        clock: Clock = time.monotonic,
    ) -> None:
        self.library = library
        self._pipeline = pipeline
        self.tick = tick
        self.rescan_interval = rescan_interval
        self.save_interval = save_interval
        self._clock = clock
        self._on_progress = on_progress
        self._on_results_changed = on_results_changed or (lambda: None)
        self._on_notice = on_notice or (lambda message: log.warning("%s", message))
        self._on_state = on_state or (lambda state: None)
        self.state = LiveState()
        self._events: queue.Queue[FileSystemEvent] = queue.Queue()
        self._observers = Observers(
            self._events, self._on_notice, self.state.polling, observer_factory, polling_factory
        )
        self._settler = Settler(
            settle=settle, settle_after_close=settle_after_close, settle_open=settle_open,
            clock=clock,
        )  # fmt: skip
        self._departed = Departures(max(1.0, settle), clock)
        self._purges = PurgeSchedule(purge_grace, clock)
        self._folders: list[Folder] = []
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._rescan = threading.Event()
        self._control = threading.Lock()
        self._idle = threading.Condition()
        self._busy = True
        self._pokes = 0  # control calls that made the loop busy; see _settle_busy
        self._save_failed = False
        self._thread: threading.Thread | None = None
        self.last_summary: IndexSummary | None = None

    # -- control (any thread) -----------------------------------------------------------

    def start(self) -> None:
        self._observers.listen_for_trouble(True)
        self._thread = threading.Thread(target=self._run, name="mclip-live-indexer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        with self._control:
            self._stop.set()
            self._pipeline.stop()
        if self._thread is not None:
            self._thread.join(timeout)
        self._observers.listen_for_trouble(False)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def pause(self) -> None:
        with self._control:
            self._paused.set()
            self._pipeline.stop()

    def resume(self) -> None:
        with self._control:
            self._paused.clear()
            if self._stop.is_set():
                return
            self._pipeline.resume()
        self._mark_busy()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    @property
    def purges_waiting(self) -> int:
        """How many vectors no file refers to wait for their grace period to end."""
        return len(self._purges)

    def request_rescan(self) -> None:
        self._rescan.set()
        self._mark_busy()

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing is waiting to settle, to be scanned or to be indexed (for tests
        and scripts). Events the observer has not delivered yet are not known here, nor are
        vectors waiting for their purge."""
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

    # -- the worker thread --------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._refresh_folders()
            self._start_observers()
            self._reconcile()
            self._note_unreferenced()  # left from an earlier run, or made by the scan
            last_scan = last_save = self._clock()
            last_restart = float("-inf")
            while not self._stop.is_set():
                pokes = self._pokes
                self._drain_events()
                self._forget_departed()
                if (self._observers.trouble.is_set() or self._observers.died()) and (
                    self._clock() - last_restart > _RESTART_INTERVAL
                ):
                    # An overflow or a dead observer means events were lost.
                    self._observers.trouble.clear()
                    self._restart_observers()
                    self._rescan.set()
                    last_restart = self._clock()
                self._check_roots()
                if self._rescan.is_set() or self._clock() - last_scan > self.rescan_interval:
                    self._rescan.clear()
                    self._reconcile()
                    last_scan = self._clock()
                if self._promote_settled():
                    self._results_changed()
                if not self._paused.is_set() and not self._stop.is_set():
                    self._index_pending()
                self._purge_due()
                if self._clock() - last_save > self.save_interval:
                    self._save_index()
                    last_save = self._clock()
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
            self._observers.stop_all()
            self._save_index()
            self._set_phase("stopped")
            self._set_busy(False)

    def _results_changed(self) -> None:
        """Tell the library's subscribers what changed, and the owner that results did."""
        changes = self._pipeline.changes.take()
        if changes.removed or changes.updated:
            self._note_unreferenced()
        if changes:
            self.library.publish(changes)
        self._on_results_changed()

    def _note_unreferenced(self) -> None:
        self._purges.note(self.library.catalog.unreferenced_embeddings())

    def _purge_due(self) -> None:
        due = self._purges.due()
        if due:
            self._pipeline.purge_unreferenced(due)

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
        if self._settler or self._departed or self._rescan.is_set() or not self._events.empty():
            return True
        if self._paused.is_set() or self._stop.is_set():
            return False
        return self.library.catalog.has_work(self._pipeline.model_id)

    # -- observers ----------------------------------------------------------------------

    def _start_observers(self) -> None:
        for folder in self._folders:
            if folder.online and os.path.isdir(folder.path):
                self._observers.watch(folder.path)

    def _restart_observers(self) -> None:
        self._observers.stop_all()
        self._start_observers()

    # -- folders ------------------------------------------------------------------------

    def _refresh_folders(self) -> None:
        self._folders = self.library.catalog.folders()

    def _folder_for(self, path: str) -> Folder | None:
        best = None
        for folder in self._folders:
            if is_inside(path, folder.path) and (best is None or len(folder.path) > len(best.path)):
                best = folder
        return best

    def _root_named(self, path: str) -> Folder | None:
        return next((f for f in self._folders if f.path == path), None)

    def _watched_photo(self, path: str) -> Folder | None:
        """The folder a photo path belongs to, if it is one to index (not hidden, in an
        online folder)."""
        folder = self._folder_for(path)
        if folder is None or not folder.online or not images.is_photo_path(path):
            return None
        return None if is_hidden(path, folder.path) else folder

    def _reports_closes(self, path: str) -> bool:
        folder = self._folder_for(path)
        return folder is not None and folder.path in self._observers.reports_closes

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
            self._results_changed()

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
            self._observers.reports_closes.add(folder.path)

    # -- catalog writes (each notes what it changed) ------------------------------------

    def _delete(self, records: list[FileRecord]) -> bool:
        if not records:
            return False
        catalog = self.library.catalog
        with catalog.transaction():
            catalog.delete_files(r.id for r in records)
        self._pipeline.changes.removed([r.id for r in records])
        return True

    def _move(self, record: FileRecord, path: str, folder: Folder) -> None:
        """Inside a transaction: the record of a photo now at ``path``."""
        self.library.catalog.move_file(record.id, path, folder.id)
        self._pipeline.changes.moved(record.id, record.path, path)

    def _apply_file_gone(self, path: str) -> bool:
        self._settler.pop(path)
        record = self.library.catalog.file_by_path(path)
        return self._delete([record]) if record is not None else False

    def _apply_file_move(self, src: str, dest: str) -> bool:
        catalog = self.library.catalog
        settling = self._settler.pop(src) if src else None
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
        if folder is None:
            return self._delete([record])
        with catalog.transaction():
            existing = catalog.file_by_path(dest)
            if existing is not None:
                catalog.delete_files([existing.id])
                self._pipeline.changes.removed([existing.id])
            self._move(record, dest, folder)
        # Written just before the move? Then its content is new and it is read again.
        self._note_moved_in(dest, settling, (record.size, record.mtime_ns))
        return True

    def _note_moved_in(
        self,
        path: str,
        settling: Candidate | None,
        recorded: tuple[int, int] | None = None,
        *,
        from_known_place: bool = True,
    ) -> bool:
        """A photo arrived under a new name: it keeps waiting if it was still settling, is
        read if its content is not the recorded one, and is left alone otherwise."""
        if settling is not None:
            self._settler.put(path, settling)
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
        self._settler.start(path, st.st_size, st.st_mtime_ns, closed=from_known_place)
        return False

    def _apply_dir_move(self, src: str, dest: str) -> bool:
        catalog = self.library.catalog
        if not src:
            return self._apply_dir_arrived(dest)
        folder = self._folder_for(dest) if dest else None
        keep = folder is not None and folder.online and not is_hidden(dest, folder.path)
        settling = self._settler.take_under(src)
        if not dest:
            return self._depart(catalog.files_under(src))
        if not keep or folder is None:
            return self._delete(catalog.files_under(src))
        before = catalog.files_under(src)
        moved = catalog.move_tree(src, dest, folder.id)
        for record in before:
            self._pipeline.changes.moved(record.id, record.path, dest + record.path[len(src) :])
        for old, candidate in settling.items():
            self._settler.put(dest + old[len(src) :], candidate)
        # Files the catalog did not know under the old name (still settling, or arrived
        # between the move and the event) settle under the new one.
        changed = moved > 0
        for path, _ in walk_photos(dest, []):
            if path not in self._settler and catalog.file_by_path(path) is None:
                changed |= self._note_candidate(path, None)
        return changed

    def _apply_dir_arrived(self, path: str) -> bool:
        folder = self._folder_for(path)
        if folder is None or not folder.online or is_hidden(path, folder.path):
            return False
        changed = False
        for photo, _ in walk_photos(path, []):
            changed |= self._note_candidate(photo, None)
        return changed

    def _apply_dir_gone(self, path: str) -> bool:
        self._settler.take_under(path)
        return self._delete(self.library.catalog.files_under(path))

    def _depart(self, records: list[FileRecord]) -> bool:
        """Photos moved to an unknown place: each joins a new file already waiting with the
        same name, size and mtime, or keeps its record for a moment, in case one turns up."""
        catalog = self.library.catalog
        waiting = [(path, c.size, c.mtime_ns) for path, c in self._settler.items()]
        changed = False
        paired: set[int] = set()
        for record, arrived in pair_moves(records, waiting):
            folder = self._watched_photo(arrived)
            if folder is not None and catalog.file_by_path(arrived) is None:
                self._settler.pop(arrived)
                with catalog.transaction():
                    self._move(record, arrived, folder)
                paired.add(record.id)
                changed = True
        for record in records:
            if record.id not in paired:
                self._departed.add(record)
        return changed

    def _claim_departed(self, path: str, st: os.stat_result) -> bool:
        """If ``path`` is a photo that left its place a moment ago, move its record here."""
        if not self._departed:
            return False
        folder = self._watched_photo(path)
        if folder is None:
            return False
        departed = self._departed.claim(path, st.st_size, st.st_mtime_ns)
        if departed is None:
            return False
        catalog = self.library.catalog
        with catalog.transaction():
            existing = catalog.file_by_path(path)
            if existing is not None and existing.id != departed.id:
                catalog.delete_files([existing.id])
                self._pipeline.changes.removed([existing.id])
            self._move(departed, path, folder)
        return True

    def _forget_departed(self) -> None:
        """Photos that left and did not turn up again leave the catalog."""
        gone = self._departed.expired()
        if gone:
            catalog = self.library.catalog
            with catalog.transaction():
                catalog.delete_files(gone)
            self._pipeline.changes.removed(gone)
            self._results_changed()

    def _note_candidate(self, path: str, event: FileSystemEvent | None) -> bool:
        """Note a new or changed photo; returns whether search results changed (a photo that
        turned out to be one moved a moment ago)."""
        try:
            st = os.stat(path)
        except OSError:
            self._settler.pop(path)
            return False
        if path not in self._settler and self._claim_departed(path, st):
            return True
        self._settler.note(
            path,
            st,
            modified=isinstance(event, FileModifiedEvent),
            closed=isinstance(event, FileClosedEvent),
        )
        return False

    def _promote_settled(self) -> bool:
        """Files that settled become pending work; returns whether search results changed (a
        photo that turned out to be one moved here)."""
        ready = self._settler.settled(self._reports_closes)
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
                    self._pipeline.changes.updated(record.id)
                # else unchanged (a metadata-only event): nothing to do
            moved = self._adopt_moved(new)
            for path, st, folder in new:
                if path not in moved:
                    catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
        return bool(moved)

    def _adopt_moved(self, new: list[tuple[str, os.stat_result, Folder]]) -> set[str]:
        """A photo new here may be one whose move was not seen whole (through a folder made
        a moment before, or between watched folders whose sides of a move are reported
        apart and late). As a scan does, a record with the same move key whose file is gone
        moves here, instead of the photo being read again. Returns the paths that took over
        a record."""
        if not new:
            return set()
        catalog = self.library.catalog
        online = {f.id for f in self._folders if f.online}
        gone = [
            record
            for record in catalog.files_with_size_and_mtime(
                (st.st_size, st.st_mtime_ns) for _, st, _ in new
            )
            if record.folder_id in online and not os.path.lexists(record.path)
        ]
        folders = {path: folder for path, _, folder in new}
        arrived = [(path, st.st_size, st.st_mtime_ns) for path, st, _ in new]
        adopted: set[str] = set()
        for record, path in pair_moves(gone, arrived):
            self._move(record, path, folders[path])
            self._departed.drop(lambda r, moved=record.id: r.id != moved)
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
        self._observers.unwatch(folder.path)
        self._settler.take_under(folder.path)
        self._departed.drop(lambda r: r.folder_id != folder.id)
        if folder.path not in self.state.offline:
            self.state.offline.append(folder.path)
            self._on_notice(
                f"{folder.path} is not reachable; its photos are kept until it is back."
            )

    def _hold(self, path: str, st: os.stat_result) -> bool:
        """The scan's hook: a file already settling, or changed within the settle time,
        waits to settle instead of being read at once (a scan must not catch a copy
        half-way)."""
        if path in self._settler:
            return True
        if self._settler.is_fresh(st):
            self._settler.start(path, st.st_size, st.st_mtime_ns)
            return True
        return False

    def _reconcile(self) -> None:
        self._set_phase("scanning")
        self._refresh_folders()
        self._departed.clear()  # the scan sees where they went (or that they are gone)
        changed = False
        for folder in self._folders:
            if self._stop.is_set():
                return
            if os.path.isdir(folder.path):
                self._observers.watch(folder.path)  # first, so nothing changes unseen meanwhile
            result: ScanResult = scan_folder(
                self.library.catalog,
                folder,
                hold=self._hold,
                should_stop=self._stop.is_set,
                changes=self._pipeline.changes,
            )
            if result.stopped:
                return
            changed |= bool(result.removed or result.moved)
            if result.offline:
                self._mark_offline(folder)
        self._refresh_folders()
        if changed:
            self._results_changed()

    def _index_pending(self) -> None:
        if not self.library.catalog.has_work(self._pipeline.model_id):
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
                self._results_changed()

        self._pipeline.process_pending(summary, progress)
        self.last_summary = summary
