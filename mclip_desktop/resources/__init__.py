"""Runtime resources shipped inside the package: the app icon, compiled translations and
the Linux desktop-integration files.

Everything here except this module is *built* from ``resources/`` in the source tree by
``python resources/build.py`` and committed, so installing needs neither Qt's tools nor an
SVG renderer. Files are found through ``importlib.resources``, so they load from wherever the
package is installed (a venv, pipx, a PyInstaller bundle), never from the source tree.
Qt-free: the CLI and the desktop-integration installer use it too.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from importlib import resources as _resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.resources.abc is new in Python 3.11
    from importlib.resources.abc import Traversable

# The application id: .desktop file name, icon name, AppStream id, and the name Qt gets in
# setDesktopFileName (so that Wayland compositors find the icon).
APP_ID = "io.github.mclip_desktop"
# hicolor theme sizes rendered from the SVG.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
# Base name of the compiled translations: translations/mclip_desktop_<lang>.qm
TRANSLATION_CATALOG = "mclip_desktop"

_extracted: Path | None = None


def files() -> Traversable:
    return _resources.files(__name__)


def path(*parts: str) -> Path:
    """A real file-system path to a resource (Qt needs paths). Inside a zip, the resource
    is copied out once to a temporary folder that is removed at exit."""
    resource = files()
    for part in parts:
        resource = resource.joinpath(part)
    if isinstance(resource, Path):
        return resource
    global _extracted
    if _extracted is None:
        _extracted = Path(tempfile.mkdtemp(prefix="mclip-desktop-resources-"))
        atexit.register(shutil.rmtree, _extracted, True)
    target = _extracted.joinpath(*parts)
    if not target.exists():
        _copy_out(resource, target)
    return target


def _copy_out(resource: Traversable, target: Path) -> None:
    if resource.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        for child in resource.iterdir():
            _copy_out(child, target / child.name)
    elif resource.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(resource.read_bytes())


def icon_svg() -> Path:
    return path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")


def icon_png(size: int) -> Path:
    return path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")


def hicolor_dir() -> Path:
    """The icons laid out as in a hicolor theme: <size>/apps/<APP_ID>.png and scalable/."""
    return path("icons", "hicolor")


def translations_dir() -> Path:
    return path("translations")


def locale_dir() -> Path:
    """The command line's translations, compiled from the same .ts files as the GUI's, laid
    out for gettext: <language>/LC_MESSAGES/mclip_desktop.mo."""
    return path("locale")


def translation_languages() -> list[str]:
    """Languages with a compiled translation, e.g. ["de", "es", "fr", "ja", "zh_CN"]."""
    prefix = TRANSLATION_CATALOG + "_"
    return sorted(
        entry.name[len(prefix) : -len(".qm")]
        for entry in files().joinpath("translations").iterdir()
        if entry.name.startswith(prefix) and entry.name.endswith(".qm")
    )


def desktop_file() -> Path:
    return path("linux", f"{APP_ID}.desktop")


def metainfo_file() -> Path:
    return path("linux", f"{APP_ID}.metainfo.xml")
