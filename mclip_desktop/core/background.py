"""How background indexing shares the computer with its user: lower OS priority and fewer
threads than cores, so that the window, a search and the user's other programs come first.

The live indexer (GUI and ``watch``) calls :func:`enter_background` once on its own thread.
On Linux priority is per thread: the indexer's thread is niced, and the threads it starts
afterwards (decoding, torch's OpenMP workers) inherit that, while the GUI thread and the
thread answering searches keep normal priority. Other systems have no per-thread nice in
the standard library; lowering the whole process there would slow the window and searches
too, so only the thread count applies.

The thread count was chosen by measurement (docs/performance.md, "Indexing that respects
the user"): on 2 cores, 1 inference thread left the GUI's longest stall and search latency
lower at a modest cost in indexing rate. ``MCLIP_INDEX_THREADS`` overrides it (0: all cores).
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

THREADS_ENV = "MCLIP_INDEX_THREADS"
NICENESS_ENV = "MCLIP_INDEX_NICENESS"
# Nice 10: well below the user's programs (0), above batch jobs (19).
NICENESS = 10


def niceness() -> int:
    """The nice value for background indexing (``MCLIP_INDEX_NICENESS`` overrides, 0-19)."""
    value = os.environ.get(NICENESS_ENV, "").strip()
    if value:
        try:
            return min(19, max(0, int(value)))
        except ValueError:
            log.warning("Ignoring %s=%s: expected 0 to 19.", NICENESS_ENV, value)
    return NICENESS


def cpu_count() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def indexing_threads(cpus: int | None = None, environ: dict[str, str] | None = None) -> int:
    """Inference threads for background indexing: ``MCLIP_INDEX_THREADS`` if set, else the
    user's choice (:func:`choose_threads`), else every core but one (at least one)."""
    cpus = cpu_count() if cpus is None else cpus
    value = (os.environ if environ is None else environ).get(THREADS_ENV, "").strip()
    if value:
        try:
            chosen = int(value)
        except ValueError:
            log.warning("Ignoring %s=%s: expected a number of threads.", THREADS_ENV, value)
        else:
            return cpus if chosen <= 0 else min(chosen, cpus)
    if _chosen_threads is not None:
        return max(1, min(_chosen_threads, cpus))
    return max(1, cpus - 1)


_chosen_threads: int | None = None
_applied = threading.local()  # the count set on each indexing thread


def choose_threads(threads: int | None) -> None:
    """The user's choice of inference threads for background indexing (None: automatic).
    A running indexer takes it up on its own thread (:func:`follow_threads`)."""
    global _chosen_threads
    _chosen_threads = threads if threads and threads > 0 else None


def follow_threads() -> int | None:
    """Give the calling indexing thread the thread count chosen now, once torch is loaded
    (never loading it). With OpenMP, torch's default CPU backend, a count belongs to the
    thread that sets it, so each indexing thread sets its own; a backend with one pool for
    the process is left at torch's default unless the user chose a count. Returns the
    count in force on this thread (None: torch's default)."""
    torch = sys.modules.get("torch")
    if torch is None:
        return None
    wanted = indexing_threads()
    if getattr(_applied, "threads", None) != wanted:
        from mclip_desktop.core import models

        if models.per_thread_threads() or _chosen_threads is not None:
            torch.set_num_threads(wanted)
            _applied.threads = wanted
    return getattr(_applied, "threads", None)


def lower_thread_priority(nice: int | None = None) -> bool:
    """Lower the calling thread's priority (Linux: its own nice value). Returns whether it
    did; elsewhere it leaves the process alone (see the module's note)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return False
    nice = niceness() if nice is None else nice
    tid = threading.get_native_id()
    try:
        current = os.getpriority(os.PRIO_PROCESS, tid)
        if current < nice:
            os.setpriority(os.PRIO_PROCESS, tid, nice)
    except OSError as exc:  # a sandbox that forbids it: run at normal priority
        log.info("Could not lower a background thread's priority: %s", exc)
        return False
    return True


def enter_background() -> None:
    """Make the calling thread a background indexer: lower priority, and torch's thread
    count for this thread (:func:`indexing_threads`); torch is loaded here if it is not
    yet."""
    lower_thread_priority()
    from mclip_desktop.core import models

    models.import_torch()
    follow_threads()
