"""The library window as a user meets it: browsing by date, the sidebar, the preview, acting
on a selection, the settings, and the rough edges a first try found."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mclip_desktop.gui.preview import PreviewWindow
from mclip_desktop.gui.results import HeaderRole, PathRole
from tests.gui.conftest import bare_grid
from tests.gui.test_app import LONG, index_folder, search, wait_models
from tests.support import synthetic
from tests.unit.test_browse import use_test_trash

MONTHS = ["2024-03", "2023-11", "2021-07"]


@pytest.fixture
def dated_folder(tmp_path: Path) -> Path:
    """Twelve photos over three months (file dates), two in a "trip" subfolder."""
    root = tmp_path / "Pictures"
    (root / "trip").mkdir(parents=True)
    classes = [(c, s) for c in ("red", "green", "blue") for s in ("circle", "square")]
    n = 0
    for month_index, month in enumerate(MONTHS):
        for day in range(4):
            colour, shape = classes[n % len(classes)]
            folder = root / "trip" if month_index == 1 and day < 2 else root
            path = folder / f"IMG_{n:03d}.jpg"
            synthetic.make_photo(colour, shape, width=320, height=240, seed=n).save(path)
            when = time.mktime(time.strptime(f"{month}-{20 - day} 12:00", "%Y-%m-%d %H:%M"))
            os.utime(path, (when, when))
            n += 1
    return root


def browse_ready(qtbot, desktop, folder: Path, count: int) -> None:
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    window = desktop.window
    qtbot.waitUntil(
        lambda: window.model.browsing and len(window.model.paths()) == count, timeout=LONG
    )


def test_without_a_query_the_grid_browses_every_photo_newest_first_by_month(
    qtbot, make_desktop, dated_folder
):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    model = window.model
    assert window.pages.currentIndex() == 1
    assert model.months() == MONTHS
    headers = [model.index(r).data(HeaderRole) for r in range(model.rowCount())]
    assert [h for h in headers if h] == MONTHS
    # Each month starts a grid row with its date tile; photos follow newest first.
    columns = window.view.columns()
    for month in MONTHS:
        assert model.header_row(month) % columns == 0
    assert model.index(model.header_row("2024-03")).data() == "March 2024"
    names = [Path(p).name for p in model.paths()]
    assert names == [f"IMG_{n:03d}.jpg" for n in range(12)]
    # Date tiles are not photos: not selectable, no path, not dragged.
    assert not model.index(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert model.index(0).data(PathRole) is None
    # Jump to date moves to that month's tile.
    window.jump_to_month("2021-07")
    assert window.view.currentIndex().data(PathRole).endswith("IMG_008.jpg")
    window._fill_jump_menu()
    years = [a.text() for a in window.jump_menu.actions()]
    assert years == ["2024", "2023", "2021"]


def test_sidebar_folders_filter_the_grid_and_searches(qtbot, make_desktop, dated_folder):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    sidebar = window.sidebar
    # Albums and Duplicates wait, hidden, until their features fill them.
    assert sidebar.albums_item.isHidden() and sidebar.duplicates_item.isHidden()
    qtbot.waitUntil(lambda: sidebar.folders_item.childCount() == 1, timeout=LONG)
    qtbot.waitUntil(lambda: sidebar.folders_item.child(0).text(0) == "Pictures  12", timeout=LONG)
    assert sidebar.folders_item.child(0).toolTip(0) == str(dated_folder)
    # Choosing the folder filters the grid, then any query, to that folder.
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        sidebar.setCurrentItem(sidebar.folders_item.child(0))
    assert len(window.model.paths()) == 12
    window.exclude_folder(str(dated_folder / "trip"))
    qtbot.waitUntil(lambda: len(window.model.paths()) == 10, timeout=LONG)
    assert not any("/trip/" in p for p in window.model.paths())
    results = search(qtbot, desktop, "red circle")
    assert results and all(p.startswith(str(dated_folder) + os.sep) for p in results)
    assert not any("/trip/" in p for p in results)


def test_removing_a_folder_asks_first_and_says_the_photos_leave_the_index(
    qtbot, make_desktop, dated_folder, monkeypatch
):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    asked: list[str] = []

    def answer(button):
        def question(parent, title, text, *args):
            asked.append(text)
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not window.confirm_remove_folder(str(dated_folder))
    assert "leave the index" in asked[0] and "stay on disk" in asked[0]
    assert [f.path for f in desktop.engine.folders()] == [str(dated_folder)]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.confirm_remove_folder(str(dated_folder))
    assert desktop.engine.folders() == []
    qtbot.waitUntil(lambda: "No folders yet" in window.empty_label.text(), timeout=LONG)


def test_preview_moves_through_the_results_and_shows_details(
    qtbot, make_desktop, dated_folder, monkeypatch
):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    paths = window.model.paths()
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(window.model.row_of(paths[1])))
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    preview = window.findChild(PreviewWindow)
    assert preview is not None and preview.isVisible()
    assert preview.path == paths[1]
    assert preview.fields["dimensions"].text() == "320 × 240 pixels"

    def fits() -> bool:  # "fit" fills the visible area on one side
        shown, area = preview.image.pixmap().size(), preview.scroll.viewport().size()
        return abs(shown.width() - area.width()) <= 2 or abs(shown.height() - area.height()) <= 2

    qtbot.waitUntil(fits, timeout=5000)
    assert preview.fields["taken"].text().startswith("2024-03-19")
    assert preview.fields["path"].text() == str(dated_folder)
    assert preview.fields["size"].text() and preview.fields["camera"].text() == "unknown"
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    assert preview.path == paths[2] and window.view.currentIndex().data(PathRole) == paths[2]
    qtbot.keyClick(preview, Qt.Key.Key_Left)
    qtbot.keyClick(preview, Qt.Key.Key_Left)
    qtbot.keyClick(preview, Qt.Key.Key_Left)  # stays on the first
    assert preview.path == paths[0] and not preview.prev_button.isEnabled()
    # Zoom: fit, then actual size (the photo at its own pixel size).
    qtbot.keyClick(preview, Qt.Key.Key_Z)
    assert not preview.fit and preview.image.pixmap().size().width() == 320
    qtbot.keyClick(preview, Qt.Key.Key_Z)
    assert preview.fit
    qtbot.keyClick(preview, Qt.Key.Key_F11)
    assert preview.isFullScreen()
    qtbot.keyClick(preview, Qt.Key.Key_F11)
    assert not preview.isFullScreen()
    # A failing launcher is reported where the user looks, not lost on stderr.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    preview.open_button.click()
    assert "No application could open" in preview.message.text()
    assert "No application could open" in window.notice_label.text()
    preview.folder_button.click()
    assert "No file manager could show" in preview.message.text()
    preview.close()


def test_a_double_click_previews_the_photo_and_enter_opens_it(
    qtbot, make_desktop, dated_folder, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    path = window.model.paths()[3]
    rect = window.view.visualRect(window.model.index(window.model.row_of(path)))
    # A double-click is a press and release, then a second press the view sees as double.
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = window.findChild(PreviewWindow)
    assert preview is not None and preview.isVisible() and preview.path == path
    assert opened == []  # looked at here, not handed to another program
    menu = window.context_menu_for(path)
    assert menu.actions()[0].text() == "Preview" and menu.defaultAction() is menu.actions()[0]
    preview.close()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert opened == [path]


def test_selection_copy_to_and_move_to_trash(
    qtbot, make_desktop, dated_folder, tmp_path, monkeypatch
):
    trash = use_test_trash(tmp_path, monkeypatch)
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    paths = window.model.paths()
    view = window.view
    view.setFocus()
    view.setCurrentIndex(window.model.index(window.model.row_of(paths[0])))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_paths() == paths[:2]
    target = tmp_path / "copies"
    target.mkdir()
    (target / Path(paths[0]).name).write_bytes(b"taken")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(target))
    window.copy_to_action.trigger()
    assert sorted(p.name for p in target.iterdir()) == sorted(
        [Path(paths[0]).name, Path(paths[0]).stem + " (2).jpg", Path(paths[1]).name]
    )
    assert (target / Path(paths[0]).name).read_bytes() == b"taken"  # never overwritten
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    trashed = sorted(p.name for p in (trash / "files").iterdir())
    assert trashed == sorted(Path(p).name for p in paths[:2])
    assert window.model.paths() == paths[2:]
    assert "Moved 2 photos to the trash" in window.notice_label.text()
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == 10, timeout=LONG)


def test_settings_dialog_applies_threads_and_language_without_restarting(
    qtbot, make_desktop, dated_folder, monkeypatch
):
    from mclip_desktop.core import background, power

    monkeypatch.delenv("MCLIP_LANGUAGE", raising=False)
    monkeypatch.delenv(background.THREADS_ENV, raising=False)
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    dialog = desktop.window.show_settings()
    # The models in use, a folder as an absolute path that means the same from anywhere.
    assert dialog.image_model.text() == desktop.engine.library.models.image
    assert Path(dialog.text_model.text()).is_absolute()
    assert [dialog.device.itemData(i) for i in range(dialog.device.count())][:2] == [None, "cpu"]
    # A count other than the automatic one, which indexing uses until then.
    if background.cpu_count() < 2:
        pytest.skip("one core: every choice is one thread")
    choice = 2 if background.indexing_threads() == 1 else 1
    qtbot.waitUntil(lambda: desktop.engine._live.inference_threads not in (None, choice))
    dialog.threads.setValue(choice)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    try:
        dialog.accept()
        # Indexing itself computes with the chosen count, on its own thread.
        qtbot.waitUntil(lambda: desktop.engine._live.inference_threads == choice, timeout=LONG)
        assert desktop.settings.index_threads == choice and desktop.settings.language == "zh_CN"
        window = desktop.window
        assert window.isVisible()
        assert [a.text() for a in window.menuBar().actions()][0] == "文件(&F)"
    finally:
        power.set_inference_threads(None)
        desktop.change_language("en")
    assert [a.text() for a in desktop.window.menuBar().actions()][0] == "&File"


class Flicking:
    """A user flicking the grid from top to bottom and back, every 50 ms."""

    def __init__(self, bar) -> None:  # noqa: ANN001 - a QScrollBar
        self.bar = bar
        self.flicks = 0
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._flick)

    def _flick(self) -> None:
        self.bar.setValue(0 if self.bar.value() else self.bar.maximum())
        self.flicks += 1

    def go_on_for(self, qtbot, flicks: int) -> None:  # noqa: ANN001
        target = self.flicks + flicks
        qtbot.waitUntil(lambda: self.flicks >= target, timeout=LONG)


def reopened(qtbot, make_desktop, folder: Path):  # noqa: ANN001, ANN201
    """The app opened again on a library with the photos of ``folder`` in it, its window
    small enough to scroll: nothing is loaded yet."""
    first = make_desktop()
    browse_ready(qtbot, first, folder, 12)
    first.shutdown()
    desktop = make_desktop()
    desktop.window.resize(420, 360)
    return desktop


def test_the_text_model_waits_while_the_user_scrolls_and_comes_at_once_for_a_search(
    qtbot, make_desktop, dated_folder
):
    desktop = reopened(qtbot, make_desktop, dated_folder)
    window = desktop.window
    window.show()
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=LONG)
    # The user scrolls from the first screen on, while the app goes on starting.
    user = Flicking(bar)
    user.timer.start()
    try:
        user.go_on_for(qtbot, 2)
        desktop.start()
        qtbot.waitUntil(lambda: desktop.engine._started, timeout=LONG)
        user.go_on_for(qtbot, 60)  # three seconds: the model would have loaded by then
        assert not desktop.engine.models_ok
        qtbot.keyClicks(window.search_edit, "red circle")
        with qtbot.waitSignal(window.search_finished, timeout=LONG):
            qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
        assert desktop.engine.models_ok and user.timer.isActive()
        assert window.model.rowCount() > 0 and not window.model.browsing
    finally:
        user.timer.stop()


def test_new_photos_are_indexed_once_the_user_stops_scrolling(qtbot, make_desktop, dated_folder):
    desktop = reopened(qtbot, make_desktop, dated_folder)  # its image model is not loaded
    wait_models(qtbot, desktop)
    bar = desktop.window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and desktop.engine._live is not None, timeout=LONG)
    user = Flicking(bar)
    user.timer.start()
    try:
        for n in range(2):
            synthetic.make_photo("red", "star", width=320, height=240, seed=100 + n).save(
                dated_folder / f"NEW_{n}.jpg"
            )
        # Both are seen (the watcher goes on while indexing waits), neither is indexed.
        qtbot.waitUntil(lambda: desktop.engine.counts().pending == 2, timeout=LONG)
        user.go_on_for(qtbot, 60)  # three more seconds
        assert desktop.engine.counts().pending == 2  # loading the image model waits
    finally:
        user.timer.stop()
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == 14, timeout=LONG)


# -- rough edges ----------------------------------------------------------------------------


def test_a_new_query_starts_at_the_top_even_after_esc(qtbot, make_desktop, dated_folder):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    window.resize(700, 420)
    window.set_thumbnail_size(320)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=LONG)
    bar.setValue(bar.maximum())
    search(qtbot, desktop, "blue square")
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.model.browsing and bar.value() == 0


def test_down_from_the_search_box_and_tab_give_the_grid_a_current_photo(
    qtbot, make_desktop, dated_folder
):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    search(qtbot, desktop, "red circle")
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert window.view.hasFocus()
    assert window.view.currentIndex().data(PathRole) == window.model.path_at(0)
    assert window.selected_paths() == [window.model.path_at(0)]
    window.view.setCurrentIndex(window.model.index(-1))
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Tab)
    assert window.view.hasFocus() and window.view.currentIndex().isValid()


def test_only_the_chips_x_removes_the_image_query_and_undo_brings_it_back(
    qtbot, make_desktop, dated_folder, tmp_path
):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    example = tmp_path / "example.jpg"
    synthetic.make_photo("green", "square", width=300, height=200, seed=3).save(example)
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.find_similar(str(example))
    (chip,) = window.query_bar.chips
    assert chip.isVisible() and not chip.label_button.icon().isNull()  # its thumbnail
    # The chip is no taller than the search field above it.
    assert chip.height() <= window.search_edit.height()
    assert chip.remove_button.toolTip() and chip.remove_button.accessibleName()
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert not window.query_bar.chips and window.model.browsing
    assert window.undo_button.isVisible()
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.undo_button.click()
    assert [c.term.value for c in window.query_bar.chips] == [str(example)]
    assert window.query_bar.chips[0].isVisible() and not window.model.browsing


def test_file_dialogs_open_in_pictures_not_the_working_directory(
    qtbot, make_desktop, tmp_path, monkeypatch
):
    from mclip_desktop.gui.main_window import MainWindow

    pictures = tmp_path / "Pictures"
    pictures.mkdir()
    monkeypatch.setattr(MainWindow, "pictures_folder", lambda self: str(pictures))
    opened_in: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda parent, title, folder="": opened_in.append(folder) or "",
    )
    desktop = make_desktop()
    desktop.window.choose_folder()
    desktop.window.copy_to(["/photos/a.jpg"])
    assert opened_in == [str(pictures), str(pictures)]
    monkeypatch.setattr(MainWindow, "pictures_folder", lambda self: "")
    desktop.window.choose_folder()
    assert opened_in[-1] == os.path.expanduser("~")


@pytest.mark.parametrize("width", [640, 803, 1111])
def test_the_grid_fills_its_width_at_every_size(qtbot, make_desktop, dated_folder, width):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    window.resize(width, 600)
    qtbot.waitUntil(lambda: window.view.columns() * window.view.gridSize().width() > 0)
    view = window.view
    used = view.columns() * view.gridSize().width()
    assert 0 <= view.viewport().width() - used < view.columns()


def test_status_bar_names_what_pauses_and_sets_notices_apart(qtbot, make_desktop, dated_folder):
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    window = desktop.window
    window._on_engine_phase_changed("indexing")
    assert window.pause_button.text() == "Pause indexing"
    window._on_engine_phase_changed("paused")
    assert window.pause_button.text() == "Resume indexing"
    window._on_engine_phase_changed("idle")
    window.status_label.setText("12 photos searchable")
    window.flash("Watching somewhere", 5000)
    qtbot.waitUntil(lambda: window.notice_separator.isVisible())
    assert window.notice_separator.geometry().left() >= window.status_label.geometry().right()
    assert window.notice_label.geometry().left() >= window.notice_separator.geometry().right()
    window.clear_notice()
    assert not window.notice_separator.isVisible()


def _relative_luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = channel(color.redF()), channel(color.greenF()), channel(color.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_the_scrollbar_thumb_stands_out_from_its_groove(qtbot, make_desktop, dated_folder):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    window.resize(600, 400)
    window.set_thumbnail_size(320)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=LONG)
    image = bar.grab().toImage()
    x = image.width() // 2
    colors = {image.pixelColor(x, y).rgb(): image.pixelColor(x, y) for y in range(image.height())}
    lum = sorted(_relative_luminance(c) for c in colors.values())
    contrast = (lum[-1] + 0.05) / (lum[0] + 0.05)
    assert contrast >= 3.0  # WCAG's minimum for user-interface parts


def test_icon_only_buttons_say_what_they_do(qtbot, make_desktop, dated_folder, tmp_path):
    from PySide6.QtWidgets import QAbstractButton

    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    example = tmp_path / "example.jpg"
    synthetic.make_photo("red", "star", width=200, height=200, seed=9).save(example)
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        window.find_similar(str(example))
    preview = window.show_preview(window.model.path_at(0))
    buttons = window.findChildren(QAbstractButton) + preview.findChildren(QAbstractButton)
    terse = [b for b in buttons if b.isVisible() and len(b.text().strip("&")) <= 2]
    assert len(terse) >= 4  # "+", "✕", "←", "→"
    for button in terse:
        assert button.toolTip() and button.accessibleName(), button.text()
    preview.close()


def test_month_headings_read_as_each_language_writes_dates(qapp):
    from PySide6.QtCore import QLocale

    from mclip_desktop.gui.results import month_label

    before = QLocale()
    try:
        for name, expected in (("en", "March 2024"), ("de", "März 2024"), ("zh_CN", "2024年3月"),
                               ("ja", "2024年3月")):  # fmt: skip
            QLocale.setDefault(QLocale(name))
            assert month_label("2024-03") == expected
    finally:
        QLocale.setDefault(before)


def test_the_scrollbar_follows_a_switch_to_a_dark_palette(qtbot, make_desktop):
    from PySide6.QtGui import QPalette

    desktop = make_desktop()
    view = desktop.window.view
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    view.setPalette(dark)
    sheet = view.verticalScrollBar().styleSheet()
    assert "#1e1e1e" in sheet
    handle = QColor(sheet.split("handle:vertical { background: ")[1][:7])
    groove = _relative_luminance(QColor("#1e1e1e"))
    contrast = (_relative_luminance(handle) + 0.05) / (groove + 0.05)
    assert contrast >= 3.0


def test_photos_in_an_order_of_their_own_get_a_date_tile_whenever_the_month_changes(
    qapp, tmp_path
):
    """An album keeps its own order, so a month can come back: it gets a tile again, each
    tile starts a grid row, and every photo is shown once, in the order given."""
    from mclip_desktop.core.thumbnails import ThumbnailCache
    from mclip_desktop.gui.results import ResultsModel
    from mclip_desktop.gui.thumbnails import ThumbnailProvider

    provider = ThumbnailProvider(ThumbnailCache(tmp_path / "thumbnails"))
    model = ResultsModel(provider)
    model.set_columns(3)
    paths = [str(tmp_path / f"{name}.jpg") for name in "abcde"]
    dates = ["2024-03-09T10:00:00", "2024-03-01T09:00:00", "2023-01-05T08:00:00",
             "2024-03-20T07:00:00", "2024-03-21T07:00:00"]  # fmt: skip
    model.set_browse(paths, dates)
    rows = range(model.rowCount())
    tiles = [r for r in rows if model.index(r).data(HeaderRole)]
    assert [model.index(r).data(HeaderRole) for r in tiles] == ["2024-03", "2023-01", "2024-03"]
    assert all(r % 3 == 0 for r in tiles)
    shown = [model.path_of_row(r) for r in rows]
    assert [p for p in shown if p] == paths
    assert [model.row_of(p) for p in paths] == [shown.index(p) for p in paths]
    with pytest.raises(ValueError):
        model.set_browse(paths, dates[:2])
    model.remove_paths({paths[2]})  # its month's tile goes, and the runs either side join
    assert [model.index(r).data(HeaderRole) for r in range(model.rowCount())
            if model.index(r).data(HeaderRole)] == ["2024-03"]  # fmt: skip
    assert [p for p in map(model.path_of_row, range(model.rowCount())) if p] == [
        paths[0], paths[1], paths[3], paths[4]
    ]  # fmt: skip
    provider.shutdown()


def test_a_slow_library_is_shown_again_less_often_while_photos_arrive(qtbot, make_desktop):
    """While indexing, the shown request runs again as photos arrive; one that takes long (a
    whole large library) must not run back to back and keep a core busy."""
    from mclip_desktop.core.query import SearchRequest
    from mclip_desktop.gui.engine import Shown
    from mclip_desktop.gui.main_window import REFRESH_MAX_MS, REFRESH_MIN_MS

    desktop = make_desktop()
    window = desktop.window
    paths, dates = ["/photos/a.jpg", "/photos/b.jpg"], ["2024-03-01T10:00:00"] * 2
    window._on_results(Shown(SearchRequest(), [], [], 0.45, paths, dates))
    assert window._refresh_timer.interval() == 4500
    window._on_results(Shown(SearchRequest(), [], [], 0.01, paths, dates))
    assert window._refresh_timer.interval() == REFRESH_MIN_MS
    window._on_results(Shown(SearchRequest(), [], [], 30.0, paths, dates))
    assert window._refresh_timer.interval() == REFRESH_MAX_MS


def test_a_refresh_keeps_the_place_deep_in_a_library_laid_out_in_batches(qtbot, tmp_path):
    """Photos arriving while the user is far down a large library refresh the grid, which
    lays the library out again in batches; the photo at the top must stay at the top rather
    than the grid stopping near the first batch's end."""
    provider, model, view = bare_grid(qtbot, tmp_path)
    provider.pixmap = lambda path: None  # placeholders: this is about places, not pixels
    view.show()
    view.set_cell(160)
    n = 12_000  # several layout batches
    paths = [f"/photos/{i:05d}.jpg" for i in range(n)]
    dates = [f"{2024 - i // 2000}-{12 - (i // 200) % 12:02d}-01T10:00:00" for i in range(n)]
    model.set_browse(paths, dates)
    qtbot.waitUntil(view.laid_out, timeout=10_000)
    target = paths[9_000]

    def at_top() -> bool:
        top = view.visualRect(model.index(model.row_of(target))).top()
        return 0 <= top < view.gridSize().height()

    view.scroll_to_row(model.row_of(target))
    qtbot.waitUntil(at_top, timeout=5_000)

    model.set_browse(["/photos/new.jpg", *paths], [dates[0], *dates])  # a photo arrived
    view.scroll_to_row(model.row_of(target))  # as the window does after a refresh
    qtbot.waitUntil(view.laid_out, timeout=10_000)
    qtbot.waitUntil(at_top, timeout=5_000)
    provider.shutdown()
