"""The live indexer takes photos whose names are not UTF-8 like any other: one copied in is
indexed, one moved keeps its vector, one deleted leaves the catalog."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest

from mclip_desktop.core.library import Library, LibraryConfig
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = [
    pytest.mark.usefixtures("models_loaded_once"),
    pytest.mark.skipif(sys.platform != "linux", reason="names that are not UTF-8 are Linux's"),
]


def wait_until(predicate, changed: threading.Event, timeout: float = 30) -> bool:
    """Re-check whenever the live indexer reports a change (and every 0.2 s at most)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        changed.wait(0.2)
        changed.clear()
    return True


def test_live_indexing_of_names_that_are_not_utf8(tmp_path):
    root = tmp_path.resolve() / "photos"
    root.mkdir()
    library = Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT)))
    changed = threading.Event()
    reader = library.reader()
    live = None
    try:
        library.add_folder(root)
        model_id = library.image_model_id

        def state(path: Path) -> str | None:
            record = reader.file_by_path(str(path))
            if record is None:
                return None
            return (
                record.status
                if reader.vector_of_path(str(path), model_id) is not None
                else "no-vector"
            )

        live = library.live_indexer(settle=0.2, tick=0.05, on_results_changed=changed.set)
        live.start()
        assert live.wait_idle(30)

        arrived = root / os.fsdecode(b"Urlaub_K\xf6ln.jpg")
        staged = tmp_path / "staged.jpg"
        photo = synthetic.make_photo("red", "star", width=200, height=150, seed=6)
        staged.write_bytes(synthetic.encode_image(photo, "jpeg"))
        shutil.copy(staged, arrived)
        assert wait_until(lambda: state(arrived) == "ok", changed), state(arrived)

        moved = root / os.fsdecode(b"\x8aC\x95\xd3") / arrived.name  # Shift-JIS folder
        moved.parent.mkdir()
        os.rename(arrived, moved)
        assert wait_until(lambda: state(moved) == "ok" and state(arrived) is None, changed)
        assert reader.counts(model_id).embeddings == 1  # the move reused the vector

        moved.unlink()
        assert wait_until(lambda: state(moved) is None, changed)
    finally:
        if live is not None:
            live.stop()
        reader.close()
        library.close()
