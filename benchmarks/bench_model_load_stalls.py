"""How long loading the text model keeps other Python threads waiting (issue 12).

The window's thread shares one interpreter with the thread that loads the model. Here a
probe thread stands in for it: it sleeps 1 ms in a loop at the GUI's switch interval
(``gui.app.SWITCH_INTERVAL_S``) while another thread loads the real-size text replica, and
every gap over 15 ms is a stall the window would have shown as a late frame. Each load runs
in a fresh process (torch is imported once per process), the two ways interleaved:

- ``app``: ``models.load_text_encoder``, as the app loads it (torch's libraries mapped
  without the GIL, no cycle collection during the load);
- ``plain``: ``import torch`` and ``SentenceTransformer(...)`` with Python's collector on,
  as before round 5.

Printed per way: stalls over 15 ms, their total and the longest, and the load's duration;
medians over the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

from benchmarks import common

STALL_S = 0.015


def child(way: str, folder: str) -> dict[str, object]:
    import gc
    import threading
    import time

    from mclip_desktop.gui.app import SWITCH_INTERVAL_S

    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.freeze()  # as the window does once it is built (gui/memory.py)
    gaps: list[float] = []
    done = threading.Event()

    def probe() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            if now - last > STALL_S:
                gaps.append(now - last)
            last = now

    def load() -> None:
        if way == "app":
            from mclip_desktop.core import models

            models.load_text_encoder(folder)
        else:
            import torch  # noqa: F401
            from sentence_transformers import SentenceTransformer

            SentenceTransformer(folder, device="cpu", local_files_only=True)

    prober = threading.Thread(target=probe)
    prober.start()
    started = time.perf_counter()
    loader = threading.Thread(target=load)
    loader.start()
    loader.join()
    seconds = time.perf_counter() - started
    done.set()
    prober.join()
    return {
        "stalls": len(gaps),
        "stalled_ms": round(1000 * sum(gaps), 1),
        "longest_ms": round(1000 * max(gaps), 1) if gaps else 0.0,
        "load_s": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", choices=("app", "plain"), help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.model)))
        return
    common.quiet()
    _, text_model = common.replicas()
    env = {**os.environ, "PYTHONPATH": str(common.ROOT), "PYTHONWARNINGS": "ignore"}
    runs: dict[str, list[dict[str, float]]] = {"app": [], "plain": []}
    for round_number in range(args.rounds):
        order = ("app", "plain") if round_number % 2 == 0 else ("plain", "app")
        for way in order:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_model_load_stalls", "--child", way,
                 "--model", str(text_model)],
                capture_output=True, text=True, env=env, cwd=common.ROOT, check=True,
            )  # fmt: skip
            runs[way].append(json.loads(done.stdout.strip().splitlines()[-1]))
    summary = {
        way: {key: common.median([r[key] for r in results]) for key in results[0]}
        for way, results in runs.items()
    }
    common.emit(
        "model_load_stalls",
        {"target": "12: the text model loads beside the window", "runs": runs, "median": summary},
    )


if __name__ == "__main__":
    main()
