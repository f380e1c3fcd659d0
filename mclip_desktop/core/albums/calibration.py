"""Where an album's membership starts, calibrated against the library's own scores.

A fixed cosine threshold cannot serve every model: the real CLIP pair scores matching
text–photo pairs around 0.25–0.35 and unrelated ones 0.10–0.22, an example photo scores other
photos far higher, and the tiny test model spreads its scores over -0.3..0.9. What carries
over is the shape: for one term, most of a library is unrelated to it and forms a bulk, and
members stand out above that bulk. So each term is scored against every photo and the bulk
is described robustly, by its median and its median absolute deviation (scaled by 1.4826 to
estimate a standard deviation). Members are photos at least ``z`` such deviations above the
median; ``z`` is what strictness moves.

Median and MAD stay put as long as members and near-misses are under half the library,
which holds for any album worth having; an album that would take most of the library is
better served by browsing.

The default (strictness 0.5, z = 2) and the range (z 1..3) were chosen on generated photos
with labels in eight languages and checked on held-out ones; docs/albums.md has the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Strictness 0 admits photos one deviation above the bulk's median, 1 three deviations.
Z_LOOSE = 1.0
Z_STRICT = 3.0
DEFAULT_STRICTNESS = 0.5

# A library too small for its scores to describe a bulk: every photo can be a member by
# score alone only where the spread is this small relative to unit-length cosines.
_MIN_SPREAD = 1e-6


@dataclass(frozen=True)
class Calibration:
    """One term's bulk: the median of its scores over the library and their robust spread."""

    median: float
    spread: float
    count: int

    def relevance(self, scores: np.ndarray) -> np.ndarray:
        """How many deviations above the bulk each score stands."""
        return (np.asarray(scores, dtype=np.float32) - self.median) / self.spread


def calibrate(scores: np.ndarray) -> Calibration:
    """Describe the bulk of one term's scores over the library."""
    values = np.asarray(scores, dtype=np.float32)
    if values.size == 0:
        return Calibration(0.0, 1.0, 0)
    median = float(np.median(values))
    spread = 1.4826 * float(np.median(np.abs(values - median)))
    return Calibration(median, max(spread, _MIN_SPREAD), int(values.size))


def calibrate_columns(scores: np.ndarray) -> list[Calibration]:
    """``calibrate`` for each column of an (photos x terms) score matrix at once."""
    if scores.shape[0] == 0:
        return [Calibration(0.0, 1.0, 0) for _ in range(scores.shape[1])]
    medians = np.median(scores, axis=0)
    spreads = 1.4826 * np.median(np.abs(scores - medians), axis=0)
    return [
        Calibration(float(m), max(float(s), _MIN_SPREAD), int(scores.shape[0]))
        for m, s in zip(medians, spreads, strict=True)
    ]


def check_strictness(strictness: float) -> float:
    value = float(strictness)
    if not 0.0 <= value <= 1.0 or value != value:
        raise ValueError("strictness must lie between 0 and 1")
    return value


def z_for(strictness: float) -> float:
    """The relevance a photo needs at this strictness."""
    return Z_LOOSE + (Z_STRICT - Z_LOOSE) * check_strictness(strictness)
