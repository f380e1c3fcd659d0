"""Cold start of the command line: the wall time of ``mclip-desktop search`` as a new process,
beside a bare ``python -c "import torch"`` (and ``import sentence_transformers``) measured in
the same rounds, so that a busy machine slows all of them alike.

- ``alone``: no instance runs; the process loads torch, sentence-transformers and the text
  model, opens the index and answers.
- ``instance``: a ``watch`` on the same library runs (started once, before the rounds) and
  answers over its socket.

The library holds 16 generated photos indexed with the tiny trained model pair (tests/models)
or, with ``--replicas``, with the real-size random-weight replicas. ``--code DIR`` measures
the product code in DIR (e.g. a checkout of an older commit) for before/after figures.
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import common


def _env(code: Path, runtime: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(code),
        "PYTHONWARNINGS": "ignore",
        "HF_HUB_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
        "MCLIP_RUNTIME_DIR": str(runtime),
    }


def _models(replicas: bool) -> tuple[Path, Path]:
    if replicas:
        return common.replicas()
    return (
        common.ROOT / "tests" / "models" / "tiny-image",
        common.ROOT / "tests" / "models" / "tiny-text",
    )


def _library(image_model: Path, text_model: Path, code: Path) -> Path:
    from tests.support import synthetic

    data = common.BENCH_DIR / f"cold-start-{image_model.name}"
    if (data / ".complete").exists():
        return data
    shutil.rmtree(data, ignore_errors=True)
    synthetic.write_photo_collection(data / "photos", per_class=1, seed=3)
    done = subprocess.run(
        [sys.executable, "-m", "mclip_desktop", "--data-dir", str(data / "data"),
         "--image-model", str(image_model), "--text-model", str(text_model),
         "index", str(data / "photos")],
        capture_output=True, text=True, env=_env(code, data / "no-instance"), check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    (data / ".complete").write_text("ok")
    return data


def _wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr[-2000:]}")
    return seconds


def run(rounds: int, replicas: bool, code: Path) -> dict[str, object]:
    image_model, text_model = _models(replicas)
    library = _library(image_model, text_model, common.ROOT)
    data = library / "data"
    options = ["--data-dir", str(data), "--image-model", str(image_model)]
    options += ["--text-model", str(text_model)]
    search = [sys.executable, "-m", "mclip_desktop", *options, "search", "a red circle", "-n", "5"]
    runtime = Path(tempfile.mkdtemp(prefix="run-", dir=common.BENCH_DIR))
    alone_env = _env(code, runtime / "none")
    served_env = _env(code, runtime / "watch")
    commands = {
        "import_torch": ([sys.executable, "-c", "import torch"], alone_env),
        "import_sentence_transformers": (
            [sys.executable, "-c", "import sentence_transformers"],
            alone_env,
        ),
        "search_alone": (search, alone_env),
    }
    watcher = subprocess.Popen(
        [sys.executable, "-m", "mclip_desktop", *options, "watch"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=served_env,
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert watcher.stderr is not None
        for line in watcher.stderr:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        while True:
            line = lines.get(timeout=600)
            if line is None:
                raise RuntimeError("watch ended before it was ready")
            if line.startswith("Watching"):
                break
        served = (code / "mclip_desktop" / "core" / "instance.py").exists()
        if served:
            commands["search_with_instance"] = (search, served_env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        names = list(commands)
        for r in range(rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                times[name].append(_wall(*commands[name]))
    finally:
        watcher.send_signal(2)
        try:
            watcher.wait(timeout=60)
        except subprocess.TimeoutExpired:
            watcher.kill()
        shutil.rmtree(runtime, ignore_errors=True)
    medians = {name: common.median(v) for name, v in times.items()}
    return {
        "target": "cold start of 'mclip-desktop search' against 'import torch'",
        "models": "replicas" if replicas else "tiny",
        "code": str(code),
        "rounds": rounds,
        "median_s": medians,
        "all_s": times,
        "search_alone_over_import_torch": medians["search_alone"] / medians["import_torch"],
        "load_avg": common.load_avg(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2 rounds instead of 5")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--replicas", action="store_true", help="real-size replica models")
    parser.add_argument("--code", type=Path, default=common.ROOT, help="product code to measure")
    args = parser.parse_args(argv)
    rounds = args.rounds or (2 if args.quick else 5)
    common.emit("cold_start", run(rounds, args.replicas, args.code.resolve()))


if __name__ == "__main__":
    main()
