"""The one grid for browsing and search results: icon mode, uniform cells stretched to fill
the width, drag out as file URLs, Space (preview) and Enter (open), a current item as soon as
the grid takes the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from mclip_desktop.gui.results import ResultsModel

CELL_MARGIN = 8


class GridView(QListView):
    preview_requested = Signal(str)
    open_requested = Signal(str)
    layout_finished = Signal()  # every row has its place (after watch_layout)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSpacing(0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(2000)  # ~7 ms of layout per event-loop turn: 100k photos in 50
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The cells share the width exactly (_fit_grid), so nothing scrolls sideways. A
        # horizontal bar that came and went while a batched layout ran resized the viewport,
        # which restarted the layout, and so on: the grid stayed laid out to its first batch.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Photos"))
        self._cell = 160
        # Follows a batched layout as it goes: brings a row to the top once the layout has
        # reached it (scroll_to_row), and says when every row has its place (watch_layout).
        self._pending_row: int | None = None
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(10)
        self._layout_timer.timeout.connect(self._follow_layout)
        self.style_scroll_bar()

    def grid_model(self) -> ResultsModel:
        model = self.model()
        assert isinstance(model, ResultsModel)
        return model

    # -- layout: cells share the whole width, no empty strip at the right ----------------

    def set_cell(self, cell: int) -> None:
        self._cell = cell
        self._fit_grid()

    def columns(self) -> int:
        return max(1, self.viewport().width() // (self._cell + CELL_MARGIN))

    def laid_out(self) -> bool:
        """Whether every row has its place: the grid lays out a large model in batches, one
        per event-loop turn, its scroll range growing as it goes."""
        rows = -(-self.model().rowCount() // self.columns())
        needed = rows * self.gridSize().height()
        return self.verticalScrollBar().maximum() + self.viewport().height() >= needed - 2

    def _fit_grid(self) -> None:
        columns = self.columns()
        width = self.viewport().width() // columns
        self.setGridSize(QSize(width, self._cell + CELL_MARGIN))
        model = self.model()
        if isinstance(model, ResultsModel):
            model.set_columns(columns)
        self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_grid()

    # -- a thumb that stands out from its groove, in light and dark palettes ------------

    def style_scroll_bar(self) -> None:
        palette = self.palette()
        groove = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        handle = text.lighter(160) if groove.lightness() > 128 else text.darker(140)
        sheet = (
            "QScrollBar:vertical { background: GROOVE; width: 12px; margin: 0; }"
            "QScrollBar::handle:vertical { background: HANDLE; min-height: 32px;"
            " border-radius: 4px; margin: 2px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
        )
        self.verticalScrollBar().setStyleSheet(
            sheet.replace("GROOVE", groove.name()).replace("HANDLE", handle.name())
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light / dark
            self.style_scroll_bar()

    # -- keyboard -----------------------------------------------------------------------

    def first_photo_index(self) -> QModelIndex:
        model = self.model()
        for row in range(min(model.rowCount(), 64)):
            index = model.index(row, 0)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable:
                return index
        return QModelIndex()

    def focus_first(self) -> None:
        """Focus the grid with its first visible photo current and selected."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        index = self._first_visible_photo() or self.first_photo_index()
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _first_visible_photo(self) -> QModelIndex | None:
        grid = self.gridSize()
        index = self.indexAt(QPoint(grid.width() // 2, grid.height() // 2))
        if not index.isValid():
            return None
        model = self.model()
        for row in range(index.row(), min(index.row() + 64, model.rowCount())):
            candidate = model.index(row, 0)
            if candidate.flags() & Qt.ItemFlag.ItemIsSelectable:
                return candidate
        return None

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        current = self.currentIndex()
        if not current.isValid() or not current.flags() & Qt.ItemFlag.ItemIsSelectable:
            index = self._first_visible_photo() or self.first_photo_index()
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        path = self._model_path(index.row()) if index.isValid() else None
        if path and event.key() == Qt.Key.Key_Space:
            self.preview_requested.emit(path)
            return
        if path and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(path)
            return
        super().keyPressEvent(event)

    def selected_paths(self) -> list[str]:
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [p for p in (self._model_path(i.row()) for i in indexes) if p]

    def _model_path(self, row: int) -> str | None:
        # By row, not through PathRole: a QVariant would lose a name that is not UTF-8.
        model = self.model()
        return model.path_of_row(row) if isinstance(model, ResultsModel) else None

    def scroll_to_row(self, row: int) -> None:
        """Bring a row to the top. Right after the model changed, the grid lays a large model
        out in batches and cannot scroll past what it has placed: the row is then brought to
        the top as soon as the layout reaches it (a refresh keeps the user's place at photo
        60,000 instead of leaving them near the top)."""
        if 0 <= row < self.model().rowCount():
            self._pending_row = row
            self.watch_layout()

    def scrollToTop(self) -> None:  # noqa: N802 - Qt override
        self._pending_row = None
        super().scrollToTop()

    def watch_layout(self) -> None:
        """Emit layout_finished once every row has its place (at once if it already has)."""
        self.executeDelayedItemsLayout()  # a layout posted by a model reset starts now
        if not self._follow_layout():
            self._layout_timer.start()

    def stop_watching_layout(self) -> None:
        self._pending_row = None
        self._layout_timer.stop()

    def _follow_layout(self) -> bool:
        """Scroll to the pending row once placed; stop and say so once all are. Returns
        whether the layout is complete."""
        done = self.laid_out()
        row = self._pending_row
        if row is not None and row >= self.model().rowCount():
            self._pending_row = row = None
        if row is not None:
            # Cells are uniform and date tiles start rows, so a row's place follows from its
            # number; the scroll range grows as the batches are laid out.
            top = (row // self.columns()) * self.gridSize().height()
            bar = self.verticalScrollBar()
            if done or bar.maximum() >= top:
                self._pending_row = None
                bar.setValue(min(top, bar.maximum()))
        if done:
            self._layout_timer.stop()
            self.layout_finished.emit()
        return done
