"""While the app runs, ``mclip-desktop search`` is answered by it, with the same output."""

from __future__ import annotations

import io
import json
from pathlib import Path

from mclip_desktop import cli
from mclip_desktop.core import instance
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.gui.test_app import LONG, index_folder, wait_models


def search(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "--data-dir",
        str(data),
        "--image-model",
        str(TINY_IMAGE),
        "--text-model",
        str(TINY_TEXT),
    ]
    code = cli.main([*argv, "search", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_running_app_answers_the_command_line(
    qtbot, make_desktop, photo_folder, tmp_path, monkeypatch
):
    folder, truth = photo_folder
    desktop = make_desktop()
    wait_models(qtbot, desktop)
    index_folder(qtbot, desktop, folder)
    qtbot.waitUntil(lambda: desktop.engine.counts().indexed == len(truth), timeout=LONG)
    data = tmp_path / "data"

    answers: list[instance.Answer | None] = []
    ask = instance.ask
    monkeypatch.setattr(
        instance, "ask", lambda *a, **k: answers.append(ask(*a, **k)) or answers[-1]
    )
    served = [search(data, "red circle", "-n", "4"), search(data, "blue", "-n", "3", "--json")]
    assert answers and all(a is not None for a in answers)
    assert len(served[0][1].splitlines()) == 4 and len(json.loads(served[1][1])) == 3

    desktop.shutdown()
    assert not instance.socket_path(data).exists()
    alone = [search(data, "red circle", "-n", "4"), search(data, "blue", "-n", "3", "--json")]
    assert answers[2:] == [None, None]
    assert served == alone
