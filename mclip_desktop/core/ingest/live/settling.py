"""Settling: a new or changed photo is read only once its size and mtime have held still for
a settle time (shorter once its writer closed it, longer while it is known to be open for
writing), so that a half-copied file is never embedded.

Time comes from an injected clock, so that settling can be tested without waiting.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from mclip_desktop.core.ingest.scan import is_inside

Clock = Callable[[], float]
Stat = Callable[[str], os.stat_result]


@dataclass
class Candidate:
    """A file waiting for its size and mtime to hold still."""

    size: int
    mtime_ns: int
    since: float  # clock time its size or mtime was last seen to change
    closed: bool = False  # its writer closed it since it last changed
    writing: bool = False  # written to and not closed since (only known with inotify)


class Settler:
    """The files waiting to settle, by path."""

    def __init__(
        self,
        *,
        settle: float = 2.0,
        settle_after_close: float = 0.5,
        settle_open: float = 30.0,
        clock: Clock = time.monotonic,
        stat: Stat = os.stat,
    ) -> None:
        self.settle = settle
        self.settle_after_close = settle_after_close
        self.settle_open = max(settle, settle_open)
        self._clock = clock
        self._stat = stat
        self._waiting: dict[str, Candidate] = {}

    # -- the set of waiting files -------------------------------------------------------

    def __contains__(self, path: str) -> bool:
        return path in self._waiting

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def __len__(self) -> int:
        return len(self._waiting)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._waiting))

    def get(self, path: str) -> Candidate | None:
        return self._waiting.get(path)

    def pop(self, path: str) -> Candidate | None:
        return self._waiting.pop(path, None)

    def put(self, path: str, candidate: Candidate) -> None:
        self._waiting[path] = candidate

    def take_under(self, folder: str) -> dict[str, Candidate]:
        """Remove and return the files waiting inside ``folder``."""
        return {p: self._waiting.pop(p) for p in [p for p in self._waiting if is_inside(p, folder)]}

    def items(self) -> list[tuple[str, Candidate]]:
        return list(self._waiting.items())

    # -- noting changes -----------------------------------------------------------------

    def start(self, path: str, size: int, mtime_ns: int, *, closed: bool = False) -> Candidate:
        """Start (or restart) the wait of a file seen with this size and mtime now."""
        candidate = Candidate(size, mtime_ns, self._clock(), closed=closed)
        self._waiting[path] = candidate
        return candidate

    def note(
        self, path: str, st: os.stat_result, *, modified: bool = False, closed: bool = False
    ) -> Candidate:
        """A file was seen (``modified``: written to; ``closed``: closed after writing). Its
        wait restarts if its size or mtime differ from when it was last seen."""
        candidate = self._waiting.get(path)
        if candidate is None or (candidate.size, candidate.mtime_ns) != (
            st.st_size,
            st.st_mtime_ns,
        ):
            previous = candidate
            candidate = Candidate(st.st_size, st.st_mtime_ns, self._clock())
            if previous is not None:
                candidate.closed, candidate.writing = previous.closed, previous.writing
            self._waiting[path] = candidate
        if modified:
            candidate.writing, candidate.closed = True, False
        elif closed:
            candidate.writing, candidate.closed = False, True
        return candidate

    def is_fresh(self, st: os.stat_result) -> bool:
        """Whether a file found by a scan changed within the settle time (by its mtime), so
        that it may still be being written."""
        return st.st_mtime_ns > time.time_ns() - int(self.settle * 1e9)

    # -- settling -----------------------------------------------------------------------

    def settle_time(self, candidate: Candidate, reports_closes: bool) -> float:
        """How long a file must hold still; ``reports_closes``: whether its folder's observer
        reports opens and closes."""
        if candidate.closed:
            return self.settle_after_close
        if (candidate.writing or candidate.size == 0) and reports_closes:
            # Still open for writing: a stalled copy must not be read half-way.
            return self.settle_open
        return self.settle

    def settled(
        self, reports_closes: Callable[[str], bool] = lambda path: False
    ) -> list[tuple[str, os.stat_result]]:
        """Files that held still long enough, with their stat; they stop waiting. A file
        that vanished stops waiting too; one that changed waits again from now."""
        if not self._waiting:
            return []
        now = self._clock()
        ready: list[tuple[str, os.stat_result]] = []
        for path, candidate in list(self._waiting.items()):
            try:
                st = self._stat(path)
            except OSError:
                del self._waiting[path]
                continue
            if (st.st_size, st.st_mtime_ns) != (candidate.size, candidate.mtime_ns):
                candidate.size, candidate.mtime_ns = st.st_size, st.st_mtime_ns
                candidate.since, candidate.closed = now, False
                continue
            if now - candidate.since >= self.settle_time(candidate, reports_closes(path)):
                ready.append((path, st))
                del self._waiting[path]
        return ready
