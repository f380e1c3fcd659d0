"""How long the command line takes to refuse a query image that cannot be one.

    python benchmarks/bench_cli_errors.py [--repo PATH] [--models tiny|replica|hub] [-r N]

Runs ``mclip-desktop search --image /no/such.jpg`` (and a text file named .jpg) as a user
would, on a fresh data folder, ``N`` times each, and prints the median wall time and the
exit status. ``--repo`` runs another checkout's code (to compare with main); ``--models``
picks what the library is configured with: the tiny test pair, real-size random-weight
replicas (what loading costs on a user's machine), or the default hub names with an empty,
offline hub cache (a user without the models).

Also measures what loading the translations costs the command line: a gettext catalog
(what the CLI does) against QtCore and a QTranslator (what it would cost to read the .qm).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import common

ENTRY = "import sys; from mclip_desktop.cli import entry; sys.argv[0] = 'mclip-desktop'; entry()"


def _environment(repo: Path, models: str, scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(repo),
        PYTHONDONTWRITEBYTECODE="1",
        MCLIP_DATA_DIR=str(scratch / "data"),
        MCLIP_CACHE_DIR=str(scratch / "cache"),
        MCLIP_LANGUAGE="en",
        HF_HUB_OFFLINE="1",
        HF_HOME=str(scratch / "hf"),
    )
    if models == "tiny":
        env["MCLIP_IMAGE_MODEL"] = str(common.ROOT / "tests" / "models" / "tiny-image")
        env["MCLIP_TEXT_MODEL"] = str(common.ROOT / "tests" / "models" / "tiny-text")
    elif models == "replica":
        image_model, text_model = common.replicas()
        env["MCLIP_IMAGE_MODEL"], env["MCLIP_TEXT_MODEL"] = str(image_model), str(text_model)
    else:
        env.pop("MCLIP_IMAGE_MODEL", None)
        env.pop("MCLIP_TEXT_MODEL", None)
    return env


def _timed(args: list[str], env: dict[str, str], repeats: int) -> tuple[float, int, str]:
    times: list[float] = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", ENTRY, *args],
            env=env, cwd=env["PYTHONPATH"], capture_output=True, text=True,
        )  # fmt: skip
        times.append(time.perf_counter() - started)
    assert result is not None
    return common.median(times), result.returncode, result.stderr.strip().splitlines()[-1]


def _translation_costs(repeats: int) -> dict[str, float]:
    qm = common.ROOT / "mclip_desktop" / "resources" / "translations" / "mclip_desktop_de.qm"
    snippets = {
        "python -c pass": "pass",
        "gettext catalog (cli_text)": (
            "from mclip_desktop.cli_text import CliText; CliText({'LANG': 'de_DE.UTF-8'})"
        ),
        "QtCore + QTranslator (.qm)": (
            f"from PySide6.QtCore import QTranslator; t = QTranslator(); assert t.load({str(qm)!r})"
        ),
    }
    env = dict(os.environ, PYTHONPATH=str(common.ROOT), PYTHONDONTWRITEBYTECODE="1")
    costs = {}
    for name, code in snippets.items():
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, cwd=common.ROOT, check=True)
            times.append(time.perf_counter() - started)
        costs[name] = common.median(times)
    return costs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=common.ROOT)
    parser.add_argument("--models", choices=("tiny", "replica", "hub"), default="replica")
    parser.add_argument("-r", "--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    common.quiet()
    with tempfile.TemporaryDirectory(prefix="mclip-bench-cli-") as scratch_name:
        scratch = Path(scratch_name)
        text_as_jpg = scratch / "notes.jpg"
        text_as_jpg.write_text("shopping list\n" * 100, encoding="utf-8")
        env = _environment(args.repo.resolve(), args.models, scratch)
        print(f"repo {args.repo.resolve()}, models: {args.models}, load {common.load_avg():.1f}")
        for label, image in (("missing file", "/no/such.jpg"), ("text named .jpg", text_as_jpg)):
            seconds, code, line = _timed(["search", "--image", str(image)], env, args.repeats)
            print(f"  search --image {label:<16} {seconds:6.2f} s  exit {code}  {line[:90]}")
    print("start-up cost of loading translations (median of fresh interpreters):")
    for name, seconds in _translation_costs(args.repeats).items():
        print(f"  {name:<28} {seconds * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
