"""The sidebar: Library (every photo), the watched folders with their counts, reachability
and indexing progress, and slots for Albums and Duplicates that stay hidden until something
fills them. Choosing an entry sets the scope of the grid (browsing and searching alike)."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core.catalog import Folder
from mclip_desktop.gui.scope import Scope, ScopeKind

ScopeRole = Qt.ItemDataRole.UserRole + 10
LIBRARY = Scope.library()  # the scope of the Library entry: no filter


class Sidebar(QTreeWidget):
    scope_changed = Signal(object)  # Scope
    add_requested = Signal()
    remove_requested = Signal(str)
    exclude_requested = Signal(str)
    new_album_requested = Signal()
    edit_album_requested = Signal(int)  # album id
    remove_album_requested = Signal(int, str)  # album id, name
    export_album_requested = Signal(int, str)  # album id, name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setAccessibleName(self.tr("Library and folders"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        style = self.style()
        self._folder_icon = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self.library_item = QTreeWidgetItem([self.tr("Library")])
        self.library_item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        self.library_item.setData(0, ScopeRole, LIBRARY)
        self.library_item.setToolTip(0, self.tr("Every photo, newest first"))
        self.folders_item = self._section(self.tr("Folders"))
        # Filled by the albums and duplicates features; hidden while empty.
        self.albums_item = self._section(self.tr("Albums"))
        self.duplicates_item = self._section(self.tr("Duplicates"))
        self.addTopLevelItems(
            [self.library_item, self.folders_item, self.albums_item, self.duplicates_item]
        )
        self.albums_item.setHidden(True)
        self.duplicates_item.setHidden(True)
        self.folders_item.setExpanded(True)
        self.setCurrentItem(self.library_item)
        self.currentItemChanged.connect(self._on_current_item_changed)
        self._folder_items: dict[str, QTreeWidgetItem] = {}
        self._album_items: dict[int, QTreeWidgetItem] = {}
        self._album_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.setMinimumWidth(180)

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
        return item

    def scope(self) -> Scope:
        return _scope_of(self.currentItem())

    def select_scope(self, scope: Scope | str) -> None:
        if isinstance(scope, str):
            scope = Scope.of_folder(scope) if scope else LIBRARY
        item = self.library_item
        if scope.kind is ScopeKind.FOLDER and scope.folder in self._folder_items:
            item = self._folder_items[scope.folder]
        elif scope.kind is ScopeKind.ALBUM and scope.album in self._album_items:
            item = self._album_items[scope.album]
        self.setCurrentItem(item)

    def set_albums(self, albums: list[tuple[int, str, int, tuple[str, ...]]]) -> None:
        """Show the albums as (id, name, members, labels); the section hides while empty.
        The album on show stays chosen; when it is gone the Library is."""
        current = self.scope()
        self.blockSignals(True)
        try:
            self.albums_item.takeChildren()
            self._album_items.clear()
            for album_id, name, count, labels in albums:
                item = QTreeWidgetItem([f"{name}  {_count(count)}"])
                item.setIcon(0, self._album_icon)
                item.setData(0, ScopeRole, Scope.of_album(album_id, name))
                item.setToolTip(0, ", ".join(labels))
                self.albums_item.addChild(item)
                self._album_items[album_id] = item
            self.albums_item.setHidden(not albums)
            self.albums_item.setExpanded(True)
            if current.kind is ScopeKind.ALBUM:
                self.select_scope(current)
        finally:
            self.blockSignals(False)
        now = self.scope()
        if now != current:  # another entry, or the album on show was renamed
            self.scope_changed.emit(now)

    def set_library_count(self, total: int) -> None:
        self.library_item.setText(0, self.tr("Library") + "  " + _count(total))

    def set_folders(self, folders: list[Folder], counts: dict[str, tuple[int, int]]) -> None:
        """Show ``folders`` with (photos, waiting to be indexed) from ``counts``."""
        current = self.scope()
        self.blockSignals(True)
        try:
            self.folders_item.takeChildren()
            self._folder_items.clear()
            dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for folder in folders:
                total, pending = counts.get(folder.path, (0, 0))
                name = os.path.basename(folder.path.rstrip(os.sep)) or folder.path
                text = f"{name}  {_count(total)}"
                tip = folder.path
                if not folder.online:
                    text = self.tr("{0} (offline)").format(name)
                    tip += "\n" + self.tr("Not reachable: its photos stay in the index.")
                elif pending:
                    text += "  " + self.tr("· indexing, {0} left").format(_count(pending))
                item = QTreeWidgetItem([text])
                item.setIcon(0, self._folder_icon)
                item.setData(0, ScopeRole, Scope.of_folder(folder.path))
                item.setToolTip(0, tip)
                if not folder.online:
                    item.setForeground(0, dim)
                self.folders_item.addChild(item)
                self._folder_items[folder.path] = item
            self.folders_item.setExpanded(True)
            self.select_scope(current)
        finally:
            self.blockSignals(False)
        if self.scope() != current:
            self.scope_changed.emit(self.scope())

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        if current is not None and current.data(0, ScopeRole) is not None:
            self.scope_changed.emit(self.scope())

    def context_menu_for(self, item: QTreeWidgetItem | None) -> QMenu:
        menu = QMenu(self)
        scope = _scope_of(item) if item is not None else LIBRARY
        if item is self.albums_item or scope.kind is ScopeKind.ALBUM:
            menu.addAction(self.tr("New album…"), self.new_album_requested.emit)
            if scope.kind is ScopeKind.ALBUM and scope.album is not None:
                album_id, name = scope.album, scope.name
                menu.addAction(
                    self.tr("Edit album…"), lambda: self.edit_album_requested.emit(album_id)
                )
                menu.addAction(
                    self.tr("Export…"), lambda: self.export_album_requested.emit(album_id, name)
                )
                menu.addSeparator()
                menu.addAction(
                    self.tr("Remove album…"),
                    lambda: self.remove_album_requested.emit(album_id, name),
                )
            return menu
        menu.addAction(self.tr("Add folder…"), self.add_requested.emit)
        menu.addAction(self.tr("New album…"), self.new_album_requested.emit)
        path = scope.folder if scope.kind is ScopeKind.FOLDER else None
        if path:
            exclude = self.tr("Exclude a subfolder…")
            menu.addAction(exclude, lambda: self.exclude_requested.emit(path))
            menu.addSeparator()
            menu.addAction(self.tr("Remove folder…"), lambda: self.remove_requested.emit(path))
        return menu

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.context_menu_for(self.itemAt(pos))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(pos))


def _scope_of(item: QTreeWidgetItem | None) -> Scope:
    value = item.data(0, ScopeRole) if item is not None else None
    if isinstance(value, Scope):
        return value
    if isinstance(value, str) and value:
        return Scope.of_folder(value)  # an entry that carries a bare folder path
    return LIBRARY


def _count(value: int) -> str:
    return QLocale().toString(value)


class SidebarPane(QWidget):
    """The sidebar with an Add folder button under it."""

    def __init__(self, sidebar: Sidebar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add a folder of photos (Ctrl+O)"))
        self.add_button.setAccessibleName(self.tr("Add folder"))
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(sidebar.add_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar, 1)
        layout.addWidget(self.add_button)
