"""Smart albums in the desktop app: the list of albums with their counts, an album's grid with
a strictness slider and a live count, "not in / always in this album" on right-click, and the
new-album dialog with a live preview of the first members while the user types.

``AlbumsPanel`` is a plain widget so that a sidebar can host it; ``AlbumsWindow`` wraps it for
the View menu. All album work runs on one worker thread with its own catalog connection and
its own ``AlbumService``; results come back by queued signal, the newest request winning.
Membership follows indexing: the panel recomputes when the engine reports changed results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core.albums import AlbumError, AlbumService, make_request
from mclip_desktop.core.errors import MclipError
from mclip_desktop.gui.engine import Engine
from mclip_desktop.gui.results import ResultsModel, ThumbnailDelegate
from mclip_desktop.gui.tasks import TaskRunner
from mclip_desktop.gui.thumbnails import ThumbnailProvider

PREVIEW_DELAY_MS = 300
PREVIEW_COUNT = 24
GRID_LIMIT = 2000


class AlbumWorker:
    """The album service of the worker thread, made there on first use."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._service: AlbumService | None = None

    def service(self) -> AlbumService:
        if self._service is None:
            library = self._engine.library
            self._service = AlbumService(library, library.reader())
        return self._service

    def close(self) -> None:
        if self._service is not None:
            self._service.catalog.close()
            self._service = None


def _grid(thumbnails: ThumbnailProvider, parent: QWidget) -> tuple[QListView, ResultsModel]:
    view = QListView(parent)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setIconSize(QSize(128, 128))
    model = ResultsModel(thumbnails, view)
    view.setModel(model)
    view.setItemDelegate(ThumbnailDelegate(view))
    return view, model


