"""The large preview: one photo of the current results at a time (← / → move through them),
zoom to fit or 100 %, full screen, and a details panel with Open and Show in folder."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QImageReader, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core.details import photo_details
from mclip_desktop.gui.file_actions import FileActions

# A preview never decodes more than this many pixels on a side for "fit"; 100 % reads all.
FIT_DECODE = 2400


class PreviewWindow(QDialog):
    current_changed = Signal(str)

    def __init__(
        self, paths: list[str], index: int, actions: FileActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 760)
        self.paths = paths
        self.index = max(0, min(index, len(paths) - 1))
        self.actions = actions
        self.fit = True
        self._pixmap = QPixmap()

        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll = QScrollArea(self)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # "Fit" follows the visible area, which settles only after the layout has run.
        self.scroll.viewport().installEventFilter(self)

        def button(text: str, tip: str, slot) -> QPushButton:  # noqa: ANN001
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setAutoDefault(False)  # Enter opens the photo, whichever button has focus
            b.clicked.connect(slot)
            return b

        self.prev_button = button("←", self.tr("Previous photo (Left)"), self.previous)
        self.next_button = button("→", self.tr("Next photo (Right)"), self.next)
        self.zoom_button = button(self.tr("100 %"), self.tr("Actual size / fit (Z)"),
                                  self.toggle_zoom)  # fmt: skip
        self.full_button = button(self.tr("Full screen"), self.tr("Full screen (F11)"),
                                  self.toggle_full_screen)  # fmt: skip
        self.open_button = button(self.tr("Open"), self.tr("Open in the default viewer (Enter)"),
                                  lambda: self.actions.open_path(self.path))  # fmt: skip
        self.folder_button = button(self.tr("Show in folder"), self.tr("Show in the file manager"),
                                    lambda: self.actions.show_in_folder(self.path))  # fmt: skip
        self.position = QLabel(self)

        self.details = QWidget(self)
        form = QFormLayout(self.details)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("dimensions", self.tr("Dimensions")),
            ("taken", self.tr("Taken")),
            ("camera", self.tr("Camera")),
            ("size", self.tr("File size")),
            ("path", self.tr("Folder")),
        ):
            value = QLabel(self.details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value
        self.details.setFixedWidth(280)
        self.message = QLabel(self)  # Open / Show in folder failures
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        actions.failed.connect(self.message.setText)

        side = QVBoxLayout()
        side.addWidget(self.details)
        side.addWidget(self.open_button)
        side.addWidget(self.folder_button)
        side.addWidget(self.message)
        side.addStretch()
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.next_button, self.position):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.zoom_button)
        bar.addWidget(self.full_button)
        left = QVBoxLayout()
        left.addWidget(self.scroll, 1)
        left.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(side)

        # Shortcuts, so that a focused button does not take the arrows for moving focus;
        # the same keys as key presses too, for before the window manager activates it.
        self._keys = {
            Qt.Key.Key_Left: self.previous,
            Qt.Key.Key_Right: self.next,
            Qt.Key.Key_Z: self.toggle_zoom,
            Qt.Key.Key_F11: self.toggle_full_screen,
            Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_Return: lambda: self.actions.open_path(self.path),
            Qt.Key.Key_Enter: lambda: self.actions.open_path(self.path),
            Qt.Key.Key_Space: self.close,
        }
        k = Qt.Key
        for key in (k.Key_Left, k.Key_Right, k.Key_Z, k.Key_F11, k.Key_Space):
            QShortcut(QKeySequence(key), self, self._keys[key])
        self.show_current()

    @property
    def path(self) -> str:
        return self.paths[self.index]

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show_current()

    def next(self) -> None:
        if self.index < len(self.paths) - 1:
            self.index += 1
            self.show_current()

    def toggle_zoom(self) -> None:
        self.fit = not self.fit
        self.show_current()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_current(self) -> None:
        path = self.path
        self.setWindowTitle(os.path.basename(path))
        self.message.clear()
        locale = QLocale()
        self.position.setText(
            self.tr("{0} of {1}").format(
                locale.toString(self.index + 1), locale.toString(len(self.paths))
            )
        )
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.paths) - 1)
        self.zoom_button.setText(self.tr("100 %") if self.fit else self.tr("Fit"))
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        size = reader.size()
        if self.fit and size.isValid() and max(size.width(), size.height()) > FIT_DECODE:
            keep = Qt.AspectRatioMode.KeepAspectRatio
            reader.setScaledSize(size.scaled(FIT_DECODE, FIT_DECODE, keep))
        image = reader.read()
        self._pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        if self._pixmap.isNull():
            self.image.setPixmap(QPixmap())
            message = self.tr("This photo cannot be shown: {0}")
            self.image.setText(message.format(reader.errorString()))
        self.scroll.setWidgetResizable(self.fit)
        self._show_pixmap()
        self._fill_details(path)
        self.current_changed.emit(path)

    def _show_pixmap(self) -> None:
        if self._pixmap.isNull():
            return
        if self.fit:
            area = self.scroll.viewport().size()
            self.image.setPixmap(
                self._pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            )
        else:
            self.image.setPixmap(self._pixmap)
            self.image.resize(self._pixmap.size())

    def _fill_details(self, path: str) -> None:
        details = photo_details(path)
        locale = QLocale()
        unknown = self.tr("unknown")
        f = self.fields
        f["name"].setText(os.path.basename(path))
        f["dimensions"].setText(
            self.tr("{0} × {1} pixels").format(details.width, details.height)
            if details.width
            else unknown
        )
        if details.taken_at:
            f["taken"].setText(details.taken_at[:16])
        elif details.mtime is not None:
            modified = dt.datetime.fromtimestamp(details.mtime).strftime("%Y-%m-%d %H:%M")
            f["taken"].setText(self.tr("{0} (file date)").format(modified))
        else:
            f["taken"].setText(unknown)
        f["camera"].setText(details.camera or unknown)
        size = details.size_bytes
        f["size"].setText(locale.formattedDataSize(size) if size is not None else unknown)
        f["path"].setText(os.path.dirname(path))
        f["path"].setToolTip(path)

    def info_text(self) -> str:
        return "\n".join(label.text() for label in self.fields.values())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        action = self._keys.get(Qt.Key(event.key()))
        if action is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action()
            return
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.scroll.viewport()
            and event.type() == QEvent.Type.Resize
            and self.fit
        ):
            self._show_pixmap()
        return super().eventFilter(watched, event)
