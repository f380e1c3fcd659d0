"""A clock a test moves by hand, for code that takes an injectable ``clock``."""

from __future__ import annotations

import threading


class FakeClock:
    """Monotonic seconds that only move when ``advance`` is called (from any thread)."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds
