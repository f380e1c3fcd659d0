"""The live indexer's loop: watchdog events applied as they come, settled files handed to the
pipeline, moves followed, deleted photos purged after a grace period.

Watching is a hint and scanning is the truth. A reconciliation scan (``ingest.scan``) runs at
start, after any observer failure or event overflow, when an offline folder comes back, and
periodically as a safety net; between scans, events are applied as they come (``apply``):

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

from watchdog.events import FileSystemEvent
from watchdog.observers.polling import PollingObserver

from mclip_desktop.core import background
from mclip_desktop.core.catalog import Folder
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.ingest.live.apply import EventApplier
from mclip_desktop.core.ingest.live.moves import Departures
from mclip_desktop.core.ingest.live.observers import ObserverLike, Observers, native_observer
from mclip_desktop.core.ingest.live.purge import PurgeSchedule
from mclip_desktop.core.ingest.live.settling import Clock, Settler
from mclip_desktop.core.ingest.pipeline import Indexer, IndexProgress, IndexSummary
from mclip_desktop.core.ingest.scan import ScanResult, scan_folder
from mclip_desktop.core.messages import Message
from mclip_desktop.core.vector_index import IndexSaveError

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
        on_notice: Callable[[Message], None] | None = None,
        on_state: Callable[[LiveState], None] | None = None,
        may_load_model: Callable[[], bool] | None = None,
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
        # Asked before the image model's first load (the window says no while the user
        # scrolls): the loop goes on applying changes and asks again at its next tick.
        self._may_load_model = may_load_model
        # Inference threads in force on the indexer's thread (None: torch's default or
        # not loaded yet); follows the user's choice (core.background.choose_threads).
        self.inference_threads: int | None = None
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
        self._applier = EventApplier(
            library.catalog, pipeline.changes, self._settler, self._departed,
            self._observers.reports_closes, self._mark_offline,
        )  # fmt: skip
        self._folders: list[Folder] = []
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._rescan = threading.Event()
        self._control = threading.Lock()
        self._idle = threading.Condition()
        self._busy = True
        self._pokes = 0  # control calls that made the loop busy; see _settle_busy
        self._indexing_begun = False
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
    def settle(self) -> float:
        return self._settler.settle

    @property
    def settle_after_close(self) -> float:
        return self._settler.settle_after_close

    @property
    def settle_open(self) -> float:
        return self._settler.settle_open

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
            background.enter_background()
            self._refresh_folders()
            self._start_observers()
            self._reconcile()
            self._note_unreferenced()  # left from an earlier run, or made by the scan
            last_scan = last_save = self._clock()
            last_restart = float("-inf")
            while not self._stop.is_set():
                pokes = self._pokes
                self._drain_events()
                if self._applier.forget_departed():
                    self._results_changed()
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
                if self._applier.promote_settled():
                    self._results_changed()
                if not self._paused.is_set() and not self._stop.is_set():
                    self.inference_threads = background.follow_threads()
                    self._index_pending()
                self._purge_due()
                if self._clock() - last_save > self.save_interval:
                    self._save_index()
                    last_save = self._clock()
                self._settle_busy(self._has_work(), pokes)
        except MclipError as exc:  # the model cannot be loaded, the catalog cannot be written
            log.warning("The live indexer stopped: %s", exc)
            self._on_notice(Message("watch.stopped", {"reason": exc.message}))
        except Exception:  # noqa: BLE001 - the thread must report, not vanish
            log.exception("The live indexer stopped after an error")
            self._on_notice(Message("watch.stopped_unexpectedly"))
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
        except IndexSaveError as exc:
            log.warning("Could not save the vector index (%s); it is saved again later.", exc)
            if not self._save_failed:
                self._save_failed = True
                self._on_notice(
                    Message("watch.save_failed", {"reason": getattr(exc, "message", str(exc))})
                )

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
        self._folders = self._applier.folders = self.library.catalog.folders()

    # -- events -------------------------------------------------------------------------

    def _drain_events(self) -> None:
        try:
            event = self._events.get(timeout=self.tick)
        except queue.Empty:
            return
        changed = False
        until = time.monotonic() + _DRAIN_SECONDS
        while True:
            changed |= self._applier.apply(event)
            if time.monotonic() > until:
                break
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
        if changed:
            self._results_changed()

    # -- scanning and indexing ----------------------------------------------------------

    def _check_roots(self) -> None:
        self._refresh_folders()
        for folder in self._folders:
            present = os.path.isdir(folder.path)
            if folder.online and not present:
                self._mark_offline(folder)
            elif not folder.online and present and folder.path in self.state.offline:
                self._on_notice(Message("watch.folder_back", {"path": folder.path}))
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
            self._on_notice(Message("watch.folder_offline", {"path": folder.path}))

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
                hold=self._applier.hold,
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
        if (
            self._may_load_model is not None
            and not self.library.image_model_loaded()
            and not self._may_load_model()
        ):
            return
        if not self._indexing_begun:
            self._indexing_begun = True
            notice = self.library.begin_indexing()
            if notice:
                self._on_notice(notice)
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
        if not summary.stopped and self.library.finish_indexing():
            self._results_changed()
