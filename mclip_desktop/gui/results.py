"""The grid's model and delegate, for search results and for browsing alike. The model holds
paths (with scores or capture dates) only; thumbnails come lazily from the ThumbnailProvider,
with a placeholder painted until they are ready.

Browsing groups photos by month: each month starts a new grid row with a date tile (a header
row), so the grid keeps uniform cells (fast layout and scrolling with 100k photos). The view
tells the model how many columns it shows; filler cells end a month's last row."""

from __future__ import annotations

import itertools
import operator
import os
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
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
HeaderRole = Qt.ItemDataRole.UserRole + 3  # "YYYY-MM" on a date tile, None elsewhere

_FILLER = -1
_PLACEHOLDERS_KEPT = 4096  # far more rows than any screen shows
_DIVIDER = -1_000_000  # the tile that sets the weaker matches apart


_MONTH = operator.itemgetter(slice(0, 7))  # "YYYY-MM" of an ISO date

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailProvider, parent: Any = None) -> None:
        super().__init__(parent)
        # The photos as columns, not an object each: a browse holds 100k of them, made,
        # compared and laid out at C speed, and nothing for the cycle collector to walk.
        self._paths: list[str] = []
        self._scores: list[float] = []  # empty while browsing
        self._rows: dict[str, int] | None = {}  # path -> photo index; None: not made yet
        # Browsing: ISO capture dates, "YYYY-MM-DDTHH:MM:SS" ("" when unknown), newest first.
        self._dates: list[str] | None = None
        # Browsing: view row -> photo index, _FILLER, or -2 - k for month k's date tile.
        self._layout: list[int] | None = None
        self._view_rows: list[int] = []  # photo index -> view row, while browsing
        self._months: list[str] = []
        # Search results: where the weaker matches start, when they are shown.
        self._weaker_start: int | None = None
        # A result's exact copies elsewhere (the same content is shown once).
        self._copies: dict[str, tuple[str, ...]] = {}
        self._columns = 1
        self._thumbnails = thumbnails
        # path -> the view row last painted with a placeholder for it (see _thumbnail()).
        # A row that has moved since is checked against its path; the view asks again
        # whenever it repaints a row, so a stale entry only concerns a photo out of sight.
        self._placeholders: dict[str, int] = {}
        thumbnails.thumbnail_ready.connect(self._on_thumbnails_thumbnail_ready)

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._layout) if self._layout is not None else len(self._paths)

    def path_of_row(self, row: int) -> str | None:
        """The photo at a view row (None for a date tile or filler), as the exact string the
        catalog holds."""
        if not 0 <= row < self.rowCount():
            return None
        photo = self._photo(row)
        return self._paths[photo] if photo >= 0 else None

    def _photo(self, row: int) -> int:
        """The photo index at a view row; negative for a date tile or filler."""
        return self._layout[row] if self._layout is not None else row

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        photo = self._photo(index.row())
        if photo < 0:
            if photo == _DIVIDER:
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    return self.divider_text()
                return None
            if photo == _FILLER:
                return None
            month = self._months[-2 - photo]
            if role == HeaderRole:
                return month
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return month_label(month)
            return None
        path = self._paths[photo]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_name(os.path.basename(path))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._dates is not None:
                name = display_name(os.path.basename(path))
                folder = display_name(os.path.dirname(path))
                return f"{name}\n{self._dates[photo].replace('T', ' ')}\n{folder}"
            tip = self.tr("{name}\nscore {score:.3f}\n{folder}").format(
                name=display_name(os.path.basename(path)),
                score=self._scores[photo],
                folder=display_name(os.path.dirname(path)),
            )
            copies = self._copies.get(path)
            if copies:
                also = "\n".join(display_name(p) for p in copies)
                tip += "\n" + self.tr("The same photo is also at:") + "\n" + also
            return tip
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(index.row(), path)
        if role == PathRole:
            return path
        if role == ScoreRole:
            return self._scores[photo] if self._dates is None else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self._photo(index.row()) < 0:
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        # By row, not through PathRole: a QVariant would lose a name that is not UTF-8.
        paths = [p for p in (self.path_of_row(i.row()) for i in indexes if i.isValid()) if p]
        mime.setUrls([file_url(p) for p in paths])
        mime.setText("\n".join(display_name(p) for p in paths))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # -- for the delegate: plain Python calls, no QVariant round trip per paint ----------

    def cell(self, row: int) -> tuple[str | None, QPixmap | None]:
        """(month of a date tile, thumbnail of a photo) at a view row; (None, None) for a
        filler. PySide 6 on Python 3.11 can miscount references to None returned through
        data() when it is called hundreds of thousands of times (a crash while scrolling
        100k photos), so painting asks the model directly."""
        if not 0 <= row < self.rowCount():
            return None, None
        photo = self._photo(row)
        if photo in (_FILLER, _DIVIDER):
            return None, None
        if photo < 0:
            return self._months[-2 - photo], None
        return None, self._thumbnail(row, self._paths[photo])

    def _thumbnail(self, row: int, path: str) -> QPixmap | None:
        pixmap = self._thumbnails.pixmap(path)
        if pixmap is None:  # a placeholder is painted: repaint this row when it comes
            if len(self._placeholders) >= _PLACEHOLDERS_KEPT:
                self._placeholders.clear()  # requests the provider has dropped since
            self._placeholders[path] = row
        return pixmap

    # -- browsing -----------------------------------------------------------------------

    @property
    def browsing(self) -> bool:
        return self._dates is not None

    def set_browse(self, paths: Sequence[str], dates: Sequence[str]) -> None:
        """Show every photo given, grouped by month: ``dates`` are their ISO capture dates
        ("" when unknown), in the order shown (newest first)."""
        if len(paths) != len(dates):
            raise ValueError("one date per path")
        self.beginResetModel()
        self._weaker_start = None
        self._paths, self._scores, self._dates = list(paths), [], list(dates)
        self._rows = None
        self._lay_out()
        self.endResetModel()

    def shows_browse(self, paths: Sequence[str], dates: Sequence[str]) -> bool:
        """Whether the grid already browses exactly these photos with these dates."""
        return self._dates is not None and self._paths == paths and self._dates == dates

    def set_columns(self, columns: int) -> None:
        """The view's column count: while browsing, date tiles start rows and need it."""
        columns = max(1, columns)
        if columns == self._columns:
            return
        self._columns = columns
        if self._layout is not None:
            self.beginResetModel()
            self._lay_out()
            self.endResetModel()

    def _lay_out(self) -> None:
        if self._dates is None:
            self._lay_out_weaker()
            return
        # A run of photos in one month is laid out at once (ranges, not a step per photo):
        # 100k photos take milliseconds.
        layout: list[int] = []
        months: list[str] = []
        view_rows: list[int] = []
        columns = self._columns
        photo = 0
        for month, run in itertools.groupby(self._dates, key=_MONTH):
            count = len(list(run))
            if layout and len(layout) % columns:
                layout.extend([_FILLER] * (columns - len(layout) % columns))
            layout.append(-2 - len(months))
            months.append(month)
            view_rows.extend(range(len(layout), len(layout) + count))
            layout.extend(range(photo, photo + count))
            photo += count
        self._layout, self._months, self._view_rows = layout, months, view_rows

    def _lay_out_weaker(self) -> None:
        """The matches, then a row that starts with the divider tile, then the weaker ones."""
        start = self._weaker_start
        assert start is not None
        columns = self._columns
        layout = list(range(start))
        if layout and len(layout) % columns:
            layout.extend([_FILLER] * (columns - len(layout) % columns))
        layout.append(_DIVIDER)
        layout.extend([_FILLER] * (columns - 1))
        view_rows = list(range(start)) + list(
            range(len(layout), len(layout) + len(self._paths) - start)
        )
        layout.extend(range(start, len(self._paths)))
        self._layout, self._months, self._view_rows = layout, [], view_rows

    def is_filler(self, row: int) -> bool:
        return 0 <= row < self.rowCount() and self._photo(row) == _FILLER

    def is_divider(self, row: int) -> bool:
        return 0 <= row < self.rowCount() and self._photo(row) == _DIVIDER

    def is_weaker(self, row: int) -> bool:
        """Whether the photo at a view row is one of the weaker matches."""
        start = self._weaker_start
        return start is not None and self._dates is None and self._photo(row) >= start

    @property
    def weaker_start(self) -> int | None:
        return self._weaker_start

    def divider_text(self) -> str:
        return self.tr("Weaker matches")

    def months(self) -> list[str]:
        """The months shown, "YYYY-MM", newest first (browsing only)."""
        return list(self._months)

    def header_row(self, month: str) -> int:
        """The view row of a month's date tile, or -1."""
        if self._layout is None or month not in self._months:
            return -1
        return self._layout.index(-2 - self._months.index(month))

    # -- updates ------------------------------------------------------------------------

    def results(self) -> list[SearchResult]:
        scores = self._scores or itertools.repeat(0.0)
        return [SearchResult(p, s) for p, s in zip(self._paths, scores, strict=False)]

    def paths(self) -> list[str]:
        return list(self._paths)

    def path_at(self, row: int) -> str:
        """The path of the ``row``-th photo (date tiles not counted)."""
        return self._paths[row]

    def row_of(self, path: str) -> int:
        """The view row showing ``path``, or -1."""
        photo = self._index().get(path)
        if photo is None:
            return -1
        return self._view_rows[photo] if self._layout is not None else photo

    def set_results(self, results: list[SearchResult]) -> None:
        """Replace the results. When the photos already shown keep their order (the same
        query after the collection changed), rows are removed and inserted in place, so the
        grid does not jump and the selection stays."""
        new_paths = [r.path for r in results]
        new_set = set(new_paths)
        shown = self._index()
        kept_old = [p for p in self._paths if p in new_set]
        kept_new = [p for p in new_paths if p in shown]
        if not self._paths or kept_old != kept_new or self._layout is not None:
            self.beginResetModel()
            self._paths, self._scores = new_paths, [r.score for r in results]
            self._dates = None
            self._layout = None
            self._months = []
            self._weaker_start = None
            self._rows = None
            self.endResetModel()
            return
        for row in range(len(self._paths) - 1, -1, -1):
            if self._paths[row] not in new_set:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._paths[row], self._scores[row]
                self._rows = None
                self.endRemoveRows()
        for row, result in enumerate(results):
            if result.path not in self._index():
                self.beginInsertRows(QModelIndex(), row, row)
                self._paths.insert(row, result.path)
                self._scores.insert(row, result.score)
                self._rows = None
                self.endInsertRows()
            else:
                self._scores[row] = result.score

    def set_ranked(self, matches: list[SearchResult], weaker: list[SearchResult]) -> None:
        """The matches and, set apart by a divider tile and painted fainter, the weaker
        matches below the cutoff. Without weaker ones this is ``set_results``."""
        if not weaker:
            self.set_results(matches)
            return
        self.beginResetModel()
        self._paths = [r.path for r in (*matches, *weaker)]
        self._scores = [r.score for r in (*matches, *weaker)]
        self._dates = None
        self._weaker_start = len(matches)
        self._rows = None
        self._lay_out()
        self.endResetModel()

    def set_copies(self, copies: dict[str, tuple[str, ...]]) -> None:
        """Each shown path's exact copies elsewhere, named in its tooltip."""
        self._copies = copies

    def copies_of(self, path: str) -> tuple[str, ...]:
        return self._copies.get(path, ())

    def clear(self) -> None:
        self.set_results([])

    def remove_paths(self, paths: set[str]) -> None:
        """Drop photos that left the library (trashed, moved away) without a new query."""
        if paths.isdisjoint(self._index()):
            return
        if self._dates is not None:
            kept = [(p, d) for p, d in zip(self._paths, self._dates, strict=True) if p not in paths]
            self.set_browse([p for p, _ in kept], [d for _, d in kept])
            return
        results = self.results()
        if self._weaker_start is not None:
            start = self._weaker_start
            self.set_ranked(
                [r for r in results[:start] if r.path not in paths],
                [r for r in results[start:] if r.path not in paths],
            )
        else:
            self.set_results([r for r in results if r.path not in paths])

    def _index(self) -> dict[str, int]:
        """path -> photo index, made when first needed after a change."""
        if self._rows is None:
            self._rows = dict(zip(self._paths, range(len(self._paths)), strict=True))
        return self._rows

    def _on_thumbnails_thumbnail_ready(self, path: str) -> None:
        # The row the placeholder was painted in, if it still shows this photo: looking the
        # path up instead builds the whole path index (100k photos: 10-40 ms of the GUI
        # thread, once after every change of the grid's model).
        row = self._placeholders.pop(path, -1)
        if self.path_of_row(row) != path:
            row = self.row_of(path) if self._rows is not None else -1
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def month_label(month: str, separator: str = " ") -> str:
    """"2024-03" as the user's language says it: "March 2024", "2024年3月"."""
    try:
        year, number = int(month[:4]), int(month[5:7])
    except ValueError:
        return month
    locale = QLocale()
    language = locale.language()
    if language in (QLocale.Language.Chinese, QLocale.Language.Japanese):
        return f"{year}年{separator.strip()}{number}月"
    if language == QLocale.Language.Korean:
        return f"{year}년{separator}{number}월"
    return locale.standaloneMonthName(number) + separator + str(year)


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
        model = index.model()
        if isinstance(model, ResultsModel):
            month, pixmap = model.cell(index.row())
        else:
            month, pixmap = None, index.data(Qt.ItemDataRole.DecorationRole)
        if month is not None:
            self._paint_date_tile(painter, option, rect, month)
            painter.restore()
            return
        if isinstance(model, ResultsModel) and model.is_filler(index.row()):
            painter.restore()  # a filler cell ending a month's last row stays blank
            return
        if isinstance(model, ResultsModel) and model.is_divider(index.row()):
            self._paint_divider(painter, option, rect, model.divider_text())
            painter.restore()
            return
        if isinstance(model, ResultsModel) and model.is_weaker(index.row()):
            painter.setOpacity(0.55)  # weaker matches read as a step down from the matches
        if pixmap is None or pixmap.isNull():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(rect, 6, 6)
        else:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            key = (pixmap.cacheKey(), rect.width(), int(ratio * 100))
            width, height = rect.width() * ratio, rect.height() * ratio
            fits = pixmap.width() <= width and pixmap.height() <= height
            # Thumbnails usually arrive at the painted size (scaled off the GUI thread).
            if fits:  # drawn as it is, into a target of its own size in logical pixels
                w, h = pixmap.width() / ratio, pixmap.height() / ratio
                target = QRectF(
                    rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h
                )
                painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
                painter.restore()
                return
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

    def _paint_divider(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str
    ) -> None:
        palette = option.palette  # type: ignore[attr-defined]
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        flags |= int(Qt.TextFlag.TextWordWrap)
        bounds = painter.drawText(rect.adjusted(6, 6, -6, -6), flags, text + " ↓")
        line = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid)
        painter.fillRect(QRect(bounds.left(), bounds.bottom() + 6, rect.width() - 12, 2), line)

    def _paint_date_tile(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, month: str
    ) -> None:
        palette = option.palette  # type: ignore[attr-defined]
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * (1.5 if self.cell >= 128 else 1.15))
        font.setBold(True)
        painter.setFont(font)
        # Date tiles are disabled items (not selectable); they still read as normal text.
        painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
        text = month_label(month, "\n")
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        bounds = painter.drawText(rect.adjusted(6, 6, -6, -6), flags, text)
        accent = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.fillRect(QRect(bounds.left(), bounds.bottom() + 6, 32, 3), accent)
