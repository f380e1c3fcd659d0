"""A command-line search loads only what it needs: the text model comes up without
scikit-learn, and sentence-transformers' own similarity helpers still work when called."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import TINY_TEXT

_CHECK = """
import sys
from mclip_desktop.core import models
encoder = models.load_text_encoder(sys.argv[1])
vector = encoder.encode(["a red circle"])[0]
assert abs(float((vector ** 2).sum()) - 1.0) < 1e-4
print("sklearn" in sys.modules)
from sentence_transformers.util.similarity import pairwise_distances
import numpy as np
print(pairwise_distances(np.eye(2), np.eye(2), metric="manhattan").tolist())
print("sklearn" in sys.modules)
"""


def test_the_text_model_loads_without_scikit_learn():
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [sys.executable, "-c", _CHECK, str(TINY_TEXT)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    before, distances, after = done.stdout.split("\n")[:3]
    assert before == "False"
    assert distances == "[[0.0, 2.0], [2.0, 0.0]]"
    assert after == "True"
