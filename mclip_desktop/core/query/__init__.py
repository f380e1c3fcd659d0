"""Searching: one request value (``SearchRequest``) and one way to run it (``QueryRunner``),
shared by the GUI, the command line, albums and "more / less like this"."""

from mclip_desktop.core.query.request import (
    PHOTO_TYPES,
    DateRange,
    Filters,
    Order,
    SearchRequest,
    Term,
    TermKind,
)
from mclip_desktop.core.query.run import Hit, QueryRunner, ResultItem, SearchResults

__all__ = [
    "PHOTO_TYPES",
    "DateRange",
    "Filters",
    "Hit",
    "Order",
    "QueryRunner",
    "ResultItem",
    "SearchRequest",
    "SearchResults",
    "Term",
    "TermKind",
]
