"""The desktop app, offscreen, with the tiny model pair and generated photos."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication

from mclip_desktop.core.search import SearchResult
from mclip_desktop.gui.dialogs import FailuresDialog
from mclip_desktop.gui.preview import PreviewWindow
from mclip_desktop.gui.results import PathRole, ResultsModel
from tests.support import synthetic

LONG = 60_000


def wait_models(qtbot, desktop) -> None:
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        desktop.start()


def index_folder(qtbot, desktop, folder: Path) -> None:
    desktop.window.add_folder(str(folder))
    def done() -> bool:
        counts = desktop.engine.counts()
        return counts.indexed > 0 and counts.pending == 0

    qtbot.waitUntil(done, timeout=LONG)


def search(qtbot, desktop, text: str) -> list[str]:
    window = desktop.window
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        if text.isascii():
            qtbot.keyClicks(window.search_edit, text)  # results follow typing, debounced
        else:
            window.search_edit.setText(text)  # QTest types ASCII only
            qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    return [r.path for r in window.model.results()]


def test_first_start_shows_the_window_and_proposes_pictures(
    qtbot, make_desktop, photo_folder, monkeypatch
):
    from mclip_desktop.gui.main_window import MainWindow

    pictures, truth = photo_folder
    monkeypatch.setattr(MainWindow, "pictures_folder", lambda self: str(pictures))
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    window = desktop.window
    assert window.isVisible()
    assert "any language" in window.search_edit.placeholderText()
    assert window.pages.currentIndex() == 0
    assert "No folders yet" in window.empty_label.text()
    # The link names the folder as people read it, not as an absolute path.
    assert "Add Pictures" in window.empty_label.text() or "Add ~/" in window.empty_label.text()
    assert str(pictures) not in window.empty_label.text()
    # Following the proposal watches the Pictures folder and indexes it.
    window.empty_label.linkActivated.emit("add-pictures")
    assert [f.path for f in desktop.engine.folders()] == [str(pictures)]
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)


@pytest.mark.parametrize(
    "query,expected",
    [("red circle", ("red", "circle")), ("grünes Quadrat", ("green", "square")),
     ("蓝色三角形", ("blue", "triangle")), ("жёлтая звезда", ("yellow", "star"))],
)  # fmt: skip
def test_typed_queries_in_several_languages_put_the_right_photos_first(
    qtbot, make_desktop, photo_folder, query, expected
):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    results = search(qtbot, desktop, query)
    top = [truth[Path(p)] for p in results[:2]]
    assert top == [expected, expected]
    assert desktop.window.pages.currentIndex() == 1


def test_query_typed_before_models_are_ready_runs_when_they_are(qtbot, make_desktop, photo_folder):
    folder, truth = photo_folder
    desktop = make_desktop()
    library = desktop.engine.library
    # Indexed before the window starts, so that the query has photos to find.
    library.add_folder(str(folder))
    library.indexer().run()
    library.save_index()
    desktop.window.search_edit.setText("yellow circle")
    desktop.window.run_search()
    assert desktop.window.model.rowCount() == 0  # no text model yet: the query waits
    desktop.start()
    # The window browses first; the typed query runs once the text model has loaded.
    qtbot.waitUntil(
        lambda: desktop.engine.models_ok
        and not desktop.window.model.browsing
        and desktop.window.model.rowCount() > 0,
        timeout=LONG,
    )
    assert truth[Path(desktop.window.model.path_at(0))] == ("yellow", "circle")


def test_dropping_a_photo_searches_by_example(qtbot, make_desktop, photo_folder, tmp_path):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    query = tmp_path / "dropped.jpg"
    synthetic.make_photo("green", "star", width=640, height=480, seed=77).save(query)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(query))])
    window = desktop.window
    event = QDropEvent(QPoint(200, 200).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.dropEvent(event)
    assert [c.term.value for c in window.query_bar.chips] == [str(query)]
    assert truth[Path(window.model.path_at(0))] == ("green", "star")
    # The chip's × removes the image query.
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.query_bar.chips[0].remove_button.click()
    assert not window.query_bar.chips and window.model.browsing


def test_context_menu_actions(qtbot, make_desktop, photo_folder, monkeypatch):
    folder, truth = photo_folder
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    search(qtbot, desktop, "blue square")
    window = desktop.window
    first = window.model.path_at(0)
    menu = window.context_menu_for(first)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {
        "Preview", "Open", "Show in folder", "Copy image", "Copy path", "Find similar",
        "More like this", "Less like this", "Copy to…", "Move to trash",
    }  # fmt: skip
    actions["Open"].trigger()
    actions["Show in folder"].trigger()
    assert opened == [first, os.path.dirname(first)]
    actions["Copy path"].trigger()
    assert QGuiApplication.clipboard().text() == first
    actions["Copy image"].trigger()
    assert not QGuiApplication.clipboard().image().isNull()
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        actions["Find similar"].trigger()
    assert [c.term.value for c in window.query_bar.chips] == [first]
    assert first not in [r.path for r in window.model.results()]  # the example itself is left out
    assert truth[Path(window.model.path_at(0))] == truth[Path(first)]
    menu.deleteLater()


def test_adding_and_removing_a_folder(qtbot, make_desktop, photo_folder):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    progress: list[tuple[int, int]] = []
    desktop.engine.indexing_progressed.connect(
        lambda done, total, rate: progress.append((done, total))
    )
    index_folder(qtbot, desktop, folder)
    assert [f.path for f in desktop.engine.folders()] == [str(folder)]
    qtbot.waitUntil(lambda: progress and progress[-1] == (len(truth), len(truth)), timeout=LONG)
    assert progress[0] == (0, len(truth))
    qtbot.waitUntil(lambda: "searchable" in desktop.window.status_label.text(), timeout=LONG)
    desktop.window.remove_folder(str(folder))
    assert desktop.engine.folders() == []
    assert desktop.engine.counts().indexed == 0
    qtbot.waitUntil(lambda: "No folders yet" in desktop.window.empty_label.text(), timeout=LONG)


def test_folders_not_read_yet_are_not_called_empty(
    qtbot, make_desktop, photo_folder, tmp_path
):  # fmt: skip
    """Folders added from the command line and not read yet: until the first scan has read
    them the window says it is looking for photos, not that they hold none; then it shows
    them. A folder that really holds none is called empty once read."""
    from mclip_desktop import cli
    from tests.conftest import TINY_IMAGE, TINY_TEXT

    folder, truth = photo_folder
    empty = tmp_path / "Scans"
    empty.mkdir()
    options = ["--data-dir", str(tmp_path / "data"), "--image-model", str(TINY_IMAGE)]
    options += ["--text-model", str(TINY_TEXT)]
    for path in (folder, empty):
        assert cli.main([*options, "folders", "add", str(path)], out=io.StringIO()) == 0
    desktop = make_desktop()
    desktop.start()
    window = desktop.window
    assert window.pages.currentIndex() == 0
    assert "Looking for photos" in window.empty_label.text()
    assert "could be read" not in window.empty_label.text()
    qtbot.waitUntil(lambda: len(window.model.paths()) == len(truth), timeout=LONG)
    assert window.pages.currentIndex() == 1
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.folders_item.childCount() == 2, timeout=LONG)
    item = next(
        sidebar.folders_item.child(i) for i in range(2)
        if sidebar.folders_item.child(i).toolTip(0) == str(empty)
    )  # fmt: skip
    sidebar.setCurrentItem(item)
    # The folder is the sidebar's scope, not a filter to clear: the folder is said to be empty.
    said = "Scans holds no photos that could be read"
    qtbot.waitUntil(lambda: said in window.empty_label.text(), timeout=LONG)
    assert "filters" not in window.empty_label.text()


def test_offline_without_the_model_offers_to_choose_a_folder(qtbot, make_desktop):
    desktop = make_desktop(text_model="someone/not-downloaded")
    with qtbot.waitSignal(desktop.engine.models_failed, timeout=LONG):
        desktop.start()
    text = desktop.window.empty_label.text()
    assert "someone/not-downloaded" in text
    assert "Choose model folder" in text and "Retry" in text
    assert "Traceback" not in text


def test_results_model_passes_the_model_tester(qtmodeltester, qapp, tmp_path):
    from mclip_desktop.core.thumbnails import ThumbnailCache
    from mclip_desktop.gui.thumbnails import ThumbnailProvider

    provider = ThumbnailProvider(ThumbnailCache(tmp_path / "thumbs"))
    model = ResultsModel(provider)
    model.set_results([SearchResult(f"/photos/{i}.jpg", 1 - i / 10) for i in range(5)])
    qtmodeltester.check(model)
    assert model.data(model.index(2), PathRole) == "/photos/2.jpg"
    # Refreshing with the same photos in the same order plus new ones inserts in place.
    model.set_results([SearchResult("/photos/new.jpg", 0.99)] + model.results())
    assert model.rowCount() == 6 and model.path_at(0) == "/photos/new.jpg"
    mime = model.mimeData([model.index(1), model.index(2)])
    assert [u.toLocalFile() for u in mime.urls()] == ["/photos/0.jpg", "/photos/1.jpg"]
    provider.shutdown()


def test_unreadable_files_are_counted_and_listed_with_reasons(qtbot, make_desktop, tmp_path):
    folder = tmp_path / "Camera"
    folder.mkdir()
    synthetic.make_photo("red", "square", width=320, height=240, seed=1).save(folder / "good.jpg")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 half a header")
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    desktop.window.add_folder(str(folder))
    button = desktop.window.failures_button
    qtbot.waitUntil(
        lambda: button.isVisible() and button.text() == "1 unreadable file", timeout=LONG
    )
    button.click()
    dialog = desktop.window.findChild(FailuresDialog)
    assert dialog is not None and dialog.isVisible()
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == str(folder / "broken.jpg") and "truncated or damaged" in item.text(1)
    dialog.close()


def test_keyboard_preview_zoom_and_remembered_settings(qtbot, make_desktop, photo_folder):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    window = desktop.window
    search(qtbot, desktop, "star")
    # Ctrl+F focuses the search box; Esc clears the query and the grid.
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    # Space on a result opens the large preview with the photo's details.
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    preview = window.findChild(PreviewWindow)
    assert preview is not None and preview.isVisible()
    assert os.path.basename(window.model.path_at(0)) in preview.info_text()
    preview.close()
    # Ctrl+- makes thumbnails smaller; the size is remembered for the next start.
    before = window.view.gridSize().width()
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    smaller = window.settings.thumbnail_size
    assert window.view.gridSize().width() < before
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    # Esc leaves the query: the grid browses the whole library again.
    assert window.search_edit.text() == "" and window.model.browsing
    assert len(window.model.paths()) == len(truth)
    desktop.shutdown()
    again = make_desktop()
    assert again.window.settings.thumbnail_size == smaller
    assert [f.path for f in again.engine.folders()] == [str(folder)]


def test_first_run_downloads_the_models_with_progress(qtbot, make_desktop, monkeypatch, tmp_path):
    import huggingface_hub.constants as hub_constants

    from tests.conftest import TINY_IMAGE, TINY_TEXT
    from tests.support.hub_server import LocalHub

    monkeypatch.setattr(hub_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    repos = {
        "sentence-transformers/clip-ViT-B-32": TINY_IMAGE,
        "sentence-transformers/clip-ViT-B-32-multilingual-v1": TINY_TEXT,
    }
    with LocalHub(repos):
        desktop = make_desktop(
            image_model="clip-ViT-B-32",
            text_model="sentence-transformers/clip-ViT-B-32-multilingual-v1",
        )
        seen: list[str] = []
        desktop.engine.download_progressed.connect(
            lambda *_: seen.append(desktop.window.status_label.text())
        )
        wait_models(qtbot, desktop)
    assert seen and seen[-1].startswith("Downloading ") and "MB" in seen[-1]
    assert "any language" in desktop.window.search_edit.placeholderText()
    assert not desktop.window.cancel_button.isVisible()
