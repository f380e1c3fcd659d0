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
from mclip_desktop.core.subfolders import Subfolder
from mclip_desktop.gui.scope import Scope, ScopeKind

ScopeRole = Qt.ItemDataRole.UserRole + 10
LIBRARY = Scope.library()  # the scope of the Library entry: no filter


class Sidebar(QTreeWidget):
    scope_changed = Signal(object)  # Scope
    add_requested = Signal()
    remove_requested = Signal(str)
    exclude_requested = Signal(str)
    duplicates_requested = Signal()  # the Duplicates entry was clicked: open the review
    # A folder was expanded: its subfolders are wanted (answered with set_subfolders).
    subfolders_requested = Signal(str)
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
        self.itemClicked.connect(self._on_item_clicked)
        # Watched folders and subfolders; their items carry the folder's path as ScopeRole.
        self._folder_items: dict[str, QTreeWidgetItem] = {}
        self.itemExpanded.connect(self._on_item_expanded)
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
        """Show ``folders`` with (photos, waiting to be indexed) from ``counts``. Subfolders
        shown so far stay (with the selection among them) while the same folders are watched;
        expanded ones are asked for again, as their counts may have changed."""
        current = self.scope()
        if [f.path for f in folders] == [
            self.folders_item.child(i).data(0, ScopeRole)
            for i in range(self.folders_item.childCount())
        ]:
            self._update_folders(folders, counts)
            return
        self.blockSignals(True)
        try:
            self.folders_item.takeChildren()
            self._folder_items.clear()
            for folder in folders:
                item = self._folder_item(folder.path, "", folder.path)
                self._show_folder(item, folder, counts)
                self.folders_item.addChild(item)
            self.folders_item.setExpanded(True)
            self.select_scope(current)
        finally:
            self.blockSignals(False)
        if self.scope() != current:
            self.scope_changed.emit(self.scope())

    def set_duplicate_groups(self, groups: int) -> None:
        """The Duplicates entry with the number of groups of copies found; hidden while
        there are none, without a number when not counted yet (a negative ``groups``). It
        opens the review rather than setting a scope."""
        item = self.duplicates_item
        if groups < 0:  # not counted yet (a large library): the review looks when opened
            item.setText(0, self.tr("Duplicates"))
            item.setToolTip(0, self.tr("Click to look for copies of the same photo."))
            item.setHidden(False)
            return
        item.setText(0, self.tr("Duplicates") + "  " + _count(groups))
        item.setToolTip(
            0, self.tr("Groups of copies of the same photo: {0}. Click to review them.").format(
                _count(groups)
            ),
        )  # fmt: skip
        item.setHidden(groups == 0)

    def _on_item_clicked(self, item: QTreeWidgetItem, _: int) -> None:
        if item is self.duplicates_item:
            self.duplicates_requested.emit()

    def _update_folders(
        self, folders: list[Folder], counts: dict[str, tuple[int, int]]
    ) -> None:
        for folder in folders:
            self._show_folder(self._folder_items[folder.path], folder, counts)
        for path, item in list(self._folder_items.items()):
            if item.isExpanded() and item.data(0, _LOADED_ROLE):
                self.subfolders_requested.emit(path)

    def _show_folder(
        self, item: QTreeWidgetItem, folder: Folder, counts: dict[str, tuple[int, int]]
    ) -> None:
        """A watched folder's entry: name and photo count, offline or indexing state."""
        total, pending = counts.get(folder.path, (0, 0))
        name = os.path.basename(folder.path.rstrip(os.sep)) or folder.path
        text, tip = f"{name}  {_count(total)}", folder.path
        if not folder.online:
            text = self.tr("{0} (offline)").format(name)
            tip += "\n" + self.tr("Not reachable: its photos stay in the index.")
        elif pending:
            text += "  " + self.tr("· indexing, {0} left").format(_count(pending))
        item.setText(0, text)
        item.setToolTip(0, tip)
        role = QPalette.ColorRole.Text
        palette = self.palette()
        dim = palette.color(QPalette.ColorGroup.Disabled, role)
        item.setForeground(0, palette.color(role) if folder.online else dim)

    def _folder_item(
        self, path: str, text: str, tip: str, nested: bool = True
    ) -> QTreeWidgetItem:
        """A folder's entry; its subfolders are asked for when it is first expanded."""
        item = QTreeWidgetItem([text])
        item.setIcon(0, self._folder_icon)
        item.setData(0, ScopeRole, path)
        item.setToolTip(0, tip)
        policy = QTreeWidgetItem.ChildIndicatorPolicy
        item.setChildIndicatorPolicy(
            policy.ShowIndicator if nested else policy.DontShowIndicatorWhenChildless
        )
        self._folder_items[path] = item
        return item

    def set_subfolders(self, folder: str, counts: dict[str, Subfolder]) -> None:
        """Show the subfolders of ``folder`` that hold photos, with their counts, sorted by
        name; the one selected stays selected while it is still there."""
        parent = self._folder_items.get(folder)
        if parent is None:
            return  # the folder went from the sidebar while its subfolders were read
        current = self.scope()
        shown = {
            parent.child(i).data(0, ScopeRole): parent.child(i)
            for i in range(parent.childCount())
        }
        self.blockSignals(True)
        try:
            for path, item in shown.items():
                if path not in counts:
                    parent.removeChild(item)
                    for gone in [p for p in self._folder_items if _under(p, path)]:
                        del self._folder_items[gone]
            for index, path in enumerate(sorted(counts, key=_folder_sort_key)):
                name = os.path.basename(path)
                text = f"{name}  {_count(counts[path].photos)}"
                item = shown.get(path)
                if item is None:
                    item = self._folder_item(path, text, path, counts[path].nested)
                    parent.insertChild(index, item)
                else:
                    item.setText(0, text)
            parent.setData(0, _LOADED_ROLE, True)
            if not counts:
                parent.setChildIndicatorPolicy(
                    QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
                )
            if current.kind is ScopeKind.FOLDER and current.folder in self._folder_items:
                self.setCurrentItem(self._folder_items[current.folder])
        finally:
            self.blockSignals(False)
        if self.scope() != current:  # the selected subfolder has no photos left
            self.setCurrentItem(parent)

    def _on_item_expanded(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, ScopeRole)
        if path and not item.data(0, _LOADED_ROLE):
            self.subfolders_requested.emit(path)

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


_LOADED_ROLE = Qt.ItemDataRole.UserRole + 11  # a folder item's subfolders have been read


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _folder_sort_key(path: str) -> tuple[str, str]:
    name = os.path.basename(path)
    return (name.casefold(), name)


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
