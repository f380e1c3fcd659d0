"""Searching in the window as a user meets it: results that end where relevance ends, with a
count and the weaker matches one click away; the query as chips (text, image, "like this"),
each included or excluded; filters beside the search box; date order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mclip_desktop.core.query import Filters, Order, SearchRequest, Term
from mclip_desktop.gui.results import PathRole
from tests.gui.test_app import LONG, index_folder, search, wait_models
from tests.gui.test_library_window import MONTHS, browse_ready, dated_folder  # noqa: F401
from tests.support import synthetic


@pytest.fixture
def ready(qtbot, make_desktop, photo_folder):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)
    qtbot.waitUntil(lambda: len(desktop.window.model.paths()) == len(truth), timeout=LONG)
    return desktop, truth


def core_answer(desktop, request: SearchRequest):
    """The same request answered by the core directly, on a connection of its own."""
    library = desktop.engine.library
    with library.connect() as catalog:
        results = library.query_runner(catalog).run(request)
        return [i.path for i in results.items()], [i.path for i in results.weaker_items()]


def run(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=LONG):
        action()


def test_results_end_at_the_cutoff_with_a_count_and_weaker_matches_a_click_away(qtbot, ready):
    desktop, truth = ready
    window = desktop.window
    found = search(qtbot, desktop, "red circle")
    matches, weaker = core_answer(desktop, window.build_request())
    assert 0 < len(found) < len(truth)  # not the whole library ranked
    assert found == matches and weaker
    assert window.count_label.text() == f"{len(matches)} matches"
    assert truth[Path(found[0])] == ("red", "circle")
    assert window.weaker_button.isVisible()
    assert window.weaker_button.text() == f"Show {len(weaker)} weaker matches"

    run(qtbot, window, lambda: qtbot.mouseClick(window.weaker_button, Qt.MouseButton.LeftButton))
    model = window.model
    assert model.paths() == matches + weaker
    # The weaker ones come after a divider tile that starts a row of its own.
    rows = [r for r in range(model.rowCount()) if model.is_divider(r)]
    assert len(rows) == 1 and rows[0] % window.view.columns() == 0
    divider = rows[0]
    assert model.index(divider).data() == "Weaker matches"
    assert all(model.row_of(p) < divider and not model.is_weaker(model.row_of(p)) for p in matches)
    assert all(model.row_of(p) > divider and model.is_weaker(model.row_of(p)) for p in weaker)
    assert window.weaker_button.text() == "Hide weaker matches"
    # A new query starts without them again.
    window.search_edit.clear()
    found = search(qtbot, desktop, "green square")
    assert not any(model.is_divider(r) for r in range(model.rowCount()))
    assert window.view.verticalScrollBar().value() == 0


def test_no_close_matches_still_offers_the_weaker_ones(qtbot, make_desktop, dated_folder):  # noqa: F811
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    # Red, green and blue circles and squares only: nothing here is a yellow star.
    search(qtbot, desktop, "yellow star")
    matches, weaker = core_answer(desktop, window.build_request())
    assert matches == [] and weaker
    assert window.count_label.text() == "No close matches"
    assert window.pages.currentIndex() == 0  # the empty page, not an empty grid
    assert "No close matches" in window.empty_label.text()
    # The page's own link shows them, as the button beside the count does.
    run(qtbot, window, lambda: window.empty_label.linkActivated.emit("show-weaker"))
    assert window.model.paths() == weaker and window.pages.currentIndex() == 1
    run(qtbot, window, window.weaker_button.click)
    assert window.model.paths() == [] and window.pages.currentIndex() == 0


def test_text_image_and_excluded_chips_make_one_query(qtbot, ready, tmp_path):
    desktop, truth = ready
    window = desktop.window
    search(qtbot, desktop, "red")
    # Ctrl+Enter keeps the text as a chip and empties the box for the next term.
    run(qtbot, window, lambda: qtbot.keyClick(
        window.search_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    ))  # fmt: skip
    assert window.search_edit.text() == ""
    assert [c.label_button.text() for c in window.query_bar.chips] == ["+ red"]
    example = tmp_path / "example.png"
    synthetic.make_photo("red", "square", width=300, height=200, seed=5).save(example)
    run(qtbot, window, lambda: window.add_image_term(str(example)))
    search(qtbot, desktop, "circle")
    assert [c.label_button.text() for c in window.query_bar.chips] == [
        "+ red", "+ example.png"
    ]  # fmt: skip
    assert window.build_request().terms == (
        Term.text("circle"), Term.text("red"), Term.image(str(example))
    )  # fmt: skip
    included = window.model.paths()
    # Clicking a chip's label switches it to exclude; the × alone removes it.
    chip = window.query_bar.chips[1]
    run(qtbot, window, lambda: qtbot.mouseClick(chip.label_button, Qt.MouseButton.LeftButton))
    chip = window.query_bar.chips[1]
    assert chip.label_button.text() == "− example.png" and chip.label_button.font().strikeOut()
    assert window.build_request().terms[2] == Term.image(str(example), -1.0)
    excluded = window.model.paths()
    assert excluded != included
    assert core_answer(desktop, window.build_request())[0] == excluded
    squares = [p for p in excluded if truth[Path(p)][1] == "square"]
    assert len(squares) < len([p for p in included if truth[Path(p)][1] == "square"])


def test_more_and_less_like_this_add_like_this_chips(qtbot, ready):
    desktop, truth = ready
    window = desktop.window
    found = search(qtbot, desktop, "blue")
    liked = found[0]
    menu = window.context_menu_for(liked)
    actions = {a.text(): a for a in menu.actions()}
    run(qtbot, window, actions["More like this"].trigger)
    (chip,) = window.query_bar.chips
    assert chip.term == Term.photo(liked, 0.75) and chip.label_button.text().startswith("+ ")
    assert liked not in window.model.paths()  # a query photo is left out of its results
    disliked = window.model.paths()[0]
    menu = window.context_menu_for(disliked)
    actions = {a.text(): a for a in menu.actions()}
    run(qtbot, window, actions["Less like this"].trigger)
    assert [c.term for c in window.query_bar.chips] == [
        Term.photo(liked, 0.75), Term.photo(disliked, -0.25)
    ]  # fmt: skip
    assert window.query_bar.chips[1].label_button.text().startswith("− ")
    menu.deleteLater()


def test_filters_apply_to_browsing_and_searching_and_clear_at_once(
    qtbot,
    make_desktop,
    dated_folder,  # noqa: F811
):
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    bar = window.filter_bar
    assert not bar.clear_button.isVisible()
    # Both ends are inclusive: the photos of the 17th and the 20th (at noon) are in.
    november = (dt.date(2023, 11, 17), dt.date(2023, 11, 20))
    run(qtbot, window, lambda: bar.date_panel.set_range(*november))
    assert window.model.browsing and window.model.months() == ["2023-11"]
    assert len(window.model.paths()) == 4 and window.count_label.text() == "4 photos"
    assert bar.clear_button.isVisible() and "2023-11-17" in bar.date_button.text()
    found = search(qtbot, desktop, "red circle")
    assert found and all(Path(p).name in {f"IMG_{n:03d}.jpg" for n in range(4, 8)} for p in found)
    # Every photo here is a JPEG: asking for PNG leaves none, browsing or searching.
    run(qtbot, window, lambda: bar.type_actions["png"].setChecked(True))
    assert window.model.paths() == []
    window.search_edit.clear()
    run(qtbot, window, window.run_search)
    # Said as the filters' doing, not as empty folders.
    assert "No photo matches the filters" in window.empty_label.text()
    assert window.build_request().filters == Filters(
        dates=bar.dates, types=frozenset({"png"})
    )  # fmt: skip
    run(qtbot, window, lambda: bar.type_actions["jpeg"].setChecked(True))
    assert len(window.model.paths()) == 4
    # The folder control shows the sidebar's scope and sets it.
    run(qtbot, window, lambda: bar.folder_chosen.emit(str(dated_folder)))
    assert window.sidebar.scope().folder == str(dated_folder)
    assert bar.folder_button.text().startswith("Pictures")
    run(qtbot, window, lambda: bar.type_actions["jpeg"].setChecked(False))
    assert window.model.paths() == []
    # The empty page's link clears them too, as the button does.
    run(qtbot, window, lambda: window.empty_label.linkActivated.emit("clear-filters"))
    assert window.sidebar.scope().folder is None and window.build_request().filters.empty
    assert len(window.model.paths()) == 12 and window.model.months() == MONTHS
    assert not bar.clear_button.isVisible()


def test_date_order_shows_the_same_matches_newest_first(qtbot, make_desktop, dated_folder):  # noqa: F811
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)
    window = desktop.window
    by_relevance = search(qtbot, desktop, "blue")
    order = window.query_bar.order_button
    run(qtbot, window, lambda: qtbot.mouseClick(order, Qt.MouseButton.LeftButton))
    assert window.build_request().order is Order.DATE and order.text() == "Date"
    by_date = window.model.paths()
    assert sorted(by_date) == sorted(by_relevance) and len(by_date) > 1
    library = desktop.engine.library
    with library.connect() as catalog:
        taken = dict(catalog._db.execute("SELECT path, taken FROM files").fetchall())
    dates = [taken[p] for p in by_date]
    assert dates == sorted(dates, reverse=True)
    # Grouped by month as browsing is.
    assert window.model.months() == sorted({d[:7] for d in dates}, reverse=True)
    assert window.jump_button.isVisible()
    # The keyboard still flows: Down from the box enters the grid at the first result.
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert window.view.currentIndex().data(PathRole) == by_date[0]


def test_an_exact_copy_is_one_result_whose_tooltip_names_the_other_path(
    qtbot, make_desktop, dated_folder  # noqa: F811
):
    import shutil

    backup = dated_folder / "backup"
    backup.mkdir()
    copy = backup / "IMG_000 copy.jpg"
    shutil.copy(dated_folder / "IMG_000.jpg", copy)  # a red circle, byte for byte
    desktop = make_desktop()
    browse_ready(qtbot, desktop, dated_folder, 12)  # 13 files, 12 photos
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == 13, timeout=LONG)
    window = desktop.window
    search(qtbot, desktop, "red circle")
    matches, weaker = core_answer(desktop, window.build_request())
    shown = window.model.paths() if matches else weaker
    if not matches:
        run(qtbot, window, window.weaker_button.click)
    twins = {str(dated_folder / "IMG_000.jpg"), str(copy)}
    on_screen = [p for p in window.model.paths() if p in twins]
    assert len(on_screen) == 1 and set(shown) & twins
    (other,) = twins - set(on_screen)
    tip = window.model.index(window.model.row_of(on_screen[0])).data(Qt.ItemDataRole.ToolTipRole)
    assert "also at" in tip and other in tip
