"""The results grid's model and delegate. The model holds paths and scores only; thumbnails
come lazily from the ThumbnailProvider, with a placeholder painted until they are ready."""

from __future__ import annotations

import os
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mclip_desktop.core.search import SearchResult
from mclip_desktop.gui.files import display_name, file_url
from mclip_desktop.gui.thumbnails import ThumbnailProvider

PathRole = Qt.ItemDataRole.UserRole + 1
ScoreRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailProvider, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        self._rows: dict[str, int] = {}
        self._thumbnails = thumbnails
        thumbnails.thumbnail_ready.connect(self._on_thumbnails_thumbnail_ready)

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_name(os.path.basename(result.path))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\nscore {score:.3f}\n{folder}").format(
                name=display_name(os.path.basename(result.path)),
                score=result.score,
                folder=display_name(os.path.dirname(result.path)),
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.pixmap(result.path)
        if role == PathRole:
            return result.path
        if role == ScoreRole:
            return result.score
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        paths = [self._results[i.row()].path for i in indexes if i.isValid()]
        mime.setUrls([file_url(p) for p in paths])
        mime.setText("\n".join(display_name(p) for p in paths))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # -- updates ------------------------------------------------------------------------

    def results(self) -> list[SearchResult]:
        return list(self._results)

    def path_at(self, row: int) -> str:
        return self._results[row].path

    def set_results(self, results: list[SearchResult]) -> None:
        """Replace the results. When the photos already shown keep their order (the same
        query after the collection changed), rows are removed and inserted in place, so the
        grid does not jump and the selection stays."""
        new_paths = [r.path for r in results]
        new_set = set(new_paths)
        kept_old = [r.path for r in self._results if r.path in new_set]
        kept_new = [p for p in new_paths if p in self._rows]
        if not self._results or kept_old != kept_new:
            self.beginResetModel()
            self._results = list(results)
            self._reindex()
            self.endResetModel()
            return
        for row in range(len(self._results) - 1, -1, -1):
            if self._results[row].path not in new_set:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._results[row]
                self.endRemoveRows()
        self._reindex()
        for row, result in enumerate(results):
            if result.path not in self._rows:
                self.beginInsertRows(QModelIndex(), row, row)
                self._results.insert(row, result)
                self.endInsertRows()
                self._reindex()
            else:
                self._results[row] = result
        self._reindex()

    def clear(self) -> None:
        self.set_results([])

    def _reindex(self) -> None:
        self._rows = {r.path: i for i, r in enumerate(self._results)}

    def _on_thumbnails_thumbnail_ready(self, path: str) -> None:
        row = self._rows.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints the thumbnail centred in its cell, or a placeholder while it loads."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cell = 160
        # Smooth scaling is too slow to repeat on every paint while scrolling.
        self._scaled: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(self.cell + 8, self.cell + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))  # type: ignore[attr-defined]
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is None or pixmap.isNull():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(rect, 6, 6)
        else:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            key = (pixmap.cacheKey(), rect.width(), int(ratio * 100))
            scaled = self._scaled.get(key)
            if scaled is None:
                scaled = pixmap.scaled(
                    QSize(rect.width(), rect.height()) * ratio,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                scaled.setDevicePixelRatio(ratio)
                self._scaled[key] = scaled
                while len(self._scaled) > 800:
                    self._scaled.popitem(last=False)
            w, h = scaled.width() / ratio, scaled.height() / ratio
            x = rect.x() + (rect.width() - w) / 2
            y = rect.y() + (rect.height() - h) / 2
            painter.drawPixmap(int(x), int(y), scaled)
        painter.restore()
