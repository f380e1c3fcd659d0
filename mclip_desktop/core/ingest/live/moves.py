"""Move matching for the live indexer. A move is not always reported whole: a photo moved
into a folder made a moment before often arrives twice (inotify reports it leaving its old
place, and the new folder's first listing reports it as new), and the two sides of a move
between watched folders may be reported apart and late. The sides are matched by
``scan.move_key`` (name, size and mtime), as a scan matches moves, so the photo keeps its
record and vector instead of being read again.

Time comes from an injected clock, so that matching can be tested without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mclip_desktop.core.catalog import FileRecord
from mclip_desktop.core.ingest.scan import MoveKey, move_key


def record_key(record: FileRecord) -> MoveKey:
    return move_key(record.path, record.size, record.mtime_ns)


def pair_moves(
    gone: Iterable[FileRecord], arrived: Iterable[tuple[str, int, int]]
) -> list[tuple[FileRecord, str]]:
    """Pair records whose file is gone with arrived files ``(path, size, mtime_ns)`` of the
    same move key, each used at most once; returns ``(record, new path)`` pairs."""
    by_key: dict[MoveKey, list[FileRecord]] = {}
    for record in gone:
        by_key.setdefault(record_key(record), []).append(record)
    pairs: list[tuple[FileRecord, str]] = []
    for path, size, mtime_ns in arrived:
        olds = by_key.get(move_key(path, size, mtime_ns))
        if olds:
            pairs.append((olds.pop(), path))
    return pairs


@dataclass
class Departed:
    """A photo that moved to a place not known yet."""

    record: FileRecord
    until: float


class Departures:
    """Photos that left for an unknown place keep their record for ``grace`` seconds, in
    case they turn up again inside a watched folder."""

    def __init__(self, grace: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.grace = grace
        self._clock = clock
        self._waiting: dict[MoveKey, list[Departed]] = {}

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def add(self, record: FileRecord) -> None:
        self._waiting.setdefault(record_key(record), []).append(
            Departed(record, self._clock() + self.grace)
        )

    def claim(self, path: str, size: int, mtime_ns: int) -> FileRecord | None:
        """The record of a departed photo that this arrived file is, if any (it stops
        waiting)."""
        key = move_key(path, size, mtime_ns)
        waiting = self._waiting.get(key)
        if not waiting:
            return None
        departed = waiting.pop(0)
        if not waiting:
            del self._waiting[key]
        return departed.record

    def drop(self, keep: Callable[[FileRecord], bool]) -> None:
        """Stop waiting for the records ``keep`` refuses."""
        for key in list(self._waiting):
            self._waiting[key] = [d for d in self._waiting[key] if keep(d.record)]
            if not self._waiting[key]:
                del self._waiting[key]

    def expired(self) -> list[int]:
        """Ids of the records whose grace ran out (they stop waiting)."""
        if not self._waiting:
            return []
        now = self._clock()
        gone: list[int] = []
        for key in list(self._waiting):
            waiting = self._waiting[key]
            gone += [d.record.id for d in waiting if d.until <= now]
            waiting[:] = [d for d in waiting if d.until > now]
            if not waiting:
                del self._waiting[key]
        return gone

    def clear(self) -> None:
        self._waiting.clear()
