"""Background indexing yields to the user: its thread runs at lower priority (Linux, per
thread, so the thread answering searches keeps normal priority) with a core left free."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from mclip_desktop.core import background


def test_a_core_is_left_free_and_the_override_is_honoured():
    assert background.indexing_threads(cpus=2, environ={}) == 1
    assert background.indexing_threads(cpus=8, environ={}) == 7
    assert background.indexing_threads(cpus=1, environ={}) == 1
    assert background.indexing_threads(cpus=8, environ={"MCLIP_INDEX_THREADS": "3"}) == 3
    assert background.indexing_threads(cpus=8, environ={"MCLIP_INDEX_THREADS": "0"}) == 8
    assert background.indexing_threads(cpus=2, environ={"MCLIP_INDEX_THREADS": "16"}) == 2
    assert background.indexing_threads(cpus=4, environ={"MCLIP_INDEX_THREADS": "many"}) == 3


def test_the_users_choice_of_threads_reaches_the_indexing_thread_alone(monkeypatch):
    torch = pytest.importorskip("torch")
    from mclip_desktop.core import models, power

    monkeypatch.delenv(background.THREADS_ENV, raising=False)
    if not models.per_thread_threads():
        pytest.skip("torch here has one thread pool for the whole process")
    if background.cpu_count() < 2:
        pytest.skip("one core: every choice is one thread")
    before = torch.get_num_threads()
    automatic = background.indexing_threads()
    choice = 2 if automatic == 1 else 1
    seen: list[tuple[int | None, int]] = []
    chosen = threading.Event()
    again = threading.Event()

    def indexer() -> None:
        background.enter_background()
        seen.append((background.follow_threads(), torch.get_num_threads()))
        chosen.set()
        again.wait(10)
        seen.append((background.follow_threads(), torch.get_num_threads()))

    try:
        power.set_inference_threads(choice)
        assert background.indexing_threads(cpus=8, environ={}) == choice
        assert background.indexing_threads(cpus=8, environ={"MCLIP_INDEX_THREADS": "3"}) == 3
        thread = threading.Thread(target=indexer)
        thread.start()
        assert chosen.wait(10)
        power.set_inference_threads(None)  # automatic again, while the indexer runs
        again.set()
        thread.join(10)
    finally:
        power.set_inference_threads(None)
    assert seen == [(choice, choice), (automatic, automatic)]
    assert torch.get_num_threads() == before  # the window's thread is left alone


def _run_giving_way(activity: background.UserActivity) -> dict[str, object]:
    """Work that makes a call, lets the test move (as a scrolling user would), then makes
    two more; returns what the test watches."""
    watch: dict[str, object] = {"steps": [], "user_moved": threading.Event()}
    watch["finished"] = finished = threading.Event()
    steps: list[int] = watch["steps"]  # type: ignore[assignment]

    def step(i: int) -> None:
        steps.append(i)

    def work() -> None:
        with activity.giving_way():
            step(0)
            watch["user_moved"].wait(10)  # type: ignore[attr-defined]
            step(1)
            step(2)
        watch["finished_at"] = time.monotonic()
        watch["tracer_after"] = sys.gettrace()
        finished.set()

    watch["thread"] = thread = threading.Thread(target=work)
    thread.start()
    return watch


def _held_back(thread: threading.Thread) -> bool:
    frame = sys._current_frames().get(thread.ident)  # type: ignore[arg-type]
    while frame is not None:
        if frame.f_code.co_name == "wait_until_still":
            return True
        frame = frame.f_back
    return False


def _until(condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_work_that_gives_way_waits_at_its_next_call_while_the_user_moves():
    activity = background.UserActivity(quiet_s=0.3)
    watch = _run_giving_way(activity)
    thread: threading.Thread = watch["thread"]  # type: ignore[assignment]
    assert _until(lambda: watch["steps"] == [0])
    activity.note()
    moved_at = time.monotonic()
    watch["user_moved"].set()  # type: ignore[attr-defined]
    assert _until(lambda: _held_back(thread)), "the work went on while the user moved"
    assert watch["steps"] == [0]
    # Still again: the work goes on by itself once the user has been still for quiet_s.
    assert watch["finished"].wait(10)  # type: ignore[attr-defined]
    thread.join(10)
    assert watch["steps"] == [0, 1, 2]
    assert watch["finished_at"] - moved_at >= 0.3  # type: ignore[operator]
    assert watch["tracer_after"] is None  # the thread is left untraced


def test_a_search_waiting_for_the_model_ends_the_giving_way():
    activity = background.UserActivity(quiet_s=600.0)
    watch = _run_giving_way(activity)
    thread: threading.Thread = watch["thread"]  # type: ignore[assignment]
    assert _until(lambda: watch["steps"] == [0])
    activity.note()
    watch["user_moved"].set()  # type: ignore[attr-defined]
    assert _until(lambda: _held_back(thread))
    activity.hurry()  # ten minutes early
    assert watch["finished"].wait(10)  # type: ignore[attr-defined]
    thread.join(10)
    assert watch["steps"] == [0, 1, 2]
    assert watch["tracer_after"] is None
    activity.note()  # moving after a hurry holds nothing up
    activity.wait_until_still()


def test_the_niceness_can_be_chosen(monkeypatch):
    monkeypatch.delenv("MCLIP_INDEX_NICENESS")
    assert background.niceness() == background.NICENESS == 10
    monkeypatch.setenv("MCLIP_INDEX_NICENESS", "25")
    assert background.niceness() == 19
    monkeypatch.setenv("MCLIP_INDEX_NICENESS", "low")
    assert background.niceness() == 10


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_only_the_background_thread_is_lowered(monkeypatch):
    monkeypatch.delenv("MCLIP_INDEX_NICENESS")
    seen: dict[str, int] = {}

    def indexer() -> None:
        background.enter_background()
        seen["indexer"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

        def child() -> None:  # decode threads started by the indexer inherit its priority
            seen["child"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

        worker = threading.Thread(target=child)
        worker.start()
        worker.join()

    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = threading.Thread(target=indexer)
    thread.start()
    thread.join()
    assert seen["indexer"] == max(before, background.NICENESS)
    assert seen["child"] == seen["indexer"]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
