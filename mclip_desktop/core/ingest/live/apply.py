"""Applying what the observers report to the catalog: new and changed photos start to
settle, settled ones become pending work, moves and renames change paths only (the sides of
a move reported apart are matched, see ``moves``), deletions remove records. Each catalog
write notes what it changed in the pipeline's change log.

Runs on the live indexer's thread, which owns the catalog's writes.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
    FileSystemEvent,
)

from mclip_desktop.core import images
from mclip_desktop.core.catalog import Catalog, FileRecord, Folder
from mclip_desktop.core.ingest.changes import ChangeLog
from mclip_desktop.core.ingest.live.moves import Departures, pair_moves
from mclip_desktop.core.ingest.live.settling import Candidate, Settler
from mclip_desktop.core.ingest.scan import is_hidden, is_inside, walk_photos


def _text(path: bytes | str) -> str:
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path


class EventApplier:
    """The watched folders' events, applied to one catalog. ``folders`` is kept current by
    the owner; ``mark_offline`` is called for a watched folder that went away;
    ``closes_reported`` holds the folders whose observer reports opens and closes."""

    def __init__(
        self,
        catalog: Catalog,
        changes: ChangeLog,
        settler: Settler,
        departed: Departures,
        closes_reported: set[str],
        mark_offline: Callable[[Folder], None],
    ) -> None:
        self._catalog = catalog
        self._changes = changes
        self._settler = settler
        self._departed = departed
        self._closes_reported = closes_reported
        self._mark_offline = mark_offline
        self.folders: list[Folder] = []

    # -- folders ------------------------------------------------------------------------

    def _folder_for(self, path: str) -> Folder | None:
        best = None
        for folder in self.folders:
            if is_inside(path, folder.path) and (best is None or len(folder.path) > len(best.path)):
                best = folder
        return best

    def _root_named(self, path: str) -> Folder | None:
        return next((f for f in self.folders if f.path == path), None)

    def _watched_photo(self, path: str) -> Folder | None:
        """The folder a photo path belongs to, if it is one to index (not hidden, in an
        online folder)."""
        folder = self._folder_for(path)
        if folder is None or not folder.online or not images.is_photo_path(path):
            return None
        return None if is_hidden(path, folder.path) else folder

    def _reports_closes(self, path: str) -> bool:
        folder = self._folder_for(path)
        return folder is not None and folder.path in self._closes_reported

    # -- events -------------------------------------------------------------------------

    def apply(self, event: FileSystemEvent) -> bool:
        """Apply one event; returns whether search results changed."""
        if isinstance(event, DirModifiedEvent):
            return False  # one per file created or deleted; the file's own event says more
        src = _text(event.src_path)
        if isinstance(event, (FileOpenedEvent, FileClosedNoWriteEvent)):
            self._note_reports_closes(src)
            return False
        if isinstance(
            event, (FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileAttribEvent)
        ):
            if isinstance(event, FileClosedEvent):
                self._note_reports_closes(src)
            if self._watched_photo(src) is not None:
                return self._note_candidate(src, event)
            return False
        if isinstance(event, (DirMovedEvent, DirDeletedEvent)) and self._root_named(src):
            root = self._root_named(src)
            assert root is not None
            if not os.path.isdir(root.path):
                self._mark_offline(root)
            return False
        folder = self._folder_for(src)
        if folder is not None and (not folder.online or not os.path.isdir(folder.path)):
            # The watched folder itself went away (unmounted, renamed): events still
            # naming its old place say nothing about its photos. It is scanned when back.
            return False
        if isinstance(event, FileDeletedEvent):
            return self._apply_file_gone(src)
        if isinstance(event, FileMovedEvent):
            return self._apply_file_move(src, _text(event.dest_path))
        if isinstance(event, DirMovedEvent):
            return self._apply_dir_move(src, _text(event.dest_path))
        if isinstance(event, DirDeletedEvent):
            return self._apply_dir_gone(src)
        if isinstance(event, DirCreatedEvent):
            return self._apply_dir_arrived(src)
        return False

    def _note_reports_closes(self, path: str) -> None:
        folder = self._folder_for(path)
        if folder is not None:
            self._closes_reported.add(folder.path)

    # -- catalog writes (each notes what it changed) ------------------------------------

    def _delete(self, records: list[FileRecord]) -> bool:
        if not records:
            return False
        catalog = self._catalog
        with catalog.transaction():
            catalog.delete_files(r.id for r in records)
        self._changes.removed([r.id for r in records])
        return True

    def _move(self, record: FileRecord, path: str, folder: Folder) -> None:
        """Inside a transaction: the record of a photo now at ``path``."""
        self._catalog.move_file(record.id, path, folder.id)
        self._changes.moved(record.id, record.path, path)

    def _apply_file_gone(self, path: str) -> bool:
        self._settler.pop(path)
        record = self._catalog.file_by_path(path)
        return self._delete([record]) if record is not None else False

    def _apply_file_move(self, src: str, dest: str) -> bool:
        catalog = self._catalog
        settling = self._settler.pop(src) if src else None
        record = catalog.file_by_path(src) if src else None
        folder = self._watched_photo(dest) if dest else None
        if record is None:
            if folder is not None:
                # From outside the watched tree, or from a watched folder whose side of the
                # move is reported half a second later: it waits the full settle time, so
                # that a photo moved between watched folders keeps its record.
                return self._note_moved_in(dest, settling, from_known_place=bool(src))
            return False
        if not dest:  # moved out of sight: perhaps into a folder that is not watched yet
            return self._depart([record])
        if folder is None:
            return self._delete([record])
        with catalog.transaction():
            existing = catalog.file_by_path(dest)
            if existing is not None:
                catalog.delete_files([existing.id])
                self._changes.removed([existing.id])
            self._move(record, dest, folder)
        # Written just before the move? Then its content is new and it is read again.
        self._note_moved_in(dest, settling, (record.size, record.mtime_ns))
        return True

    def _note_moved_in(
        self,
        path: str,
        settling: Candidate | None,
        recorded: tuple[int, int] | None = None,
        *,
        from_known_place: bool = True,
    ) -> bool:
        """A photo arrived under a new name: it keeps waiting if it was still settling, is
        read if its content is not the recorded one, and is left alone otherwise."""
        if settling is not None:
            self._settler.put(path, settling)
            return False
        try:
            st = os.stat(path)
        except OSError:
            return False
        if recorded is None:
            existing = self._catalog.file_by_path(path)
            recorded = (existing.size, existing.mtime_ns) if existing is not None else None
        if recorded == (st.st_size, st.st_mtime_ns):
            return False
        if self._claim_departed(path, st):
            return True
        self._settler.start(path, st.st_size, st.st_mtime_ns, closed=from_known_place)
        return False

    def _apply_dir_move(self, src: str, dest: str) -> bool:
        catalog = self._catalog
        if not src:
            return self._apply_dir_arrived(dest)
        folder = self._folder_for(dest) if dest else None
        keep = folder is not None and folder.online and not is_hidden(dest, folder.path)
        settling = self._settler.take_under(src)
        if not dest:
            return self._depart(catalog.files_under(src))
        if not keep or folder is None:
            return self._delete(catalog.files_under(src))
        before = catalog.files_under(src)
        moved = catalog.move_tree(src, dest, folder.id)
        for record in before:
            self._changes.moved(record.id, record.path, dest + record.path[len(src) :])
        for old, candidate in settling.items():
            self._settler.put(dest + old[len(src) :], candidate)
        # Files the catalog did not know under the old name (still settling, or arrived
        # between the move and the event) settle under the new one.
        changed = moved > 0
        for path, _ in walk_photos(dest, []):
            if path not in self._settler and catalog.file_by_path(path) is None:
                changed |= self._note_candidate(path, None)
        return changed

    def _apply_dir_arrived(self, path: str) -> bool:
        folder = self._folder_for(path)
        if folder is None or not folder.online or is_hidden(path, folder.path):
            return False
        changed = False
        for photo, _ in walk_photos(path, []):
            changed |= self._note_candidate(photo, None)
        return changed

    def _apply_dir_gone(self, path: str) -> bool:
        self._settler.take_under(path)
        return self._delete(self._catalog.files_under(path))

    def _depart(self, records: list[FileRecord]) -> bool:
        """Photos moved to an unknown place: each joins a new file already waiting with the
        same name, size and mtime, or keeps its record for a moment, in case one turns up."""
        catalog = self._catalog
        waiting = [(path, c.size, c.mtime_ns) for path, c in self._settler.items()]
        changed = False
        paired: set[int] = set()
        for record, arrived in pair_moves(records, waiting):
            folder = self._watched_photo(arrived)
            if folder is not None and catalog.file_by_path(arrived) is None:
                self._settler.pop(arrived)
                with catalog.transaction():
                    self._move(record, arrived, folder)
                paired.add(record.id)
                changed = True
        for record in records:
            if record.id not in paired:
                self._departed.add(record)
        return changed

    def _claim_departed(self, path: str, st: os.stat_result) -> bool:
        """If ``path`` is a photo that left its place a moment ago, move its record here."""
        if not self._departed:
            return False
        folder = self._watched_photo(path)
        if folder is None:
            return False
        departed = self._departed.claim(path, st.st_size, st.st_mtime_ns)
        if departed is None:
            return False
        catalog = self._catalog
        with catalog.transaction():
            existing = catalog.file_by_path(path)
            if existing is not None and existing.id != departed.id:
                catalog.delete_files([existing.id])
                self._changes.removed([existing.id])
            self._move(departed, path, folder)
        return True

    def forget_departed(self) -> bool:
        """Photos that left and did not turn up again leave the catalog; returns whether
        any did."""
        gone = self._departed.expired()
        if gone:
            catalog = self._catalog
            with catalog.transaction():
                catalog.delete_files(gone)
            self._changes.removed(gone)
        return bool(gone)

    def _note_candidate(self, path: str, event: FileSystemEvent | None) -> bool:
        """Note a new or changed photo; returns whether search results changed (a photo that
        turned out to be one moved a moment ago)."""
        try:
            st = os.stat(path)
        except OSError:
            self._settler.pop(path)
            return False
        if path not in self._settler and self._claim_departed(path, st):
            return True
        self._settler.note(
            path,
            st,
            modified=isinstance(event, FileModifiedEvent),
            closed=isinstance(event, FileClosedEvent),
        )
        return False

    def promote_settled(self) -> bool:
        """Files that settled become pending work; returns whether search results changed (a
        photo that turned out to be one moved here)."""
        ready = self._settler.settled(self._reports_closes)
        if not ready:
            return False
        catalog = self._catalog
        new: list[tuple[str, os.stat_result, Folder]] = []
        with catalog.transaction():
            for path, st in ready:
                folder = self._watched_photo(path)
                if folder is None:
                    continue
                record = catalog.file_by_path(path)
                if record is None:
                    new.append((path, st, folder))
                elif (record.size, record.mtime_ns) != (st.st_size, st.st_mtime_ns):
                    catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
                    self._changes.updated(record.id)
                # else unchanged (a metadata-only event): nothing to do
            moved = self._adopt_moved(new)
            for path, st, folder in new:
                if path not in moved:
                    catalog.upsert_pending(folder.id, path, st.st_size, st.st_mtime_ns)
        return bool(moved)

    def _adopt_moved(self, new: list[tuple[str, os.stat_result, Folder]]) -> set[str]:
        """A photo new here may be one whose move was not seen whole (through a folder made
        a moment before, or between watched folders whose sides of a move are reported
        apart and late). As a scan does, a record with the same move key whose file is gone
        moves here, instead of the photo being read again. Returns the paths that took over
        a record."""
        if not new:
            return set()
        catalog = self._catalog
        online = {f.id for f in self.folders if f.online}
        gone = [
            record
            for record in catalog.files_with_size_and_mtime(
                (st.st_size, st.st_mtime_ns) for _, st, _ in new
            )
            if record.folder_id in online and not os.path.lexists(record.path)
        ]
        folders = {path: folder for path, _, folder in new}
        arrived = [(path, st.st_size, st.st_mtime_ns) for path, st, _ in new]
        adopted: set[str] = set()
        for record, path in pair_moves(gone, arrived):
            self._move(record, path, folders[path])
            self._departed.drop(lambda r, moved=record.id: r.id != moved)
            adopted.add(path)
        return adopted

    # -- scans --------------------------------------------------------------------------

    def hold(self, path: str, st: os.stat_result) -> bool:
        """The scan's hook: a file already settling, or changed within the settle time,
        waits to settle instead of being read at once (a scan must not catch a copy
        half-way)."""
        if path in self._settler:
            return True
        if self._settler.is_fresh(st):
            self._settler.start(path, st.st_size, st.st_mtime_ns)
            return True
        return False
