"""The scanner: the only code that walks photo folders and decides what changed.

Scanning is the truth: it compares each folder with the catalog by size and mtime, records
new and changed files as pending, follows moves (same name, size and mtime elsewhere, see
``move_key``) without reading anything, and forgets files that are gone. A folder that is
missing is marked offline and keeps its photos. A caller that must not hand a file to the
pipeline yet (the live indexer, for a file still being written) holds it back through the
``hold`` hook.

The rules every part of the engine shares live here too: which files are hidden
(``is_hidden``), what lies inside a folder (``is_inside``) and what makes two files one moved
photo (``move_key``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from mclip_desktop.core import images
from mclip_desktop.core.catalog import Catalog, Folder
from mclip_desktop.core.ingest.changes import ChangeLog

MoveKey = tuple[str, int, int]
# Called with a new or changed photo; returning True keeps it back from the pipeline (the
# caller looks after it), False lets the scan record it as pending.
HoldHook = Callable[[str, os.stat_result], bool]


@dataclass
class ScanResult:
    seen: int = 0
    new: int = 0
    changed: int = 0
    moved: int = 0
    removed: int = 0
    offline: list[str] = field(default_factory=list)
    unreadable_dirs: list[str] = field(default_factory=list)
    stopped: bool = False

    def add(self, other: ScanResult) -> None:
        self.seen += other.seen
        self.new += other.new
        self.changed += other.changed
        self.moved += other.moved
        self.removed += other.removed
        self.offline += other.offline
        self.unreadable_dirs += other.unreadable_dirs
        self.stopped |= other.stopped


# -- the shared rules -------------------------------------------------------------------


def move_key(path: str, size: int, mtime_ns: int) -> MoveKey:
    """Two files with this key equal, one gone and one arrived, are one photo that moved."""
    return os.path.basename(path), size, mtime_ns


def is_hidden_name(name: str) -> bool:
    """Hidden files and folders (.thumbnails, AppleDouble "._IMG.jpg" files) are skipped."""
    return name.startswith(".")


def is_hidden(path: str, root: str) -> bool:
    """Whether ``path`` is hidden, or lies in a hidden folder, below the watched ``root``."""
    return any(is_hidden_name(part) for part in os.path.relpath(path, root).split(os.sep))


def is_inside(path: str, folder: str, *, or_same: bool = False) -> bool:
    """Whether ``path`` lies below ``folder`` (or, with ``or_same``, is that folder)."""
    return (or_same and path == folder) or path.startswith(folder.rstrip(os.sep) + os.sep)


# -- walking ----------------------------------------------------------------------------


def walk_photos(root: str, unreadable: list[str]) -> Iterator[tuple[str, os.stat_result]]:
    """Photo files under root, following symlinked folders once each (no loops), skipping
    hidden files and folders. Folders are listed in name order and symlinked ones only after
    every real one, so a folder reachable both ways is always found under the same, real
    path."""
    visited: set[tuple[int, int]] = set()
    stack = [root]
    linked: list[str] = []
    while stack or linked:
        folder = stack.pop() if stack else linked.pop(0)
        try:
            st = os.stat(folder)
        except OSError:
            unreadable.append(folder)
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            continue
        visited.add(key)
        try:
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError:
            unreadable.append(folder)
            continue
        subfolders: list[str] = []
        for entry in listing:
            if is_hidden_name(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    (linked if entry.is_symlink() else subfolders).append(entry.path)
                    continue
                if not images.is_photo_path(entry.name):
                    continue
                entry_stat = entry.stat(follow_symlinks=True)
            except OSError:
                continue  # a dangling symlink or a file gone since the listing
            if stat.S_ISREG(entry_stat.st_mode):
                yield entry.path, entry_stat
        stack.extend(reversed(subfolders))


# -- scanning ---------------------------------------------------------------------------


def scan_folder(
    catalog: Catalog,
    folder: Folder,
    *,
    hold: HoldHook | None = None,
    should_stop: Callable[[], bool] | None = None,
    changes: ChangeLog | None = None,
) -> ScanResult:
    """Bring one folder's file records up to date with the disk, reading no image. Stopped
    (``should_stop``) before it wrote anything, it returns a result with ``stopped`` set.
    Subfolders the user excluded count as absent."""
    # exclusions reads the "inside" rule from this module, so it comes in at call time.
    from mclip_desktop.core import exclusions

    result = ScanResult()
    if not os.path.isdir(folder.path):
        if folder.online:
            catalog.set_folder_online(folder.id, False)
        result.offline.append(folder.path)
        return result
    on_disk: dict[str, os.stat_result] = {}
    for count, (path, st) in enumerate(walk_photos(folder.path, result.unreadable_dirs)):
        if should_stop is not None and count % 256 == 0 and should_stop():
            result.stopped = True
            return result
        on_disk[path] = st
    on_disk = exclusions.filter_excluded(catalog, on_disk)
    result.seen = len(on_disk)
    known = catalog.files_in_folder(folder.id)
    unreadable = result.unreadable_dirs
    gone = {
        p: v
        for p, v in known.items()
        if p not in on_disk and not any(is_inside(p, u, or_same=True) for u in unreadable)
    }
    vanished: dict[MoveKey, list[str]] = {}
    for p, (_, size, mtime_ns, _) in gone.items():
        vanished.setdefault(move_key(p, size, mtime_ns), []).append(p)
    with catalog.transaction():
        if not folder.online:
            catalog.set_folder_online(folder.id, True)
        for path, st in on_disk.items():
            record = known.get(path)
            if record is not None:
                if (record[1], record[2]) == (st.st_size, st.st_mtime_ns):
                    continue
                result.changed += 1
                if changes is not None:
                    changes.updated(record[0])
            else:
                olds = vanished.get(move_key(path, st.st_size, st.st_mtime_ns))
                if olds:
                    old = olds.pop()
                    file_id = gone.pop(old)[0]
                    catalog.move_file(file_id, path, folder.id)
                    if changes is not None:
                        changes.moved(file_id, old, path)
                    result.moved += 1
                    continue
                result.new += 1
            if hold is not None and hold(path, st):
                continue
            catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
        removed = [v[0] for v in gone.values()]
        catalog.delete_files(removed)
        if changes is not None and removed:
            changes.removed(removed)
        result.removed = len(removed)
    return result


def scan(
    catalog: Catalog, folders: Iterable[Folder], changes: ChangeLog | None = None
) -> ScanResult:
    total = ScanResult()
    for folder in folders:
        total.add(scan_folder(catalog, folder, changes=changes))
    return total
