"""Target 6: the desktop app's responsiveness (offscreen Qt, real-size model replicas).

Each measurement is a fresh process (a cold launch: nothing imported yet; model files cached
on disk, and in the page cache, as on a machine that ran the app before):

- launch: time from process start to the window's first paint (<= 1 s), and to the first
  query's results when the user types a query right away (<= 8 s), on a library that
  already holds indexed photos;
- stalls: a QTimer probe fires every 5 ms on the GUI thread and records the longest gap
  beyond 5 ms (<= 50 ms) while the app is idle (the machine's own noise), while the live
  indexer indexes 12 MP photos at full speed, and while text queries run (every 400 ms)
  during indexing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import common

QUERY_TEXTS = [
    "a red circle",
    "Hund im Schnee",
    "海边的日落",
    "gelbes Quadrat",
    "красный круг",
    "wedding",
]


def prepare_library(
    image_model: Path, text_model: Path, photos: Path, indexed: bool = True
) -> Path:
    """A data dir watching ``photos``, already indexed."""
    from mclip_desktop.core.library import Library, LibraryConfig

    data = common.BENCH_DIR / f"gui-data-{'indexed' if indexed else 'fresh'}-{photos.name}"
    done = data / ".complete"
    if indexed and done.exists():
        return data
    shutil.rmtree(data, ignore_errors=True)
    with Library(LibraryConfig(data, str(image_model), str(text_model))) as library:
        library.add_folder(photos)
        if indexed:
            library.indexer().run()
    done.write_text("ok")
    return data


# -- children ---------------------------------------------------------------------------


def child_launch(data: str, image_model: str, text_model: str, t0: float) -> dict[str, object]:
    marks: dict[str, float] = {"python_started": time.time() - t0}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer

    from mclip_desktop.gui.app import DesktopApp, make_application

    marks["imports_done"] = time.time() - t0
    app = make_application(["mclip-desktop-bench"])
    desktop = DesktopApp(data, image_model, text_model)
    marks["window_built"] = time.time() - t0
    window = desktop.window

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802, ANN001 - Qt override
            if event.type() == QEvent.Type.Paint and "first_paint" not in marks:
                marks["first_paint"] = time.time() - t0
            return False

    painter = FirstPaint()
    window.installEventFilter(painter)
    results: list[int] = []

    def type_query() -> None:
        # The user types as soon as the window shows; the search runs once models are in.
        marks["query_typed"] = time.time() - t0
        window.search_edit.setText("a red circle")
        window.run_search()

    def finished(count: int) -> None:
        marks["first_results"] = time.time() - t0
        results.append(count)
        QTimer.singleShot(0, app.quit)

    window.search_finished.connect(finished)
    desktop.engine.models_ready.connect(lambda: marks.setdefault("models_ready", time.time() - t0))
    desktop.start()
    marks["start_called"] = time.time() - t0
    QTimer.singleShot(0, type_query)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    desktop.shutdown()
    return {"marks_s": marks, "results": results[0] if results else None}


def child_stalls(
    data: str, image_model: str, text_model: str, photos: str, idle_s: float
) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer

    from mclip_desktop.gui.app import DesktopApp, make_application

    app = make_application(["mclip-desktop-bench"])
    desktop = DesktopApp(data, image_model, text_model)
    window = desktop.window
    phase = {"name": "launch"}
    gaps: dict[str, list[float]] = {}
    last = [time.perf_counter()]
    progress = {"done": 0, "total": 0}
    searches = {"sent": 0, "answered": 0}

    def probe() -> None:
        now = time.perf_counter()
        gaps.setdefault(phase["name"], []).append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(probe)

    query_timer = QTimer()
    query_timer.setInterval(400)

    def send_query() -> None:
        window.search_edit.setText(QUERY_TEXTS[searches["sent"] % len(QUERY_TEXTS)])
        searches["sent"] += 1
        window.run_search()

    query_timer.timeout.connect(send_query)
    window.search_finished.connect(
        lambda n: searches.__setitem__("answered", searches["answered"] + 1)
    )

    rate_marks: dict[str, tuple[float, int]] = {}

    def on_progress(done: int, total: int, rate: float) -> None:
        progress["done"], progress["total"] = done, total
        if done > 0 and "first" not in rate_marks:
            rate_marks["first"] = (time.perf_counter(), done)
        if total and done >= total:
            rate_marks.setdefault("last", (time.perf_counter(), done))
        if done > 0 and phase["name"] == "indexing-warmup":
            # The first batch includes loading the image model; measure from the second on.
            phase["name"] = "indexing"
        elif done >= total // 2 and phase["name"] == "indexing":
            phase["name"] = "indexing+queries"
            query_timer.start()
        if total and done >= total and phase["name"] != "done":
            phase["name"] = "done"
            query_timer.stop()
            QTimer.singleShot(300, app.quit)

    desktop.engine.indexing_progressed.connect(on_progress)

    def begin_idle() -> None:
        phase["name"] = "idle"
        QTimer.singleShot(int(idle_s * 1000), begin_indexing)

    def begin_indexing() -> None:
        # What a user does: add a folder; the live indexer starts on it.
        phase["name"] = "indexing-warmup"
        desktop.engine.add_folder(photos)

    # Diagnosis: while the probe is late, sample what the GUI thread is doing (Python stack;
    # a thread waiting for the GIL shows where it waits).
    import collections
    import sys as _sys
    import threading
    import traceback

    gui_thread = threading.get_ident()
    stall_stacks: collections.Counter[str] = collections.Counter()
    sampling = threading.Event()

    def sampler() -> None:
        while not sampling.wait(0.01):
            late = time.perf_counter() - last[0]
            if late > 0.03 and phase["name"] in ("indexing", "indexing+queries"):
                frame = _sys._current_frames().get(gui_thread)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-4:]
                    stall_stacks[
                        " < ".join(
                            f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(stack)
                        )
                    ] += 1

    watcher = threading.Thread(target=sampler, daemon=True)
    watcher.start()
    timer.start()
    desktop.start()
    # Once the text model is in, the app is idle until a folder is added.
    desktop.engine.models_ready.connect(lambda: QTimer.singleShot(200, begin_idle))
    QTimer.singleShot(900_000, app.quit)
    started = time.perf_counter()
    app.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    sampling.set()
    watcher.join()
    desktop.shutdown()

    def stats(values: list[float]) -> dict[str, float]:
        return {
            "probes": len(values),
            "max_stall_ms": 1000 * (max(values) - 0.005) if values else 0.0,
            "p99_gap_ms": 1000 * common.percentile(values, 99) if values else 0.0,
            "gaps_over_50ms": sum(v - 0.005 > 0.05 for v in values),
        }

    rate = float("nan")
    if "first" in rate_marks and "last" in rate_marks:
        (t0, n0), (t1, n1) = rate_marks["first"], rate_marks["last"]
        rate = (n1 - n0) / (t1 - t0) if t1 > t0 else rate
    return {
        "photos": progress["total"],
        "indexed": progress["done"],
        # From the first batch written (model loaded) to the last.
        "indexing_photos_per_s": rate,
        "index_threads": os.environ.get("MCLIP_INDEX_THREADS", "default"),
        "seconds": elapsed,
        "queries": searches,
        "phases": {name: stats(values) for name, values in gaps.items()},
        "gui_thread_during_stalls": dict(stall_stacks.most_common(8)),
    }


# -- parent -----------------------------------------------------------------------------


def spawn(args: list[str], extra_env: dict[str, str] | None = None) -> dict[str, object]:
    env = {
        **os.environ,
        **(extra_env or {}),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(common.ROOT),
        "MCLIP_BENCH_T0": repr(time.time()),
    }
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_gui", *args],
        cwd=common.ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(
    launches: int, photos: int, idle_s: float, thread_counts: tuple[int, ...] = ()
) -> dict[str, object]:
    common.quiet()
    image_model, text_model = common.replicas()
    indexed_folder = common.photo_folder(16)
    data = prepare_library(image_model, text_model, indexed_folder, indexed=True)
    launch_runs = [
        spawn(
            [
                "--child",
                "launch",
                "--data",
                str(data),
                "--image-model",
                str(image_model),
                "--text-model",
                str(text_model),
            ]
        )
        for _ in range(launches)
    ]
    fresh = common.BENCH_DIR / "gui-data-stalls"
    shutil.rmtree(fresh, ignore_errors=True)
    photo_dir = str(common.photo_folder(photos))
    stall_args = ["--child", "stalls", "--data", str(fresh), "--image-model", str(image_model)]
    stall_args += ["--text-model", str(text_model), "--photos", photo_dir, "--idle", str(idle_s)]
    stall_run = spawn(stall_args)
    shutil.rmtree(fresh, ignore_errors=True)
    # The same with each inference thread count for background indexing (0: all cores).
    by_threads: dict[str, object] = {}
    for threads in thread_counts:
        one = spawn(stall_args, {"MCLIP_INDEX_THREADS": str(threads)})
        shutil.rmtree(fresh, ignore_errors=True)
        one_phases = one["phases"]
        by_threads[str(threads)] = {
            "indexing_photos_per_s": one["indexing_photos_per_s"],
            "max_stall_ms": {
                p: one_phases[p]["max_stall_ms"]
                for p in ("idle", "indexing", "indexing+queries")
                if p in one_phases
            },
            "queries": one["queries"],
        }

    def med(key: str) -> float:
        return common.median(r["marks_s"][key] for r in launch_runs if key in r["marks_s"])

    phases = stall_run["phases"]
    busy = [p for p in ("indexing", "indexing+queries") if p in phases]
    worst = max((phases[p]["max_stall_ms"] for p in busy), default=float("nan"))
    return {
        "target": "6 GUI: launch, first query, event-loop stalls",
        "launches": launch_runs,
        "median_first_paint_s": med("first_paint") if launch_runs else None,
        "median_first_results_s": med("first_results") if launch_runs else None,
        "median_imports_s": med("imports_done") if launch_runs else None,
        "stalls": stall_run,
        "worst_stall_while_busy_ms": worst,
        "by_index_threads": by_threads,
        "load_avg": common.load_avg(),
        "met": {
            "window<=1s": bool(launch_runs) and med("first_paint") <= 1.0,
            "first_query<=8s": bool(launch_runs) and med("first_results") <= 8.0,
            "stall<=50ms": worst <= 50,
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1 launch instead of 3")
    parser.add_argument("--child", choices=["launch", "stalls"], help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--image-model", help=argparse.SUPPRESS)
    parser.add_argument("--text-model", help=argparse.SUPPRESS)
    parser.add_argument("--photos")
    parser.add_argument("--launches", type=int)
    parser.add_argument("--idle", type=float, default=3.0)
    parser.add_argument(
        "--threads", default="",
        help="also run the stall probe with these background inference thread counts, "
        "e.g. 1,2,0 (0: all cores)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.child == "launch":
        t0 = float(os.environ["MCLIP_BENCH_T0"])
        print(
            json.dumps(
                common.rounded(child_launch(args.data, args.image_model, args.text_model, t0))
            )
        )
        return
    if args.child == "stalls":
        print(
            json.dumps(
                common.rounded(
                    child_stalls(
                        args.data, args.image_model, args.text_model, args.photos, args.idle
                    )
                )
            )
        )
        return
    photos = int(args.photos) if args.photos else 48  # 3 batches: warm-up, indexing, +queries
    launches = args.launches if args.launches is not None else (1 if args.quick else 3)
    threads = tuple(int(t) for t in args.threads.split(",") if t.strip())
    common.emit("gui", run(launches, photos, args.idle, threads))


if __name__ == "__main__":
    main()
