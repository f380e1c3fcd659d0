"""Thumbnails follow the photos: one edited in place while the app runs is shown anew."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

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
