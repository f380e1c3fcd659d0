"""Starting the desktop app: one QApplication, one Library, one Engine, one MainWindow."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mclip_desktop import __version__, resources
from mclip_desktop.core import models, paths, power
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.settings import Settings, settings_path
from mclip_desktop.core.thumbnails import ThumbnailCache
from mclip_desktop.gui import i18n, memory
from mclip_desktop.gui.engine import Engine
from mclip_desktop.gui.main_window import MainWindow
from mclip_desktop.gui.thumbnails import ThumbnailProvider
from mclip_desktop.gui.wording import gui_text

# The longest the app waits for the window to show the library before it loads models.
ENGINE_START_LATEST_MS = 2000

# How long a thread may hold the interpreter while the GUI thread waits for it (Python's
# default: 5 ms). Painting a screen of the grid enters Python some 140 times (the delegate,
# the model's row count); with a model loading or a folder rescanning on another thread each
# entry waited up to 5 ms, and a 1 ms frame took 27-75 ms; at 0.5 ms 8-14 ms, at 0.1 ms
# 4-7 ms (benchmarks/bench_grid_paint.py). Indexing lost nothing measurable at 0.1 ms
# (bench_gui): its threads spend their time in torch and Pillow, outside the interpreter.
# docs/performance.md, rounds 4 and 5.
SWITCH_INTERVAL_S = 0.0001

# The .desktop file's name (resources/linux/<APP_ID>.desktop), also the icon's name.
DESKTOP_FILE_NAME = resources.APP_ID


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setApplicationName("mclip-desktop")
    app.setOrganizationName("mclip-desktop")
    app.setApplicationVersion(__version__)
    # Matches the .desktop file, so Wayland compositors show the app's icon.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon, in every rendered size, from the installed package."""
    icon = QIcon()
    for size in resources.ICON_SIZES:
        icon.addFile(str(resources.icon_png(size)), QSize(size, size))
    return icon


class DesktopApp:
    """Owns the app's parts and tears them down in order."""

    def __init__(
        self,
        data_dir: str | None = None,
        image_model: str | None = None,
        text_model: str | None = None,
    ) -> None:
        config = LibraryConfig.from_options(data_dir, image_model, text_model)
        self.settings_path = settings_path(config.data_dir)
        self.settings = Settings.load(self.settings_path)
        # Before any widget exists, so that every text is created translated.
        app = QApplication.instance()
        self.translations = i18n.install_translations(app, self.settings.language)
        # A model folder chosen in the app applies unless the command line or env names one.
        if not image_model and not os.environ.get("MCLIP_IMAGE_MODEL") and self.settings.image_model:
            config.image_model, config.image_source = self.settings.image_model, "app"
        if not text_model and not os.environ.get("MCLIP_TEXT_MODEL") and self.settings.text_model:
            config.text_model, config.text_source = self.settings.text_model, "app"
        try:
            self.library = Library(config)
        except MclipError as exc:
            # Started from a menu, nobody reads the terminal: the window's words say why.
            QMessageBox.critical(
                None,
                QCoreApplication.translate("DesktopApp", "mclip-desktop cannot start"),
                gui_text(exc),
            )
            self.translations.remove()
            raise
        self.engine = Engine(self.library)
        self.thumbnails = ThumbnailProvider(ThumbnailCache(paths.cache_dir(config.data_dir) / "thumbnails"))
        if self.settings.device and not os.environ.get(models.DEVICE_ENV):
            os.environ[models.DEVICE_ENV] = self.settings.device
        power.set_inference_threads(self.settings.index_threads)
        self.window = self._make_window()
        self._shut_down = False

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.engine, self.thumbnails, self.settings, self.settings_path)
        window.language_chosen.connect(self.change_language)
        return window

    def change_language(self, language: str | None) -> None:
        """Apply a new interface language now: every text is made in the window's
        constructor, so the window is rebuilt (engine, library and thumbnails stay)."""
        app = QApplication.instance()
        self.translations.remove()
        self.translations = i18n.Translations(app, i18n.ui_locale(language, {})).install()
        old = self.window
        self.window = self._make_window()
        self.window.restoreGeometry(old.saveGeometry())
        old.close()
        old.deleteLater()
        self.window.show()

    def start(self) -> None:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        memory.settle()  # what importing and building the window made lives on
        self.window.show()
        # The window paints first, reads the whole library and lays it out while nothing
        # else runs (at 100k photos 0.5 s alone, 6 s beside loading a model and scanning the
        # folders); loading models and watching folders follow, after 2 s at the latest.
        self.window.browse_shown.connect(self.engine.start, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(ENGINE_START_LATEST_MS, self.engine.start)

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.window.close()
        self.engine.shutdown()
        self.thumbnails.shutdown()
        self.window.deleteLater()
        self.translations.remove()


def run(data_dir: str | None, image_model: str | None, text_model: str | None) -> int:
    app = make_application()
    desktop = DesktopApp(data_dir, image_model, text_model)
    desktop.start()
    try:
        return app.exec()
    finally:
        desktop.shutdown()
