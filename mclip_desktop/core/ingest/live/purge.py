"""Live purge: a vector that no file refers to any more (its photo was deleted, or changed)
is deleted after a grace period, unless a file with the same content turns up meanwhile
(a photo moved out of sight and back, restored from the trash, copied in again): that one
then keeps the vector and is not embedded again."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable


class PurgeSchedule:
    """Vectors waiting for their grace period, by embedding id."""

    def __init__(self, grace: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.grace = grace
        self._clock = clock
        self._due: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self._due)

    def note(self, unreferenced: Iterable[int]) -> None:
        """Vectors found unreferenced now: each waits from when it was first seen so."""
        until = self._clock() + self.grace
        for embedding_id in unreferenced:
            self._due.setdefault(embedding_id, until)

    def due(self) -> list[int]:
        """Vectors whose grace ran out (they stop waiting; the caller purges those still
        unreferenced)."""
        now = self._clock()
        ready = [i for i, until in self._due.items() if until <= now]
        for embedding_id in ready:
            del self._due[embedding_id]
        return ready
