"""The search bar: the text box and, while searching by an example photo, a chip for it that
only its × removes (clicking the photo itself does nothing destructive)."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class ImageChip(QFrame):
    """The example photo of an image query: thumbnail, name and a × button."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("imageChip")
        self.icon = QLabel(self)
        self.name = QLabel(self)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Stop searching by this photo"))
        self.remove_button.setAccessibleName(self.tr("Remove the example photo"))
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.name)
        layout.addWidget(self.remove_button)
        self.path: str | None = None

    def set_photo(self, path: str, height: int) -> None:
        self.path = path
        side = max(16, height - 6)
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        self.icon.setPixmap(QPixmap.fromImage(image) if not image.isNull() else QPixmap())
        self.name.setText(os.path.basename(path))
        self.setToolTip(self.tr("Searching by this photo: {0}").format(path))
        self.setAccessibleName(self.tr("Example photo {0}").format(os.path.basename(path)))
        self.remove_button.setFixedSize(QSize(side, side))
        self.setFixedHeight(height)


class SearchBar(QWidget):
    down_pressed = Signal()  # Down in the text box: go to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search"))
        self.chip = ImageChip(self)
        self.chip.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.chip)
        layout.addWidget(self.edit, 1)
        self.edit.installEventFilter(self)

    def show_chip(self, path: str) -> None:
        # As tall as the text box, never taller.
        self.chip.set_photo(path, self.edit.sizeHint().height())
        self.chip.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.down_pressed.emit()
            return True
        return super().eventFilter(watched, event)

