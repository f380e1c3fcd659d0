"""Fixtures shared by every test: an isolated data dir, no network, no leftover threads."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the Hugging Face hub; tests that exercise downloads use a local server.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# MCLIP_TEST_MODELS points the suite at another tiny model pair (e.g. a fresh build).
MODELS = Path(os.environ.get("MCLIP_TEST_MODELS") or Path(__file__).parent / "models")
TINY_IMAGE = MODELS / "tiny-image"
TINY_TEXT = MODELS / "tiny-text"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, cache and hub-cache folders."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MCLIP_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("MCLIP_CACHE_DIR", str(root / "cache"))
    monkeypatch.setenv("HF_HOME", str(root / "hf"))
    monkeypatch.setenv("MCLIP_IMAGE_MODEL", str(TINY_IMAGE))
    monkeypatch.setenv("MCLIP_TEXT_MODEL", str(TINY_TEXT))
    # No test talks to an instance the developer has running, nor to another test's.
    monkeypatch.setenv("MCLIP_RUNTIME_DIR", str(root / "run"))
    monkeypatch.setenv("MCLIP_LANGUAGE", "en")
    # Indexing at normal priority: on a machine shared with other jobs a niced indexer gets a
    # sliver of the CPU and timing-bound tests would wait on the machine's load, not on the
    # product. tests/unit/test_background.py checks the niced path.
    monkeypatch.setenv("MCLIP_INDEX_NICENESS", "0")  # English texts whatever the machine's locale
    return root


@pytest.fixture(autouse=True)
def _no_threads_left_behind() -> None:
    """Fail any test that leaves a Python thread running."""
    before = set(threading.enumerate())
    yield
    # Dummy entries stand for threads Python did not start (Qt's pools); those are checked
    # by the GUI fixtures.
    leftover = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]
    for thread in leftover:
        thread.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture(autouse=True)
def _models_can_go() -> Iterator[None]:
    """Loading a model freezes what it made (core/models.collector_paused), as the app
    keeps its models; a test's models go with the test."""
    yield
    gc.unfreeze()


def _quiet_tqdm() -> None:
    # tqdm starts a monitor thread with its first bar (model loading makes one); tests
    # that check for leftover threads must not see it.
    import tqdm.std

    tqdm.std.tqdm.monitor_interval = 0


_quiet_tqdm()


@pytest.fixture(scope="session")
def image_replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight clip-ViT-B-32 at real size, in the published layout (~600 MB)."""
    from tests.support import replicas

    return replicas.build_image_replica(tmp_path_factory.mktemp("replicas") / "clip-ViT-B-32")


@pytest.fixture(scope="session")
def text_replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight clip-ViT-B-32-multilingual-v1 at real size (~545 MB)."""
    from tests.support import replicas

    return replicas.build_text_replica(
        tmp_path_factory.mktemp("replicas") / "clip-ViT-B-32-multilingual-v1"
    )


@pytest.fixture(scope="module")
def models_loaded_once() -> Iterator[None]:
    """Load each model once per test module instead of once per Library: a module whose
    tests build many libraries (or run the CLI in-process) uses it with
    ``pytestmark = pytest.mark.usefixtures("models_loaded_once")``."""
    from functools import lru_cache

    from mclip_desktop.core import models

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(models, "load_image_encoder", lru_cache(models.load_image_encoder))
        patch.setattr(models, "load_text_encoder", lru_cache(models.load_text_encoder))
        yield
