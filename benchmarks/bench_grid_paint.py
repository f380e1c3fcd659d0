"""Painting one screen of the browse grid (100k photos, 1280x800, placeholders), alone and
beside another thread running Python, at Python's default switch interval (5 ms), at 0.5 ms
(the GUI's in round 4) and at the GUI's now (``gui.app.SWITCH_INTERVAL_S``).

Every cell is painted by a Python delegate and the view asks the Python model for its row
count, so a frame enters the interpreter over a hundred times; each entry can wait for the
switch interval while another thread runs Python (a model loading, a folder rescanning).
Printed: median and worst repaint of 40 screens, in ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import common


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--screens", type=int, default=40)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mclip_desktop.core.thumbnails import ThumbnailCache
    from mclip_desktop.gui.app import SWITCH_INTERVAL_S
    from mclip_desktop.gui.grid_view import GridView
    from mclip_desktop.gui.results import ResultsModel, ThumbnailDelegate
    from mclip_desktop.gui.thumbnails import ThumbnailProvider

    app = QApplication.instance() or QApplication(["bench"])
    provider = ThumbnailProvider(ThumbnailCache(Path(tempfile.mkdtemp()) / "thumbnails"))
    provider.pixmap = lambda path: None  # type: ignore[method-assign] - placeholders only
    view = GridView()
    model = ResultsModel(provider)
    view.setModel(model)
    view.setItemDelegate(ThumbnailDelegate())
    view.resize(1280, 800)
    view.show()
    view.set_cell(160)
    n = args.photos
    model.set_browse(
        [f"/photos/{i:06d}.jpg" for i in range(n)],
        [f"{2024 - i * 10 // n}-{12 - (i // 1000) % 12:02d}-01T00:00:00" for i in range(n)],
    )
    while not view.laid_out():
        app.processEvents()

    def frames() -> dict[str, float]:
        bar = view.verticalScrollBar()
        times = []
        for _ in range(args.screens):
            bar.setValue((bar.value() + view.viewport().height()) % bar.maximum())
            started = time.perf_counter()
            view.viewport().repaint()
            times.append(1000 * (time.perf_counter() - started))
        return {"median_ms": common.median(times), "worst_ms": max(times)}

    busy = threading.Event()

    def run_python() -> None:
        count = 0
        while busy.is_set():
            count += 1

    default = sys.getswitchinterval()
    result: dict[str, object] = {"alone": frames()}
    busy.set()
    thread = threading.Thread(target=run_python)
    thread.start()
    for interval in sorted({default, 0.0005, SWITCH_INTERVAL_S}, reverse=True):
        sys.setswitchinterval(interval)
        result[f"beside_python_switch_{interval * 1000:g}ms"] = frames()
    busy.clear()
    thread.join()
    sys.setswitchinterval(default)
    provider.shutdown()
    view.close()
    common.emit("grid_paint", {"target": "a grid screen painted beside a busy thread", **result})


if __name__ == "__main__":
    main()
