"""What changed in a library, as a plain value its subscribers receive."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LibraryChanges:
    """Photos that changed in one step of indexing, by catalog file id.

    - ``added``: photos that became searchable: read and embedded (or given the stored vector
      of the same content), new ones and changed ones read again alike;
    - ``updated``: photos whose content changed on disk: they wait to be read again (and
      are not found meanwhile), then come back under ``added``;
    - ``removed``: photos that left the catalog (deleted, or in a folder no longer watched);
    - ``moved``: ``(file id, old path, new path)`` of photos that kept their record and vector
      under a new path.

    A file id appears at most once per field; a subscriber that only cares that *something*
    changed tests the value's truth."""

    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    moved: tuple[tuple[int, str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.moved)


@dataclass
class ChangeLog:
    """Collects changes as the scanner, the pipeline and the live indexer make them (from any
    thread) until ``take()`` hands them over as one ``LibraryChanges``."""

    _added: dict[int, None] = field(default_factory=dict)
    _updated: dict[int, None] = field(default_factory=dict)
    _removed: dict[int, None] = field(default_factory=dict)
    _moved: dict[int, tuple[str, str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def added(self, file_id: int) -> None:
        with self._lock:
            self._added[file_id] = None

    def updated(self, file_id: int) -> None:
        with self._lock:
            self._updated[file_id] = None

    def removed(self, file_ids: list[int] | tuple[int, ...]) -> None:
        with self._lock:
            for file_id in file_ids:
                self._added.pop(file_id, None)
                self._updated.pop(file_id, None)
                self._moved.pop(file_id, None)
                self._removed[file_id] = None

    def moved(self, file_id: int, old: str, new: str) -> None:
        with self._lock:
            first = self._moved.get(file_id, (old, new))[0]
            if first == new:
                self._moved.pop(file_id, None)  # moved back where it was
            else:
                self._moved[file_id] = (first, new)

    def take(self) -> LibraryChanges:
        with self._lock:
            changes = LibraryChanges(
                tuple(self._added),
                tuple(self._updated),
                tuple(self._removed),
                tuple((i, old, new) for i, (old, new) in self._moved.items()),
            )
            self._added.clear()
            self._updated.clear()
            self._removed.clear()
            self._moved.clear()
        return changes
