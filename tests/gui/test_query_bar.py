"""The query bar: chips for terms, each with its own × and an include/exclude switch, and the
Relevance/Date toggle, all changing the request the window runs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mclip_desktop.core.query import Order, SearchRequest, Term
from mclip_desktop.gui.query_bar import QueryBar


def test_chips_switch_sign_and_remove_only_their_own_term(qtbot):
    bar = QueryBar()
    qtbot.addWidget(bar)
    seen: list[SearchRequest] = []
    bar.request_changed.connect(seen.append)
    bar.set_request(SearchRequest(terms=(Term.text("beach"), Term.image("/p/dog.jpg"))))
    assert [c.label_button.text() for c in bar.chips] == ["+ beach", "+ dog.jpg"]

    qtbot.mouseClick(bar.chips[1].label_button, Qt.MouseButton.LeftButton)
    assert bar.request.terms == (Term.text("beach"), Term.image("/p/dog.jpg", -1.0))
    assert bar.chips[1].label_button.text() == "− dog.jpg"

    qtbot.mouseClick(bar.chips[0].remove_button, Qt.MouseButton.LeftButton)
    assert bar.request.terms == (Term.image("/p/dog.jpg", -1.0),)
    assert [c.label_button.text() for c in bar.chips] == ["− dog.jpg"]
    assert seen[-1] == bar.request


def test_order_toggle_switches_between_relevance_and_date(qtbot):
    bar = QueryBar()
    qtbot.addWidget(bar)
    bar.add_term(Term.text("cat"))
    assert bar.order_button.text() == "Relevance"
    qtbot.mouseClick(bar.order_button, Qt.MouseButton.LeftButton)
    assert bar.request.order is Order.DATE and bar.order_button.text() == "Date"
    assert bar.request.terms == (Term.text("cat"),)


def test_engine_runs_requests_browsing_and_refined(qtbot, make_desktop, photo_folder):
    from pathlib import Path

    from tests.gui.test_app import LONG, index_folder, wait_models

    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)
    answers: list = []

    def run(request: SearchRequest):
        answers.clear()
        desktop.engine.run_request(
            request, lambda r, s: answers.append(r), lambda e: answers.append(e)
        )
        qtbot.waitUntil(lambda: bool(answers), timeout=LONG)
        assert not isinstance(answers[0], BaseException), answers[0]
        return answers[0]

    browsed = run(SearchRequest())
    assert sorted(r.path for r in browsed.items()) == sorted(str(p) for p in truth)
    taken = [r.taken for r in browsed.items()]
    assert taken == sorted(taken, reverse=True)
    example = next(str(p) for p, c in sorted(truth.items()) if c == ("red", "circle"))
    liked = run(SearchRequest(limit=3).refined(more_like=(example,)))
    paths = [r.path for r in liked.items()]
    assert example not in paths  # the "like this" photo is left out of its own results
    assert truth[Path(paths[0])] == ("red", "circle")


def test_more_and_less_like_this_refine_the_shown_results(qtbot, make_desktop, photo_folder):
    from pathlib import Path

    from tests.gui.test_app import LONG, index_folder, search, wait_models

    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)
    window = desktop.window
    search(qtbot, desktop, "red")

    def mean_rank_of(cls: tuple[str, str]) -> float:
        ranks = [i for i, r in enumerate(window.model.results()) if truth[Path(r.path)] == cls]
        return sum(ranks) / len(ranks)

    reds = [p for p in (r.path for r in window.model.results()) if truth[Path(p)][0] == "red"]
    shape = truth[Path(reds[0])][1]
    before = mean_rank_of(("red", shape))
    menu = window.context_menu_for(reds[0])
    actions = {a.text(): a for a in menu.actions()}
    with qtbot.waitSignal(window.search_finished, timeout=60_000):
        actions["More like this"].trigger()
    assert mean_rank_of(("red", shape)) < before
    menu = window.context_menu_for(reds[0])
    actions = {a.text(): a for a in menu.actions()}
    window.clear_query()  # a new query forgets the marks
    search(qtbot, desktop, "red")
    menu = window.context_menu_for(reds[0])
    actions = {a.text(): a for a in menu.actions()}
    with qtbot.waitSignal(window.search_finished, timeout=60_000):
        actions["Less like this"].trigger()
    paths = [r.path for r in window.model.results()]
    assert reds[0] not in paths  # a marked photo is a query photo: left out
    assert mean_rank_of(("red", shape)) > before
