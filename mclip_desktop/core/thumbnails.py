"""Thumbnails on disk: made once per photo version (path, size, mtime), written atomically.

Made with Pillow from a drafted decode, so a 12 MP JPEG costs a few milliseconds; the GUI
only ever loads the small JPEG from the cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PIL import Image

from mclip_desktop.core import images
from mclip_desktop.core.errors import ImageReadError

THUMBNAIL_SIZE = 384  # the largest grid size; smaller ones are scaled from it


class ThumbnailCache:
    def __init__(self, folder: Path, size: int = THUMBNAIL_SIZE) -> None:
        self.folder = folder
        self.size = size

    def _key(self, path: str, st: os.stat_result) -> Path:
        digest = hashlib.blake2b(
            f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{self.size}".encode("utf-8", "surrogateescape"),
            digest_size=16,
        ).hexdigest()
        return self.folder / digest[:2] / f"{digest}.jpg"

    def get(self, path: str) -> Path:
        """The thumbnail file for a photo, made if missing. Raises ImageReadError."""
        try:
            st = os.stat(path)
        except OSError as exc:
            raise ImageReadError("photo.unreachable", detail=exc.strerror or str(exc)) from exc
        target = self._key(path, st)
        if target.exists():
            return target
        im, _, _, _ = images.open_photo(images.read_file(path), min_size=self.size)
        im.thumbnail((self.size, self.size), Image.Resampling.BICUBIC)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                im.save(f, "JPEG", quality=85)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