class NewAlbumDialog(QDialog):
    """Name, labels (one per line, any language), example photos; a live preview."""

    preview_shown = Signal(int)  # how many photos the album would hold

    def __init__(
        self,
        submit: Callable[[Callable[[AlbumService], Any], Callable[[Any], None]], None],
        thumbnails: ThumbnailProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New album"))
        self._submit = submit
        self.examples: list[str] = []
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Beach, 猫, Geburtstag"))
        self.labels_edit = QPlainTextEdit(self)
        self.labels_edit.setPlaceholderText(
            self.tr("Words in any language, one per line (the name when left empty)")
        )
        self.labels_edit.setFixedHeight(70)
        self.examples_button = QPushButton(self.tr("Add example photos…"), self)
        self.examples_button.clicked.connect(self._choose_examples)
        self.examples_label = QLabel(self)
        self.count_label = QLabel(self)
        self.preview, self.preview_model = _grid(thumbnails, self)
        self.preview.setIconSize(QSize(72, 72))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create album"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Labels:"), self.labels_edit)
        examples = QHBoxLayout()
        examples.addWidget(self.examples_button)
        examples.addWidget(self.examples_label, 1)
        form.addRow(self.tr("Like these:"), examples)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.name_edit.textEdited.connect(lambda _: self._timer.start())
        self.labels_edit.textChanged.connect(self._timer.start)
        self._update_ok()

    def labels(self) -> list[str]:
        lines = [line.strip() for line in self.labels_edit.toPlainText().splitlines()]
        return [line for line in lines if line]

    def _choose_examples(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Example photos"), "", self.tr("Images (*.jpg *.jpeg *.png *.webp)")
        )
        if files:
            self.set_examples(files)

    def set_examples(self, paths: list[str]) -> None:
        self.examples = list(paths)
        n = len(self.examples)
        self.examples_label.setText(
            self.tr("1 photo") if n == 1 else self.tr("{0} photos").format(n)
        )
        self._timer.start()

    def _update_ok(self) -> None:
        ok = bool(self.name_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _on_timer_timeout(self) -> None:
        self._update_ok()
        labels = self.labels() or [self.name_edit.text().strip()]
        labels = [label for label in labels if label]
        examples = list(self.examples)
        if not labels and not examples:
            self.preview_model.clear()
            self.count_label.clear()
            return

        def work(service: AlbumService) -> Any:
            return service.preview(labels, examples, limit=PREVIEW_COUNT)

        self._submit(work, self._on_preview_done)

    def _on_preview_done(self, result: Any) -> None:
        members, count = result
        self.preview_model.set_results(members)
        self.count_label.setText(
            self.tr("1 photo matches so far")
            if count == 1
            else self.tr("{0} photos match so far").format(count)
        )
        self.preview_shown.emit(count)


class AlbumsPanel(QWidget):
    """The albums: a list with counts beside the chosen album's grid."""

    albums_listed = Signal(int)  # number of albums
    album_shown = Signal(int)  # members of the album on show

    def __init__(
        self, engine: Engine, thumbnails: ThumbnailProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._thumbnails = thumbnails
        self._worker = AlbumWorker(engine)
        self._tasks = TaskRunner(threads=1, latest_only=False, parent=self)
        self._closed = False
        self.album_list = QListWidget(self)
        self.album_list.currentItemChanged.connect(self._on_album_list_current_item_changed)
        self.new_button = QPushButton(self.tr("New album…"), self)
        self.new_button.clicked.connect(self.new_album)
        self.remove_button = QPushButton(self.tr("Remove album"), self)
        self.remove_button.clicked.connect(self.remove_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.album_list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.remove_button)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.setToolTip(self.tr("Loose: more photos. Strict: only the clearest matches."))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.count_label = QLabel(self)
        self.view, self.model = _grid(thumbnails, self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        strictness = QHBoxLayout()
        strictness.addWidget(QLabel(self.tr("Loose"), self))
        strictness.addWidget(self.slider, 1)
        strictness.addWidget(QLabel(self.tr("Strict"), self))
        strictness.addWidget(self.count_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(strictness)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._slider_timer = QTimer(self)
        self._slider_timer.setSingleShot(True)
        self._slider_timer.setInterval(150)
        self._slider_timer.timeout.connect(self._show_current)
        engine.results_changed.connect(self._on_engine_results_changed)
        self.refresh()

    # -- background work ----------------------------------------------------------------

    def submit(self, work: Callable[[AlbumService], Any], on_done: Callable[[Any], None]) -> None:
        worker = self._worker
        self._tasks.submit(lambda: work(worker.service()), on_done, self._on_work_failed)

    def _on_work_failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, MclipError) else repr(error)
        QMessageBox.warning(self, self.tr("Albums"), message)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._engine.results_changed.disconnect(self._on_engine_results_changed)
        self._tasks.wait(10_000)
        self._worker.close()

    # -- albums -------------------------------------------------------------------------

    def current_name(self) -> str | None:
        item = self.album_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self) -> None:
        self.submit(lambda service: service.summaries(), self._on_summaries)

    def _on_summaries(self, summaries: list[Any]) -> None:
        current = self.current_name()
        self.album_list.blockSignals(True)
        self.album_list.clear()
        for summary in summaries:
            item = QListWidgetItem(self.tr("{0} ({1})").format(summary.name, summary.count))
            item.setData(Qt.ItemDataRole.UserRole, summary.name)
            item.setToolTip(", ".join(summary.labels))
            self.album_list.addItem(item)
            if summary.name == current:
                self.album_list.setCurrentItem(item)
        self.album_list.blockSignals(False)
        if self.album_list.currentItem() is None and self.album_list.count():
            self.album_list.setCurrentRow(0)
        elif self.album_list.currentItem() is not None:
            self._show_current()
        self.remove_button.setEnabled(bool(summaries))
        self.albums_listed.emit(len(summaries))

    def _on_album_list_current_item_changed(self, *_: object) -> None:
        name = self.current_name()
        if name is None:
            self.model.clear()
            return
        self.submit(lambda service: service.album(name).strictness, self._on_strictness_known)

    def _on_strictness_known(self, strictness: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(strictness * 100))
        self.slider.blockSignals(False)
        self._show_current()

    def _on_slider_value_changed(self, value: int) -> None:
        name = self.current_name()
        if name is None:
            return
        strictness = value / 100
        self.submit(lambda service: service.set_strictness(name, strictness), lambda _: None)
        self._slider_timer.start()

    def _show_current(self) -> None:
        name = self.current_name()
        if name is None:
            return
        strictness = self.slider.value() / 100

        def work(service: AlbumService) -> Any:
            return name, service.members(name, strictness, limit=GRID_LIMIT), service.count(name)

        self.submit(work, self._on_members)

    def _on_members(self, result: Any) -> None:
        name, members, count = result
        if name != self.current_name():
            return
        self.title.setText(name)
        self.model.set_results(members)
        self.count_label.setText(
            self.tr("1 photo") if count == 1 else self.tr("{0} photos").format(count)
        )
        item = self.album_list.currentItem()
        if item is not None:
            item.setText(self.tr("{0} ({1})").format(name, count))
        self.album_shown.emit(count)

    def new_album(self) -> NewAlbumDialog:
        dialog = NewAlbumDialog(self.submit, self._thumbnails, self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()
        return dialog

    def _create(self, dialog: NewAlbumDialog) -> None:
        try:
            request = make_request(dialog.name_edit.text(), dialog.labels(), dialog.examples)
        except AlbumError as exc:
            QMessageBox.warning(self, self.tr("New album"), str(exc))
            return

        def work(service: AlbumService) -> str:
            return service.add(request).name

        self.submit(work, self._on_created)

    def _on_created(self, name: str) -> None:
        self.submit(lambda service: service.summaries(), self._on_summaries)
        self.submit(lambda service: name, self._select)

    def _select(self, name: str) -> None:
        for row in range(self.album_list.count()):
            if self.album_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.album_list.setCurrentRow(row)

    def remove_current(self) -> None:
        name = self.current_name()
        if name is None:
            return
        self.submit(lambda service: service.remove(name), lambda _: self.refresh())

    # -- overrides ----------------------------------------------------------------------

    def selected_paths(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [self.model.path_at(row) for row in rows]

    def context_menu_for(self, paths: list[str]) -> QMenu:
        menu = QMenu(self)
        name = self.current_name()
        for text, member in (
            (self.tr("Not in this album"), False),
            (self.tr("Always in this album"), True),
            (self.tr("Back to automatic"), None),
        ):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _=False, m=member: self.set_override(name, paths, m)  # type: ignore[misc]
            )
        return menu

    def set_override(self, name: str | None, paths: list[str], member: bool | None) -> None:
        if name is None or not paths:
            return
        self.submit(lambda service: service.set_override(name, paths, member), self._changed)

    def _changed(self, _: object) -> None:
        self._show_current()

    def _on_view_context_menu_requested(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        self.context_menu_for(self.selected_paths()).popup(self.view.viewport().mapToGlobal(pos))

    def _on_engine_results_changed(self) -> None:
        self.refresh()


class AlbumsWindow(QDialog):
    """The albums panel in its own window (View ▸ Albums…)."""

    def __init__(
        self, engine: Engine, thumbnails: ThumbnailProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Albums"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.panel = AlbumsPanel(engine, thumbnails, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.panel)
        self.resize(960, 640)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.panel.shutdown()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.panel.shutdown()
        super().done(result)
