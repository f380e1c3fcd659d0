"""Run every benchmark, each in a fresh process, and print one JSON document with them all.

    python -m benchmarks.run_all            # full run (~20 min on 2 cores; see docs/performance.md)
    python -m benchmarks.run_all --quick    # smaller sizes (~5 min), for a smoke check
    python -m benchmarks.run_all --only indexing query

Generated inputs (real-size model replicas, 12 MP photos, the 100k-file tree, the 100k
library) are kept in $MCLIP_BENCH_DIR (default <tmp>/mclip-bench) and reused by later runs;
the 1M-vector catalog is deleted after use. The combined result is also written to
$MCLIP_BENCH_DIR/results-<time>.json (or --out).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import common

BENCHMARKS = {
    "indexing": "benchmarks.bench_indexing",  # target 1
    "fast_inference": "benchmarks.bench_fast_inference",  # target 2
    "query": "benchmarks.bench_query",  # target 3 (end to end)
    "rescan": "benchmarks.bench_rescan",  # target 4
    "memory": "benchmarks.bench_memory",  # target 5
    "gui": "benchmarks.bench_gui",  # target 6
    "vectors": "benchmarks.bench_vectors",  # targets 3 (kNN at 1M), 5 (index size), 7
    "cold_start": "benchmarks.bench_cold_start",  # CLI search as a new process vs import torch
    "scale": "benchmarks.bench_scale",  # a 1M-photo library
}


def run_one(module: str, extra: list[str]) -> dict[str, object]:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(common.ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", module, *extra],
        cwd=common.ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    seconds = time.perf_counter() - started
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {
            "error": proc.stderr[-4000:] or proc.stdout[-4000:],
            "returncode": proc.returncode,
            "seconds": seconds,
        }
    result = json.loads(lines[-1])
    result["seconds"] = round(seconds, 1)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes everywhere")
    parser.add_argument("--only", nargs="*", choices=list(BENCHMARKS), help="run these only")
    parser.add_argument("--out", type=Path, help="where to write the combined JSON")
    args = parser.parse_args(argv)
    common.BENCH_DIR.mkdir(parents=True, exist_ok=True)
    # Inputs first, so that no benchmark's time includes making them.
    common.replicas()
    common.photo_folder(16 if args.quick else 48)
    results: dict[str, object] = {
        "machine": common.machine(),
        "quick": args.quick,
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    total = time.perf_counter()
    for name in args.only or list(BENCHMARKS):
        extra = ["--quick"] if args.quick else []
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results[name] = run_one(BENCHMARKS[name], extra)
        print(json.dumps({name: results[name]}), flush=True)
    results["total_seconds"] = round(time.perf_counter() - total, 1)
    results["machine_after"] = common.machine()
    out = args.out or common.BENCH_DIR / f"results-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(json.dumps({"total_seconds": results["total_seconds"], "written": str(out)}), flush=True)


if __name__ == "__main__":
    main()
