"""The duplicates review: groups of copies side by side, the suggested keeper and why, another
keeper picked by the user, and the others moved to the desktop trash (one group or all).

Groups are computed in the background when the review opens, when "Look again" is pressed and
when indexing settles after a change, so they follow what was indexed meanwhile; the pair
cache of ``core.query.duplicates`` makes each later look cost only what is new.
``DuplicateCounter`` keeps the sidebar's Duplicates entry (its number of groups) current the
same way.
"""

from __future__ import annotations

import os
import time
from typing import Any

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core import trash
from mclip_desktop.core.query import duplicates as dup

PREVIEW = 220
# Quiet time after a change before groups are looked for again: indexing reports changes in
# bursts, and each look reads the whole catalog.
SETTLE_MS = 3000


# Prints one background count may make: a first count over a large library decodes a share
# of the photos at a time, so the thread it shares stays free for other work in between.
PRINTS_PER_COUNT = 300
# A look over a large library reads every vector (a first one also walks every photo's
# neighbours: about 50 s of CPU and 700 MB at 100k photos, benchmarks/bench_duplicates.py;
# a later one still adds ~400 MB and stalls scrolling, bench_library_window): the sidebar
# does not count by itself there. The review looks when opened, and its count is shown.
AUTO_LOOK_MAX = 20_000
NOT_COUNTED = -1  # the sidebar's entry without a number: open the review to look


def look_for_duplicates(
    engine: Any, similar: bool = False, print_limit: int | None = None
) -> dup.Findings:
    """Groups of the engine's library, on a catalog connection of the calling thread."""
    library = engine.library
    catalog = library.reader()
    try:
        index = None
        if catalog.vector_dim(library.image_model_id) is not None:
            index = library.vector_index(catalog)
        return dup.find_duplicates(
            catalog, index, library.image_model_id, similar=similar, print_limit=print_limit
        )
    finally:
        catalog.close()


def count_duplicates(engine: Any) -> dup.Findings | None:
    """The groups for the sidebar, or None for a large library (see AUTO_LOOK_MAX)."""
    library = engine.library
    catalog = library.reader()
    try:
        if catalog.embedding_count(library.image_model_id) > AUTO_LOOK_MAX:
            return None
    finally:
        catalog.close()
    return look_for_duplicates(engine, print_limit=PRINTS_PER_COUNT)


