"""Thumbnails for the grid: made off the GUI thread (newest request first, as the user
scrolls), cached on disk by the core and in memory as QPixmaps (made on the GUI thread).

The workers are plain Python threads that use Pillow only: they hand back pixels as bytes
through an Inbox, and the GUI thread alone makes Qt images of them (inbox.py says why no
worker may call into Qt)."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from mclip_desktop.core import background
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.thumbnails import ThumbnailCache
from mclip_desktop.gui.inbox import Inbox

# Below the GUI thread, above background indexing (nice 10).
NICENESS = 5


def worker_count(cpus: int | None = None) -> int:
    """Decoding threads: every core but one, so the GUI thread always finds a core free
    while the user scrolls (at most 4).

    Measured with ``benchmarks/bench_library_window.py`` on 2 cores: two decoding threads
    at normal priority left the GUI thread waiting for a core, and scrolling 100k photos
    had 703 frames over 20 ms; one thread at nice 5 leaves a core to the window."""
    cpus = background.cpu_count() if cpus is None else cpus
    return max(1, min(4, cpus - 1))


def _pixels(cache: ThumbnailCache, path: str, side: int) -> tuple[bytes, int, int] | None:
    """RGB pixels of a photo's thumbnail, at most ``side`` pixels wide and high (0: as
    cached); None when it cannot be made. Runs on a worker thread."""
    try:
        with Image.open(cache.get(path)) as image:
            if side and max(image.size) > side:
                # Scaled here, off the GUI thread, to the size the grid paints at.
                image.thumbnail((side, side), Image.Resampling.BICUBIC)
            rgb = image.convert("RGB")
            return rgb.tobytes(), rgb.width, rgb.height
    except (ImageReadError, OSError, ValueError, Image.DecompressionBombError):
        return None


def _stamp(path: str) -> tuple[int, int] | None:
    """What tells an edited photo from the one a thumbnail was made of."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


class ThumbnailProvider(QObject):
    thumbnail_ready = Signal(object)  # the photo's path

    def __init__(
        self, cache: ThumbnailCache, memory_items: int = 1500, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._limit = memory_items
        self._failed: set[str] = set()
        # The size and mtime each thumbnail (or failure) was made from.
        self._stamps: dict[str, tuple[int, int] | None] = {}
        # A stack: the newest request is served first. Requests for cells scrolled past long
        # ago are dropped, so a fling through 100k photos does not leave the workers decoding
        # them all; a cell scrolled back to asks again.
        self._queue: OrderedDict[str, None] = OrderedDict()
        self._queue_limit = 400
        self._wake = threading.Condition()
        self._stopping = False
        self._workers: list[threading.Thread] = []
        self.display_size = 0  # device pixels a thumbnail is painted at; 0: as cached
        self._inbox = Inbox(self)

    def pixmap(self, path: str) -> QPixmap | None:
        """The thumbnail if ready; otherwise None, and it is queued."""
        pixmap = self._pixmaps.get(path)
        if pixmap is not None:
            self._pixmaps.move_to_end(path)
            return pixmap
        if path not in self._failed:
            self._request(path)
        return None

    def failed(self, path: str) -> bool:
        return path in self._failed

    def _request(self, path: str) -> None:
        with self._wake:
            self._queue[path] = None
            self._queue.move_to_end(path)
            while len(self._queue) > self._queue_limit:
                self._queue.popitem(last=False)
            if not self._workers:  # started with the first request, not with the window
                self._workers = [
                    threading.Thread(target=self._work, name="mclip-thumbnails", daemon=True)
                    for _ in range(worker_count())
                ]
                for worker in self._workers:
                    worker.start()
            self._wake.notify()

    def _work(self) -> None:
        # On a worker thread: no Qt here. It waits for requests until shutdown.
        background.lower_thread_priority(NICENESS)
        while True:
            with self._wake:
                while not self._queue and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                path, _ = self._queue.popitem()
                side = self.display_size
            stamp = _stamp(path)
            pixels = _pixels(self.cache, path, side)
            self._inbox.post(self._on_pixels, path, side, pixels, stamp)

    def _on_pixels(
        self,
        path: str,
        side: int,
        pixels: tuple[bytes, int, int] | None,
        stamp: tuple[int, int] | None,
    ) -> None:
        if side != self.display_size:
            return  # made for a size no longer shown; the grid asks again at the new one
        if pixels is None:
            self._on_failed(path, stamp)
            return
        data, width, height = pixels
        image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888)
        self._pixmaps[path] = QPixmap.fromImage(image)  # a copy: ``data`` may go
        self._stamps[path] = stamp
        while len(self._pixmaps) > self._limit:
            gone, _ = self._pixmaps.popitem(last=False)
            self._stamps.pop(gone, None)
        self.thumbnail_ready.emit(path)

    def _on_failed(self, path: str, stamp: tuple[int, int] | None) -> None:
        self._failed.add(path)
        self._stamps[path] = stamp
        self.thumbnail_ready.emit(path)

    def refresh_changed(self) -> None:
        """Forget the thumbnails (and failures) of photos changed on disk since they were
        made, such as a photo edited in place; views asking again get a new one. Called when
        the engine reports changes; it looks only at what is held in memory."""
        for path in [p for p, stamp in self._stamps.items() if _stamp(p) != stamp]:
            self.forget(path)
            self.thumbnail_ready.emit(path)

    def set_display_size(self, side: int) -> None:
        """Thumbnails come scaled to ``side`` device pixels; those made for another size
        are dropped from memory (the disk cache keeps the large ones)."""
        if side != self.display_size:
            self.display_size = side
            self._pixmaps.clear()

    def forget(self, path: str) -> None:
        self._pixmaps.pop(path, None)
        self._failed.discard(path)
        self._stamps.pop(path, None)

    def shutdown(self) -> None:
        with self._wake:
            self._queue.clear()
            self._stopping = True
            self._wake.notify_all()
        for worker in self._workers:
            worker.join(5)
        self._inbox.close()
