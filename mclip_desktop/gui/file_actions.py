"""Opening a photo or its folder with the desktop's own apps, copying photos elsewhere and
moving them to the trash; every failure is reported through ``failed`` (the window shows it)
instead of vanishing on stderr."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDesktopServices

from mclip_desktop.gui.files import display_name, file_url


class FileActions(QObject):
    failed = Signal(str)

    def open_path(self, path: str) -> bool:
        if not os.path.exists(path):
            self.failed.emit(self.tr("Cannot open {0}: the file is no longer there.").format(display_name(path)))
            return False
        if not QDesktopServices.openUrl(file_url(path)):
            message = self.tr("No application could open {0}. Is a default image viewer set?")
            self.failed.emit(message.format(display_name(path)))
            return False
        return True

    def show_in_folder(self, path: str) -> bool:
        folder = os.path.dirname(path)
        if not os.path.isdir(folder):
            message = self.tr("Cannot show {0}: the folder is no longer there.")
            self.failed.emit(message.format(display_name(folder)))
            return False
        if not QDesktopServices.openUrl(file_url(folder)):
            message = self.tr("No file manager could show {0}. Is a default file manager set?")
            self.failed.emit(message.format(display_name(folder)))
            return False
        return True


def copy_photos(paths: Iterable[str], target: str) -> tuple[int, list[tuple[str, str]]]:
    """Copy into ``target``, never overwriting: a name taken there gets " (2)" and so on.
    Returns (copied, [(path, reason)])."""
    copied = 0
    failed: list[tuple[str, str]] = []
    for path in paths:
        stem, ext = os.path.splitext(os.path.basename(path))
        destination = os.path.join(target, stem + ext)
        n = 2
        while os.path.exists(destination):
            destination = os.path.join(target, f"{stem} ({n}){ext}")
            n += 1
        try:
            shutil.copy2(path, destination)
        except OSError as exc:
            failed.append((path, exc.strerror or str(exc)))
        else:
            copied += 1
    return copied, failed
