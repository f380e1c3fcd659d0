"""A photo whose name is not UTF-8 works in the app like any other: it is found, its name is
shown readably, its thumbnail appears, and opening or dragging it out names that very file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices

from mclip_desktop.gui.files import local_path
from tests.support import synthetic

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="names that are not UTF-8 are Linux's"
)

LONG = 60_000


def test_a_latin1_named_photo_is_found_shown_opened_and_dragged(
    qtbot, make_desktop, tmp_path, monkeypatch
):
    folder = tmp_path / "photos"
    synthetic.write_photo_collection(
        folder, per_class=1, seed=8, colours=("red", "blue"), shapes=("square", "star")
    )
    odd = folder / os.fsdecode(b"Urlaub_K\xf6ln.jpg")
    photo = synthetic.make_photo("yellow", "circle", width=320, height=240, seed=5)
    odd.write_bytes(synthetic.encode_image(photo, "jpeg"))

    desktop = make_desktop()
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        desktop.start()
    desktop.window.add_folder(str(folder))
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == 5, timeout=LONG)
    window = desktop.window
    window.search_edit.setText("yellow circle")
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.run_search()
    model = window.model
    assert model.path_at(0) == str(odd)
    first = model.index(0, 0, QModelIndex())
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "Urlaub_K\ufffdln.jpg"

    model.data(first, Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
    qtbot.waitUntil(
        lambda: (
            desktop.thumbnails.pixmap(str(odd)) is not None or desktop.thumbnails.failed(str(odd))
        ),
        timeout=LONG,
    )
    assert not desktop.thumbnails.failed(str(odd))

    mime = model.mimeData([first])
    assert [local_path(url) for url in mime.urls()] == [str(odd)]
    assert os.path.isfile(local_path(mime.urls()[0]))

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(local_path(url)) or True
    )
    window.open_path(str(odd))
    window.show_in_folder(str(odd))
    assert opened == [str(odd), str(folder)]
    assert Path(opened[0]).exists()
