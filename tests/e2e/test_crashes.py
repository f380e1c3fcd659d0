"""``kill -9`` at chosen points of ``mclip-desktop index``, and a disk that fills up mid-run.

Each case runs the real command line, ``python -m mclip_desktop ... index FOLDER``, as its own
process. The process is killed with SIGKILL at a chosen point by a test-only
``sitecustomize`` module put on its PYTHONPATH (the product has no test hooks): it wraps one
function of the engine and kills its own process on the n-th call. One case instead kills
from outside, as soon as the catalog holds a given number of vectors.

After each crash the test checks that the next start finds a sound catalog and an index that
matches it (loaded and caught up, or rebuilt from the stored vectors), then finishes the job
and checks that every photo is indexed exactly once, with its own vector. The crashed runs are
independent, so they run a few at a time, in parallel.
"""

from __future__ import annotations

import concurrent.futures as cf
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from mclip_desktop import cli
from mclip_desktop.core import images
from mclip_desktop.core.check import run_check
from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.vector_index import VectorIndex
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

REPO = Path(__file__).resolve().parents[2]
PHOTOS = 80  # the indexer embeds batches of 32: three batches
PREPARED = 40  # photos indexed and saved before the "during a save" cases

# Killing is done by the crashed process itself, at a point chosen by MCLIP_TEST_KILL_AT
# ("point:n"): the engine function named by the point is wrapped, and SIGKILL is sent at its
# n-th call (before or after the real call, as the point says).
SITECUSTOMIZE = textwrap.dedent(
    """
    import os
    import signal

    _WHERE = os.environ.get("MCLIP_TEST_KILL_AT", "")


    def _install(point, nth):
        from mclip_desktop.core import images, vector_index
        from mclip_desktop.core.ingest import pipeline
        from mclip_desktop.core.catalog import Catalog

        calls = [0]

        def kill_on_nth():
            calls[0] += 1
            if calls[0] >= nth:
                os.kill(os.getpid(), signal.SIGKILL)

        def wrap(owner, name, before=False, when=lambda *a, **k: True):
            original = getattr(owner, name)

            def wrapper(*args, **kwargs):
                hit = when(*args, **kwargs)
                if before and hit:
                    kill_on_nth()
                result = original(*args, **kwargs)
                if not before and hit:
                    kill_on_nth()
                return result

            setattr(owner, name, wrapper)

        if point == "scan":  # inside the scan's transaction
            wrap(Catalog, "upsert_pending")
        elif point == "decode":  # in a decode thread, mid-run
            wrap(images, "decode_photo", before=True)
        elif point == "in-commit":  # inside a batch's transaction, rows written, no COMMIT
            wrap(Catalog, "mark_ok")
        elif point == "after-batch":  # a batch committed, the index not yet saved
            wrap(pipeline.Indexer, "_write_batch")
        elif point == "save-written":  # the new index file written and synced, not renamed
            wrap(vector_index, "_checksum", before=True,
                 when=lambda path: str(path).endswith(".tmp"))
        elif point == "save-swapped":  # the index renamed into place, its side-car not yet
            wrap(os, "replace", when=lambda src, dst: str(dst).endswith(".hnsw"))
        else:
            raise SystemExit(f"unknown kill point {point!r}")


    if _WHERE:
        _point, _, _nth = _WHERE.partition(":")
        _install(_point, int(_nth or 1))
    """
)


@dataclass
class Case:
    name: str
    kill_at: str | None  # None: killed from outside
    prepared: bool  # PREPARED photos indexed and saved before the crashed run


CASES = [
    Case("during the scan", "scan:30", False),
    Case("while decoding", "decode:45", False),
    Case("inside a catalog transaction", "in-commit:40", False),
    Case("between batches", "after-batch:2", False),
    Case("from outside, mid-run", None, False),
    Case("index file written, not renamed", "save-written:1", True),
    Case("index renamed, side-car not", "save-swapped:1", True),
]


@dataclass
class Crash:
    case: Case
    photos: Path
    data: Path
    returncode: int
    stderr: str
    committed: int  # vectors in the catalog right after the crash


# Each test builds a Library: load each tiny model once per module, not per call.
pytestmark = pytest.mark.usefixtures("models_loaded_once")


