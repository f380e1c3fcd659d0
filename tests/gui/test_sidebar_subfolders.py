"""The sidebar's Folders tree goes down into subfolders: expanded on demand, with counts,
only those holding photos; choosing one scopes the grid and any query to it."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui.test_app import LONG, search
from tests.gui.test_library_window import browse_ready, dated_folder  # noqa: F401 - fixture
from tests.gui.test_search_window import core_answer
from tests.support import synthetic


def test_subfolders_expand_with_counts_and_scope_the_grid_and_queries(
    qtbot, make_desktop, dated_folder  # noqa: F811 - the fixture
):
    beach = dated_folder / "trip" / "beach"
    beach.mkdir()
    synthetic.make_photo("red", "circle", width=320, height=240, seed=99).save(
        beach / "IMG_100.jpg"
    )
    (dated_folder / "notes").mkdir()
    (dated_folder / "notes" / "todo.txt").write_text("no photos in here")
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 13)
    window = desktop.window
    sidebar = window.sidebar
    qtbot.waitUntil(
        lambda: sidebar.folders_item.childCount() == 1
        and sidebar.folders_item.child(0).text(0) == "Pictures  13",
        timeout=LONG,
    )
    pictures = sidebar.folders_item.child(0)
    assert pictures.childCount() == 0  # read only when the user opens it
    pictures.setExpanded(True)
    # "notes" holds no photo: not shown. "trip" counts its own subfolder's photo too.
    qtbot.waitUntil(lambda: pictures.childCount() == 1, timeout=LONG)
    trip = pictures.child(0)
    assert trip.text(0) == "trip  3"
    indicator = QTreeWidgetItem.ChildIndicatorPolicy
    assert trip.childIndicatorPolicy() == indicator.ShowIndicator  # it goes deeper
    assert trip.toolTip(0) == str(dated_folder / "trip")

    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        sidebar.setCurrentItem(trip)
    shown = window.model.paths()
    assert len(shown) == 3
    assert all(p.startswith(str(dated_folder / "trip") + os.sep) for p in shown)

    trip.setExpanded(True)
    qtbot.waitUntil(lambda: trip.childCount() == 1, timeout=LONG)
    assert trip.child(0).text(0) == "beach  1"
    # A subfolder without subfolders of its own shows no expand arrow.
    assert trip.child(0).childIndicatorPolicy() == indicator.DontShowIndicatorWhenChildless
    search(qtbot, desktop, "red circle")
    # In a library this small the red circle may count as a match or a weaker one; either
    # way the query stays inside the subfolder and finds it there.
    matches, weaker = core_answer(desktop, window.build_request())
    assert window.model.paths() == matches
    assert str(beach / "IMG_100.jpg") in matches + weaker
    assert all(p.startswith(str(dated_folder / "trip") + os.sep) for p in matches + weaker)

    # Counts coming in again (indexing progress) keep the tree open and the subfolder chosen.
    sidebar.set_folders(window.engine.folders(), {str(dated_folder): (13, 0)})
    assert sidebar.scope().folder == str(dated_folder / "trip")
    assert pictures.isExpanded() and pictures.child(0) is trip
