"""The engine stays free of Qt, so the CLI, tests and a future front end can drive it without
a display: checked statically by import-linter (every import statement, even one inside a
function that never runs) and at run time (what importing each module really loads)."""

from __future__ import annotations

import json
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mclip_desktop.core

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = ("PySide6", "shiboken6")


def core_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(mclip_desktop.core.__path__, "mclip_desktop.core.")
    )


def test_the_import_contracts_hold(tmp_path, monkeypatch):
    from importlinter import cli

    monkeypatch.chdir(ROOT)
    code = cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert code == 0, "an import contract is broken (run `lint-imports` for the details)"


def test_importing_every_core_module_loads_no_qt():
    modules = core_modules()
    assert "mclip_desktop.core.library" in modules
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r})))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300,
        cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.fixture
def core_with_a_qt_import(tmp_path):
    """A copy of the package whose core imports Qt, as a careless change would."""
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "mclip_desktop", copy / "mclip_desktop")
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    paths_module = copy / "mclip_desktop" / "core" / "paths.py"
    paths_module.write_text(
        paths_module.read_text()
        + "\n\ndef _clipboard():\n    from PySide6.QtGui import QGuiApplication\n"
    )
    return copy


def test_the_contract_catches_a_qt_import_in_core(core_with_a_qt_import, monkeypatch, capsys):
    from importlinter import cli

    monkeypatch.chdir(core_with_a_qt_import)
    monkeypatch.syspath_prepend(str(core_with_a_qt_import))
    for name in [m for m in sys.modules if m == "mclip_desktop" or m.startswith("mclip_desktop.")]:
        monkeypatch.delitem(sys.modules, name)
    code = cli.lint_imports(
        config_filename=str(core_with_a_qt_import / "pyproject.toml"), no_cache=True
    )
    assert code != 0
    assert "mclip_desktop.core.paths -> PySide6" in capsys.readouterr().out
