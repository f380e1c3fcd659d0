"""The one way work on other threads reaches the GUI thread.

PySide6 6.12 on Python 3.11 miscounts references to None, True and False when a signal is
emitted from a thread it did not start (a QRunnable, a Python thread): emitting there even a
signal without arguments eventually frees one of them and aborts the process
(``Fatal Python error: none_dealloc``), seen after some 100k thumbnails while scrolling a
large library. So no thread but the GUI thread calls into Qt: other threads post a callback
and plain Python values here, and wake the GUI thread through a socket pair, which is
operating-system work with no Qt involved; a QSocketNotifier owned by the GUI thread runs the
posted callbacks there, in order.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier


class Inbox(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._lock = threading.Lock()
        self._woken = False
        self._closed = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def post(self, callback: Callable[..., Any], *args: Any) -> None:
        """From any thread: ``callback(*args)`` runs on the GUI thread soon. Dropped once the
        inbox is closed."""
        with self._lock:
            if self._closed:
                return
            self._items.append((callback, args))
            wake, self._woken = not self._woken, True
        if wake:
            try:
                self._writer.send(b"\0")
            except OSError:  # full (a wake-up is already pending) or closed at shutdown
                pass

    def drain(self) -> None:
        """Run what has been posted so far (on the GUI thread)."""
        with self._lock:
            self._woken = False
            batch = list(self._items)
            self._items.clear()
        for callback, args in batch:
            try:
                callback(*args)
            except Exception:  # noqa: BLE001 - reported like an exception in a Qt slot
                sys.excepthook(*sys.exc_info())

    def _on_notifier_activated(self) -> None:
        try:
            while self._reader.recv(4096):
                pass
        except OSError:  # nothing more to read
            pass
        self.drain()

    def close(self) -> None:
        """Nothing posted after this runs (at shutdown, once the workers have stopped)."""
        with self._lock:
            self._closed = True
            self._items.clear()
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
