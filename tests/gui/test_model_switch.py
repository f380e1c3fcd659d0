"""Choosing another model folder in the app after the models have loaded really switches:
the photos are embedded again with the new image model, the library remembers it, searches
keep answering meanwhile, and a new text model is the one that encodes the next query."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from mclip_desktop.core import models
from tests.conftest import TINY_IMAGE, TINY_TEXT

LONG = 60_000


def copy_model(source: Path, target: Path) -> Path:
    """The same weights in another folder, with a file that gives it its own identity."""
    shutil.copytree(source, target)
    (target / "NOTICE.txt").write_text("a copy, to be told apart\n")
    return target


def choose_model_folder(desktop, folder: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    desktop.window.choose_model_folder()


def search(qtbot, desktop, text: str) -> list[str]:
    window = desktop.window
    window.search_edit.setText(text)
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.run_search()
    return [r.path for r in window.model.results()]


def test_choosing_another_image_model_folder_embeds_the_photos_again(
    qtbot, make_desktop, photo_folder, tmp_path, monkeypatch
):
    folder, truth = photo_folder
    desktop = make_desktop()
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        desktop.start()
    desktop.window.add_folder(str(folder))
    library = desktop.engine.library
    old_id = models.image_model_id(str(TINY_IMAGE))
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)

    other = copy_model(TINY_IMAGE, tmp_path / "other-image")
    new_id = models.image_model_id(str(other))
    assert new_id != old_id
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        choose_model_folder(desktop, other, monkeypatch)
    assert library.models.image == str(other)

    # The live indexer embeds every photo again with the new model; when it is done the
    # library remembers the new model and the old vectors are gone.
    reader = library.reader()
    try:
        qtbot.waitUntil(
            lambda: library.remembered is not None and library.remembered.image == str(other),
            timeout=LONG,
        )
        assert reader.model_ids() == [new_id]
        assert reader.counts(new_id).indexed == len(truth)
    finally:
        reader.close()
    results = search(qtbot, desktop, "yellow circle")
    assert truth[Path(results[0])] == ("yellow", "circle")


def test_choosing_another_text_model_folder_encodes_queries_with_it(
    qtbot, make_desktop, photo_folder, tmp_path, monkeypatch
):
    folder, truth = photo_folder
    desktop = make_desktop()
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        desktop.start()
    desktop.window.add_folder(str(folder))
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)
    library = desktop.engine.library
    assert library.text_encoder().name == str(TINY_TEXT)

    other = copy_model(TINY_TEXT, tmp_path / "other-text")
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        choose_model_folder(desktop, other, monkeypatch)
    assert library.text_encoder().name == str(other)
    results = search(qtbot, desktop, "yellow circle")
    assert truth[Path(results[0])] == ("yellow", "circle")
