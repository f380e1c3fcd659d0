"""``mclip-desktop search`` as its own process, answered by a running ``watch`` without
loading torch, and the same output once the watch is killed and leaves a stale socket."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
import time

from mclip_desktop.core import instance
from tests.e2e.test_watch_cli import STARTUP_SECONDS, _command, _env, _lines
from tests.support import synthetic

# Runs the CLI, then says on stderr whether this process imported torch.
_CLIENT = (
    "import sys; from mclip_desktop import cli; code = cli.main(sys.argv[1:]); "
    "sys.stdout.flush(); print('TORCH', 'torch' in sys.modules, file=sys.stderr); sys.exit(code)"
)


def _search(data, *args):
    argv = _command(data, "search", *args)[3:]  # drop the interpreter and "-m mclip_desktop"
    result = subprocess.run(
        [sys.executable, "-c", _CLIENT, *argv],
        capture_output=True, text=True, env=_env(), timeout=300, check=False,
    )  # fmt: skip
    *rest, torch_line = result.stderr.splitlines(keepends=True)
    return result.returncode, result.stdout, "".join(rest), torch_line.strip() == "TORCH True"


def test_a_running_watch_answers_and_a_killed_one_is_answered_alone(tmp_path):
    photos = tmp_path / "photos"
    synthetic.write_photo_collection(photos, per_class=2, seed=9)
    data = tmp_path / "data"
    index = subprocess.run(
        _command(data, "index", photos), capture_output=True, env=_env(), timeout=300
    )
    assert index.returncode == 0, index.stderr

    watcher = subprocess.Popen(
        _command(data, "watch"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    lines: queue.Queue[str | None] = queue.Queue()
    assert watcher.stderr is not None
    reader = threading.Thread(target=_lines, args=(watcher.stderr, lines), name="watch-stderr")
    reader.start()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        seen: list[str] = []
        while not any(line.startswith("Watching") for line in seen):
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, f"watch exited early: {''.join(seen)}"
            seen.append(line)
        queries = [("red circle", "-n", "5"), ("grünes Quadrat", "-n", "3", "--json")]
        served = [_search(data, *q) for q in queries]
        assert [s[3] for s in served] == [False, False], "the instance did not answer"
        assert served[0][0] == 0 and len(served[0][1].splitlines()) == 5
        assert len(json.loads(served[1][1])) == 3

        watcher.send_signal(signal.SIGKILL)
        watcher.wait(timeout=30)
        assert instance.socket_path(data.resolve()).exists()  # stale, nobody listens
        alone = [_search(data, *q) for q in queries]
        assert [a[3] for a in alone] == [True, True]
        assert [s[:3] for s in served] == [a[:3] for a in alone]
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        reader.join(timeout=5)


def _run_client(data, *args):
    argv = _command(data, *args)[3:]
    result = subprocess.run(
        [sys.executable, "-c", _CLIENT, *argv],
        capture_output=True, text=True, env=_env(), timeout=300, check=False,
    )  # fmt: skip
    *rest, torch_line = result.stderr.splitlines(keepends=True)
    return result.returncode, result.stdout, "".join(rest), torch_line.strip() == "TORCH True"


def test_a_running_watch_answers_album_commands_and_keeps_what_they_write(tmp_path):
    photos = tmp_path / "photos"
    truth = synthetic.write_photo_collection(photos, per_class=2, seed=9)
    data = tmp_path / "data"
    index = subprocess.run(
        _command(data, "index", photos), capture_output=True, env=_env(), timeout=300
    )
    assert index.returncode == 0, index.stderr
    watcher = subprocess.Popen(
        _command(data, "watch"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=_env(),
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()
    assert watcher.stderr is not None
    reader = threading.Thread(target=_lines, args=(watcher.stderr, lines), name="watch-stderr")
    reader.start()
    blue = next(str(p) for p, cls in truth.items() if cls[0] == "blue")
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        seen: list[str] = []
        while not any(line.startswith("Watching") for line in seen):
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, f"watch exited early: {''.join(seen)}"
            seen.append(line)
        added = _run_client(data, "albums", "add", "Rot", "--label", "rot")
        assert added[0] == 0 and "Album 'Rot' holds" in added[1], added
        included = _run_client(data, "albums", "include", "Rot", blue)
        served = [added, included] + [
            _run_client(data, *a) for a in (("albums", "list", "--json"),
                                             ("albums", "show", "Rot", "--json"))
        ]  # fmt: skip
        assert [s[3] for s in served] == [False] * 4, "the instance did not answer"
        shown = [m["path"] for m in json.loads(served[3][1])]
        assert blue in shown and json.loads(served[2][1])[0]["count"] == len(shown)
        # A duplicate name is refused by the instance as it would be alone.
        again = _run_client(data, "albums", "add", "rot")
        assert again[0] == 1 and "exists already" in again[2] and not again[3]

        watcher.send_signal(signal.SIGKILL)
        watcher.wait(timeout=30)
        # Alone (showing needs no model: the label's vectors are stored), the same answer.
        alone = _run_client(data, "albums", "show", "Rot", "--json")
        assert alone[:3] == served[3][:3]
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        reader.join(timeout=5)
