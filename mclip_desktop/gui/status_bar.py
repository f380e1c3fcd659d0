"""The status bar: what the library is doing (counts, indexing progress, a model download)
on the left, a passing notice set apart from it (with Undo when an action can be undone),
and the controls for what is running on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from mclip_desktop.core.catalog import Counts


class LibraryStatusBar(QStatusBar):
    pause_clicked = Signal()
    cancel_clicked = Signal()
    failures_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.pause_button = QPushButton(self.tr("Pause indexing"), self)
        self.pause_button.hide()
        self.pause_button.clicked.connect(self.pause_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Cancel the model download"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.notice_label = QLabel(self)
        self.notice_label.setContentsMargins(8, 0, 0, 0)
        self.notice_separator = QFrame(self)  # keeps a notice apart from the count
        self.notice_separator.setFrameShape(QFrame.Shape.VLine)
        self.notice_separator.hide()
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.failures_button = QPushButton(self)
        self.failures_button.setFlat(True)
        self.failures_button.hide()
        self.failures_button.clicked.connect(self.failures_clicked)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.timeout.connect(self.clear_notice)
        self._undo: Callable[[], None] | None = None
        self.addWidget(self.status_label)
        self.addWidget(self.notice_separator)
        self.addWidget(self.notice_label, 1)
        self.addWidget(self.undo_button)
        self.addPermanentWidget(self.failures_button)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.pause_button)
        self.addPermanentWidget(self.cancel_button)

    # -- notices ------------------------------------------------------------------------

    def flash(self, message: str, msecs: int = 0, undo: Callable[[], None] | None = None) -> None:
        """A passing message beside the progress text (which stays visible), set apart from
        it by a separator, with an Undo button when ``undo`` is given."""
        self.notice_label.setText(message)
        self.notice_label.setToolTip(message)
        self.notice_separator.setVisible(bool(message))
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        if msecs:
            self.notice_timer.start(msecs)
        else:
            self.notice_timer.stop()

    def clear_notice(self) -> None:
        self.notice_label.clear()
        self.notice_separator.hide()
        self.undo_button.hide()
        self._undo = None

    def _on_undo_button_clicked(self) -> None:
        undo = self._undo
        self.clear_notice()
        if undo is not None:
            undo()

    # -- what is running ----------------------------------------------------------------

    @property
    def downloading(self) -> bool:
        return self.progress.isVisible() and self.cancel_button.isVisible()

    def show_download(self, model: str, done: int, total: int) -> None:
        self.progress.show()
        self.cancel_button.show()
        self.progress.setRange(0, max(1, total // 1024))
        self.progress.setValue(done // 1024)
        self.status_label.setText(
            self.tr("Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)").format(
                model=model, done=done / 1e6, total=total / 1e6
            )
        )

    def end_download(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def set_phase(self, phase: str) -> None:
        self.pause_button.setVisible(phase in ("indexing", "paused", "scanning"))
        self.set_paused(phase == "paused")

    def set_paused(self, paused: bool) -> None:
        text = self.tr("Resume indexing") if paused else self.tr("Pause indexing")
        self.pause_button.setText(text)

    def set_failures(self, failed: int) -> None:
        self.failures_button.setVisible(failed > 0)
        self.failures_button.setText(
            self.tr("1 unreadable file")
            if failed == 1
            else self.tr("{0} unreadable files").format(failed)
        )

    def show_progress(self, indexing: tuple[int, int, float] | None, counts: Counts | None) -> None:
        if self.downloading:
            return  # a model download owns the status bar
        if indexing is not None:
            done, total, rate = indexing
            left = (total - done) / rate if rate > 0 else None
            text = self.tr("Indexing {done} of {total}").format(
                done=number(done), total=number(total)
            )
            if rate > 0:
                text += self.tr(" · {rate:.1f} photos/s").format(rate=rate)
            if left is not None:
                text += self.tr(" · {0} left").format(self.duration(left))
            self.status_label.setText(text)
        elif counts is not None:
            self.status_label.setText(
                self.tr("1 photo searchable")
                if counts.indexed == 1
                else self.tr("{0} photos searchable").format(number(counts.indexed))
            )

    def duration(self, seconds: float) -> str:
        if seconds < 90:
            return self.tr("{0} s").format(round(seconds))
        if seconds < 5400:
            return self.tr("{0} min").format(round(seconds / 60))
        return self.tr("{0} h").format(QLocale().toString(seconds / 3600, "f", 1))


def number(value: int) -> str:
    return QLocale().toString(value)
