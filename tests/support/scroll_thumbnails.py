"""Run by tests/gui/test_scrolling_thumbnails.py in a process of its own (a refcount error
in a Qt binding aborts the whole process): browses a folder of photos in the grid with a
small thumbnail memory, scrolls it end to end several times, waits at each screen until its
thumbnails are painted, and prints what it saw as JSON."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QTimer
from PySide6.QtWidgets import QApplication

from mclip_desktop.core.thumbnails import ThumbnailCache
from mclip_desktop.gui.grid_view import GridView
from mclip_desktop.gui.results import ResultsModel, ThumbnailDelegate
from mclip_desktop.gui.thumbnails import ThumbnailProvider

CELL = 64


def main(folder: str, cache: str, passes: int) -> None:
    app = QApplication.instance() or QApplication(["scroll-thumbnails"])
    provider = ThumbnailProvider(ThumbnailCache(Path(cache)), memory_items=200)
    provider.set_display_size(CELL)
    model = ResultsModel(provider)
    delegate = ThumbnailDelegate()
    delegate.cell = CELL
    view = GridView()
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.set_cell(CELL)
    view.resize(420, 300)
    view.show()
    names = sorted(os.listdir(folder), reverse=True)
    model.set_browse(
        [os.path.join(folder, n) for n in names],
        [f"20{10 + i // 100:02d}-01-01 00:00:00" for i in range(len(names))],
    )
    made = [0]
    provider.thumbnail_ready.connect(lambda _: made.__setitem__(0, made[0] + 1))
    # Wakes the loop below at least every 20 ms while it waits for a condition.
    tick = QTimer()
    tick.start(20)
    bar = view.verticalScrollBar()

    def wait_for(condition, seconds: float = 30.0) -> bool:  # noqa: ANN001
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True

    wait_for(lambda: bar.maximum() > 0)

    def bottom() -> int:
        return view.viewport().height()

    def screen_ready() -> bool:
        view.viewport().repaint()  # paints ask the provider for every visible thumbnail
        grid = view.gridSize()
        row = max(view.indexAt(QPoint(grid.width() // 2, grid.height() // 2)).row(), 0)
        paths = []
        while row < model.rowCount() and view.visualRect(model.index(row)).top() < bottom():
            paths.append(model.path_of_row(row))
            row += 1
        paths = [p for p in paths if p]
        return all(provider.pixmap(p) is not None or provider.failed(p) for p in paths)

    screens = stalled = 0
    for _ in range(passes):
        bar.setValue(0)
        while True:
            screens += 1
            stalled += not wait_for(screen_ready)
            if bar.value() >= bar.maximum():
                break
            bar.setValue(bar.value() + view.viewport().height())
    provider.shutdown()
    tick.stop()
    view.close()
    app.processEvents()
    print(json.dumps({
        "photos": len(names), "screens": screens, "stalled": stalled,
        "thumbnails_made": made[0],
    }))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
