"""Photo files as Qt sees them. Qt turns a Python path into a QString and back through
UTF-8, which loses a file name that is not UTF-8 (legal on Linux): such a name opened,
dragged out or read through Qt names another file or none. Here the bytes travel in
percent-encoded file URLs, and images are read by Python and decoded from memory."""

from __future__ import annotations

import os
import urllib.parse

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader

from mclip_desktop.core import names


def file_url(path: str) -> QUrl:
    """A file URL that keeps every byte of the name."""
    return QUrl.fromEncoded(names.file_uri(path).encode("ascii"))


def local_path(url: QUrl) -> str:
    """The path of a local file URL, byte for byte (``toLocalFile`` replaces bytes that
    are not UTF-8)."""
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    return os.fsdecode(urllib.parse.unquote_to_bytes(encoded))


def display_name(path: str) -> str:
    return names.readable(path)


def read_image(path: str, fit: int | None = None) -> tuple[QImage, str]:
    """The photo, upright, scaled to fit ``fit`` pixels when given; a null image and the
    reason when it cannot be read."""
    try:
        with open(path, "rb") as f:
            data = QByteArray(f.read())
    except OSError as exc:
        return QImage(), exc.strerror or str(exc)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if fit is not None and reader.size().isValid():
        reader.setScaledSize(
            reader.size().scaled(QSize(fit, fit), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    error = reader.errorString()
    buffer.close()
    return image, error
