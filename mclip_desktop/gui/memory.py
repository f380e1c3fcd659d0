"""Keeping Python's cycle collector from stalling the window.

The GUI process holds about half a million objects that live as long as it does: the modules
of Qt, torch and transformers, the window, the loaded text model. A full collection walks
all of them, on whichever thread happens to allocate at that moment; with 100k photos browsed
one took 250-420 ms, a visible freeze while scrolling (``bench_library_window``). Frozen
(``gc.freeze``), they are left out of every collection from then on. Frozen objects are still
freed when their last reference goes; only a reference cycle among them would wait for
``release``, which the app calls before it lets go of its models.
"""

from __future__ import annotations

import gc


def settle(collect: bool = False) -> None:
    """Leave every object alive now out of later collections (``collect``: after one
    collection, so that garbage already made is not kept)."""
    if collect:
        gc.collect()
    gc.freeze()


def release() -> None:
    """Let collections see the settled objects again (before dropping models)."""
    gc.unfreeze()
