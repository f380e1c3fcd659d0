"""GUI fixtures: a DesktopApp on a fresh data dir, torn down with nothing left behind."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from mclip_desktop.core import background
from mclip_desktop.gui.app import DesktopApp, make_application
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

DEFAULT_GC_THRESHOLD = gc.get_threshold()
DEFAULT_SWITCH_INTERVAL = sys.getswitchinterval()


@pytest.fixture(scope="session")
def qapp_cls():
    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args):  # noqa: ARG001 - pytest-qt's fixture, configured like the real app
    return make_application(["mclip-desktop-tests"])


@pytest.fixture(scope="session")
def photo_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("gui-photos") / "Pictures"
    truth = synthetic.write_photo_collection(
        folder, per_class=2, seed=21, sizes=((320, 240), (480, 360), (240, 320)), formats=("jpg", "png")
    )
    return folder, truth


@pytest.fixture
def make_desktop(qapp, qtbot, tmp_path) -> Iterator[Callable[..., DesktopApp]]:
    made: list[DesktopApp] = []

    def make(text_model: str | None = None, image_model: str | None = None) -> DesktopApp:
        desktop = DesktopApp(str(tmp_path / "data"), image_model or str(TINY_IMAGE), text_model or str(TINY_TEXT))
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.shutdown()
    qapp.processEvents()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets() if w.isVisible()], timeout=5000)
    # The app freezes what it keeps for its lifetime, collects less often (gui/memory.py) and
    # shortens the interpreter's switch interval (gui/app.py); a test's app ends here.
    gc.unfreeze()
    gc.set_threshold(*DEFAULT_GC_THRESHOLD)
    background.choose_threads(None)  # the settings' choice of indexing threads
    sys.setswitchinterval(DEFAULT_SWITCH_INTERVAL)


def bare_grid(qtbot, folder: Path):  # noqa: ANN001, ANN201
    """The browse grid alone, 900x600 and not shown yet: (thumbnail provider, model,
    view), thumbnails cached under ``folder``. The caller shuts the provider down."""
    from mclip_desktop.core.thumbnails import ThumbnailCache
    from mclip_desktop.gui.grid_view import GridView
    from mclip_desktop.gui.results import ResultsModel, ThumbnailDelegate
    from mclip_desktop.gui.thumbnails import ThumbnailProvider

    provider = ThumbnailProvider(ThumbnailCache(folder / "thumbnails"))
    model = ResultsModel(provider)
    view = GridView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ThumbnailDelegate())
    view.resize(900, 600)
    return provider, model, view
