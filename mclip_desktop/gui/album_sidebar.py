"""Albums in the main window: the sidebar's Albums section with each album's count, the
new / edit / remove / export actions on it, and "not in / always in this album" for photos
of the album on show.

All album work runs on one worker thread with its own catalog connection and album service;
answers come back by queued signal. Counts follow indexing: the window refreshes them with
its sidebar (after each batch of changes, at most once a second).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mclip_desktop.core.albums import AlbumError, AlbumService, make_request
from mclip_desktop.core.albums.export import export_files
from mclip_desktop.gui.albums import AlbumWorker, NewAlbumDialog
from mclip_desktop.gui.engine import Engine
from mclip_desktop.gui.scope import Scope
from mclip_desktop.gui.sidebar import Sidebar
from mclip_desktop.gui.tasks import TaskRunner
from mclip_desktop.gui.thumbnails import ThumbnailProvider
from mclip_desktop.gui.wording import gui_text


class AlbumsController(QObject):
    changed = Signal()  # an album or an override changed: what the grid shows may differ
    listed = Signal(int)  # the sidebar shows this many albums
    editor_opened = Signal(object)  # the NewAlbumDialog editing an album

    def __init__(
        self,
        window: QWidget,
        engine: Engine,
        sidebar: Sidebar,
        thumbnails: ThumbnailProvider,
        flash: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._sidebar = sidebar
        self._thumbnails = thumbnails
        self._flash = flash
        self._worker = AlbumWorker(engine)
        self._tasks = TaskRunner(threads=1, parent=self)
        self._closed = False
        sidebar.new_album_requested.connect(self.new_album)
        sidebar.edit_album_requested.connect(self.edit_album)
        sidebar.remove_album_requested.connect(self.confirm_remove)
        sidebar.export_album_requested.connect(self.export)

    def submit(self, work: Callable[[AlbumService], Any], on_done: Callable[[Any], None]) -> None:
        if self._closed:
            return
        worker = self._worker
        self._tasks.submit(lambda: work(worker.service()), on_done, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self._flash(gui_text(error), 10_000)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._tasks.wait(10_000)
        self._worker.close()

    # -- the sidebar --------------------------------------------------------------------

    def refresh(self) -> None:
        def work(service: AlbumService) -> list[tuple[int, str, int, tuple[str, ...]]]:
            return [(s.id, s.name, s.count, s.labels) for s in service.summaries()]

        self.submit(work, self._on_listed)

    def _on_listed(self, albums: list[tuple[int, str, int, tuple[str, ...]]]) -> None:
        self._sidebar.set_albums(albums)
        self.listed.emit(len(albums))

    # -- new, edit, remove, export ------------------------------------------------------

    def new_album(self) -> NewAlbumDialog:
        dialog = NewAlbumDialog(self.submit, self._thumbnails, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._create(dialog, None))
        dialog.open()
        return dialog

    def edit_album(self, album_id: int) -> None:
        self.submit(lambda service: service.album_of_id(album_id), self._open_editor)

    def _open_editor(self, album: Any) -> NewAlbumDialog:
        dialog = NewAlbumDialog(self.submit, self._thumbnails, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.setWindowTitle(self.tr("Edit album"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).setText(self.tr("Save"))
        dialog.name_edit.setText(album.name)
        if tuple(album.labels) != (album.name,):
            dialog.labels_edit.setPlainText("\n".join(album.labels))
        if album.examples:
            dialog.set_examples([e.path for e in album.examples])
        dialog.accepted.connect(lambda: self._create(dialog, album.id))
        dialog.open()
        self.editor_opened.emit(dialog)
        return dialog

    def _create(self, dialog: NewAlbumDialog, album_id: int | None) -> None:
        try:
            request = make_request(dialog.name_edit.text(), dialog.labels(), dialog.examples)
        except AlbumError as exc:
            self._flash(gui_text(exc), 10_000)
            return

        def work(service: AlbumService) -> tuple[int, str]:
            album = service.add(request) if album_id is None else service.edit(album_id, request)
            return album.id, album.name

        self.submit(work, self._on_saved)

    def _on_saved(self, album: tuple[int, str]) -> None:
        album_id, name = album

        def select(_: object) -> None:
            self._sidebar.select_scope(Scope.of_album(album_id, name))

        self.refresh()
        self.submit(lambda service: None, select)
        self.changed.emit()

    def confirm_remove(self, album_id: int, name: str) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Remove album"),
            self.tr("Remove the album {0}? Its photos stay where they are.").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.remove(album_id)
        return True

    def remove(self, album_id: int) -> None:
        def work(service: AlbumService) -> str:
            return service.remove(service.album_of_id(album_id).name).name

        def done(name: str) -> None:
            self._flash(self.tr("Removed the album {0}").format(name), 10_000)
            self.refresh()

        self.submit(work, done)

    def export(self, album_id: int, name: str, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self._window, self.tr("Copy the photos of {0} to").format(name)
            )
        if not folder:
            return
        target = folder

        def work(service: AlbumService) -> tuple[int, int, int]:
            paths = [m.path for m in service.members(service.album_of_id(album_id))]
            report = export_files(paths, target, link=False)
            return len(report.written), report.unchanged, len(report.failed)

        def done(result: tuple[int, int, int]) -> None:
            written, unchanged, failed = result
            message = self.tr("Copied {0} photos of {1} to {2}").format(written, name, target)
            if unchanged or failed:
                message += " · " + self.tr("{0} already there, {1} failed").format(
                    unchanged, failed
                )
            self._flash(message, 10_000)

        self.submit(work, done)

    # -- overrides ----------------------------------------------------------------------

    def set_override(self, album_id: int, paths: list[str], member: bool | None) -> None:
        if not paths:
            return

        def work(service: AlbumService) -> None:
            service.set_override(service.album_of_id(album_id).name, paths, member)

        def done(_: object) -> None:
            self.refresh()
            self.changed.emit()

        self.submit(work, done)
