"""The app at rest with 100k photos: how much CPU the GUI process uses once it has started
up (models loaded, folders rescanned) and nobody touches it.

It runs the library ``bench_library_window`` makes, offscreen, waits until the live indexer
has finished its launch rescan and the text model has loaded, lets 3 s pass, then reads the
process's CPU time over ``--seconds``. A watching app should cost next to nothing at rest;
``Catalog.has_work``, asked five times a second by the live indexer, once read every photo's
row each time (120-190 ms at 100k photos): ``--uncached`` measures it that way again.
"""

from __future__ import annotations

import argparse
import os
import time

from benchmarks import common
from benchmarks.bench_library_window import prepare_library


def measure(data: str, image_model: str, text_model: str, seconds: float, uncached: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from mclip_desktop.core.catalog import Catalog
    from mclip_desktop.gui.app import DesktopApp, make_application

    if uncached:
        original = Catalog.has_work

        def has_work(self: Catalog, model_id: str) -> bool:
            self._work_answer = None
            return original(self, model_id)

        Catalog.has_work = has_work  # type: ignore[method-assign]
    app = make_application(["mclip-desktop-bench"])
    desktop = DesktopApp(data, image_model, text_model)
    state = {"models": False, "rescanned": False}
    figures: dict[str, float] = {}

    def on_phase(phase: str) -> None:
        if phase == "scanning":
            state["scanning"] = True
        elif phase in ("idle", "paused") and state.get("scanning"):
            state["rescanned"] = True
            check()

    def on_models() -> None:
        state["models"] = True
        check()

    def check() -> None:
        if state["models"] and state["rescanned"] and "started" not in figures:
            figures["started"] = time.monotonic()
            QTimer.singleShot(3000, begin)

    def begin() -> None:
        figures["cpu0"] = time.process_time()
        figures["wall0"] = time.monotonic()
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        cpu = time.process_time() - figures["cpu0"]
        wall = time.monotonic() - figures["wall0"]
        figures["cpu_share_of_one_core"] = cpu / wall
        app.quit()

    desktop.engine.phase_changed.connect(on_phase)
    desktop.engine.models_ready.connect(on_models)
    desktop.start()
    QTimer.singleShot(300_000, app.quit)
    app.exec()
    desktop.shutdown()
    return {"uncached": uncached, "cpu_share_of_one_core": figures.get("cpu_share_of_one_core")}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--uncached", action="store_true")
    args = parser.parse_args(argv)
    common.quiet()
    image_model, text_model = common.replicas()
    data, _ = prepare_library(image_model, text_model, args.photos)
    result = measure(str(data), str(image_model), str(text_model), args.seconds, args.uncached)
    common.emit("idle", {"target": "CPU of the app at rest", "photos": args.photos, **result})


if __name__ == "__main__":
    main()
