"""What a search asks for, as a plain value: terms, filters, order, limit, paths to leave out.

A request says nothing about how it is answered; ``QueryRunner`` (run.py) does that. Front
ends build requests (a chip row, command-line flags, an album, a "more like this" click) and
keep them: a request is immutable, so refining one makes a new one.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace

# File types a filter can name: the formats the decoder detects from a file's content.
PHOTO_TYPES = ("jpeg", "png", "webp", "gif", "tiff", "bmp", "avif", "heic")


class TermKind(enum.Enum):
    TEXT = "text"
    IMAGE = "image"  # an image file anywhere (a library photo's stored vector is reused)
    URL = "url"  # an http(s) image address
    PHOTO = "photo"  # a photo of the library, by path: its stored vector, never re-embedded


@dataclass(frozen=True)
class Term:
    """One part of a query. A negative weight pushes results away from the term."""

    kind: TermKind
    value: str
    weight: float = 1.0

    @classmethod
    def text(cls, text: str, weight: float = 1.0) -> Term:
        return cls(TermKind.TEXT, text, weight)

    @classmethod
    def image(cls, path: str, weight: float = 1.0) -> Term:
        return cls(TermKind.IMAGE, path, weight)

    @classmethod
    def url(cls, url: str, weight: float = 1.0) -> Term:
        return cls(TermKind.URL, url, weight)

    @classmethod
    def photo(cls, path: str, weight: float = 1.0) -> Term:
        return cls(TermKind.PHOTO, path, weight)

    @property
    def excluded(self) -> bool:
        return self.weight < 0

    def negated(self) -> Term:
        return replace(self, weight=-self.weight)


@dataclass(frozen=True)
class DateRange:
    """Capture dates, both ends inclusive and optional (local calendar days)."""

    first: dt.date | None = None
    last: dt.date | None = None

    def __post_init__(self) -> None:
        if self.first and self.last and self.first > self.last:
            raise ValueError(f"the date range ends ({self.last}) before it starts ({self.first})")

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        """The range as the catalog compares it: ISO local date-times, end exclusive."""
        low = self.first.isoformat() if self.first else None
        high = (self.last + dt.timedelta(days=1)).isoformat() if self.last else None
        return low, high


@dataclass(frozen=True)
class Filters:
    """Exact conditions every result satisfies. Empty means no condition."""

    folders: tuple[str, ...] = ()  # absolute folder paths, subfolders included
    dates: DateRange = field(default_factory=DateRange)
    types: frozenset[str] = frozenset()  # subset of PHOTO_TYPES
    # An album's id: only its members (scored and calibrated as the album says, the user's
    # overrides honoured). Browsing an album in relevance order lists its best members first.
    album: int | None = None

    def __post_init__(self) -> None:
        unknown = set(self.types) - set(PHOTO_TYPES)
        if unknown:
            raise ValueError(f"unknown file type(s): {', '.join(sorted(unknown))}")

    @property
    def empty(self) -> bool:
        return (
            not self.folders and self.dates == DateRange() and not self.types
            and self.album is None
        )  # fmt: skip


class Order(enum.Enum):
    RELEVANCE = "relevance"
    DATE = "date"  # newest first


@dataclass(frozen=True)
class SearchRequest:
    """A search. Without terms it browses: every photo matching the filters, newest first.

    ``limit=None`` ends the results where relevance ends (the automatic cutoff); a number
    returns that many best matches, cutoff not applied, each marked relevant or not.
    """

    terms: tuple[Term, ...] = ()
    filters: Filters = field(default_factory=Filters)
    order: Order = Order.RELEVANCE
    limit: int | None = None
    exclude_paths: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError("the limit cannot be negative")

    @property
    def browsing(self) -> bool:
        return not self.terms

    def with_term(self, term: Term) -> SearchRequest:
        return replace(self, terms=(*self.terms, term))

    def without_term(self, index: int) -> SearchRequest:
        return replace(self, terms=self.terms[:index] + self.terms[index + 1 :])

    def refined(
        self, more_like: tuple[str, ...] = (), less_like: tuple[str, ...] = ()
    ) -> SearchRequest:
        """More / less like these photos (Rocchio): their stored vectors join the query as
        positive and negative terms. Weights follow Rocchio's usual beta 0.75, gamma 0.25
        per marked photo group, so one click nudges the query rather than replacing it."""
        terms = list(self.terms)
        for path in more_like:
            terms.append(Term.photo(path, 0.75 / len(more_like)))
        for path in less_like:
            terms.append(Term.photo(path, -0.25 / len(less_like)))
        return replace(self, terms=tuple(terms))
