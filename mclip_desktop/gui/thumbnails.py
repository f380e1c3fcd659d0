"""Thumbnails for the grid: made off the GUI thread (newest request first, as the user
scrolls), cached on disk by the core and in memory as QPixmaps (made on the GUI thread)."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.thumbnails import ThumbnailCache


class _Relay(QObject):
    # Paths travel as Python objects: a QString would lose a name that is not UTF-8.
    image_ready = Signal(object, QImage, object)  # path, image, stamp
    image_failed = Signal(object, object)  # path, stamp


class _Worker(QRunnable):
    def __init__(self, provider: ThumbnailProvider) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._provider = provider

    def run(self) -> None:
        while (path := self._provider._next()) is not None:
            stamp = _stamp(path)
            try:
                image = QImage(str(self._provider.cache.get(path)))
            except (ImageReadError, OSError):
                image = QImage()
            side = self._provider.display_size
            if side and not image.isNull() and max(image.width(), image.height()) > side:
                # Scaled here, off the GUI thread, to the size the grid paints at.
                image = image.scaled(
                    side, side, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )  # fmt: skip
            if image.isNull():
                self._provider._relay.image_failed.emit(path, stamp)
            else:
                self._provider._relay.image_ready.emit(path, image, stamp)


def _stamp(path: str) -> tuple[int, int] | None:
    """What tells an edited photo from the one a thumbnail was made of."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


class ThumbnailProvider(QObject):
    thumbnail_ready = Signal(object)  # the photo's path

    def __init__(self, cache: ThumbnailCache, memory_items: int = 1500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._limit = memory_items
        self._failed: set[str] = set()
        # The size and mtime each thumbnail (or failure) was made from.
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._queue: list[str] = []  # a stack: the newest request is served first
        self._queued: set[str] = set()
        self._lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._workers = 0
        self.display_size = 0  # device pixels a thumbnail is painted at; 0: as cached
        self._relay = _Relay()
        self._relay.image_ready.connect(self._on_relay_image_ready)
        self._relay.image_failed.connect(self._on_relay_image_failed)

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
        with self._lock:
            if path in self._queued:
                self._queue.remove(path)
            self._queue.append(path)
            self._queued.add(path)
            start = self._workers < self._pool.maxThreadCount()
            if start:
                self._workers += 1
        if start:
            self._pool.start(_Worker(self))

    def _next(self) -> str | None:
        with self._lock:
            if not self._queue:
                self._workers -= 1
                return None
            path = self._queue.pop()
            self._queued.discard(path)
            return path

    def _on_relay_image_ready(
        self, path: str, image: QImage, stamp: tuple[int, int] | None
    ) -> None:
        self._pixmaps[path] = QPixmap.fromImage(image)
        self._stamps[path] = stamp
        while len(self._pixmaps) > self._limit:
            gone, _ = self._pixmaps.popitem(last=False)
            self._stamps.pop(gone, None)
        self.thumbnail_ready.emit(path)

    def _on_relay_image_failed(self, path: str, stamp: tuple[int, int] | None) -> None:
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
        with self._lock:
            self._queue.clear()
            self._queued.clear()
        self._pool.waitForDone(5000)
