"""Where an album's membership starts, calibrated against the library's own scores.

A fixed cosine threshold cannot serve every model: the real CLIP pair scores matching
text–photo pairs around 0.25–0.35 and unrelated ones 0.10–0.22, an example photo scores other
photos far higher, and the tiny test model spreads its scores over -0.3..0.9. Albums use the
search's automatic relevance cutoff (``core.query.cutoff``) on each term's scores over the
whole library: the bulk of unrelated photos is described by its median and robust spread,
and relevance ends at the widest real drop above it. That line is the album's threshold at
the default strictness (0.5).

Strictness moves the threshold within a range calibrated the same way: at 0 down to the
search's "weaker matches" line (one robust deviation above the bulk), at 1 up to halfway
between the relevance line and the best score, so that only the clearest matches remain.
Every end of the range is relative to the term's own scores, so the rule is unchanged by a
model's offset and scale. docs/albums.md gives the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mclip_desktop.core.query.cutoff import CANDIDATE_Z, RELEVANT_Z, Cutoff, calibrate

DEFAULT_STRICTNESS = 0.5


@dataclass(frozen=True)
class TermRange:
    """One term's calibrated thresholds (cosines) and the bulk they were measured on."""

    cutoff: Cutoff
    loose: float  # strictness 0
    default: float  # strictness 0.5: the search's relevance line
    strict: float  # strictness 1

    def threshold(self, strictness: float) -> float:
        s = check_strictness(strictness)
        if s <= 0.5:
            return self.loose + (self.default - self.loose) * (s / 0.5)
        return self.default + (self.strict - self.default) * ((s - 0.5) / 0.5)

    def relevance(self, scores: np.ndarray) -> np.ndarray:
        """How many robust deviations above the library's bulk each score stands."""
        return (np.asarray(scores, dtype=np.float32) - self.cutoff.median) / self.cutoff.spread


def term_range(scores: np.ndarray) -> TermRange:
    """Calibrate one term on its scores over the whole library."""
    values = np.asarray(scores, dtype=np.float32)
    cutoff = calibrate(values)
    if values.size == 0:
        return TermRange(cutoff, np.inf, np.inf, np.inf)
    best_first = np.sort(values)[::-1]
    default = cutoff.relevant(best_first)
    if default == cutoff.median + RELEVANT_Z * cutoff.spread:
        # No drop stood out: the search then keeps only photos far above the bulk, so that a
        # query matching nothing in particular shows a handful. An album names a kind of
        # photo and wants all of its candidates when they rise gradually.
        candidates = best_first[best_first >= cutoff.median + CANDIDATE_Z * cutoff.spread]
        if len(candidates):
            default = float(candidates[-1])
    loose = min(cutoff.weaker, default)
    strict = default + 0.5 * max(float(best_first[0]) - default, 0.0)
    return TermRange(cutoff, loose, default, strict)


def term_ranges(scores: np.ndarray) -> list[TermRange]:
    """``term_range`` for each column of a (photos x terms) score matrix."""
    return [term_range(scores[:, j]) for j in range(scores.shape[1])]


def check_strictness(strictness: float) -> float:
    value = float(strictness)
    if not 0.0 <= value <= 1.0:  # also refuses NaN
        raise ValueError("strictness must lie between 0 and 1")
    return value
