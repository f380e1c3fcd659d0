"""Queries: text, example images and stored photos, combined into one vector and looked up.

A query is a weighted sum of terms (a negative weight pushes results away from a term); the
sum is normalised and searched in the vector index, then the nearest vectors are mapped back
to the photos that have them (several, for exact duplicates).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.vector_index import VectorIndex


@dataclass(frozen=True, slots=True)  # slots: one object per result (100k when browsing)
class SearchResult:
    path: str
    score: float


@dataclass(frozen=True)
class QueryTerm:
    vector: np.ndarray
    weight: float = 1.0


def combine(terms: Sequence[QueryTerm]) -> np.ndarray:
    if not terms:
        raise ValueError("a query needs at least one term")
    total = np.zeros_like(terms[0].vector, dtype=np.float32)
    for term in terms:
        v = np.asarray(term.vector, dtype=np.float32)
        total += term.weight * v / max(float(np.linalg.norm(v)), 1e-12)
    norm = float(np.linalg.norm(total))
    return total / norm if norm > 1e-12 else total


class Searcher:
    """Answers queries against one catalog and its vector index."""

    def __init__(self, catalog: Catalog, index: Callable[[], VectorIndex]) -> None:
        self.catalog = catalog
        self._index = index

    def search(
        self, terms: Sequence[QueryTerm], limit: int, exclude: Sequence[str] = ()
    ) -> list[SearchResult]:
        if limit <= 0:
            return []
        query = combine(terms)
        index = self._index()
        excluded = set(exclude)
        fetch = limit + len(excluded)
        while True:
            labels, scores = index.query(query, fetch)
            paths = self.catalog.paths_for_embeddings(labels.tolist())
            results: list[SearchResult] = []
            for label, score in zip(labels.tolist(), scores.tolist(), strict=True):
                for path in sorted(paths.get(label, ())):
                    if path not in excluded:
                        results.append(SearchResult(path, float(score)))
            # Vectors without a readable file (deleted meanwhile) leave gaps: fetch more.
            if len(results) >= limit or len(labels) < fetch:
                return results[:limit]
            fetch *= 2
