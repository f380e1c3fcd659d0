"""Indexing Pillow's own test images: fuzzer crashers, decompression bombs, truncated streams
and every odd mode. The command must finish without crashing, hanging or using much memory;
index at least what plain Pillow decodes; record every other photo-type file as failed with
a reason; and keep decoder noise (libtiff writes straight to fd 2) off the terminal.

The corpus lives outside the repository (``../shared/corpora/`` from its root; see the
README there); the test is skipped, saying so, where it is absent.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from mclip_desktop.core import images
from mclip_desktop.core.ingest.scan import walk_photos
from tests.conftest import TINY_IMAGE, TINY_TEXT

REPO = Path(__file__).resolve().parents[2]
CANDIDATES = [
    REPO.parent / "shared" / "corpora" / "pillow-test-images",
    REPO / "shared" / "corpora" / "pillow-test-images",
]
CORPUS = next((c for c in CANDIDATES if c.is_dir()), None)
MAX_RSS_KIB = 3 * 1024 * 1024

pytestmark = pytest.mark.skipif(
    CORPUS is None,
    reason=f"the Pillow test-image corpus is absent (looked in {', '.join(map(str, CANDIDATES))})",
)


def plain_pillow_decodes(path: str) -> bool:
    """The reference recipe: photo formats only, draft, exif_transpose, RGB, load."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path, formats=images.PHOTO_FORMATS) as im:
                im.draft("RGB", (448, 448))
                upright = ImageOps.exif_transpose(im)
                upright.convert("RGB").load()
        return True
    except Exception:  # noqa: BLE001 - any failure counts as not decoded
        return False


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    assert CORPUS is not None
    data = tmp_path_factory.mktemp("corpus") / "data"
    command = [sys.executable, "-m", "mclip_desktop", "--data-dir", str(data), "--image-model",
               str(TINY_IMAGE), "--text-model", str(TINY_TEXT)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    indexed = subprocess.run([*command, "index", str(CORPUS), "--json"], capture_output=True,
                             text=True, timeout=300, cwd=REPO, env=env, check=False)  # fmt: skip
    status = subprocess.run([*command, "status", "--json"], capture_output=True, text=True,
                            timeout=120, cwd=REPO, env=env, check=False)  # fmt: skip
    return indexed, status


def test_corpus_is_indexed_without_crash_hang_or_noise(corpus_run):
    indexed, status = corpus_run
    assert indexed.returncode == 0, indexed.stderr[-3000:]
    # Nothing on the terminal: no libtiff messages, no Pillow warnings, no tracebacks.
    assert indexed.stderr == "", indexed.stderr[-3000:]
    assert status.returncode == 0, status.stderr
    # Memory: the largest child process this test session waited for stayed small.
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < MAX_RSS_KIB


def test_corpus_counts_match_or_beat_plain_pillow(corpus_run):
    indexed, status = corpus_run
    summary, state = json.loads(indexed.stdout), json.loads(status.stdout)
    unreadable: list[str] = []
    photo_files = sorted(p for p, _ in walk_photos(str(CORPUS), unreadable))
    plain = sum(plain_pillow_decodes(p) for p in photo_files)
    print(
        f"corpus: {len(photo_files)} photo-type files; mclip-desktop indexed "
        f"{state['indexed']}, failed {state['failed']}; plain Pillow decodes {plain}"
    )
    assert not unreadable
    assert summary["seen"] == len(photo_files)
    assert state["pending"] == 0
    assert state["indexed"] + state["failed"] == len(photo_files)
    assert state["indexed"] >= plain
    failures = {f["path"]: f["reason"] for f in state["failures"]}
    assert len(failures) == state["failed"]
    for path, reason in failures.items():
        assert reason.strip() and "Traceback" not in reason and len(reason) < 400, (path, reason)
    # Files of other types are not in the catalog at all (paths compared resolved, since
    # the corpus may be reached through a symbolic link).
    assert {os.path.realpath(p) for p in failures} <= {os.path.realpath(p) for p in photo_files}


def test_the_corpus_does_make_libtiff_noise_without_the_app(corpus_run):
    """Shows that the silence above is earned: plain Pillow on the same TIFFs prints."""
    assert CORPUS is not None
    tiffs = sorted(str(p) for p in CORPUS.rglob("*.tif*"))
    script = (
        "import sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from PIL import Image\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n"
        "        Image.open(p).convert('RGB').load()\n"
        "    except Exception:\n"
        "        pass\n"
    )
    result = subprocess.run([sys.executable, "-c", script, *tiffs], capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert "TIFF" in result.stderr
