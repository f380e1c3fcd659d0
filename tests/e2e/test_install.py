"""Installing: the wheel carries the runtime resources and runs outside the source tree, and
the Linux desktop-integration files are valid and install for the current user.

To stay fast and offline, the wheel is installed with --no-deps into a fresh venv that sees
this environment's packages through a .pth file (not its .pth files: the editable install of
the source tree stays invisible there).
"""

from __future__ import annotations

import configparser
import io
import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from mclip_desktop import __version__, resources
from mclip_desktop.desktop_integration import desktop_entry, install_desktop_integration

ROOT = Path(__file__).resolve().parents[2]
APP_ID = resources.APP_ID
LANGUAGES = ("zh_CN", "de", "es", "fr", "ja")
PACKAGED = "mclip_desktop/resources"
# Every language's compiled catalog, and every icon size, must be in the wheel.
EXPECTED_IN_WHEEL = [
    *(f"{PACKAGED}/translations/mclip_desktop_{lang}.qm" for lang in LANGUAGES),
    *(f"{PACKAGED}/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in resources.ICON_SIZES),
    f"{PACKAGED}/icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"{PACKAGED}/linux/{APP_ID}.desktop",
    f"{PACKAGED}/linux/{APP_ID}.metainfo.xml",
]

PROBE = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import mclip_desktop
from mclip_desktop import resources
from PySide6.QtWidgets import QApplication
from mclip_desktop.gui import i18n
from mclip_desktop.gui.app import app_icon, make_application

app = make_application(["probe"])
icon = app_icon()
translations = i18n.Translations(app, i18n.ui_locale("zh_CN", {})).install()
from PySide6.QtCore import QCoreApplication
print(json.dumps({
    "package": mclip_desktop.__file__,
    "icon_file": str(resources.icon_png(48)),
    "icon_sizes": [s.width() for s in icon.availableSizes()],
    "icon_null": app.windowIcon().isNull(),
    "translations_dir": str(resources.translations_dir()),
    "languages": resources.translation_languages(),
    "zh_loaded": translations.app_catalog_loaded,
    "zh_file_menu": QCoreApplication.translate("MainWindow", "&File"),
}))
"""


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: int = 300):
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy of what an sdist holds, so the build cannot see or touch the tree.
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, src / name)
    shutil.copytree(
        ROOT / "mclip_desktop", src / "mclip_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    out = work / "dist"
    result = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(out), str(src)],
        cwd=work, env=dict(os.environ),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("mclip_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed; dependencies come from this environment."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
         "-q", str(wheel)],
        cwd=venv, env=dict(os.environ),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    ours = {
        sysconfig.get_paths()["purelib"],
        sysconfig.get_paths()["platlib"],
        *site.getsitepackages(),
    }
    Path(purelib, "_parent_environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    return venv


@pytest.fixture
def outside(tmp_path) -> tuple[Path, dict[str, str]]:
    """A working folder outside the source tree and an environment that cannot see it."""
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSAFEPATH")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return cwd, env


def bin_path(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def test_wheel_carries_the_runtime_resources_and_no_sources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in EXPECTED_IN_WHEEL if n not in names]
    assert not missing, f"missing from the wheel: {missing}"
    assert not [n for n in names if n.startswith(("tests/", "resources/", "packaging/"))]
    assert not [n for n in names if n.endswith(".ts")]
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "mclip-desktop = mclip_desktop.cli:entry"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_installed_command_runs_outside_the_source_tree(installed, outside, tmp_path):
    cwd, env = outside
    command = str(bin_path(installed, "mclip-desktop"))
    version = run([command, "--version"], cwd, env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"mclip-desktop {__version__}"
    env["MCLIP_DATA_DIR"] = str(tmp_path / "data")
    status = run([command, "status", "--json"], cwd, env)
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["indexed"] == 0 and report["folders"] == []
    assert report["data_dir"] == str(tmp_path / "data")


def test_icon_and_translations_load_from_the_installed_package(installed, outside):
    cwd, env = outside
    result = run([str(bin_path(installed, "python")), "-c", PROBE], cwd, env)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    for key in ("package", "icon_file", "translations_dir"):
        path = Path(probe[key])
        assert path.is_relative_to(installed), f"{key} is {path}, not in the installed venv"
        assert not path.is_relative_to(ROOT), f"{key} comes from the source tree: {path}"
    assert sorted(probe["icon_sizes"]) == sorted(resources.ICON_SIZES)
    assert not probe["icon_null"]
    assert set(probe["languages"]) == set(LANGUAGES)
    assert probe["zh_loaded"] and probe["zh_file_menu"] == "文件(&F)"


def test_desktop_integration_installs_for_the_user_from_the_installed_package(
    installed, outside, tmp_path
):
    cwd, env = outside
    env["PATH"] = f"{bin_path(installed, '')}{os.pathsep}{env.get('PATH', '')}"
    data_home = tmp_path / "share"
    code = (
        "from mclip_desktop.desktop_integration import install_desktop_integration as i;"
        f"r = i({str(data_home)!r}, refresh_caches=False); print(r.command[0])"
    )
    result = run([str(bin_path(installed, "python")), "-c", code], cwd, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(bin_path(installed, "mclip-desktop"))
    entry = read_desktop_file(data_home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == str(bin_path(installed, "mclip-desktop"))
    for size in resources.ICON_SIZES:
        assert (
            data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


# -- the desktop-integration files themselves ----------------------------------------------


def read_desktop_file(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    assert parser.sections()[0] == "Desktop Entry", "the first group must be [Desktop Entry]"
    return dict(parser["Desktop Entry"])


def test_desktop_file_has_the_required_keys_and_matches_the_app():
    from mclip_desktop.gui.app import DESKTOP_FILE_NAME

    path = resources.desktop_file()
    assert path.name == f"{DESKTOP_FILE_NAME}.desktop"  # Qt's setDesktopFileName, for Wayland
    entry = read_desktop_file(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Comment"]
    assert entry["Exec"].split()[0] == "mclip-desktop" == entry["TryExec"]
    assert entry["Icon"] == APP_ID  # a theme icon name, not a path
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Graphics" in entry["Categories"].split(";")
    for lang in LANGUAGES:
        assert entry[f"GenericName[{lang}]"] and entry[f"Comment[{lang}]"]


def test_metainfo_names_the_app_the_desktop_file_and_this_version():
    root = ET.parse(resources.metainfo_file()).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("metadata_license") and root.findtext("project_license")
    assert root.find("releases/release").get("version") == __version__
    assert root.find("provides/binary").text == "mclip-desktop"


def test_desktop_file_passes_desktop_file_validate(tmp_path):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip(
            "desktop-file-validate not installed (Debian/Ubuntu: apt install desktop-file-utils)"
        )
    packaged = run([validator, str(resources.desktop_file())], tmp_path, dict(os.environ))
    assert packaged.returncode == 0 and not packaged.stdout.strip(), (
        packaged.stdout + packaged.stderr
    )
    # What the installer writes, with an absolute Exec path that needs quoting.
    installed = tmp_path / f"{APP_ID}.desktop"
    installed.write_text(
        desktop_entry(
            resources.desktop_file().read_text(encoding="utf-8"), ["/opt/my photos/mclip-desktop"]
        ),
        encoding="utf-8",
    )
    result = run([validator, str(installed)], tmp_path, dict(os.environ))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    assert read_desktop_file(installed)["Exec"] == '"/opt/my photos/mclip-desktop"'


def test_metainfo_passes_appstreamcli_validate(tmp_path):
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli not installed (Debian/Ubuntu: apt install appstream)")
    result = run(
        [appstreamcli, "validate", "--no-net", str(resources.metainfo_file())],
        tmp_path,
        dict(os.environ),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_and_uninstall_for_the_current_user(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    done = install_desktop_integration(
        executable=["/usr/local/bin/mclip-desktop"], refresh_caches=False
    )
    assert done.data_home == tmp_path / "share"
    assert len(done.written) == len(resources.ICON_SIZES) + 3
    assert all(p.is_file() and p.is_relative_to(tmp_path / "share") for p in done.written)
    entry = read_desktop_file(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == entry["TryExec"] == "/usr/local/bin/mclip-desktop"
    again = install_desktop_integration(
        executable=["/usr/local/bin/mclip-desktop"], refresh_caches=False
    )
    assert again.written == done.written  # idempotent: files are replaced, not duplicated
    removed = install_desktop_integration(uninstall=True, refresh_caches=False)
    assert sorted(removed.removed) == sorted(done.written)
    assert not any(p.exists() for p in done.written)


def test_desktop_command_installs_and_uninstalls(tmp_path):
    from mclip_desktop import cli

    commands = next(a for a in cli.build_parser()._actions if a.dest == "command")
    if "desktop" not in commands.choices:
        pytest.skip("the `desktop` command is not wired into cli.py yet")
    out, err = io.StringIO(), io.StringIO()
    share = tmp_path / "share"
    assert cli.main(["desktop", "--data-home", str(share)], out, err) == 0, err.getvalue()
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert str(share) in out.getvalue()
    assert cli.main(["desktop", "--data-home", str(share), "--uninstall"], out, err) == 0
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
