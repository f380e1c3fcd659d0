"""Filter controls beside the search box: folder (the sidebar's scope, shown and cleared
here), capture date range (after / before, both inclusive), file type, and one button that
clears them all. They apply to browsing and searching alike."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mclip_desktop.core.query import PHOTO_TYPES, DateRange

# The names people know the formats by, where the detector's name is not one.
_TYPE_LABELS = {"jpeg": "JPEG", "png": "PNG", "webp": "WebP", "gif": "GIF", "tiff": "TIFF",
                "bmp": "BMP", "avif": "AVIF", "heic": "HEIC"}  # fmt: skip


def _menu_button(parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
    return button


class DateRangePanel(QWidget):
    """Two optional dates; a checkbox turns each end on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.after_check = QCheckBox(self.tr("From"), self)
        self.before_check = QCheckBox(self.tr("Until"), self)
        today = QDate.currentDate()
        self.after_edit = QDateEdit(today.addYears(-1), self)
        self.before_edit = QDateEdit(today, self)
        ends = ((self.after_check, self.after_edit), (self.before_check, self.before_edit))
        for check, edit in ends:
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(self._on_date_changed)
            layout.addRow(check, edit)

    def _on_date_changed(self) -> None:
        # Keep the range the right way round: moving one end past the other moves both.
        if self.after_edit.date() > self.before_edit.date():
            if self.sender() is self.after_edit:
                self.before_edit.setDate(self.after_edit.date())
            else:
                self.after_edit.setDate(self.before_edit.date())
        self.changed.emit()

    def date_range(self) -> DateRange:
        first = self.after_edit.date().toPython() if self.after_check.isChecked() else None
        last = self.before_edit.date().toPython() if self.before_check.isChecked() else None
        return DateRange(first, last)

    def set_range(self, first: dt.date | None, last: dt.date | None) -> None:
        self.blockSignals(True)
        if first is not None:
            self.after_edit.setDate(QDate(first))
        if last is not None:
            self.before_edit.setDate(QDate(last))
        self.after_check.setChecked(first is not None)
        self.before_check.setChecked(last is not None)
        self.blockSignals(False)
        self.changed.emit()


class FilterBar(QWidget):
    changed = Signal()  # dates or types changed
    folder_chosen = Signal(str)  # a watched folder, or "" for all of them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._folder = ""
        self._folders: list[str] = []

        self.folder_button = _menu_button(self)
        self.folder_menu = QMenu(self.folder_button)
        self.folder_menu.aboutToShow.connect(self._fill_folder_menu)
        self.folder_button.setMenu(self.folder_menu)
        self.folder_button.setToolTip(self.tr("Only photos in this folder"))

        self.date_button = _menu_button(self)
        self.date_menu = QMenu(self.date_button)
        self.date_panel = DateRangePanel(self.date_menu)
        panel_action = QWidgetAction(self.date_menu)
        panel_action.setDefaultWidget(self.date_panel)
        self.date_menu.addAction(panel_action)
        self.date_button.setMenu(self.date_menu)
        self.date_button.setToolTip(self.tr("Only photos taken in these days"))
        self.date_panel.changed.connect(self._on_changed)

        self.type_button = _menu_button(self)
        self.type_menu = QMenu(self.type_button)
        self.type_actions = {}
        for name in PHOTO_TYPES:
            action = self.type_menu.addAction(_TYPE_LABELS[name])
            action.setCheckable(True)
            action.toggled.connect(self._on_changed)
            self.type_actions[name] = action
        self.type_button.setMenu(self.type_menu)
        self.type_button.setToolTip(self.tr("Only photos of these file types"))

        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show photos of every folder, date and type"))
        self.clear_button.clicked.connect(self.clear)

        for widget in (self.folder_button, self.date_button, self.type_button, self.clear_button):
            layout.addWidget(widget)
        self._show()

    # -- state ----------------------------------------------------------------------------

    @property
    def dates(self) -> DateRange:
        return self.date_panel.date_range()

    @property
    def types(self) -> frozenset[str]:
        return frozenset(n for n, a in self.type_actions.items() if a.isChecked())

    @property
    def active(self) -> bool:
        return bool(self._folder or self.narrowed)

    @property
    def narrowed(self) -> bool:
        """A date or type filter in force: beyond the folder, which is the sidebar's scope."""
        return bool(self.types or self.dates != DateRange())

    def set_folder(self, folder: str) -> None:
        """The sidebar's scope, shown on the folder button."""
        self._folder = folder
        self._show()

    def set_folders(self, folders: list[str]) -> None:
        self._folders = list(folders)

    def set_types(self, types: set[str] | frozenset[str]) -> None:
        for name, action in self.type_actions.items():
            action.blockSignals(True)
            action.setChecked(name in types)
            action.blockSignals(False)
        self._on_changed()

    def clear(self) -> None:
        """Every filter off at once: one search follows, not one per control."""
        self.blockSignals(True)
        self.date_panel.set_range(None, None)
        self.set_types(set())
        self.blockSignals(False)
        if self._folder:
            self.folder_chosen.emit("")  # the sidebar's scope change searches again
        else:
            self.changed.emit()
        self._show()

    # -- display --------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._show()
        self.changed.emit()

    def _fill_folder_menu(self) -> None:
        self.folder_menu.clear()
        every = self.folder_menu.addAction(self.tr("All folders"))
        every.setCheckable(True)
        every.setChecked(not self._folder)
        every.triggered.connect(lambda: self.folder_chosen.emit(""))
        self.folder_menu.addSeparator()
        for folder in self._folders:
            action = self.folder_menu.addAction(folder)
            action.setCheckable(True)
            action.setChecked(folder == self._folder)
            action.triggered.connect(lambda _=False, f=folder: self.folder_chosen.emit(f))

    def _show(self) -> None:
        folder = os.path.basename(self._folder.rstrip(os.sep)) if self._folder else ""
        self.folder_button.setText((folder or self.tr("All folders")) + " ▾")
        dates = self.dates
        if dates.first and dates.last:
            text = f"{dates.first.isoformat()} – {dates.last.isoformat()}"
        elif dates.first:
            text = self.tr("From {0}").format(dates.first.isoformat())
        elif dates.last:
            text = self.tr("Until {0}").format(dates.last.isoformat())
        else:
            text = self.tr("Any date")
        self.date_button.setText(text + " ▾")
        types = [_TYPE_LABELS[n] for n in PHOTO_TYPES if n in self.types]
        self.type_button.setText((", ".join(types) if types else self.tr("Any type")) + " ▾")
        for button, on in (
            (self.folder_button, bool(self._folder)),
            (self.date_button, dates != DateRange()),
            (self.type_button, bool(types)),
        ):
            font = button.font()
            font.setBold(on)  # a filter in force stands out from the ones left at "any"
            button.setFont(font)
        self.clear_button.setVisible(self.active)
