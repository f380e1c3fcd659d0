"""Keeping Python's cycle collector from stalling the window.

The GUI process holds about half a million objects that live as long as it does: the modules
of Qt, torch and transformers, the window, the loaded text model. A full collection walks
all of them, on whichever thread happens to allocate at that moment; with 100k photos browsed
one took 250-420 ms, a visible freeze while scrolling (``bench_library_window``). So:

- what is alive once the window is built is frozen here (``gc.freeze``): left out of every
  later collection. Loading a model freezes what it made in the same way, with no
  collection during the load (``core.models.collector_paused``). Frozen objects are still
  freed when their last reference goes; only a reference cycle among them waits for
  ``release``, which the app calls before it lets go of its models;
- the youngest objects are collected every 10,000 allocations rather than Python's 700.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def settle() -> None:
    """Leave every object alive now out of later collections. No collection runs first: it
    would stall the window as long as the one avoided (200 ms), and loading the text model
    leaves some 140 objects of garbage in cycles behind, which stay."""
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    gc.freeze()


def release() -> None:
    """Let collections see the settled objects again (before dropping models)."""
    gc.unfreeze()
