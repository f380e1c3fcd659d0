"""The machine's power source and the share of it that background indexing takes."""

from __future__ import annotations

import os
from pathlib import Path

POWER_SUPPLY = Path("/sys/class/power_supply")


def on_battery(root: Path = POWER_SUPPLY) -> bool | None:
    """True while running on battery, False on mains power, None where the platform does
    not say (no battery, or not Linux)."""
    try:
        supplies = [p for p in root.iterdir() if (p / "type").is_file()]
    except OSError:
        return None
    mains = [p for p in supplies if _read(p / "type") in ("Mains", "USB")]
    batteries = [p for p in supplies if _read(p / "type") == "Battery"]
    if not batteries:
        return None
    if mains:
        return not any(_read(p / "online") == "1" for p in mains)
    return any(_read(p / "status") == "Discharging" for p in batteries)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""


def max_threads() -> int:
    return max(1, os.cpu_count() or 1)


def set_inference_threads(threads: int | None) -> None:
    """Threads background indexing computes with (most of the models' work); None:
    automatic. The indexer takes the choice up on its own thread at its next step: with
    OpenMP, torch's default CPU backend, a count set on any other thread (the window's)
    would not reach it. Nothing is loaded here, so the window can apply it at launch."""
    from mclip_desktop.core import background

    background.choose_threads(threads)


def gpu_available() -> bool:
    from mclip_desktop.core.models import import_torch

    torch = import_torch()

    return bool(torch.cuda.is_available())
