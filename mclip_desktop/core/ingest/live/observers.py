"""Watching folders: one watchdog observer per watched folder, and the fallbacks when the
system's watches run out (polling), when the kernel's event queue overflows or an observer
dies (the loop restarts them and rescans), and on network shares (polling from the start)."""

from __future__ import annotations

import errno
import functools
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
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

from mclip_desktop.core.messages import Message

log = logging.getLogger(__name__)

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "davfs", "sshfs",
        "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.smbnetfs",
    }
)  # fmt: skip

# Message codes (core/messages.py) of the notices for exhausted inotify limits.
INOTIFY_HINT = "watch.out_of_watches"
INOTIFY_INSTANCES_HINT = "watch.out_of_watchers"


class ObserverLike(Protocol):
    def schedule(self, handler: Any, path: str, /, *, recursive: bool = ...) -> Any: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def join(self, timeout: float | None = ...) -> None: ...
    def is_alive(self) -> bool: ...


def native_observer() -> ObserverLike:
    """watchdog's observer for this platform. With inotify it reports a move into or out of
    the watched tree as a move with one side unknown, not as a creation or a deletion, so
    that a photo moved through a folder not watched yet (made a moment before) keeps its
    record instead of being read again; and it asks the kernel only for changes
    (:func:`_changes_only_inotify`)."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # pragma: no cover - not Linux
        return Observer()
    if Observer is InotifyObserver:
        return _changes_only_inotify()(generate_full_events=True)
    return Observer()  # pragma: no cover - not Linux


# What the live indexer acts on (ingest/live/apply.py). Left out: opens and reads.
CHANGE_EVENTS = (
    FileCreatedEvent, FileModifiedEvent, FileAttribEvent, FileClosedEvent, FileDeletedEvent,
    FileMovedEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent,
)  # fmt: skip


@functools.cache
def _changes_only_inotify() -> type:
    """An inotify observer that asks the kernel for changes only. By default watchdog also
    asks for every open and every close after reading, so each file read in a watched
    folder (every thumbnail the window decodes, every photo opened in any program, every
    folder a rescan lists) cost three Python threads' work: watchdog's two and the live
    indexer's. Closes after writing still come, so such folders report closes (a file still
    open for writing is waited for) from the start."""
    from watchdog.observers.inotify import InotifyObserver

    class ChangesOnlyInotifyObserver(InotifyObserver):
        reports_closes = True

        def schedule(self, handler: Any, path: str, *, recursive: bool = False,
                     event_filter: Any = None) -> Any:  # fmt: skip
            chosen = CHANGE_EVENTS if event_filter is None else event_filter
            return super().schedule(handler, path, recursive=recursive, event_filter=chosen)

    return ChangesOnlyInotifyObserver


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


class Observers:
    """The observers of the watched folders, feeding one event queue.

    ``polling`` lists the folders checked by polling (shown to the user); ``reports_closes``
    the folders whose observer reports opens and closes (inotify does, polling does not):
    only there can "still open for writing" be known. ``trouble`` is set when events were
    lost (an overflow), ``died()`` says whether an observer stopped on its own."""

    def __init__(
        self,
        events: queue.Queue[FileSystemEvent],
        on_notice: Callable[[Message], None],
        polling: list[str],
        observer_factory: Callable[[], ObserverLike] = native_observer,
        polling_factory: Callable[[], ObserverLike] = PollingObserver,
    ) -> None:
        self._events = events
        self._on_notice = on_notice
        self.polling = polling
        self._observer_factory = observer_factory
        self._polling_factory = polling_factory
        self._observers: dict[str, ObserverLike] = {}
        self.reports_closes: set[str] = set()
        self.trouble = threading.Event()
        self._trouble_handler = _WatchdogTrouble(self.trouble)
        self._hinted = False

    def listen_for_trouble(self, on: bool) -> None:
        watchdog_log = logging.getLogger("watchdog")
        if on:
            watchdog_log.addHandler(self._trouble_handler)
        else:
            watchdog_log.removeHandler(self._trouble_handler)

    def watch(self, path: str) -> None:
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
                if getattr(observer, "reports_closes", False):
                    self.reports_closes.add(path)
            except OSError as exc:
                if observer is not None:
                    self._stop_one(observer)
                observer = None
                if exc.errno in (errno.ENOSPC, errno.EMFILE):
                    # Said once: every folder after the first would say the same.
                    if not self._hinted:
                        self._hinted = True
                        hint = INOTIFY_HINT if exc.errno == errno.ENOSPC else INOTIFY_INSTANCES_HINT
                        self._on_notice(Message(hint))
                else:
                    self._on_notice(
                        Message("watch.polling", {"path": path}, exc.strerror or str(exc))
                    )
        if observer is None:
            observer = self._polling_factory()
            try:
                observer.schedule(handler, path, recursive=True)
                observer.start()
            except OSError as exc:
                self._stop_one(observer)
                self._on_notice(
                    Message("watch.unwatchable", {"path": path}, exc.strerror or str(exc))
                )
                return
            if path not in self.polling:
                self.polling.append(path)
        self._observers[path] = observer

    def unwatch(self, path: str) -> None:
        observer = self._observers.pop(path, None)
        if observer is not None:
            self._stop_one(observer)
        if path in self.polling:
            self.polling.remove(path)
        self.reports_closes.discard(path)

    def _stop_one(self, observer: ObserverLike, deadline: float | None = None) -> None:
        try:
            observer.stop()
            if observer.is_alive():
                wait = 1.0 if deadline is None else max(0.0, deadline - time.monotonic())
                observer.join(wait)
        except (OSError, RuntimeError):
            pass

    def stop_all(self) -> None:
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
        self.polling.clear()
        self.reports_closes.clear()

    def died(self) -> bool:
        return any(not o.is_alive() for o in self._observers.values())
