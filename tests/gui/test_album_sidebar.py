"""Albums in the main window's sidebar: created from the sidebar with a live preview, listed
with their counts (kept current as photos arrive), shown in the main grid where a query ranks
inside the album, "not in this album" from the grid, and removed after asking."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QMessageBox

from mclip_desktop.gui.scope import ScopeKind
from tests.gui.test_app import LONG, index_folder, search, wait_models
from tests.support import synthetic


def _album_texts(sidebar) -> list[str]:
    return [sidebar.albums_item.child(i).text(0) for i in range(sidebar.albums_item.childCount())]


def test_an_album_lives_in_the_sidebar_and_the_main_grid(
    qtbot, make_desktop, photo_folder, tmp_path, monkeypatch
):
    source, truth = photo_folder
    folder = tmp_path / "photos"
    shutil.copytree(source, folder)
    truth = {folder / p.relative_to(source): cls for p, cls in truth.items()}
    red = {str(p) for p, cls in truth.items() if cls[0] == "red"}
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    window = desktop.window
    sidebar = window.sidebar
    assert sidebar.albums_item.isHidden()
    menu = sidebar.context_menu_for(sidebar.library_item)
    assert "New album…" in [a.text() for a in menu.actions()]

    dialog = window.albums.new_album()
    with qtbot.waitSignal(dialog.preview_shown, timeout=LONG) as shown:
        dialog.name_edit.setText("Rot")
        dialog.name_edit.textEdited.emit("Rot")
        dialog.labels_edit.setPlainText("rot\n红色")
    previewed = shown.args[0]
    assert previewed > 0
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        dialog.accept()
    # The new album is listed with its count and is what the grid shows.
    qtbot.waitUntil(lambda: window.sidebar.scope().kind is ScopeKind.ALBUM, timeout=LONG)
    qtbot.waitUntil(lambda: set(window.model.paths()) and len(window.model.paths()) == previewed,
                    timeout=LONG)
    assert not sidebar.albums_item.isHidden()
    assert _album_texts(sidebar) == [f"Rot  {previewed}"]
    members = window.model.paths()
    assert set(members) <= red
    # The grid is the library's: months as while browsing, and a query ranks inside it.
    assert window.model.browsing
    search(qtbot, desktop, "circle")
    # A browse of the album may still land first (its count refresh); the query's answer
    # is the one that ranks.
    qtbot.waitUntil(lambda: not window.model.browsing, timeout=LONG)
    found = [r.path for r in window.model.results()]
    assert found and set(found) <= set(members)
    assert truth[next(p for p in truth if str(p) == found[0])] == ("red", "circle")
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.clear_query()
    assert sorted(window.model.paths()) == sorted(members)

    # "Not in this album" from the grid: the photo leaves the grid and the count.
    first = window.model.paths()[0]
    menu = window.context_menu_for(first)
    texts = [a.text() for a in menu.actions()]
    assert "Not in this album" in texts and "Always in this album" in texts
    next(a for a in menu.actions() if a.text() == "Not in this album").trigger()
    qtbot.waitUntil(lambda: first not in window.model.paths(), timeout=LONG)
    qtbot.waitUntil(lambda: _album_texts(sidebar) == [f"Rot  {previewed - 1}"], timeout=LONG)

    # A red photo arriving in the watched folder joins the album and its count.
    newcomer = folder / "sub" / "new red.png"
    newcomer.parent.mkdir(exist_ok=True)
    synthetic.make_photo("red", "circle", width=800, height=600, seed=4711).save(newcomer)
    qtbot.waitUntil(lambda: str(newcomer) in window.model.paths(), timeout=LONG)
    qtbot.waitUntil(
        lambda: _album_texts(sidebar) == [f"Rot  {len(window.model.paths())}"], timeout=LONG
    )

    # Removing asks first; then the section hides and the grid shows the library.
    album_item = sidebar.albums_item.child(0)
    actions = [a.text() for a in sidebar.context_menu_for(album_item).actions() if a.text()]
    assert actions == ["New album…", "Edit album…", "Export…", "Remove album…"]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    scope = sidebar.scope()
    assert window.albums.confirm_remove(scope.album, scope.name)
    assert "Rot" in asked[0] and "stay" in asked[0]
    qtbot.waitUntil(lambda: sidebar.albums_item.isHidden(), timeout=LONG)
    qtbot.waitUntil(lambda: len(window.model.paths()) == len(truth) + 1, timeout=LONG)
    assert sidebar.scope().kind is ScopeKind.LIBRARY


def test_editing_an_album_keeps_its_overrides_and_export_copies_its_photos(
    qtbot, make_desktop, photo_folder, tmp_path
):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    window = desktop.window
    sidebar = window.sidebar
    dialog = window.albums.new_album()
    dialog.name_edit.setText("Rot")
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        dialog.accept()
    qtbot.waitUntil(lambda: sidebar.scope().kind is ScopeKind.ALBUM, timeout=LONG)
    qtbot.waitUntil(lambda: len(window.model.paths()) > 0, timeout=LONG)
    blue = next(str(p) for p, cls in truth.items() if cls[0] == "blue")
    window.albums.set_override(sidebar.scope().album, [blue], True)
    qtbot.waitUntil(lambda: blue in window.model.paths(), timeout=LONG)

    # Edit: a new name and labels; the pinned photo stays in.
    with qtbot.waitSignal(window.albums.editor_opened, timeout=LONG) as opened:
        window.albums.edit_album(sidebar.scope().album)
    editor = opened.args[0]
    assert editor.name_edit.text() == "Rot"
    editor.name_edit.setText("Rote Dinge")
    editor.labels_edit.setPlainText("rot\nroter Kreis")
    editor.accept()
    qtbot.waitUntil(lambda: _album_texts(sidebar)[:1] and
                    _album_texts(sidebar)[0].startswith("Rote Dinge  "), timeout=LONG)
    qtbot.waitUntil(lambda: blue in window.model.paths(), timeout=LONG)
    shown = set(window.model.paths())
    red = {str(p) for p, cls in truth.items() if cls[0] == "red"}
    assert shown - {blue} <= red

    target = tmp_path / "export"
    target.mkdir()
    scope = sidebar.scope()
    window.albums.export(scope.album, scope.name, str(target))
    qtbot.waitUntil(lambda: len(list(target.iterdir())) == len(shown), timeout=LONG)
    qtbot.waitUntil(lambda: "Copied" in window.status.notice_label.text(), timeout=LONG)
