"""``mclip-desktop watch`` as a login service of the current user (a systemd user unit), so
that the index stays live and command-line searches are answered at once by the running
watch. Qt-free; ``mclip-desktop desktop --service`` calls it. macOS launchd is documented in
the README (a LaunchAgent plist), not written by the app yet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mclip_desktop.core.errors import MclipError
from mclip_desktop.desktop_integration import launcher_command

UNIT_NAME = "mclip-desktop-watch.service"


@dataclass
class ServiceResult:
    unit: Path
    command: list[str]
    # What systemctl said or did: "started", "stopped", or why it was not run.
    systemctl: list[str] = field(default_factory=list)
    started: bool = False


def default_config_home() -> Path:
    env = os.environ.get("XDG_CONFIG_HOME")
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".config"


def unit_path(config_home: Path | None = None) -> Path:
    return (config_home or default_config_home()) / "systemd" / "user" / UNIT_NAME


def unit_text(command: Sequence[str]) -> str:
    exec_start = " ".join(_quote(arg) for arg in command)
    return (
        "[Unit]\n"
        "Description=mclip-desktop: keep the photo index live and answer searches at once\n"
        "\n"
        "[Service]\n"
        "Type=simple\n"
        f"ExecStart={exec_start}\n"
        # Ctrl-C's path: the watcher saves the index and exits cleanly.
        "KillSignal=SIGINT\n"
        "TimeoutStopSec=60\n"
        "Restart=on-failure\n"
        "RestartSec=30\n"
        "Environment=PYTHONUNBUFFERED=1\n"
        "\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def _quote(arg: str) -> str:
    # systemd.service, "Command lines": % starts a specifier and $ a variable; arguments
    # with spaces or quotes are double-quoted with C-style escapes.
    arg = arg.replace("%", "%%").replace("$", "$$")
    if arg and not any(c in arg for c in " \t\n\"'\\;"):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def watch_command(options: Sequence[str], executable: Sequence[str] | None = None) -> list[str]:
    return [*(executable or launcher_command()), *options, "watch"]


def install_login_service(
    options: Sequence[str] = (),
    *,
    config_home: Path | None = None,
    executable: Sequence[str] | None = None,
    uninstall: bool = False,
) -> ServiceResult:
    """Write (or remove) the user unit and, where systemctl is there, enable and start it
    (or stop and disable it). ``options`` are global options for ``watch`` (data folder,
    models). Raises MclipError, naming the file, when the unit cannot be written."""
    path = unit_path(config_home)
    result = ServiceResult(path, watch_command(options, executable))
    systemctl = shutil.which("systemctl")
    if uninstall:
        if systemctl:
            _systemctl(result, systemctl, "disable", "--now", UNIT_NAME)
        path.unlink(missing_ok=True)
        if systemctl:
            _systemctl(result, systemctl, "daemon-reload")
        return result
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(unit_text(result.command), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise MclipError(
            "service.cannot_write", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    if systemctl:
        result.started = _systemctl(result, systemctl, "daemon-reload") and _systemctl(
            result, systemctl, "enable", "--now", UNIT_NAME
        )
    else:
        result.systemctl.append("systemctl not found")
    return result


def _systemctl(result: ServiceResult, systemctl: str, *args: str) -> bool:
    try:
        done = subprocess.run(
            [systemctl, "--user", *args], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        result.systemctl.append(f"systemctl --user {' '.join(args)}: {exc}")
        return False
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        result.systemctl.append(
            f"systemctl --user {' '.join(args)}: {detail[-1] if detail else done.returncode}"
        )
        return False
    return True
