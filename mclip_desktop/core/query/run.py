"""Running a ``SearchRequest``: terms -> vectors -> one query vector -> candidates -> the
automatic cutoff -> order -> results, whose paths are looked up only for what is shown.

Results are per content, not per file: exact copies of a photo (same fingerprint, hence the
same embedding) are one result carrying all their paths.
"""

from __future__ import annotations

import heapq
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mclip_desktop.core import fetch, images
from mclip_desktop.core.catalog import Catalog, FileConditions
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.query import cutoff as cutoff_module
from mclip_desktop.core.query.cutoff import Cutoff, LibrarySample
from mclip_desktop.core.query.request import (
    DateRange,
    Filters,
    Order,
    SearchRequest,
    Term,
    TermKind,
)
from mclip_desktop.core.vector_index import VectorIndex

# A filtered set this small is scored exactly (all its vectors against the query) instead of
# walking the graph with a filter: benchmarks/bench_search_request.py measured exact scoring
# ahead at 1 % of 100k photos and the graph walk ahead from 3 %.
EXACT_FILTERED_MAX = 2_000
# The most candidates a query walks the graph for; a query that matches more photos than
# this is answered with the best of them (and -n reaches further).
CANDIDATES_MAX = 4096
RELEVANCE_WINDOW = 256
# Browsing answers with this many photos at once (a screen, with room) and finds the rest
# when they are asked for.
FIRST_SCREEN = 512
# How many photos just below the cutoff stay reachable as "weaker matches".
WEAKER_MAX = 200


@dataclass(frozen=True)
class Hit:
    embedding_id: int
    score: float | None  # None when browsing
    relevant: bool


@dataclass(frozen=True)
class ResultItem:
    """A result as shown: its path (one matching the filters), its exact copies elsewhere,
    its score and its capture date (ISO local date-time)."""

    path: str
    other_paths: tuple[str, ...]
    score: float | None
    relevant: bool
    taken: str | None
    embedding_id: int


class SearchResults:
    """The answer to a request: ``hits`` (the results, in order) and ``weaker`` (the photos
    just below the cutoff, best first; empty when a limit was given). Paths are looked up
    per page with ``items``, so a long list costs only what is shown."""

    def __init__(
        self,
        request: SearchRequest,
        hits: list[Hit],
        weaker: list[Hit],
        cutoff: float | None,
        resolve: Callable[[Sequence[Hit]], list[ResultItem]],
        complete: Callable[[], list[Hit]] | None = None,
    ) -> None:
        self.request = request
        self._hits = hits
        self.weaker = weaker
        self.cutoff = cutoff
        self._resolve = resolve
        # Browsing fetches the first screen at once and the rest on first need.
        self._complete = complete

    @property
    def hits(self) -> list[Hit]:
        if self._complete is not None:
            self._hits, self._complete = self._complete(), None
        return self._hits

    def __len__(self) -> int:
        return len(self.hits)

    @property
    def matches(self) -> int:
        """How many results are relevant (all of them when browsing)."""
        return sum(1 for h in self.hits if h.relevant)

    def items(self, start: int = 0, stop: int | None = None) -> list[ResultItem]:
        if self._complete is not None and stop is not None and stop <= len(self._hits):
            return self._resolve(self._hits[start:stop])
        return self._resolve(self.hits[start:stop])

    def weaker_items(self, start: int = 0, stop: int | None = None) -> list[ResultItem]:
        return self._resolve(self.weaker[start:stop])


