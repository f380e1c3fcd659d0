"""The duplicates review, offscreen: groups side by side, another keeper, the trash."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.gui.test_app import LONG, index_folder, wait_models
from tests.support.copies import write_set


@pytest.fixture
def trash_home(tmp_path, monkeypatch):
    """The desktop trash under tmp_path (send2trash reads its folder when imported)."""
    import send2trash.plat_other as trash

    share = tmp_path / "share"
    monkeypatch.setattr(trash, "XDG_DATA_HOME", bytes(share))
    monkeypatch.setattr(trash, "HOMETRASH_B", bytes(share / "Trash"))
    monkeypatch.setattr(trash, "HOMETRASH", str(share / "Trash"))
    return share / "Trash" / "files"


def open_review(qtbot, desktop):
    window = desktop.window
    window.duplicates_action.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitUntil(lambda: not dialog._busy and dialog.group_list.count() > 0, timeout=LONG)
    return dialog


def test_review_shows_groups_and_trashes_all_but_the_chosen_copy(
    qtbot, make_desktop, tmp_path, trash_home
):
    photos = tmp_path / "photos"
    write_set(photos, 2, seed=515, derived=("resize50", "jpeg60"), burst=0, lookalikes=0)
    shutil.copy(photos / "p0001.jpg", photos / "p0001 copy.jpg")  # the newer copy
    os.utime(photos / "p0001.jpg", (1_600_000_000, 1_600_000_000))
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, photos)
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == 7, timeout=LONG)

    dialog = open_review(qtbot, desktop)
    assert dialog.group_list.count() == 2
    dialog.group_list.setCurrentRow(0)
    group = dialog.groups[0]
    assert group.keep.path.endswith("p0000.jpg")
    assert len(dialog.cards) == 3 and dialog.cards[0].keep.isChecked()
    # The runner-up (the JPEG-60 copy) has as many pixels: compression decided.
    assert "p0000.jpg" in dialog.reason.text() and "compression" in dialog.reason.text()
    # Sizes and dimensions are shown on each card.
    assert "640 × 480" in dialog.cards[0].findChildren(type(dialog.reason))[-1].text()
    dialog.zoom_box.setChecked(True)
    assert len(dialog.cards) == 3 and dialog.cards[0].picture.pixmap() is not None

    # The user keeps the JPEG-60 copy instead.
    chosen = next(c for c in dialog.cards if c.member.path.endswith("p0000-jpeg60.jpg"))
    chosen.keep.setChecked(True)
    with qtbot.waitSignal(dialog.trash_finished, timeout=LONG) as moved:
        dialog.trash_one.click()
    assert moved.args == [2, 0]
    assert (photos / "p0000-jpeg60.jpg").exists()
    assert not (photos / "p0000.jpg").exists() and not (photos / "p0000-resize50.jpg").exists()
    assert {p.name for p in trash_home.iterdir()} == {"p0000.jpg", "p0000-resize50.jpg"}
    qtbot.waitUntil(lambda: not dialog._busy and dialog.group_list.count() == 1, timeout=LONG)

    with qtbot.waitSignal(dialog.trash_finished, timeout=LONG):
        dialog.trash_all.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=LONG)
    assert dialog.group_list.count() == 0
    assert (photos / "p0001.jpg").exists()
    assert not (photos / "p0001 copy.jpg").exists()
    assert desktop.engine.counts().indexed == 2
    dialog.close()


def test_the_sidebar_counts_groups_as_photos_arrive_and_opens_the_review(
    qtbot, make_desktop, tmp_path
):
    from PySide6.QtCore import Qt

    photos = tmp_path / "photos"
    write_set(photos, 2, seed=616, derived=("resize50",), burst=0, lookalikes=0)
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    sidebar = desktop.window.sidebar
    entry = sidebar.duplicates_item
    assert entry.isHidden()  # nothing indexed, nothing to review
    index_folder(qtbot, desktop, photos)
    qtbot.waitUntil(lambda: not entry.isHidden() and entry.text(0).endswith("2"), timeout=LONG)

    # A photo and its copy arrive in the watched folder: the entry follows the indexing.
    more = write_set(tmp_path / "more", 1, seed=617, derived=("jpeg60",), burst=0, lookalikes=0)
    for name in more.files:
        shutil.copy(more.root / name, photos / f"new-{name}")
    qtbot.waitUntil(lambda: entry.text(0).endswith("3"), timeout=LONG)

    scope = sidebar.scope()
    rect = sidebar.visualItemRect(entry)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = desktop.window.duplicates_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog._busy and dialog.group_list.count() == 3, timeout=LONG)
    assert sidebar.scope() == scope  # the grid keeps showing what it showed
    dialog.close()


def test_a_large_library_is_not_looked_over_until_the_review_opens(
    qtbot, make_desktop, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt

    from mclip_desktop.gui import duplicates as review

    # "Large" made small: looking over the whole library waits for the user.
    monkeypatch.setattr(review, "AUTO_LOOK_MAX", 1)
    looks: list[int] = []
    real_look = review.look_for_duplicates
    monkeypatch.setattr(
        review, "look_for_duplicates", lambda *a, **k: looks.append(1) or real_look(*a, **k)
    )
    photos = tmp_path / "photos"
    write_set(photos, 2, seed=618, derived=("resize50",), burst=0, lookalikes=0)
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    sidebar = desktop.window.sidebar
    entry = sidebar.duplicates_item
    index_folder(qtbot, desktop, photos)
    # The entry is there, without a number, and nothing has looked over the library.
    qtbot.waitUntil(lambda: not entry.isHidden(), timeout=LONG)
    assert entry.text(0) == "Duplicates" and not looks
    rect = sidebar.visualItemRect(entry)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = desktop.window.duplicates_dialog
    qtbot.waitUntil(lambda: not dialog._busy and dialog.group_list.count() == 2, timeout=LONG)
    # The review's look gives the sidebar its number.
    qtbot.waitUntil(lambda: entry.text(0).endswith("2"), timeout=LONG)
    dialog.close()
