"""Scrolling a large library loads and discards thousands of thumbnails on worker threads
while the GUI thread paints; with PySide6 6.12.0 that aborted the app
(``Fatal Python error: none_dealloc``, see mclip_desktop/gui/singletons.py). The scroll runs
in a child process, so such an abort fails this test instead of the whole run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support import synthetic

ROOT = Path(__file__).resolve().parents[2]


def test_scrolling_end_to_end_through_many_thumbnails_keeps_the_app_alive(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    seeds = []
    for i, (colour, shape) in enumerate(
        [("red", "circle"), ("blue", "square"), ("green", "star"), ("yellow", "triangle")]
    ):
        seed = folder / f"seed_{i}.jpg"
        image = synthetic.make_photo(colour, shape, width=96, height=72, seed=i)
        seed.write_bytes(synthetic.encode_image(image, "jpeg"))
        seeds.append(seed)
    # Every path is a photo of its own to the thumbnail cache (keyed by path).
    for n in range(1200):
        os.link(seeds[n % len(seeds)], folder / f"IMG_{n:05d}.jpg")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, "-m", "tests.support.scroll_thumbnails", str(folder),
         str(tmp_path / "cache"), "3"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip

    assert child.returncode == 0, child.stderr[-3000:]
    assert "Fatal Python error" not in child.stderr
    seen = json.loads(child.stdout.strip().splitlines()[-1])
    assert seen["stalled"] == 0, seen  # every screen got its thumbnails painted
    # Far more thumbnails were made than the memory holds: they were loaded and discarded.
    assert seen["thumbnails_made"] > seen["photos"] > 1200, seen