class QueryRunner:
    """Runs requests against one catalog connection and the vector index. One thread at a
    time uses a runner (it owns a catalog connection); the encoders load on first need."""

    def __init__(
        self,
        catalog: Catalog,
        index: Callable[[], VectorIndex],
        model_id: str,
        text_vectors: Callable[[list[str]], np.ndarray],
        image_vector: Callable[[bytes], np.ndarray],
        download_folder: Path | None = None,
        album_members: Callable[[int], np.ndarray] | None = None,
    ) -> None:
        self.catalog = catalog
        # An album's members as embedding ids, best first (the album filter).
        self._album_members = album_members
        self._index = index
        self.model_id = model_id
        self._text_vectors = text_vectors
        self._image_vector = image_vector
        self._download_folder = download_folder
        self._sample: LibrarySample | None = None
        self._sample_lock = threading.Lock()

    # -- the one entry point -------------------------------------------------------------

    def run(self, request: SearchRequest) -> SearchResults:
        conditions = _conditions(request.filters)
        album = self._album(request.filters)
        if request.browsing:
            if album is not None:
                return self._browse_album(request, conditions, album)
            return self._browse(request, conditions)
        if self.catalog.vector_dim(self.model_id) is None:
            return SearchResults(request, [], [], None, self._resolver(conditions, request))
        query, excluded = self.query_vector(request)
        excluded |= set(self.catalog.embeddings_of_paths(request.exclude_paths, self.model_id))
        index = self._index()
        cutoff = self._cutoff(index, query)
        ids, scores, complete = self._candidates(
            index, query, request, conditions, excluded, cutoff, album
        )
        line = cutoff.relevant(scores, complete)
        if request.limit is None:
            keep = scores >= line
            weak = (scores >= cutoff.weaker) & ~keep
            hits = [
                Hit(int(i), float(s), True)
                for i, s in zip(ids[keep], scores[keep], strict=True)
            ]
            weaker = [
                Hit(int(i), float(s), False)
                for i, s in zip(ids[weak][:WEAKER_MAX], scores[weak][:WEAKER_MAX], strict=True)
            ]
        else:
            top = slice(0, request.limit)
            hits = [
                Hit(int(i), float(s), bool(s >= line))
                for i, s in zip(ids[top], scores[top], strict=True)
            ]
            weaker = []
        if request.order is Order.DATE and hits:
            taken = self.catalog.taken_of_embeddings([h.embedding_id for h in hits], conditions)
            # Newest first; photos without a date last, best score first among equals.
            hits.sort(key=lambda h: taken.get(h.embedding_id) or "", reverse=True)
        resolve = self._resolver(conditions, request)
        return SearchResults(request, hits, weaker, line, resolve)

    # -- terms ----------------------------------------------------------------------------

    def query_vector(self, request: SearchRequest) -> tuple[np.ndarray, set[int]]:
        """The normalised, weighted sum of the terms' vectors, and the embeddings of the
        query images (left out of their own results)."""
        texts = [t for t in request.terms if t.kind is TermKind.TEXT]
        text_vectors = self._text_vectors([t.value for t in texts]) if texts else None
        parts: list[tuple[float, np.ndarray]] = []
        excluded: set[int] = set()
        for i, term in enumerate(texts):
            assert text_vectors is not None
            parts.append((term.weight, text_vectors[i]))
        for term in request.terms:
            if term.kind is not TermKind.TEXT:
                vector, own = self._image_term(term)
                parts.append((term.weight, vector))
                if own is not None:
                    excluded.add(own)
        return combine(parts), excluded

    def _image_term(self, term: Term) -> tuple[np.ndarray, int | None]:
        if term.kind is TermKind.PHOTO:
            found = self.catalog.embedding_of_path(term.value, self.model_id)
            if found is None:
                raise MclipError("query.not_in_library", path=term.value)
            emb_id, vector = found
            return vector, emb_id
        if term.kind is TermKind.URL:
            with tempfile.TemporaryDirectory(dir=self._download_folder) as folder:
                data = images.read_file(fetch.fetch_image(term.value, Path(folder)))
        else:
            data = images.read_file(term.value)
        # The same content already indexed (the photo itself or a copy): its stored vector.
        stored = self.catalog.embedding_of_fingerprint(images.fingerprint(data), self.model_id)
        if stored is not None:
            return stored[1], stored[0]
        return self._image_vector(data), None

    # -- candidates -----------------------------------------------------------------------

    def _cutoff(self, index: VectorIndex, query: np.ndarray) -> Cutoff:
        with self._sample_lock:
            if self._sample is None or self._sample.version != index.version:
                self._sample = LibrarySample.of(index, self.catalog)
            sample = self._sample
        return sample.cutoff(query)

    def _candidates(
        self,
        index: VectorIndex,
        query: np.ndarray,
        request: SearchRequest,
        conditions: FileConditions | None,
        excluded: set[int],
        cutoff: Cutoff,
        album: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray, bool]:
        """Candidate ids and scores, best first: every photo above the weaker-match line (or
        the top ``limit``), each satisfying the filters, none of the excluded; and whether
        that list is complete (reaches the weaker-match line, or holds every photo)."""
        allowed: np.ndarray | None = None
        if album is not None:
            allowed = album
            if conditions is not None:
                allowed = allowed[
                    np.isin(allowed, self.catalog.filtered_embedding_ids(self.model_id, conditions))
                ]
            if excluded:
                allowed = allowed[~np.isin(allowed, list(excluded))]
            if len(allowed) <= EXACT_FILTERED_MAX:
                return (*_ranked(*index.vectors(allowed), query), True)
        elif conditions is not None:
            small = self.catalog.filtered_unit_vectors(
                self.model_id, conditions, EXACT_FILTERED_MAX
            )
            if small is not None:
                ids, vectors = small
                keep = ~np.isin(ids, list(excluded)) if excluded else np.ones(len(ids), bool)
                return (*_ranked(ids[keep], vectors[keep], query), True)
            allowed = self.catalog.filtered_embedding_ids(self.model_id, conditions)
            if excluded:
                allowed = allowed[~np.isin(allowed, list(excluded))]
        allowed_set = set(allowed.tolist()) if allowed is not None else None
        # With a limit, the relevance marks come from the best few hundred (enough to see
        # where the matches end); without one, the walk goes on until it falls below the
        # weaker-match line.
        if request.limit is not None:
            wanted = max(request.limit, RELEVANCE_WINDOW)
        else:
            wanted = cutoff_first_k(cutoff, index.live_count)
        k = min(wanted + len(excluded), CANDIDATES_MAX)
        while True:
            ids, scores = index.query(
                query, k, allowed=allowed_set.__contains__ if allowed_set is not None else None
            )
            if excluded:
                keep = ~np.isin(ids, list(excluded))
                ids, scores = ids[keep], scores[keep]
            whole = len(ids) + len(excluded) < k
            complete = whole or bool(len(scores) and scores[-1] < cutoff.weaker)
            if request.limit is not None and len(ids) >= request.limit:
                return ids, scores, complete
            if complete or k >= CANDIDATES_MAX:
                return ids, scores, complete
            # Far enough past the relevance line that the weaker matches are all here too:
            # a query whose bulk is wide need not walk to the weaker-match line.
            if int((scores < cutoff.relevant(scores, complete)).sum()) >= WEAKER_MAX:
                return ids, scores, complete
            k = min(k * 4, CANDIDATES_MAX)

    def _album(self, filters: Filters) -> np.ndarray | None:
        if filters.album is None:
            return None
        if self._album_members is None:
            raise MclipError("album.removed", id=filters.album)
        return np.asarray(self._album_members(filters.album), dtype=np.int64)

    # -- browsing -------------------------------------------------------------------------

    def _browse_album(
        self, request: SearchRequest, conditions: FileConditions | None, members: np.ndarray
    ) -> SearchResults:
        """An album's members: best first in relevance order, newest first by date."""
        keep = members
        if conditions is not None:
            keep = keep[
                np.isin(keep, self.catalog.filtered_embedding_ids(self.model_id, conditions))
            ]
        excluded = self.catalog.embeddings_of_paths(request.exclude_paths, self.model_id)
        if len(excluded):
            keep = keep[~np.isin(keep, list(excluded))]
        if request.order is Order.DATE and len(keep):
            taken = self.catalog.taken_of_embeddings(keep.tolist(), conditions)
            ordered = sorted(keep.tolist(), key=lambda i: taken.get(i) or "", reverse=True)
            keep = np.asarray(ordered, dtype=np.int64)
        if request.limit is not None:
            keep = keep[: request.limit]
        hits = [Hit(int(i), None, True) for i in keep]
        return SearchResults(request, hits, [], None, self._resolver(conditions, request))

    def _browse(self, request: SearchRequest, conditions: FileConditions | None) -> SearchResults:
        def fetch(limit: int | None) -> list[Hit]:
            ids = self.catalog.browse_embedding_ids(
                self.model_id, conditions, request.exclude_paths, limit
            )
            return [Hit(int(i), None, True) for i in ids]

        resolve = self._resolver(conditions, request)
        if request.limit is not None and request.limit <= FIRST_SCREEN:
            return SearchResults(request, fetch(request.limit), [], None, resolve)
        first = fetch(FIRST_SCREEN)
        if len(first) < FIRST_SCREEN:
            return SearchResults(request, first, [], None, resolve)
        return SearchResults(
            request, first, [], None, resolve, complete=lambda: fetch(request.limit)
        )

    def browse_columns(self, request: SearchRequest) -> tuple[list[str], list[str]]:
        """A browsing request's results as two lists, paths and ISO capture dates ("" when
        unknown), read in one pass over the catalog and without an object per photo: what a
        window needs to lay out a whole library (``run`` then ``items`` looks paths up per
        embedding: seconds at 100k). Each content once, at its newest copy that satisfies
        the filters; its other copies are not looked up."""
        if not request.browsing:
            raise ValueError("browse_columns answers requests without terms")
        if request.filters.album is not None:  # an album's members, in the album's order
            items = self.run(request).items()
            return [i.path for i in items], [i.taken or "" for i in items]
        conditions = _conditions(request.filters)
        rows = self.catalog.browse_rows(
            self.model_id, conditions, request.exclude_paths, request.limit
        )
        indexed = [(r[1], r[2] or "") for r in rows]  # type: ignore[misc]
        # Photos not read yet show too, at their modification time until they are: a
        # folder just added browses whole while indexing works through it.
        waiting = self.catalog.waiting_browse_rows(
            conditions, request.exclude_paths, request.limit
        )
        if not waiting:
            return [p for p, _ in indexed], [d for _, d in indexed]
        merged = list(heapq.merge(indexed, waiting, key=lambda row: row[1], reverse=True))
        if request.limit is not None:
            del merged[request.limit :]
        return [p for p, _ in merged], [d for _, d in merged]

    def _resolver(
        self, conditions: FileConditions | None, request: SearchRequest
    ) -> Callable[[Sequence[Hit]], list[ResultItem]]:
        excluded_paths = set(request.exclude_paths)

        def resolve(hits: Sequence[Hit]) -> list[ResultItem]:
            found = self.catalog.files_of_embeddings([h.embedding_id for h in hits], conditions)
            items = []
            for hit in hits:
                files = [f for f in found.get(hit.embedding_id, []) if f[0] not in excluded_paths]
                if not files:
                    continue  # deleted since the search ran
                # A copy that satisfies the filters is the one shown; its copies come along.
                files.sort(key=lambda f: (not f[2], f[0]))
                path, taken, _ = files[0]
                items.append(
                    ResultItem(
                        path=path,
                        other_paths=tuple(f[0] for f in files[1:]),
                        score=hit.score,
                        relevant=hit.relevant,
                        taken=taken,
                        embedding_id=hit.embedding_id,
                    )
                )
            return items

        return resolve


