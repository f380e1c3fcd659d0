"""The GUI follows the library's change notifications: a photo copied into a watched folder
joins the current results, and a deleted one leaves them, without the user searching again."""

from __future__ import annotations

from pathlib import Path

from mclip_desktop.core.ingest.changes import LibraryChanges
from tests.gui.test_app import LONG, index_folder, search, wait_models
from tests.support import synthetic


def write_photo(path: Path, colour: str, shape: str, seed: int) -> None:
    synthetic.make_photo(colour, shape, width=320, height=240, seed=seed).save(path)


def shown(window) -> list[str]:
    return [r.path for r in window.model.results()]


def test_photos_added_and_deleted_while_running_join_and_leave_the_results(
    qtbot, make_desktop, tmp_path
):
    folder = tmp_path / "Pictures"
    folder.mkdir()
    for i, (colour, shape) in enumerate([("red", "circle"), ("blue", "square"), ("green", "star")]):
        write_photo(folder / f"{i}.jpg", colour, shape, seed=i)
    # Enough other photos for the cutoff to tell a match from the rest of the library.
    others = [(c, s) for c in ("blue", "green", "yellow") for s in ("square", "star", "triangle")]
    for i, (colour, shape) in enumerate(others):
        write_photo(folder / f"other-{i}.jpg", colour, shape, seed=20 + i)
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    window = desktop.window
    # Results end where relevance ends: the red circle, not every photo.
    assert search(qtbot, desktop, "red circle") == [str(folder / "0.jpg")]

    told: list[LibraryChanges] = []
    desktop.engine.library_changed.connect(told.append)
    arrived = folder / "new red circle.jpg"
    write_photo(arrived, "red", "circle", seed=9)
    qtbot.waitUntil(lambda: str(arrived) in shown(window), timeout=LONG)
    reader = desktop.engine.library.reader()
    try:
        new_id = reader.file_by_path(str(arrived)).id
    finally:
        reader.close()
    assert any(new_id in changes.added for changes in told)
    assert window.search_edit.text() == "red circle"  # still the user's query

    (folder / "0.jpg").unlink()
    qtbot.waitUntil(lambda: str(folder / "0.jpg") not in shown(window), timeout=LONG)
    assert shown(window) == [str(arrived)]
    assert any(changes.removed for changes in told)
