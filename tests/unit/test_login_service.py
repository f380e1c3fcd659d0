"""``mclip-desktop desktop --service``: a systemd user unit that runs ``watch`` with this
library's options, enabled and started through systemctl where it exists, and removed again."""

from __future__ import annotations

import io
import os
import shlex
from pathlib import Path

import pytest

from mclip_desktop import cli
from mclip_desktop.login_service import UNIT_NAME, unit_text


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def fake_systemctl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A systemctl on PATH that records its arguments, one call a line."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "systemctl.log"
    script = bin_dir / "systemctl"
    script.write_text(f'#!/bin/sh\necho "$@" >> {shlex.quote(str(log))}\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return log


def exec_start(unit: Path) -> list[str]:
    line = next(x for x in unit.read_text().splitlines() if x.startswith("ExecStart="))
    return shlex.split(line.removeprefix("ExecStart="))


def test_service_unit_runs_watch_on_this_library_and_is_started(fake_systemctl, tmp_path):
    data = tmp_path / "my photos' data"
    code, out, err = run("desktop", "--service", "--data-dir", str(data))
    assert code == 0, err
    unit = tmp_path / "config" / "systemd" / "user" / UNIT_NAME
    command = exec_start(unit)
    assert command[-1] == "watch"
    assert command[command.index("--data-dir") + 1] == str(data.resolve())
    # The test environment names the tiny models; the service gets them on its command line.
    assert os.path.isabs(command[command.index("--image-model") + 1])
    assert "WantedBy=default.target" in unit.read_text()
    assert fake_systemctl.read_text().splitlines() == [
        "--user daemon-reload",
        f"--user enable --now {UNIT_NAME}",
    ]
    assert "systemctl --user status" in out

    code, out, err = run("desktop", "--service", "--uninstall")
    assert code == 0, err
    assert not unit.exists()
    assert fake_systemctl.read_text().splitlines()[2:] == [
        f"--user disable --now {UNIT_NAME}",
        "--user daemon-reload",
    ]


def test_without_systemctl_the_unit_is_written_and_the_start_command_shown(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    code, out, err = run("desktop", "--service")
    assert code == 0, err
    assert (tmp_path / "config" / "systemd" / "user" / UNIT_NAME).is_file()
    assert f"systemctl --user enable --now {UNIT_NAME}" in out


def test_unit_command_line_survives_spaces_quotes_and_specifiers():
    command = ["/opt/my apps/mclip-desktop", "--data-dir", '/data/50% "best"$x', "watch"]
    line = next(x for x in unit_text(command).splitlines() if x.startswith("ExecStart="))
    value = line.removeprefix("ExecStart=")
    # systemd's own unescaping: %% -> %, $$ -> $, then C-style quotes like a shell's.
    assert shlex.split(value.replace("%%", "%").replace("$$", "$")) == command
