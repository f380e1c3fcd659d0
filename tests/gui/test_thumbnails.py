"""Thumbnails follow the photos: one edited in place while the app runs is shown anew."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from tests.gui.conftest import bare_grid
from tests.support import synthetic

LONG = 60_000


def test_a_photo_edited_in_place_gets_a_new_thumbnail(qtbot, make_desktop, tmp_path):
    folder = tmp_path / "photos"
    synthetic.write_photo_collection(
        folder, per_class=1, seed=4, colours=("red", "blue"), shapes=("square", "star")
    )
    edited = folder / "edited.jpg"
    landscape = synthetic.make_photo("yellow", "circle", width=480, height=240, seed=1)
    edited.write_bytes(synthetic.encode_image(landscape, "jpeg"))

    desktop = make_desktop()
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        desktop.start()
    desktop.window.add_folder(str(folder))
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == 5, timeout=LONG)
    window = desktop.window
    window.search_edit.setText("yellow circle")
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.run_search()
    row = [r.path for r in window.model.results()].index(str(edited))
    thumbnails = desktop.thumbnails

    def shown():
        window.model.data(window.model.index(row, 0, QModelIndex()), Qt.ItemDataRole.DecorationRole)
        return thumbnails.pixmap(str(edited))

    qtbot.waitUntil(lambda: shown() is not None, timeout=LONG)
    before = shown()
    assert before.width() > before.height()

    # Edited in place (cropped to portrait, as an editor saving over the file would).
    portrait = synthetic.make_photo("yellow", "circle", width=240, height=480, seed=1)
    edited.write_bytes(synthetic.encode_image(portrait, "jpeg"))
    st = edited.stat()
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))

    def portrait_shown() -> bool:
        pixmap = shown()
        return pixmap is not None and pixmap.height() > pixmap.width()

    qtbot.waitUntil(portrait_shown, timeout=LONG)
    assert Path(edited).exists()


def test_thumbnail_decoding_leaves_a_core_to_the_window():
    """While the user scrolls, decoding threads that take every core make the window wait
    for one (frames of 40-130 ms on 2 cores); one core stays free, and a few threads at most
    work at once however many cores there are."""
    from mclip_desktop.gui.thumbnails import worker_count

    assert [worker_count(cpus) for cpus in (1, 2, 3, 4, 8, 64)] == [1, 1, 2, 3, 4, 4]


def test_a_cell_painted_while_its_thumbnail_loads_is_painted_again_when_it_comes(
    qtbot, tmp_path
):
    """Each cell first shows a placeholder; when its thumbnail is ready the grid is told to
    repaint that cell, found from where the placeholder was painted (date tiles make a
    cell's row differ from the photo's place in the list)."""
    folder = tmp_path / "photos"
    folder.mkdir()
    paths = []
    for i, colour in enumerate(("red", "green", "blue", "yellow", "red", "blue")):
        path = folder / f"IMG_{i}.jpg"
        synthetic.make_photo(colour, "circle", width=320, height=240, seed=i).save(path)
        paths.append(str(path))
    dates = ["2024-05-02T10:00:00"] * 3 + ["2024-03-01T10:00:00"] * 3
    provider, model, view = bare_grid(qtbot, tmp_path)
    repainted: set[int] = set()
    model.dataChanged.connect(
        lambda first, last, roles: repainted.update(range(first.row(), last.row() + 1))
        if Qt.ItemDataRole.DecorationRole in roles
        else None
    )
    try:
        model.set_browse(paths, dates)
        view.show()
        # Read row by row: looking a path up would make the model's path index, which the
        # grid alone does not make while it paints.
        cells = {r for r in range(model.rowCount()) if model.path_of_row(r) in paths}
        assert len(cells) == len(paths)
        qtbot.waitUntil(lambda: repainted >= cells, timeout=LONG)
        assert repainted == cells  # the photos' cells, not the date tiles
        assert all(provider.pixmap(p) is not None for p in paths)
    finally:
        provider.shutdown()
