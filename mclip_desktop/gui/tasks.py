"""One small API for background work: run a callable on a worker thread, get its result or
error back on the GUI thread by queued signal. A ``LatestOnly`` runner drops results of
requests that a newer one replaced (typing a query replaces the previous search)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], Any], relay: _Relay, is_current: Callable[[int], bool]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._ticket, self._work, self._relay, self._is_current = ticket, work, relay, is_current

    def run(self) -> None:
        if not self._is_current(self._ticket):
            return  # replaced before it started: skip the work entirely
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread as a value
            self._relay.failed.emit(self._ticket, exc)
        else:
            self._relay.finished.emit(self._ticket, result)


class TaskRunner(QObject):
    """Runs tasks on its own pool of ``threads`` threads."""

    def __init__(self, threads: int = 1, latest_only: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._latest_only = latest_only
        self._closed = False
        self._ticket = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        if self._closed:
            return 0  # shutting down: nothing new starts, no callback will run
        self._ticket += 1
        ticket = self._ticket
        if self._latest_only:
            self._callbacks.clear()
        self._callbacks[ticket] = (on_done, on_error)
        self._pool.start(_Job(ticket, work, self._relay, self._is_current))
        return ticket

    def _is_current(self, ticket: int) -> bool:
        return not self._latest_only or ticket == self._ticket

    def _on_relay_finished(self, ticket: int, result: object) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is not None:
            callbacks[0](result)

    def _on_relay_failed(self, ticket: int, error: object) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is not None:
            callbacks[1](error)  # type: ignore[arg-type]

    def wait(self, msecs: int = 5000) -> bool:
        """Stop taking tasks and wait for running ones (at shutdown); queued ones that have
        not started are dropped, and no callback runs after this."""
        self._closed = True
        self._pool.clear()
        self._callbacks.clear()
        return self._pool.waitForDone(msecs)
