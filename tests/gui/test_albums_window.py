"""Albums in the desktop app, offscreen: a new album previews its members while the user
types, the list shows counts, the strictness slider moves the live count, and "not in this
album" takes a photo out and keeps it out."""

from __future__ import annotations

from tests.gui.test_app import LONG, index_folder, wait_models


def test_new_album_previews_then_lists_with_count_slider_and_override(
    qtbot, make_desktop, photo_folder
):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    window = desktop.window
    window.albums_action.trigger()
    albums = window.albums_window
    assert albums is not None and albums.isVisible()
    panel = albums.panel

    dialog = panel.new_album()
    with qtbot.waitSignal(dialog.preview_shown, timeout=LONG) as shown:
        dialog.name_edit.setText("Rot")
        dialog.name_edit.textEdited.emit("Rot")
        dialog.labels_edit.setPlainText("rot\n红色")
    red = {str(p) for p, cls in truth.items() if cls[0] == "red"}
    previewed = [r.path for r in dialog.preview_model.results()]
    assert shown.args[0] == len(previewed) > 0 and set(previewed) <= red
    assert "match" in dialog.count_label.text()

    with qtbot.waitSignal(panel.album_shown, timeout=LONG) as shown:
        dialog.accept()
    count = shown.args[0]
    assert count >= len(previewed)
    assert panel.album_list.count() == 1
    assert panel.album_list.item(0).text() == f"Rot ({count})"
    members = [r.path for r in panel.model.results()]
    assert set(members) <= red

    # Loose takes in at least as many photos as strict; the count follows the slider.
    with qtbot.waitSignal(panel.album_shown, timeout=LONG) as loose:
        panel.slider.setValue(0)
    with qtbot.waitSignal(panel.album_shown, timeout=LONG) as strict:
        panel.slider.setValue(100)
    assert loose.args[0] >= count >= strict.args[0] and loose.args[0] > strict.args[0]
    with qtbot.waitSignal(panel.album_shown, timeout=LONG):
        panel.slider.setValue(50)

    # "Not in this album" from the context menu: the photo leaves and stays out.
    first = panel.model.results()[0].path
    menu = panel.context_menu_for([first])
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Not in this album", "Always in this album", "Back to automatic"]
    with qtbot.waitSignal(panel.album_shown, timeout=LONG) as shown:
        menu.actions()[0].trigger()
    assert first not in [r.path for r in panel.model.results()]
    assert shown.args[0] == count - 1
    with qtbot.waitSignal(panel.album_shown, timeout=LONG):
        panel.slider.setValue(0)
    assert first not in [r.path for r in panel.model.results()]
    albums.close()
    assert window.albums_window is None or not window.albums_window.isVisible()
