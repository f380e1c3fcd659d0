"""Secondary windows: watched folders, unreadable files, and the large preview."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core.catalog import Folder
from mclip_desktop.core.errors import MclipError
from mclip_desktop.gui.files import display_name, read_image
from mclip_desktop.gui.wording import gui_text


class FoldersDialog(QDialog):
    """Lists watched folders with Add and Remove."""

    def __init__(
        self,
        folders: Callable[[], list[Folder]],
        add: Callable[[str], object],
        remove: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Watched folders"))
        self.resize(560, 320)
        self._folders, self._add, self._remove = folders, add, remove
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add folder…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Photos in these folders and their subfolders are searchable."), self))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for folder in self._folders():
            shown = display_name(folder.path)
            label = shown if folder.online else self.tr("{0}  (not reachable)").format(shown)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, folder.path)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def add_path(self, path: str) -> None:
        try:
            self._add(path)
        except MclipError as exc:
            QMessageBox.warning(self, self.tr("Cannot add folder"), gui_text(exc))
        self.refresh()

    def _on_add_button_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of photos"))
        if path:
            self.add_path(path)

    def _on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path = item.data(Qt.ItemDataRole.UserRole)
        self._remove(path)
        self.refresh()


class FailuresDialog(QDialog):
    """Files that could not be read, each with its reason."""

    def __init__(self, failures: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files that could not be read"))
        self.resize(760, 380)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.tree.setRootIsDecorated(False)
        for path, reason in failures:
            item = QTreeWidgetItem([display_name(path), reason])
            item.setToolTip(0, display_name(path))
            item.setToolTip(1, reason)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("These files are skipped until they change. Nothing else is affected."), self)
        )
        layout.addWidget(self.tree)
        layout.addWidget(box)


class PreviewDialog(QDialog):
    """A large view of one photo with its name, folder, size and date."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(display_name(os.path.basename(path)))
        self.resize(900, 700)
        self.path = path
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 200)
        self.info = QLabel(self)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.info)
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            QShortcut(QKeySequence(key), self, self.close)
        image, error = read_image(path, fit=1600)
        self._pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        if self._pixmap.isNull():
            self.image.setText(self.tr("This photo cannot be shown: {0}").format(error))
        try:
            st = os.stat(path)
            size = QLocale().formattedDataSize(st.st_size)
            when = dt.datetime.fromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M")
        except OSError:
            size, when = "?", "?"
        self.info.setText(
            self.tr("{name}  ·  {folder}  ·  {size}  ·  {date}").format(
                name=display_name(os.path.basename(path)),
                folder=display_name(os.path.dirname(path)),
                size=size,
                date=when,
            )
        )

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if not self._pixmap.isNull():
            self.image.setPixmap(
                self._pixmap.scaled(
                    self.image.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        super().resizeEvent(event)  # type: ignore[arg-type]