def run_cli(*args: object, data: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "--data-dir",
        str(data),
        "--image-model",
        str(TINY_IMAGE),
        "--text-model",
        str(TINY_TEXT),
    ]
    code = cli.main([*argv, *map(str, args)], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def cli_command(data: Path, photos: Path) -> list[str]:
    return [sys.executable, "-m", "mclip_desktop", "--data-dir", str(data), "--image-model",
            str(TINY_IMAGE), "--text-model", str(TINY_TEXT), "index", str(photos)]  # fmt: skip


def write_photos(folder: Path, start: int, stop: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        colour, shape = synthetic.COLOURS[i % 4], synthetic.SHAPES[(i // 4) % 4]
        synthetic.make_photo(colour, shape, width=96, height=72, seed=i).save(
            folder / f"IMG_{i:04d}.jpg", quality=90
        )


def embeddings_in(catalog_path: Path, read_only: bool = True) -> int:
    """Vectors committed in the catalog. After a crash, open it for writing, as the next
    start does: only a writer may recover the WAL index the dead process left behind."""
    if not catalog_path.exists():
        return 0
    try:
        mode = "ro" if read_only else "rw"
        db = sqlite3.connect(f"file:{catalog_path}?mode={mode}", uri=True, timeout=1)
        try:
            return int(db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0  # not created yet, or busy


def crash(case: Case, root: Path, env: dict[str, str]) -> Crash:
    photos, data = root / "photos", root / "data"
    command = cli_command(data, photos)
    if case.kill_at is not None:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=240, cwd=REPO, check=False,
            env={**env, "MCLIP_TEST_KILL_AT": case.kill_at},
        )  # fmt: skip
        return Crash(
            case,
            photos,
            data,
            result.returncode,
            result.stderr,
            embeddings_in(data / "catalog.sqlite3", read_only=False),
        )
    process = subprocess.Popen(command, cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
    try:
        while process.poll() is None:
            if embeddings_in(data / "catalog.sqlite3") >= 32:
                process.send_signal(signal.SIGKILL)
                break
            try:
                process.wait(timeout=0.02)  # the poll interval: returns early when it exits
            except subprocess.TimeoutExpired:
                pass
        _, stderr = process.communicate(timeout=240)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return Crash(
        case,
        photos,
        data,
        process.returncode,
        stderr,
        embeddings_in(data / "catalog.sqlite3", read_only=False),
    )


@pytest.fixture(scope="module")
def crashes(tmp_path_factory) -> dict[str, Crash]:
    base = tmp_path_factory.mktemp("crashes")
    hook = base / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), str(REPO)])}
    env.pop("MCLIP_TEST_KILL_AT", None)
    roots = {}
    for n, case in enumerate(CASES):
        root = base / f"case{n}"
        if case.prepared:
            write_photos(root / "photos", 0, PREPARED)
            code, _, err = run_cli("index", root / "photos", data=root / "data")
            assert code == 0, err
            write_photos(root / "photos", PREPARED, PHOTOS)
        else:
            write_photos(root / "photos", 0, PHOTOS)
        roots[case.name] = root
    with cf.ThreadPoolExecutor(3) as pool:
        futures = {c.name: pool.submit(crash, c, roots[c.name], env) for c in CASES}
        return {name: future.result() for name, future in futures.items()}


def all_photos(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jpg"))


def assert_sound_after_crash(data: Path) -> None:
    """What the next start finds: a sound catalog, and an index that matches it."""
    if not (data / "catalog.sqlite3").exists():
        return  # killed before the catalog was made: nothing to check yet
    db = sqlite3.connect(f"file:{data / 'catalog.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # Nothing half-done: a file is either readable with its vector, or still pending.
        assert db.execute(
            "SELECT COUNT(*) FROM files f WHERE f.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM embeddings e WHERE e.fingerprint = f.fingerprint)"
        ).fetchone() == (0,)
    finally:
        db.close()
    with Library(LibraryConfig(data, str(TINY_IMAGE), str(TINY_TEXT))) as library:
        if library.catalog.vector_dim(library.image_model_id) is None:
            return
        index = library.vector_index()
        assert index.compare(library.catalog) == ([], [], [])


def assert_each_photo_indexed_once(photos: Path, data: Path) -> None:
    expected = all_photos(photos)
    with Library(LibraryConfig(data, str(TINY_IMAGE), str(TINY_TEXT))) as library:
        catalog, model_id = library.catalog, library.image_model_id
        rows = catalog._db.execute("SELECT path, status, fingerprint FROM files").fetchall()
        assert sorted(r[0] for r in rows) == [str(p) for p in expected]
        assert {r[1] for r in rows} == {"ok"}
        counts = catalog.counts(model_id)
        assert (counts.indexed, counts.pending, counts.failed) == (len(expected), 0, 0)
        fingerprints = [r[2] for r in rows]
        assert len(set(fingerprints)) == len(expected)  # every photo differs
        ids = catalog.embedding_ids(model_id)
        assert len(ids) == len(expected) and catalog.fingerprints(model_id) == set(fingerprints)
        # The saved index loads as it is (the last save completed) and matches exactly.
        dim = catalog.vector_dim(model_id)
        assert dim is not None
        saved = VectorIndex(library.vector_index().path, model_id, dim)
        report = saved.open(catalog)
        assert report.loaded and (report.added, report.removed) == (0, 0), report
        assert saved.labels() == set(ids.tolist())
        assert saved.compare(catalog) == ([], [], [])
        # Each photo carries the vector of its own content.
        encoder = library.image_encoder()
        pixels = [
            images.decode_photo(p.read_bytes(), encoder.preprocessing).pixels for p in expected
        ]
        fresh = encoder.encode(images.stack(pixels))
        for path, vector in zip(expected, fresh, strict=True):
            stored = catalog.vector_of_path(str(path), model_id)
            assert stored is not None and float(np.dot(stored, vector)) > 0.9999, path.name
    assert not list(data.glob("*.tmp")), "a temporary file was left behind"
    report = run_check(data)
    assert report.ok and not report.findings, str(report)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_kill_9_then_restart_finishes_with_every_photo_indexed_once(crashes, case):
    crashed = crashes[case.name]
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    assert "Traceback" not in crashed.stderr
    assert_sound_after_crash(crashed.data)
    code, out, err = run_cli("index", crashed.photos, "--json", data=crashed.data)
    assert code == 0, err
    summary = json.loads(out)
    assert summary["failed"] == 0 and summary["indexed"] == PHOTOS
    # Work committed before the crash is kept and not redone; nothing is embedded twice.
    assert summary["embedded"] == PHOTOS - crashed.committed
    assert_each_photo_indexed_once(crashed.photos, crashed.data)


# -- a disk that fills up mid-run ------------------------------------------------------------


def tmpfs_runner() -> list[str] | None:
    """A prefix running a shell in a private mount namespace (so a tmpfs mounted there goes
    away with it), or None when the system allows none."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for flags in (["--mount"], ["--user", "--map-root-user", "--mount"]):
        probe = subprocess.run(
            [unshare, *flags, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
            capture_output=True,
            timeout=30,
            check=False,
        )
        if probe.returncode == 0:
            return [unshare, *flags, "sh", "-c"]
    return None


@pytest.mark.parametrize("free", ["24K", "160K"], ids=["full at start", "full mid-run"])
def test_disk_full_stops_with_a_clear_message_and_loses_nothing(tmp_path, free):
    prefix = tmpfs_runner()
    if prefix is None:
        pytest.skip("cannot mount a small tmpfs here (no mount namespaces): the full-disk cases "
                    "in tests/unit/test_faults_storage.py still run")  # fmt: skip
    photos, seed, data, out = (
        tmp_path / "photos",
        tmp_path / "seed",
        tmp_path / "data",
        tmp_path / "out",
    )
    write_photos(photos, 0, PREPARED)
    code, _, err = run_cli("index", photos, data=seed)
    assert code == 0, err
    write_photos(photos, PREPARED, PHOTOS + 40)
    data.mkdir()
    out.mkdir()
    # On a tmpfs holding the catalog and index, fill the disk but a little, then index 80 new
    # photos. With 24 KiB free the catalog cannot even open its WAL; with 160 KiB the first
    # batches commit and a later one, or the index save, runs out of space.
    script = textwrap.dedent(
        f"""
        mount -t tmpfs -o size=2m tmpfs "{data}" || exit 90
        cp -a "{seed}/." "{data}/"
        dd if=/dev/zero of="{data}/filler" bs=4k 2>/dev/null
        truncate -s -{free} "{data}/filler"
        "$0" "$@"
        echo $? > "{out}/rc"
        rm -f "{data}/filler"
        cp -a "{data}/." "{out}/"
        """
    )
    command = cli_command(data, photos)
    result = subprocess.run([*prefix, script, *command], capture_output=True, text=True,
                            timeout=240, cwd=REPO, check=False,
                            env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (out / "rc").read_text().strip() == "1", result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("mclip-desktop: ") and "full" in lines[0], lines[0]
    # What was on the full disk is sound, and the next run (with space) completes the job.
    assert embeddings_in(out / "catalog.sqlite3", read_only=False) >= PREPARED
    assert_sound_after_crash(out)
    assert run_check(out).ok
    code, output, err = run_cli("index", photos, "--json", data=out)
    assert code == 0, err
    assert json.loads(output)["indexed"] == PHOTOS + 40
    assert_each_photo_indexed_once(photos, out)
