"""Background indexing yields to the user: its thread runs at lower priority (Linux, per
thread, so the thread answering searches keeps normal priority) with a core left free."""

from __future__ import annotations

import os
import sys
import threading

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
