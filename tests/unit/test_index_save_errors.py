"""A vector index that cannot be saved is an MclipError with a message for the user, caught
as such by every caller: the live indexer reports it and keeps the photos searchable."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.messages import Message
from mclip_desktop.core.vector_index import IndexSaveError, VectorIndex
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = pytest.mark.usefixtures("models_loaded_once")


def test_the_live_indexer_reports_a_failed_save_and_keeps_indexing(tmp_path, monkeypatch):
    folder = tmp_path / "photos"
    truth = synthetic.write_photo_collection(
        folder, per_class=1, seed=2, colours=("red",), shapes=("square", "star")
    )

    def full_disk(self: VectorIndex) -> None:
        raise IndexSaveError("index.save_failed_disk_full", path=str(self.path))

    monkeypatch.setattr(VectorIndex, "save", full_disk)
    notices: list[Message] = []
    noticed = threading.Event()

    def on_notice(message: Message) -> None:
        notices.append(message)
        noticed.set()

    library = Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT)))
    try:
        library.add_folder(folder)
        live = library.live_indexer(on_notice=on_notice, save_interval=0.0)
        live.start()
        try:
            assert live.wait_idle(60)
            assert live.running
        finally:
            live.stop()
        assert noticed.wait(10)
        assert [n.code for n in notices] == ["watch.save_failed"]
        assert notices[0].args["reason"].code == "index.save_failed_disk_full"
        reader = library.reader()
        try:
            assert reader.counts(library.image_model_id).indexed == len(truth)
            results = library.search_text("red star", 1, library.searcher_for(reader))
        finally:
            reader.close()
        assert truth[Path(results[0].path)] == ("red", "star")
    finally:
        with pytest.raises(IndexSaveError):
            library.close()