def _ranked(
    ids: np.ndarray, vectors: np.ndarray, query: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A small set scored exactly against the query: (ids, scores), best first."""
    scores = cutoff_module.scores(vectors, query) if len(ids) else np.empty(0)
    order = np.argsort(-scores, kind="stable")
    return ids[order], scores[order]


def cutoff_first_k(cutoff: Cutoff, library_size: int) -> int:
    """How many neighbours the first graph walk asks for: the photos the library sample
    puts above the relevance fallback line, plus the weaker matches below it, so that most
    queries need one walk rather than a series of growing ones."""
    above = cutoff.share_above(cutoff.median + cutoff_module.RELEVANT_Z * cutoff.spread)
    return max(64, int(1.5 * above * library_size) + WEAKER_MAX)


def combine(parts: Sequence[tuple[float, np.ndarray]]) -> np.ndarray:
    """The weighted sum of unit vectors, normalised (cosine scores need a unit query)."""
    if not parts:
        raise ValueError("a query needs at least one term")
    total = np.zeros(len(parts[0][1]), dtype=np.float32)
    for weight, vector in parts:
        v = np.asarray(vector, dtype=np.float32)
        total += np.float32(weight) * v / max(float(np.linalg.norm(v)), 1e-12)
    norm = float(np.linalg.norm(total))
    if norm < 1e-6:
        raise MclipError("query.terms_cancel")
    return total / norm


def _conditions(filters: Filters) -> FileConditions | None:
    if not filters.folders and filters.dates == DateRange() and not filters.types:
        return None
    low, high = filters.dates.bounds
    return FileConditions(
        folders=tuple(filters.folders),
        taken_from=low,
        taken_before=high,
        types=tuple(sorted(filters.types)),
    )
