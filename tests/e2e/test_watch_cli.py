"""``mclip-desktop watch`` as its own process, seen from other processes: a photo copied into
the watched folder shows up in ``status --json`` and ``search --json`` within seconds, and
Ctrl-C stops the watcher cleanly and quickly."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

STARTUP_SECONDS = 120  # a cold interpreter importing torch on a busy machine
SEEN_WITHIN = 10  # seconds from the copy to another process seeing the photo


def _command(data: Path, *args: object) -> list[str]:
    return [
        sys.executable, "-m", "mclip_desktop", "--data-dir", str(data),
        "--image-model", str(TINY_IMAGE), "--text-model", str(TINY_TEXT), *map(str, args),
    ]  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONUNBUFFERED": "1"}


def _lines(stream: IO[str], sink: queue.Queue[str | None]) -> None:
    for line in stream:
        sink.put(line)
    sink.put(None)


def _cli_json(data: Path, *args: object) -> object:
    result = subprocess.run(
        _command(data, *args), capture_output=True, text=True, env=_env(), timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_watch_indexes_a_copied_photo_for_other_processes_and_stops_on_ctrl_c(tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    data = tmp_path / "data"
    source = tmp_path / "camera" / "IMG 0001 é#%.jpg"
    source.parent.mkdir()
    source.write_bytes(synthetic.encode_image(synthetic.make_photo("red", "circle", seed=3), "jpg"))

    watcher = subprocess.Popen(
        _command(data, "watch", photos),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    lines: queue.Queue[str | None] = queue.Queue()
    assert watcher.stderr is not None
    reader = threading.Thread(target=_lines, args=(watcher.stderr, lines), name="watch-stderr")
    reader.start()
    seen: list[str] = []
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not any(line.startswith("Watching") for line in seen):
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, f"watch exited early: {''.join(seen)}"
            seen.append(line)

        copied_at = time.monotonic()
        target = photos / source.name
        shutil.copyfile(source, target)

        deadline = copied_at + SEEN_WITHIN
        status: dict = {}
        while time.monotonic() < deadline:
            status = _cli_json(data, "status", "--json")  # type: ignore[assignment]
            if status["indexed"] == 1:
                break
        assert status.get("indexed") == 1, (status, "".join(seen))
        seen_in = time.monotonic() - copied_at
        results = _cli_json(data, "search", "a red circle", "-n", "5", "--json")
        assert [r["path"] for r in results] == [str(target.resolve())]  # type: ignore[union-attr]
        assert status["folders"] == [{"path": str(photos.resolve()), "online": True, "files": 1}]

        watcher.send_signal(signal.SIGINT)
        interrupted_at = time.monotonic()
        code = watcher.wait(timeout=10)
        stopped_in = time.monotonic() - interrupted_at
        assert code == 0, "".join(seen)
        assert stopped_in < 2.0
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        reader.join(timeout=5)
    print(f"\nanother process saw it {seen_in:.1f} s after the copy; stopped in {stopped_in:.2f} s")
