"""The search bar: the text box, with Down leading into the results. The query's other terms
are chips in the query bar (query_bar.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class SearchBar(QWidget):
    down_pressed = Signal()  # Down in the text box: go to the results
    pin_requested = Signal()  # Ctrl+Enter or the + button: the text becomes a chip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search"))
        # Pinning the text as a chip lets it be excluded, and another text be typed beside it.
        self.pin_button = QToolButton(self)
        self.pin_button.setText("+")
        self.pin_button.setToolTip(self.tr("Keep this text as a term of the search (Ctrl+Enter)"))
        self.pin_button.setAccessibleName(self.tr("Keep as a search term"))
        self.pin_button.clicked.connect(self.pin_requested)
        self.pin_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.pin_button.setEnabled(bool(text.strip())))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pin_button)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.down_pressed.emit()
            return True
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.pin_requested.emit()
            return True
        return super().eventFilter(watched, event)

