"""The query as a row of chips: text, example images and "like this" photos, each removable
only by its own ×, each switchable between include (+) and exclude (−); and the order
toggle (Relevance / Date). The bar holds a ``SearchRequest`` and says when it changed; the
window runs it."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from mclip_desktop.core.query import Order, SearchRequest, Term, TermKind


class QueryChip(QWidget):
    """One term: its label (clicking it switches include/exclude) and its ×."""

    toggled_sign = Signal()
    removed = Signal()

    def __init__(self, term: Term, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.label_button = QToolButton(self)
        self.label_button.setAutoRaise(False)
        self.label_button.clicked.connect(self.toggled_sign.emit)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.clicked.connect(self.removed.emit)
        layout.addWidget(self.label_button)
        layout.addWidget(self.remove_button)
        self.set_term(term)

    def set_term(self, term: Term) -> None:
        name = term.value if term.kind is TermKind.TEXT else os.path.basename(term.value)
        sign = "−" if term.excluded else "+"
        self.label_button.setText(f"{sign} {name}")
        self.label_button.setToolTip(
            self.tr("Excluded: click to include") if term.excluded
            else self.tr("Included: click to exclude")
        )  # fmt: skip


class QueryBar(QWidget):
    """Chips for the request's terms and the Relevance/Date toggle."""

    request_changed = Signal(object)  # SearchRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = SearchRequest()
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
            chip.deleteLater()
        self.chips = []
        for i, term in enumerate(request.terms):
            chip = QueryChip(term, self)
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

    def _toggle(self, index: int) -> None:
        terms = list(self._request.terms)
        terms[index] = terms[index].negated()
        self.set_request(replace(self._request, terms=tuple(terms)))

    def _remove(self, index: int) -> None:
        self.set_request(self._request.without_term(index))

    def _on_order_button_toggled(self, checked: bool) -> None:
        self.set_request(replace(self._request, order=Order.DATE if checked else Order.RELEVANCE))

    def _show_order(self) -> None:
        self.order_button.setText(
            self.tr("Date") if self.order_button.isChecked() else self.tr("Relevance")
        )
        self.order_button.setToolTip(self.tr("Order: best match first, or newest first"))
