"""Target 5: peak memory while indexing with both real-size models loaded (<= 1.4 GB).

A fresh process (so that its peak RSS is its own) does what the app does: opens a library,
loads the text model (the GUI loads it first, for queries), then indexes 12 MP photos, which
loads the image model; a text query runs at the end. Peak RSS (``ru_maxrss``) is read
after each phase, and a sampler thread records the RSS over time. The vector index's size
per 1M vectors comes from bench_vectors (file size; in memory it is the same plus ~5%).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import common


def child(count: int, order: str) -> dict[str, object]:
    common.quiet()
    phases: dict[str, dict[str, float]] = {}

    def mark(name: str) -> None:
        phases[name] = {"rss_mb": common.current_rss_mb(), "peak_rss_mb": common.peak_rss_mb()}

    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append(common.current_rss_mb())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    mark("start")
    image_model, text_model = common.replicas()
    folder = common.photo_folder(count)

    from mclip_desktop.core.library import Library, LibraryConfig

    mark("imports")
    data = Path(tempfile.mkdtemp(prefix="memory-", dir=common.BENCH_DIR))
    library = Library(LibraryConfig(data, str(image_model), str(text_model)))
    library.add_folder(folder)
    if order == "text-first":
        library.text_encoder()
        mark("text_model_loaded")
        library.image_encoder()
        mark("image_model_loaded")
    else:
        library.image_encoder()
        mark("image_model_loaded")
        library.text_encoder()
        mark("text_model_loaded")
    summary = library.indexer().run()
    assert summary.embedded == count, summary
    mark("indexed")
    results = library.search_text("a red circle", 10)
    assert results
    mark("queried")
    library.close()
    stop.set()
    sampler.join()
    import shutil

    shutil.rmtree(data, ignore_errors=True)
    return {
        "order": order,
        "photos": count,
        "phases": phases,
        "peak_rss_mb": common.peak_rss_mb(),
        "sampled_max_rss_mb": max(samples),
    }


def run(count: int, orders: list[str]) -> dict[str, object]:
    common.replicas()  # made here, so that the children only measure
    common.photo_folder(count)
    runs = []
    for order in orders:
        onednn = order.endswith("+onednn")
        env = {**os.environ, "PYTHONPATH": str(common.ROOT)}
        if onednn:
            env["MCLIP_ONEDNN_LINEAR"] = "1"
        order = order.removesuffix("+onednn")
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.bench_memory",
                "--child",
                "--photos",
                str(count),
                "--order",
                order,
            ],
            cwd=common.ROOT,
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        runs.append({**json.loads(out.stdout.strip().splitlines()[-1]), "onednn_linear": onednn})
    worst = max(r["peak_rss_mb"] for r in runs if not r["onednn_linear"])
    return {
        "target": "5 peak memory while indexing, both models loaded",
        "runs": runs,
        "peak_rss_mb_worst": worst,  # default settings (the oneDNN run is reported apart)
        "met": {"peak<=1.4GB": worst <= 1400},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="16 photos")
    parser.add_argument("--photos", type=int)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--order", default="text-first", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    count = args.photos or (16 if args.quick else 48)
    if args.child:
        print(json.dumps(common.rounded(child(count, args.order))), flush=True)
        return
    # The third run is the opt-in oneDNN path (MCLIP_ONEDNN_LINEAR=1), not the default.
    common.emit("memory", run(count, ["text-first", "image-first", "text-first+onednn"]))


if __name__ == "__main__":
    main()
