"""The query as a row of chips: text, example images and "like this" photos, each removable
only by its own ×, each switchable between include (+) and exclude (−); and the order
toggle (Relevance / Date). The bar holds a ``SearchRequest`` and says when it changed; the
window runs it.

This is the window's one chip mechanism: a dropped or pasted image is a chip like any other
term, shown with its thumbnail."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from mclip_desktop.core.query import Order, SearchRequest, Term, TermKind
from mclip_desktop.gui.files import display_name

CHIP_ICON = 20


class QueryChip(QFrame):
    """One term: its label (clicking it switches include/exclude) and its ×."""

    toggled_sign = Signal()
    removed = Signal()

    def __init__(self, term: Term, height: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 0, 0)
        layout.setSpacing(0)
        self.label_button = QToolButton(self)
        self.label_button.setAutoRaise(True)
        self.label_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.label_button.setIconSize(QSize(CHIP_ICON, CHIP_ICON))
        self.label_button.clicked.connect(self.toggled_sign.emit)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove from the search"))
        self.remove_button.clicked.connect(self.removed.emit)
        layout.addWidget(self.label_button)
        layout.addWidget(self.remove_button)
        if height:  # as tall as the search box, never taller
            self.setFixedHeight(height)
            for button in (self.label_button, self.remove_button):
                button.setFixedHeight(height - 2)
            side = max(12, height - 8)
            self.label_button.setIconSize(QSize(side, side))
        self.term = term
        self.set_term(term)

    def set_term(self, term: Term) -> None:
        self.term = term
        if term.kind is TermKind.TEXT:
            name = term.value
        elif term.kind is TermKind.URL:
            name = term.value.rsplit("/", 1)[-1] or term.value
        else:
            name = display_name(os.path.basename(term.value))
        sign = "−" if term.excluded else "+"
        self.label_button.setText(f"{sign} {name}")
        if term.kind in (TermKind.IMAGE, TermKind.PHOTO):
            self.label_button.setIcon(_thumbnail(term.value))
        # An excluded term reads struck through, so the row says at a glance what is left out.
        font = self.label_button.font()
        font.setStrikeOut(term.excluded)
        self.label_button.setFont(font)
        what = self.tr("Like this photo: {0}").format(display_name(term.value)) if (
            term.kind is TermKind.PHOTO
        ) else display_name(term.value)
        how = (
            self.tr("Excluded: click to include") if term.excluded
            else self.tr("Included: click to exclude")
        )  # fmt: skip
        self.label_button.setToolTip(f"{what}\n{how}")
        self.label_button.setAccessibleName(f"{sign} {name}")


def _thumbnail(path: str) -> QIcon:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        side = CHIP_ICON * 2  # sharp on a high-density screen
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class QueryBar(QWidget):
    """Chips for the request's terms and the Relevance/Date toggle."""

    request_changed = Signal(object)  # SearchRequest
    term_removed = Signal(int, object)  # where it was, the Term: for an undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = SearchRequest()
        self.chip_height = 0  # the window sets the search box's height
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.chips: list[QueryChip] = []
        self.order_button = QToolButton(self)
        self.order_button.setCheckable(True)
        self.order_button.toggled.connect(self._on_order_button_toggled)
        self._layout.addStretch(1)
        self._layout.addWidget(self.order_button)
        self._show_order()

    @property
    def request(self) -> SearchRequest:
        return self._request

    def set_request(self, request: SearchRequest) -> None:
        self._request = request
        for chip in self.chips:
            chip.hide()
            chip.deleteLater()
        self.chips = []
        for i, term in enumerate(request.terms):
            chip = QueryChip(term, self.chip_height, self)
            chip.toggled_sign.connect(lambda i=i: self._toggle(i))
            chip.removed.connect(lambda i=i: self._remove(i))
            self._layout.insertWidget(i, chip)
            self.chips.append(chip)
        self.order_button.blockSignals(True)
        self.order_button.setChecked(request.order is Order.DATE)
        self.order_button.blockSignals(False)
        self._show_order()
        self.request_changed.emit(request)

    def add_term(self, term: Term) -> None:
        self.set_request(self._request.with_term(term))

    def insert_term(self, index: int, term: Term) -> None:
        terms = list(self._request.terms)
        terms.insert(min(index, len(terms)), term)
        self.set_request(replace(self._request, terms=tuple(terms)))

    def clear_terms(self) -> None:
        if self._request.terms:
            self.set_request(replace(self._request, terms=()))

    def add_widget(self, widget: QWidget) -> None:
        """A widget at the row's end, before the order toggle (the window's match count)."""
        self._layout.insertWidget(self._layout.indexOf(self.order_button), widget)

    def _toggle(self, index: int) -> None:
        terms = list(self._request.terms)
        terms[index] = terms[index].negated()
        self.set_request(replace(self._request, terms=tuple(terms)))

    def _remove(self, index: int) -> None:
        term = self._request.terms[index]
        self.set_request(self._request.without_term(index))
        self.term_removed.emit(index, term)

    def _on_order_button_toggled(self, checked: bool) -> None:
        self.set_request(replace(self._request, order=Order.DATE if checked else Order.RELEVANCE))

    def _show_order(self) -> None:
        self.order_button.setText(
            self.tr("Date") if self.order_button.isChecked() else self.tr("Relevance")
        )
        self.order_button.setToolTip(self.tr("Order: best match first, or newest first"))
