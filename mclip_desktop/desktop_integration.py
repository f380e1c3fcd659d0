"""Linux desktop integration for the current user: the menu entry (.desktop file), the icon
in the hicolor theme, and the AppStream metadata, copied from the installed package into
``$XDG_DATA_HOME`` (``~/.local/share``). Qt-free; ``mclip-desktop desktop`` calls it.

A pip or pipx install cannot put these files in place by itself (wheels do not install into
the user's data folders), hence this explicit step. Its ``Exec`` line names the absolute path
of the ``mclip-desktop`` that runs it, because desktop sessions often lack ``~/.local/bin`` on
their PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mclip_desktop import resources
from mclip_desktop.core.errors import MclipError

APP_ID = resources.APP_ID


@dataclass
class DesktopIntegration:
    """What an install or uninstall did."""

    data_home: Path
    command: list[str]
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    caches_refreshed: list[str] = field(default_factory=list)


def default_data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How a menu entry starts this installation of the app: an absolute command line.
    Symlinks are kept (pipx's ~/.local/bin link and a venv's python survive upgrades)."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [os.path.abspath(sys.executable)]
    script = sys.argv[0] if sys.argv and sys.argv[0] else ""
    if Path(script).name == "mclip-desktop" and os.path.isfile(script):
        return [os.path.abspath(script)]
    found = shutil.which("mclip-desktop")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "mclip_desktop"]


def planned_files(data_home: Path) -> dict[Path, Path]:
    """Each file to install (target in data_home) and the package resource it comes from."""
    plan = {
        data_home / "applications" / f"{APP_ID}.desktop": resources.desktop_file(),
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml": resources.metainfo_file(),
    }
    hicolor = data_home / "icons" / "hicolor"
    for size in resources.ICON_SIZES:
        plan[hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = resources.icon_png(size)
    plan[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = resources.icon_svg()
    return plan


def install_desktop_integration(
    data_home: str | os.PathLike[str] | None = None,
    *,
    executable: Sequence[str] | None = None,
    uninstall: bool = False,
    refresh_caches: bool = True,
) -> DesktopIntegration:
    """Install (or with ``uninstall`` remove) the menu entry, icons and metainfo.

    ``data_home`` defaults to ``$XDG_DATA_HOME`` or ``~/.local/share``; ``executable`` (the
    command line for the menu entry) to the one that runs this installation
    (``launcher_command``). Raises MclipError, naming
    the file, when something cannot be written.
    """
    if data_home is None and sys.platform in ("win32", "darwin"):
        raise MclipError(
            "Desktop integration files are for Linux desktops; on Windows and macOS use the "
            "app bundle (see docs/packaging.md)."
        )
    home = Path(data_home).expanduser().resolve() if data_home is not None else default_data_home()
    result = DesktopIntegration(home, list(executable or launcher_command()))
    plan = planned_files(home)
    if uninstall:
        for target in plan:
            if target.exists():
                target.unlink()
                result.removed.append(target)
    else:
        for target, source in plan.items():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.suffix == ".desktop":
                    text = desktop_entry(source.read_text(encoding="utf-8"), result.command)
                    _write_atomically(target, text.encode("utf-8"))
                else:
                    _write_atomically(target, source.read_bytes())
            except OSError as exc:
                raise MclipError(
                    f"Cannot write {target}: {exc.strerror or exc}. Check that the folder is "
                    "writable, or pass another data folder."
                ) from exc
            result.written.append(target)
    if refresh_caches:
        result.caches_refreshed = _refresh_caches(home)
    return result


def desktop_entry(template: str, command: Sequence[str]) -> str:
    """The packaged .desktop file with Exec and TryExec pointing at ``command``."""
    exec_value = " ".join(_quote_exec_arg(arg) for arg in command)
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + _escape_value(exec_value)
        elif line.startswith("TryExec="):
            line = "TryExec=" + _escape_value(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def _quote_exec_arg(arg: str) -> str:
    # Desktop Entry spec, "The Exec key": reserved characters need a double-quoted argument,
    # inside which ", `, $ and \ are escaped with a backslash.
    reserved = set(" \t\n\"'\\><~|&;$*?#()`%=")
    if not any(c in reserved for c in arg):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped.replace("%", "%%")}"'


def _escape_value(value: str) -> str:
    # String values escape backslashes once more (spec: "Possible value types").
    return value.replace("\\", "\\\\")


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def _refresh_caches(home: Path) -> list[str]:
    """Tell the desktop about the change where the tools exist; harmless where they do not."""
    hicolor = home / "icons" / "hicolor"
    commands = [["update-desktop-database", "-q", str(home / "applications")]]
    # Only refresh an icon cache that exists: a new cache in a user's hicolor folder would
    # hide icons that other programs later add there without updating it.
    if (hicolor / "icon-theme.cache").exists():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    elif hicolor.is_dir():
        os.utime(hicolor)  # icon themes notice a newer folder
    refreshed = []
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            try:
                subprocess.run(command, check=True, capture_output=True, timeout=60)
                refreshed.append(command[0])
            except (OSError, subprocess.SubprocessError):
                pass  # a stale cache only delays the menu entry until the next login
    return refreshed