class _Settler(QObject):
    """Calls ``look`` once changes have settled and indexing is idle."""

    def __init__(self, engine: Any, look: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._idle = True
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(look)
        engine.results_changed.connect(self.changed)
        engine.phase_changed.connect(self._on_phase_changed)

    def changed(self) -> None:
        self._pending = True
        if self._idle:
            self._timer.start()

    def _on_phase_changed(self, phase: str) -> None:
        self._idle = phase != "indexing"
        if not self._idle:
            self._timer.stop()
        elif self._pending:
            self._timer.start()

    def done(self) -> None:
        self._pending = False
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()


class DuplicateCounter(QObject):
    """The number of duplicate groups (exact and near) for the sidebar, counted in the
    background at start and whenever indexing settles after a change."""

    counted = Signal(int)

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._busy = False
        self._unprinted: int | None = None
        self._settler = _Settler(engine, self.look, self)
        self._settler.changed()

    def look(self) -> None:
        if self._busy:
            self._settler.changed()  # once more after this one
            return
        self._busy = True
        self._settler.done()
        self.engine.run_in_background(
            lambda: count_duplicates(self.engine),
            self._on_counted,
            self._on_error,
        )

    def _on_counted(self, findings: Any) -> None:
        self._busy = False
        if findings is None:
            self.counted.emit(NOT_COUNTED)
            return
        self.counted.emit(len(findings.groups))
        unprinted = len(findings.unprinted)
        # Photos still without a print: count again while that makes progress (files that
        # cannot be read stay unprinted and must not keep it going).
        if unprinted and (self._unprinted is None or unprinted < self._unprinted):
            self._settler.changed()
        self._unprinted = unprinted

    def _on_error(self, _: BaseException) -> None:
        self._busy = False  # the next change tries again; the entry keeps its last number

    def stop(self) -> None:
        self._settler.stop()


def _size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, size // 1024)} KB"


def load_preview(path: str, zoom: bool) -> QImage:
    """The photo upright, scaled to the preview; with ``zoom`` its centre quarter instead,
    so that sharpness and compression can be compared."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return image
    if zoom:
        w, h = image.width(), image.height()
        side = max(1, min(w, h) // 4)
        image = image.copy(QRect((w - side) // 2, (h - side) // 2, side, side))
    return image.scaled(
        QSize(PREVIEW, PREVIEW), Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip


class MemberCard(QFrame):
    """One copy: its picture and what tells it apart."""

    def __init__(self, member: dup.Member, zoom: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.picture = QLabel(self)
        self.picture.setFixedSize(PREVIEW, PREVIEW)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = load_preview(member.path, zoom)
        if image.isNull():
            self.picture.setText(self.tr("Cannot show this file"))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
        layout.addWidget(self.picture)
        self.keep = QRadioButton(self.tr("Keep this one"), self)
        layout.addWidget(self.keep)
        name = QLabel(os.path.basename(member.path), self)
        name.setToolTip(member.path)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(name)
        # EXIF writes dates as 2024:05:01 09:00:00.
        taken = member.taken_at.replace(":", "-", 2) if member.taken_at else None
        date = taken or time.strftime(
            "%Y-%m-%d %H:%M", time.localtime(member.mtime_ns / 1e9)
        )
        facts = [
            self.tr("{0} × {1} pixels").format(member.width or "?", member.height or "?"),
            _size_text(member.size),
            date,
            member.folder,
        ]
        info = QLabel("\n".join(facts), self)
        info.setWordWrap(True)
        info.setMaximumWidth(PREVIEW)
        layout.addWidget(info)
        layout.addStretch(1)


class DuplicatesDialog(QDialog):
    """View ▸ Duplicates…: review the groups, keep one copy of each, trash the others."""

    groups_shown = Signal(int)
    trash_finished = Signal(int, int)  # moved, groups skipped

    def __init__(self, engine: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(1100, 640)
        self.groups: list[dup.Group] = []
        self._busy = False
        self._last_message = ""

        self.summary = QLabel(self.tr("Looking for duplicates…"), self)
        self.similar_box = QCheckBox(self.tr("Also show similar shots (bursts)"), self)
        self.similar_box.toggled.connect(lambda _: self.refresh())
        self.zoom_box = QCheckBox(self.tr("Zoom in to compare"), self)
        self.zoom_box.toggled.connect(lambda _: self._show_group(self.group_list.currentRow()))
        self.refresh_button = QPushButton(self.tr("Look again"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        for widget in (self.summary, self.similar_box, self.zoom_box):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.group_list = QListWidget(self)
        self.group_list.currentRowChanged.connect(self._show_group)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.cards_area = QScrollArea(self)
        self.cards_area.setWidgetResizable(True)
        self.cards: list[MemberCard] = []
        self.keep_choice = QButtonGroup(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.reason)
        right_layout.addWidget(self.cards_area, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.group_list)
        splitter.addWidget(right)
        splitter.setSizes([280, 820])

        self.trash_one = QPushButton(self.tr("Keep selected, move the others to the trash"), self)
        self.trash_one.clicked.connect(self.trash_current)
        self.trash_all = QPushButton(self.tr("Do this for all groups"), self)
        self.trash_all.clicked.connect(self.trash_every_group)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.trash_one)
        bottom.addWidget(self.trash_all)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._set_buttons()
        self._settler = _Settler(engine, self._refresh_if_open, self)

    # -- finding ------------------------------------------------------------------------

    def _refresh_if_open(self) -> None:
        if self.isVisible():
            self.refresh()

    def _work_catalog(self) -> Any:
        # The duplicates thread writes prints through its own connection.
        catalog = getattr(self, "_catalog", None)
        if catalog is None:
            catalog = self._catalog = self.engine.library.reader()
        return catalog

    def _index(self, catalog: Any) -> Any:
        library = self.engine.library
        if catalog.vector_dim(library.image_model_id) is None:
            return None
        return library.vector_index(catalog)

    def refresh(self) -> None:
        if self._busy:
            self._settler.changed()  # look again once this one is done
            return
        self._busy = True
        self._settler.done()
        self._set_buttons()
        self.summary.setText(self.tr("Looking for duplicates…"))
        similar = self.similar_box.isChecked()
        library = self.engine.library

        def work() -> dup.Findings:
            catalog = self._work_catalog()
            return dup.find_duplicates(
                catalog, self._index(catalog), library.image_model_id, similar=similar
            )

        self.engine.run_in_background(work, self._on_found, self._on_error)

    def _on_found(self, findings: Any) -> None:
        self._busy = False
        self.groups = list(findings.groups)
        self.group_list.clear()
        kinds = {
            "exact": self.tr("Exact copies"),
            "near": self.tr("Copies"),
            "similar": self.tr("Similar shots"),
        }
        for group in self.groups:
            name = os.path.basename(group.keep.path)
            text = f"{name} — {kinds[group.kind]} · {len(group.members)}"
            item = QListWidgetItem(text)
            item.setToolTip("\n".join(m.path for m in group.members))
            self.group_list.addItem(item)
        if self.groups:
            copies = sum(len(g.others) for g in self.groups)
            self.summary.setText(
                self._last_message
                + self.tr("{0} groups; {1} files can go to the trash.").format(
                    len(self.groups), copies
                )
            )
            self.group_list.setCurrentRow(0)
        else:
            self.summary.setText(
                self._last_message
                + self.tr("No duplicates among {0} photos.").format(findings.photos)
            )
            self._show_group(-1)
        self._set_buttons()
        self.groups_shown.emit(len(self.groups))

    def _on_error(self, error: BaseException) -> None:
        self._busy = False
        self.summary.setText(self.tr("Could not look for duplicates: {0}").format(error))
        self._set_buttons()

    # -- showing ------------------------------------------------------------------------

    def reason_text(self, group: dup.Group) -> str:
        keep = group.keep
        texts = {
            "resolution": self.tr("highest resolution ({0} × {1})").format(keep.width, keep.height),
            "compression": self.tr("least compression"),
            "metadata": self.tr("has camera metadata (EXIF)"),
            "oldest": self.tr("oldest file"),
            "identical": self.tr("all copies are alike; the first by name"),
        }
        return texts[group.reason]

    def _show_group(self, row: int) -> None:
        for card in self.cards:
            self.keep_choice.removeButton(card.keep)
        self.cards = []
        holder = QWidget()
        layout = QHBoxLayout(holder)
        if 0 <= row < len(self.groups):
            group = self.groups[row]
            self.reason.setText(
                self.tr("Suggested: keep {0} — {1}.").format(
                    os.path.basename(group.keep.path), self.reason_text(group)
                )
            )
            for i, member in enumerate(group.members):
                card = MemberCard(member, self.zoom_box.isChecked(), holder)
                self.keep_choice.addButton(card.keep, i)
                card.keep.setChecked(i == 0)
                layout.addWidget(card)
                self.cards.append(card)
        else:
            self.reason.setText("")
        layout.addStretch(1)
        self.cards_area.setWidget(holder)
        self._set_buttons()

    def _set_buttons(self) -> None:
        has = bool(self.groups) and not self._busy
        self.trash_one.setEnabled(has and self.group_list.currentRow() >= 0)
        self.trash_all.setEnabled(has)
        self.refresh_button.setEnabled(not self._busy)

    def chosen_group(self) -> dup.Group | None:
        row = self.group_list.currentRow()
        if not 0 <= row < len(self.groups):
            return None
        group = self.groups[row]
        checked = self.keep_choice.checkedId()
        if checked > 0:
            group = group.with_keeper(group.members[checked].path)
        return group

    # -- trashing -----------------------------------------------------------------------

    def trash_current(self) -> None:
        group = self.chosen_group()
        if group is not None:
            self._trash([group])

    def trash_every_group(self) -> None:
        chosen = self.chosen_group()
        row = self.group_list.currentRow()
        groups = [chosen if i == row and chosen else g for i, g in enumerate(self.groups)]
        self._trash(groups)

    def _trash(self, groups: list[dup.Group]) -> None:
        if self._busy:
            return
        self._busy = True
        self._set_buttons()
        library = self.engine.library

        def work() -> trash.TrashOutcome:
            catalog = self._work_catalog()
            outcome = dup.move_to_trash(
                groups, catalog, self._index(catalog), library.image_model_id
            )
            return outcome

        self.engine.run_in_background(work, self._on_trashed, self._on_error)

    def _on_trashed(self, outcome: Any) -> None:
        self._busy = False
        message = self.tr("Moved {0} files to the trash.").format(len(outcome.moved))
        if outcome.skipped:
            message += " " + self.tr("Skipped {0} groups: {1}").format(
                len(outcome.skipped), "; ".join(reason for _, reason in outcome.skipped)
            )
        self._last_message = message + " "
        self.trash_finished.emit(len(outcome.moved), len(outcome.skipped))
        if outcome.moved:
            self.engine.results_changed.emit()  # the grid, counts and sidebar follow
        self.refresh()

    def done(self, result: int) -> None:
        self._settler.stop()
        catalog = getattr(self, "_catalog", None)
        if catalog is not None and not self._busy:
            catalog.close()
            self._catalog = None
        super().done(result)
