"""The automatic relevance cutoff, calibrated per query against the library itself.

No fixed cosine works across queries and models (real CLIP text-photo matches score about
0.25-0.35 and unrelated photos 0.10-0.22; image-image scores run far higher; the tiny test
model differs again). What carries over is the shape of one query's scores against the
library: a bulk of unrelated photos, described by the median and the MAD of the query's
scores against a fixed random sample of the library (both ignore the few matches), and
the matches standing above it. Photos more than ``CANDIDATE_Z`` robust deviations above the
median are candidates; relevance ends at the widest drop among the candidates when that
drop is a real gap (``GAP_SHARE`` of the distance from the median to the best score), else
``RELEVANT_Z`` robust deviations above the median. Every quantity is relative to this
query's own bulk, so the rule is unchanged by a model's offset and scale. docs/search.md
gives the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.vector_index import VectorIndex

# Scores this far above the bulk (in robust deviations) are candidates at all; the rest are
# unrelated photos.
CANDIDATE_Z = 1.5
# Photos between this and the relevance line are "weaker matches", shown on request.
WEAKER_Z = 1.0
# Relevance ends at the widest drop between consecutive candidate scores when that drop is
# at least this share of the distance from the bulk (median) to the best score ...
GAP_SHARE = 0.1
# ... and without such a gap, this far above the bulk: a query that matches nothing in
# particular then keeps about 0.1 % of a normal bulk, not every candidate.
RELEVANT_Z = 3.0
# Enough for the median and MAD to within about 2 % of the whole library's, and scored in
# well under a millisecond.
SAMPLE_SIZE = 4096
# Below this many photos the median and MAD describe the matches as much as the bulk.
SMALL_LIBRARY = 30
_MAD_TO_SIGMA = 1.4826


@dataclass(frozen=True)
class Cutoff:
    median: float
    spread: float  # 1.4826 x MAD of the library's scores for this query
    # The sample's scores, ascending (for estimates of how many photos lie above a line).
    sample: np.ndarray | None = field(default=None, compare=False, repr=False)

    def share_above(self, line: float) -> float:
        """The share of the library (as the sample sees it) scoring at or above ``line``."""
        if self.sample is None or len(self.sample) == 0:
            return 0.0
        below = int(np.searchsorted(self.sample, line, side="left"))
        return (len(self.sample) - below) / len(self.sample)

    @property
    def weaker(self) -> float:
        """Scores below this are unrelated photos, not even weaker matches."""
        return self.median + WEAKER_Z * self.spread

    def relevant(self, scores: np.ndarray, complete: bool = True) -> float:
        """The lowest relevant score, given the best scores of the library (best first).
        ``complete`` says the list holds every candidate: either it reaches below the
        candidate line, or it is the whole library (or filtered set)."""
        line = self.median + CANDIDATE_Z * self.spread
        candidates = scores[scores >= line]
        if len(candidates) == 0:
            return line
        # The drop after the last candidate counts too: down to the next photo, or, when no
        # candidate is missing, the bulk. A list cut short among the candidates (a query
        # matching thousands) has no such drop: its unseen rest would look like a gap.
        if len(scores) > len(candidates):
            candidates = np.append(candidates, scores[len(candidates)])
        elif complete:
            candidates = np.append(candidates, self.median)
        if len(candidates) < 2:
            return self.median + RELEVANT_Z * self.spread
        drops = -np.diff(candidates)
        widest = int(np.argmax(drops))
        if drops[widest] >= GAP_SHARE * (float(candidates[0]) - self.median):
            return float(candidates[widest])
        return self.median + RELEVANT_Z * self.spread


@dataclass(frozen=True)
class LibrarySample:
    """A fixed random sample of the library's vectors, taken for one index version."""

    vectors: np.ndarray
    version: int

    @classmethod
    def of(cls, index: VectorIndex, catalog: Catalog, size: int = SAMPLE_SIZE) -> LibrarySample:
        _, vectors = catalog.unit_vectors(index.sample_labels(size))
        return cls(vectors, index.version)

    def cutoff(self, query: np.ndarray) -> Cutoff:
        if len(self.vectors) == 0:
            return calibrate(np.empty(0, dtype=np.float32))
        return calibrate(scores(self.vectors, query))


def scores(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Each row's dot product with the query. Not ``@``: that calls the BLAS library, whose
    threads busy-wait for each other; on a machine whose cores are all in use a 4096 x 512
    product then took 30-50 ms instead of 0.5 ms (benchmarks/bench_search_request.py)."""
    return np.einsum("ij,j->i", vectors, np.asarray(query, dtype=np.float32))


def calibrate(library_scores: np.ndarray) -> Cutoff:
    """The bulk of one query's scores against (a sample of) the library."""
    if len(library_scores) == 0:
        return Cutoff(0.0, 0.0)
    ordered = np.sort(library_scores)
    if len(ordered) < SMALL_LIBRARY:
        # Too few photos for a bulk of unrelated ones to stand out from the matches (in a
        # library of four, two matches move the median halfway to them). Every photo is
        # then at least a weaker match, and relevance ends at the widest gap.
        low, high = float(ordered[0]), float(ordered[-1])
        floor = low - 0.01 * max(high - low, 1e-4)
        return Cutoff(floor, 1e-9, ordered)
    median = float(np.median(ordered))
    mad = float(np.median(np.abs(ordered - median)))
    # A library of identical photos has no spread: only a score above them all is a match.
    return Cutoff(median, max(_MAD_TO_SIGMA * mad, 1e-4), ordered)
