"""``mclip-desktop duplicates`` as its own process: groups and keepers, the similar tier, and
moving copies to the desktop trash (which, on Linux, lives under $XDG_DATA_HOME: each test
points it and HOME at its own folder)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.e2e.test_cli import run_cli
from tests.support.copies import write_set
from tests.unit.test_faults_storage import read_only_runner

REPO = Path(__file__).resolve().parents[2]


def run(
    *args: object, data: Path, home: Path, prefix: list[str] | None = None, stdin: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPATH": str(REPO),
        "HOME": str(home), "XDG_DATA_HOME": str(home / "share"),
    }  # fmt: skip
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "mclip_desktop", "--data-dir", str(data),
         "--image-model", str(TINY_IMAGE), "--text-model", str(TINY_TEXT), *map(str, args)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
        stdin=subprocess.DEVNULL if stdin is None else stdin,
    )  # fmt: skip


@pytest.fixture
def library(tmp_path):
    """Two originals with derived copies, a burst frame and a look-alike each, one exact copy
    in a backup folder, and one photo whose only copy is an exact one; indexed."""
    photos = tmp_path / "photos"
    truth = write_set(photos, 2, seed=4242, derived=("resize50", "jpeg60", "png"), burst=1)
    backup = photos / "backup"
    backup.mkdir()
    shutil.copy2(photos / "p0000.jpg", backup / "p0000.jpg")
    os.utime(backup / "p0000.jpg", ns=(2_000_000_000_000_000_000,) * 2)  # the newer copy
    lone = write_set(tmp_path / "lone", 1, seed=99, derived=(), burst=0, lookalikes=0)
    shutil.copy2(lone.root / "p0000.jpg", photos / "lone.jpg")
    shutil.copy2(lone.root / "p0000.jpg", backup / "lone copy.jpg")
    os.utime(backup / "lone copy.jpg", ns=(2_000_000_000_000_000_000,) * 2)
    data, home = tmp_path / "data", tmp_path / "home"
    home.mkdir()
    code, _, err = run_cli("index", photos, data=data)
    assert code == 0, err
    return photos.resolve(), data, home, truth


def groups_of(data: Path, home: Path, *extra: str) -> list[dict]:
    result = run("duplicates", "--json", *extra, data=data, home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_copies_are_grouped_with_the_best_copy_suggested(library):
    photos, data, home, _ = library
    groups = groups_of(data, home)
    by_keep = {Path(g["keep"]).relative_to(photos).as_posix(): g for g in groups}
    assert set(by_keep) == {"p0000.jpg", "p0001.jpg", "lone.jpg"}
    first = by_keep["p0000.jpg"]
    assert first["kind"] == "near"
    assert sorted(Path(p).relative_to(photos).as_posix() for p in first["others"]) == [
        "backup/p0000.jpg", "p0000-jpeg60.jpg", "p0000-png.png", "p0000-resize50.jpg",
    ]  # fmt: skip
    assert first["reason"]  # the exact copy differs only in age: "oldest file"
    assert by_keep["lone.jpg"]["kind"] == "exact"
    assert by_keep["lone.jpg"]["reason_code"] == "oldest"
    listed = {p for g in groups for p in [g["keep"], *g["others"]]}
    # Bursts and distinct photos of the same subject are not duplicates.
    assert not any("burst" in p or "lookalike" in p for p in listed)


def test_similar_lists_bursts_in_their_own_groups(library):
    photos, data, home, _ = library
    groups = groups_of(data, home, "--similar")
    duplicates = [g for g in groups if g["kind"] != "similar"]
    similar = [g for g in groups if g["kind"] == "similar"]
    assert len(duplicates) == 3
    copies = {p for g in duplicates for p in g["others"]}
    for n in ("p0000", "p0001"):
        group = next(g for g in similar if Path(g["keep"]).name.startswith(n))
        members = {Path(p).name for p in [group["keep"], *group["others"]]}
        assert f"{n}-burst1.jpg" in members
        assert not any("lookalike" in m for m in members)
        # Never mixed: a copy already listed as a duplicate is not listed again.
        assert not copies & {group["keep"], *group["others"]}


def test_trash_moves_the_others_and_the_index_follows(library):
    photos, data, home, _ = library
    before = groups_of(data, home)
    result = run("duplicates", "--trash", "--yes", data=data, home=home)
    assert result.returncode == 0, result.stderr
    others = [p for g in before for p in g["others"]]
    assert all(not os.path.exists(p) for p in others)
    assert all(os.path.exists(g["keep"]) for g in before)
    trashed = {p.name for p in (home / "share" / "Trash" / "files").iterdir()}
    assert len(trashed) == len(others)
    assert groups_of(data, home) == []
    status = json.loads(run("status", "--json", data=data, home=home).stdout)
    assert status["failed"] == 0 and status["pending"] == 0
    # Vectors of contents no file has any more are gone from catalog and index.
    check = run("check", data=data, home=home)
    assert check.returncode == 0, check.stdout + check.stderr
    # Every remaining file has its own content: one vector each, none left over.
    assert status["embeddings"] == status["indexed"] == len(list(photos.rglob("*.*")))


def test_trash_asks_and_without_a_terminal_refuses(library):
    photos, data, home, _ = library
    files = sorted(photos.rglob("*"))
    result = run("duplicates", "--trash", data=data, home=home)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "--yes" in result.stderr
    assert sorted(photos.rglob("*")) == files


def test_a_file_changed_since_indexing_keeps_its_group(library):
    photos, data, home, _ = library
    assert len(groups_of(data, home)) == 3  # grouped (and printed) before the change
    changed = photos / "p0001-jpeg60.jpg"
    changed.write_bytes(changed.read_bytes() + b"\0")
    result = run("duplicates", "--trash", "--yes", data=data, home=home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "p0001-jpeg60.jpg changed" in lines[0]
    kept = ("-jpeg60.jpg", "-png.png", "-resize50.jpg")
    assert all((photos / f"p0001{s}").exists() for s in kept)
    # The other groups were handled.
    assert not (photos / "p0000-png.png").exists()
    assert not (photos / "backup" / "lone copy.jpg").exists()


def test_an_unreachable_trash_removes_nothing(library):
    photos, data, home, _ = library
    (home / "share").write_text("not a folder")  # the trash cannot be made under it
    files = sorted(photos.rglob("*"))
    result = run("duplicates", "--trash", "--yes", data=data, home=home)
    assert result.returncode == 1
    assert "trash could not take" in result.stderr
    assert sorted(photos.rglob("*")) == files
    assert len(groups_of(data, home)) == 3  # the index still knows every file


def test_a_read_only_folder_keeps_its_group(library):
    photos, data, home, _ = library
    prefix = read_only_runner(photos / "backup")
    if prefix is None:
        pytest.skip("no way to make a folder read-only for root here (no mount namespaces)")
    result = run("duplicates", "--trash", "--yes", data=data, home=home, prefix=prefix)
    (photos / "backup").chmod(0o755)
    assert result.returncode == 1, result.stderr
    skipped = [line for line in result.stderr.splitlines() if "read-only" in line]
    assert len(skipped) == 2  # the groups of p0000 and lone.jpg both have a copy in backup/
    assert (photos / "backup" / "p0000.jpg").exists() and (photos / "p0000-png.png").exists()
    assert not (photos / "p0001-png.png").exists()
