"""Smart albums: what the CLI and the GUI call.

An album is a stored request (labels in any language, example photos, filters) plus a
strictness and the user's overrides; its members are derived from the vectors each time they
are asked for, so they follow indexing, changes, moves and deletions with no extra step.

Each label is embedded once per text model, with prompt ensembling (``prompts``); an example
photo uses its stored vector (or is embedded once, when it lies outside the library). Each
term is scored against every photo and calibrated against the library (``calibration``): a
photo belongs to the album when, for at least one term, it stands far enough above the bulk
of the library's scores for that term.

Everything that can be wrong with a request (names, labels, strictness, example files) is
checked before any model loads.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mclip_desktop.core import images, models
from mclip_desktop.core.albums import membership, prompts
from mclip_desktop.core.albums.calibration import DEFAULT_STRICTNESS, check_strictness
from mclip_desktop.core.albums.membership import AlbumScores, Member, PhotoTable
from mclip_desktop.core.albums.store import Album, AlbumFilters, AlbumStore, Example
from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.errors import MclipError

if TYPE_CHECKING:
    from mclip_desktop.core.library import Library


class AlbumError(MclipError):
    """A request about albums that cannot be done as asked; nothing was changed."""


@dataclass(frozen=True)
class AlbumSummary:
    name: str
    labels: tuple[str, ...]
    count: int
    id: int = 0


@dataclass(frozen=True)
class AlbumRequest:
    """A new album, checked: its name, labels, example files and filters."""

    name: str
    labels: tuple[str, ...]
    like: tuple[str, ...] = ()
    filters: AlbumFilters = AlbumFilters()
    strictness: float = DEFAULT_STRICTNESS


def make_request(
    name: str,
    labels: Sequence[str] = (),
    like: Sequence[str | os.PathLike[str]] = (),
    strictness: float = DEFAULT_STRICTNESS,
    filters: AlbumFilters | None = None,
) -> AlbumRequest:
    """Check what a user asked for, without any model: raises AlbumError saying what is
    wrong."""
    clean_name = " ".join(str(name).split())
    if not clean_name:
        raise AlbumError("album.no_name")
    clean_labels = []
    for label in labels:
        text = " ".join(str(label).split())
        if not text:
            raise AlbumError("album.empty_label", name=clean_name)
        if text not in clean_labels:
            clean_labels.append(text)
    try:
        value = check_strictness(strictness)
    except (TypeError, ValueError) as exc:
        raise AlbumError("album.bad_strictness", value=str(strictness)) from exc
    files = []
    for path in like:
        resolved = Path(path).expanduser().resolve()
        if not resolved.is_file():
            raise AlbumError("album.no_example", path=str(path))
        files.append(str(resolved))
    # The name is the label when the album has nothing else to go by; with example photos
    # it is only a name ("Trip 2024" describes no picture).
    labels_used = tuple(clean_labels) or (() if files else (clean_name,))
    return AlbumRequest(clean_name, labels_used, tuple(files), filters or AlbumFilters(), value)


class AlbumService:
    """Albums of one library, used from one thread through its own catalog connection."""

    def __init__(self, library: Library, catalog: Catalog | None = None) -> None:
        self.library = library
        self.catalog = catalog or library.catalog
        self.store = AlbumStore(self.catalog)
        self.table = PhotoTable(
            library.searching_model_id(self.catalog), cache_dir=library.config.data_dir
        )
        self._scores: dict[int, tuple[tuple[bytes, ...], AlbumScores]] = {}
        self._text_ids: dict[str, str] = {}
        # album id -> (what its terms were made from, the terms): an album kept live is not
        # read back from the catalog after every batch of indexing.
        self._terms: dict[int, tuple[tuple[object, ...], np.ndarray]] = {}

    # -- models -------------------------------------------------------------------------

    @property
    def text_model_id(self) -> str:
        """The text model's id, known without loading it (a local model's id hashes its
        files: worked out once per model name, not once per album and batch)."""
        name = self.library.searching_pair(self.catalog).text
        known = self._text_ids.get(name)
        if known is None:
            known = self._text_ids[name] = models.image_model_id(name)
        return known

    def label_vectors(self, labels: Sequence[str]) -> dict[str, np.ndarray]:
        """One ensembled vector per label: the mean of the normalised embeddings of the
        label in each of its language's templates (loads the text model)."""
        encoder = self.library.text_encoder(self.catalog)
        texts: list[str] = []
        spans: list[tuple[str, int, int]] = []
        for label in labels:
            variants = prompts.prompts_for(label)
            spans.append((label, len(texts), len(texts) + len(variants)))
            texts.extend(variants)
        embedded = encoder.encode(texts) if texts else np.empty((0, 0), dtype=np.float32)
        embedded = embedded / np.maximum(np.linalg.norm(embedded, axis=1, keepdims=True), 1e-12)
        vectors = {}
        for label, start, end in spans:
            mean = embedded[start:end].mean(axis=0)
            vectors[label] = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
        return vectors

    def _example(self, path: str) -> tuple[Example, np.ndarray]:
        """An example photo's content and vector: the library's own when it is indexed."""
        row = self.catalog.connection.execute(
            "SELECT f.fingerprint, e.vector FROM files f JOIN embeddings e ON "
            "e.fingerprint = f.fingerprint AND e.model_id = ? WHERE f.path = ? AND f.status = 'ok'",
            (self.library.searching_model_id(self.catalog), path),
        ).fetchone()
        if row is not None:
            return Example(row[0], path), np.frombuffer(row[1], dtype=np.float32).copy()
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise AlbumError(
                "album.example_unreadable", path=path, why=exc.strerror or str(exc)
            ) from exc
        vector = self.library.image_query_vector(path, self.catalog)
        return Example(images.fingerprint(data), path), vector

    def terms(self, album: Album, *, compute: bool = True) -> np.ndarray:
        """The album's term vectors for the models in use, computing and storing those that
        are missing (a new album, or another text model since)."""
        text_id, image_id = self.text_model_id, self.library.searching_model_id(self.catalog)
        stored = self.store.vectors(album.id, [text_id])
        image_stored = self.store.vectors(album.id, [image_id])
        missing = [label for label in album.labels if ("label", label) not in stored]
        if missing and compute:
            fresh = self.label_vectors(missing)
            self.store.put_vectors(album.id, text_id, "label", fresh)
            stored.update({("label", k): v for k, v in fresh.items()})
        vectors = [stored[("label", label)] for label in album.labels if ("label", label) in stored]
        examples = []
        for example in album.examples:
            vector = image_stored.get(("example", example.fingerprint))
            if vector is None:
                row = self.table.row_of(example.fingerprint)
                if row is not None:
                    vector = self.table.matrix[row]
            if vector is not None:
                examples.append(vector / max(float(np.linalg.norm(vector)), 1e-12))
        if examples:
            # The examples together are one term: what they have in common.
            vectors.append(np.mean(examples, axis=0).astype(np.float32))
        if not vectors:
            return np.empty((0, 0), dtype=np.float32)
        return np.stack(vectors).astype(np.float32)

    # -- albums -------------------------------------------------------------------------

    def albums(self) -> list[Album]:
        return self.store.albums()

    def album(self, name: str) -> Album:
        album = self.store.album(name)
        if album is None:
            known = ", ".join(a.name for a in self.store.albums())
            if not known:
                raise AlbumError("album.unknown_none", name=name)
            raise AlbumError("album.unknown", name=name, known=known)
        return album

    def check_new(self, request: AlbumRequest) -> None:
        if self.store.album(request.name) is not None:
            existing = self.store.album(request.name)
            raise AlbumError("album.exists", name=existing.name if existing else request.name)

    def add(self, request: AlbumRequest) -> Album:
        """Store a new album and compute its term vectors (loading models as needed). On any
        error nothing is stored."""
        self.check_new(request)
        label_vectors = self.label_vectors(request.labels)
        examples = [self._example(path) for path in request.like]
        album = self.store.add(
            request.name, request.labels, [e for e, _ in examples], request.filters,
            request.strictness,
        )  # fmt: skip
        try:
            self.store.put_vectors(album.id, self.text_model_id, "label", label_vectors)
            self.store.put_vectors(
                album.id, self.library.searching_model_id(self.catalog), "example",
                {e.fingerprint: v for e, v in examples},
            )  # fmt: skip
        except BaseException:
            self.store.remove(album.id)
            raise
        return album

    def edit(self, album_id: int, request: AlbumRequest) -> Album:
        """Rename the album and give it new labels and examples; its strictness, filters and
        overrides stay. On any error nothing is changed."""
        album = self.album_of_id(album_id)
        other = self.store.album(request.name)
        if other is not None and other.id != album.id:
            self.check_new(request)
        fresh = [label for label in request.labels if label not in album.labels]
        label_vectors = self.label_vectors(fresh) if fresh else {}
        examples = [self._example(path) for path in request.like]
        self.store.update(album.id, request.name, request.labels, [e for e, _ in examples])
        self.store.put_vectors(album.id, self.text_model_id, "label", label_vectors)
        self.store.put_vectors(
            album.id, self.library.searching_model_id(self.catalog), "example",
            {e.fingerprint: v for e, v in examples},
        )  # fmt: skip
        self._scores.pop(album.id, None)
        self._terms.pop(album.id, None)
        return self.album_of_id(album.id)

    def remove(self, name: str) -> Album:
        album = self.album(name)
        self.store.remove(album.id)
        self._scores.pop(album.id, None)
        self._terms.pop(album.id, None)
        return album

    def set_strictness(self, name: str, strictness: float) -> None:
        try:
            value = check_strictness(strictness)
        except (TypeError, ValueError) as exc:
            raise AlbumError("album.bad_strictness", value=str(strictness)) from exc
        self.store.set_strictness(self.album(name).id, value)

    def set_override(self, name: str, paths: Sequence[str], member: bool | None) -> int:
        """ "Always in this album" (True), "not in this album" (False) or back to the score
        (None) for these photos, by content so that moves keep it. Returns how many photos
        were pinned."""
        album = self.album(name)
        fingerprints = []
        for path in paths:
            row = self.catalog.connection.execute(
                "SELECT fingerprint FROM files WHERE path = ? AND fingerprint IS NOT NULL", (path,)
            ).fetchone()
            if row is None:
                raise AlbumError("album.photo_not_in_library", path=path)
            fingerprints.append(row[0])
        self.store.set_override(album.id, fingerprints, member)
        return len(fingerprints)

    # -- members ------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Catch up with the catalog (new, changed, moved and deleted photos)."""
        return self.table.refresh(self.catalog)

    def _album_scores(self, album: Album, compute: bool = True) -> AlbumScores:
        made_of = (
            album.labels, album.examples, self.text_model_id,
            self.library.searching_model_id(self.catalog), self.table.generation,
        )  # fmt: skip
        cached_terms = self._terms.get(album.id)
        if cached_terms is not None and cached_terms[0] == made_of:
            terms = cached_terms[1]
        else:
            terms = self.terms(album, compute=compute)
            if len(terms) or not compute:
                self._terms[album.id] = (made_of, terms)
        key = tuple(t.tobytes() for t in terms)
        cached = self._scores.get(album.id)
        if cached is None or cached[0] != key:
            cached = (key, AlbumScores(terms if len(terms) else np.empty((0, 1), np.float32)))
            self._scores[album.id] = cached
        if len(terms):
            cached[1].update(self.table)
        return cached[1]

    def members(
        self, name: str | Album, strictness: float | None = None, limit: int | None = None
    ) -> list[Member]:
        album = self.album(name) if isinstance(name, str) else name
        self.refresh()
        scores = self._album_scores(album)
        return membership.members(
            self.table, scores,
            album.strictness if strictness is None else check_strictness(strictness),
            album.filters, self.store.overrides(album.id), limit,
        )  # fmt: skip

    def album_of_id(self, album_id: int) -> Album:
        for album in self.store.albums():
            if album.id == album_id:
                return album
        raise AlbumError("album.removed", id=album_id)

    def member_ids(self, album: int | Album) -> np.ndarray:
        """The embedding ids of the album's members, most relevant first (exact copies are
        one embedding): the album filter of a SearchRequest."""
        album = self.album_of_id(album) if isinstance(album, int) else album
        self.refresh()
        scores = self._album_scores(album)
        ranked = membership.ranked_rows(
            self.table, scores, album.strictness, album.filters, self.store.overrides(album.id)
        )
        ids = self.table.ids[ranked]
        _, first = np.unique(ids, return_index=True)
        return ids[np.sort(first)]

    def count(self, name: str | Album, strictness: float | None = None) -> int:
        self.refresh()
        return self._count(self.album(name) if isinstance(name, str) else name, strictness)

    def _count(
        self,
        album: Album,
        strictness: float | None = None,
        overrides: dict[str, bool] | None = None,
    ) -> int:
        scores = self._album_scores(album)
        return membership.count(
            self.table, scores,
            album.strictness if strictness is None else check_strictness(strictness),
            album.filters, self.store.overrides(album.id) if overrides is None else overrides,
        )  # fmt: skip

    def summaries(self) -> list[AlbumSummary]:
        """Every album with its count, after one catch-up with the catalog (the overrides
        of all albums read in one query)."""
        if not self.store.albums():
            return []  # no album: the library's vectors need not be read
        self.refresh()
        overrides = self.store.all_overrides()
        return [
            AlbumSummary(a.name, a.labels, self._count(a, None, overrides.get(a.id, {})), a.id)
            for a in self.store.albums()
        ]

    def preview(
        self,
        labels: Sequence[str],
        like: Sequence[str] = (),
        strictness: float = DEFAULT_STRICTNESS,
        limit: int | None = 60,
        filters: AlbumFilters | None = None,
    ) -> tuple[list[Member], int]:
        """The first members and the count an album with these labels and examples would
        have, without storing it (the new-album dialog's live preview)."""
        labels = [" ".join(label.split()) for label in labels if label.strip()]
        vectors = list(self.label_vectors(labels).values()) if labels else []
        examples = [self._example(str(Path(p).resolve()))[1] for p in like]
        if examples:
            normed = [v / max(float(np.linalg.norm(v)), 1e-12) for v in examples]
            vectors.append(np.mean(normed, axis=0).astype(np.float32))
        if not vectors:
            return [], 0
        self.refresh()
        scores = AlbumScores(np.stack(vectors))
        scores.update(self.table)
        filters = filters or AlbumFilters()
        return (
            membership.members(self.table, scores, strictness, filters, {}, limit),
            membership.count(self.table, scores, strictness, filters, {}),
        )
