"""A command-line search loads only what it needs: the text model comes up without
scikit-learn, and sentence-transformers' own similarity helpers still work when called."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import TINY_TEXT

_CHECK = """
import sys

import pytest
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


def _run_fresh(script: str) -> list[str]:
    """Run ``script`` in a fresh interpreter (nothing imported yet) on the tiny text model;
    its printed lines."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(TINY_TEXT)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.split("\n")


def test_the_text_model_loads_without_scikit_learn():
    before, distances, after = _run_fresh(_CHECK)[:3]
    assert before == "False"
    assert distances == "[[0.0, 2.0], [2.0, 0.0]]"
    assert after == "True"


_QUIET_LOAD = """
import gc, sys
from mclip_desktop.core import models
models._map_torch_libraries()
with open("/proc/self/maps") as maps:
    mapped = "libtorch_cpu" in maps.read()
print("torch" in sys.modules, mapped)
collections = []
gc.callbacks.append(lambda phase, info: collections.append(phase) if phase == "start" else None)
encoder = models.load_text_encoder(sys.argv[1])
print(len(collections), gc.isenabled())
gc.collect()
print(len(collections) > 0, float(encoder.encode(["a red circle"])[0] @ encoder.encode(["a red circle"])[0]) > 0.99)
gc.disable()
models.load_text_encoder(sys.argv[1])
print(gc.isenabled())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_loading_a_model_holds_other_threads_up_as_little_as_it_can():
    """A model loading beside the window: torch's native libraries are mapped through a
    call that lets other Python threads run, before the import maps them under the GIL;
    no cycle collection (a pause for every thread) runs during the load, and collecting
    resumes after it as it was before."""
    assert _run_fresh(_QUIET_LOAD)[:4] == ["False True", "0 True", "True True", "False"]
