"""The catalog and the vector index under damage: broken or foreign index files, schema
upgrades and newer catalogs, a read-only data folder, a full disk, and the ``check`` logic
that finds (and repairs) what is wrong."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import hnswlib
import numpy as np
import pytest

from mclip_desktop import cli
from mclip_desktop.core import catalog as catalog_module
from mclip_desktop.core import vector_index
from mclip_desktop.core.catalog import SCHEMA_VERSION, Catalog
from mclip_desktop.core.check import run_check
from mclip_desktop.core.errors import CatalogError
from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.vector_index import IndexSaveError, VectorIndex
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

REPO = Path(__file__).resolve().parents[2]


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


def write_photos(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(start, start + count):
        colour, shape = synthetic.COLOURS[i % 4], synthetic.SHAPES[(i // 4) % 4]
        path = folder / f"photo {i:03d}.jpg"
        synthetic.make_photo(colour, shape, width=128, height=96, seed=i).save(path, quality=90)
        written.append(path)
    return written


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> tuple[Path, Path]:
    """A data folder with 40 photos indexed through the CLI; tests work on copies."""
    root = tmp_path_factory.mktemp("indexed")
    write_photos(root / "photos", 40)
    code, _, err = run_cli("index", root / "photos", data=root / "data")
    assert code == 0, err
    return root / "photos", root / "data"


@pytest.fixture
def library_copy(indexed, tmp_path) -> tuple[Path, Path]:
    photos, data = indexed
    shutil.copytree(data, tmp_path / "data")
    return photos, tmp_path / "data"


def index_file(data: Path) -> Path:
    (found,) = data.glob("index-*.hnsw")
    return found


def exact_top(data: Path, query: np.ndarray, k: int) -> list[str]:
    """The k nearest photos by brute force over the catalog's vectors."""
    with Catalog(data / "catalog.sqlite3") as catalog:
        (model_id,) = catalog.model_ids()
        ids, vectors = next(catalog.iter_vectors(model_id, chunk=100_000))
        scores = vectors @ query / np.linalg.norm(vectors, axis=1)
        order = ids[np.argsort(-scores, kind="stable")[:k]]
        paths = catalog.paths_for_embeddings(order.tolist())
        return [p for i in order.tolist() for p in sorted(paths[i])]


# -- 4. damaged, foreign and wrong-dimension index files -----------------------------------


def forge_sidecar(index: Path) -> None:
    """Make the side-car agree with whatever the index file now holds (size, checksum), so
    that only the file's layout or contents can give it away."""
    sidecar = index.with_name(index.name + ".json")
    meta = json.loads(sidecar.read_text())
    data = index.read_bytes()
    meta.update(size=len(data), crc32=zlib.crc32(data))
    sidecar.write_text(json.dumps(meta))


def truncate(index: Path) -> None:
    index.write_bytes(index.read_bytes()[: index.stat().st_size // 2])


def zero(index: Path) -> None:
    index.write_bytes(b"\0" * index.stat().st_size)


def random_bytes_forged(index: Path) -> None:
    index.write_bytes(np.random.default_rng(3).bytes(index.stat().st_size))
    forge_sidecar(index)


def truncated_forged(index: Path) -> None:
    truncate(index)
    forge_sidecar(index)


def wrong_dimension_forged(index: Path) -> None:
    other = hnswlib.Index(space="cosine", dim=16)
    other.init_index(max_elements=64)
    other.add_items(
        np.random.default_rng(4).normal(size=(40, 16)).astype(np.float32), np.arange(1, 41)
    )
    other.save_index(str(index))
    forge_sidecar(index)


def neighbour_links_out_of_range(index: Path) -> None:
    data = bytearray(index.read_bytes())
    # The first neighbour id of the first element, just after the 96-byte header and the
    # element's neighbour count, pointed far outside the index.
    data[100:104] = (10**6).to_bytes(4, sys.byteorder)
    index.write_bytes(bytes(data))
    forge_sidecar(index)


def another_librarys_index(index: Path) -> None:
    """A sound index of the same model and labels, with other vectors, claiming to be ours."""
    sidecar = json.loads(index.with_name(index.name + ".json").read_text())
    other = hnswlib.Index(space="cosine", dim=sidecar["dim"])
    other.init_index(max_elements=64)
    rng = np.random.default_rng(5)
    other.add_items(rng.normal(size=(40, sidecar["dim"])).astype(np.float32), np.arange(1, 41))
    other.save_index(str(index))
    forge_sidecar(index)


def sidecar_missing(index: Path) -> None:
    index.with_name(index.name + ".json").unlink()


def sidecar_not_an_object(index: Path) -> None:
    index.with_name(index.name + ".json").write_text("[1, 2, 3]")


DAMAGE = [
    truncate, zero, random_bytes_forged, truncated_forged, wrong_dimension_forged,
    neighbour_links_out_of_range, another_librarys_index, sidecar_missing, sidecar_not_an_object,
]  # fmt: skip


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_damaged_or_foreign_index_is_detected_and_rebuilt(library_copy, damage):
    photos, data = library_copy
    damage(index_file(data))

    report = run_check(data)
    if damage is sidecar_missing:
        assert not report.ok and "side-car unreadable" in str(report)
    else:
        assert not report.ok, str(report)

    # Searching through the CLI rebuilds the index and answers exactly.
    query = photos / "photo 007.jpg"
    code, out, err = run_cli("search", "--image", query, "-n", "5", "--json", data=data)
    assert code == 0, err
    with Library(LibraryConfig(data, str(TINY_IMAGE), str(TINY_TEXT))) as library:
        vector = library.image_query_vector(query)
    # The example photo itself is left out of its own results.
    expected = [p for p in exact_top(data, vector, 6) if p != str(query)][:5]
    assert [r["path"] for r in json.loads(out)] == expected
    # Closing saved the rebuilt index: the data folder is sound again.
    assert run_check(data).ok


def test_index_built_before_catalog_identities_is_kept_when_its_vectors_agree(library_copy):
    _, data = library_copy
    sidecar = index_file(data).with_name(index_file(data).name + ".json")
    meta = json.loads(sidecar.read_text())
    del meta["catalog_id"]
    sidecar.write_text(json.dumps(meta))
    with Catalog(data / "catalog.sqlite3") as catalog:
        index = VectorIndex(index_file(data), meta["model_id"], meta["dim"])
        assert index.open(catalog).loaded


# -- 5. schema versions, upgrades, read-only folders ---------------------------------------


def make_v1_catalog(path: Path) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    for statement in catalog_module._SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO folders (path, online, added_at) VALUES ('/photos', 1, 0)")
    for i in range(5):
        db.execute(
            "INSERT INTO files (folder_id, path, size, mtime_ns, fingerprint, status, updated_at) "
            "VALUES (1, ?, 10, 1, ?, 'ok', 0)",
            (f"/photos/{i}.jpg", f"fp{i}"),
        )
        db.execute(
            "INSERT INTO embeddings (fingerprint, model_id, vector, created_at) "
            "VALUES (?, 'm', ?, 0)",
            (f"fp{i}", np.full(8, i + 1, np.float32).tobytes()),
        )
    db.close()


def rows(path: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_older_catalog_is_backed_up_then_migrated_in_one_transaction(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    make_v1_catalog(path)
    # The columns a version-1 catalog had; later versions add their own.
    v1_files = (
        "SELECT id, folder_id, path, size, mtime_ns, fingerprint, status, error, attempts, "
        "taken_at, width, height, updated_at FROM files ORDER BY id"
    )
    before = rows(path, v1_files)
    with Catalog(path) as catalog:
        assert catalog.schema_version == SCHEMA_VERSION
        assert len(catalog.catalog_id) == 32
        assert catalog.backup_path is not None
        backup = catalog.backup_path
    assert backup.parent == tmp_path and backup.name.startswith("catalog-backup-schema1-")
    assert backup.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file
    assert rows(backup, "PRAGMA user_version") == [(1,)]
    assert rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert rows(backup, v1_files) == before
    assert rows(path, v1_files) == before
    assert len(rows(path, "SELECT id FROM embeddings")) == 5
    assert rows(path, "SELECT COUNT(*) FROM albums") == [(0,)]
    # Opening again neither migrates nor backs up again.
    with Catalog(path) as catalog:
        assert catalog.backup_path is None
    assert [p.name for p in tmp_path.glob("catalog-backup-*")] == [backup.name]


def test_a_failing_migration_leaves_the_older_catalog_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "catalog.sqlite3"
    make_v1_catalog(path)
    before = rows(path, "SELECT * FROM files ORDER BY id")
    broken = catalog_module._SCHEMA_V2 + "; INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setitem(catalog_module._MIGRATIONS, 2, broken)
    with pytest.raises(CatalogError):
        Catalog(path)
    assert rows(path, "PRAGMA user_version") == [(1,)]
    assert rows(path, "SELECT name FROM sqlite_master WHERE name = 'meta'") == []
    assert rows(path, "SELECT * FROM files ORDER BY id") == before
    assert len(list(tmp_path.glob("catalog-backup-schema1-*.sqlite3"))) == 1
    monkeypatch.undo()
    with Catalog(path) as catalog:  # the next, sound start migrates
        assert catalog.schema_version == SCHEMA_VERSION


def test_newer_catalog_with_a_live_wal_is_refused_and_not_touched(tmp_path):
    source = tmp_path / "source.sqlite3"
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE future (x)")
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    # Copy while the writer is open: the newer version lives only in the WAL, as after a crash.
    target = tmp_path / "data" / "catalog.sqlite3"
    target.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    writer.close()
    before = {
        p.name: p.read_bytes() for p in target.parent.iterdir() if not p.name.endswith("-shm")
    }
    with pytest.raises(CatalogError, match="newer version"):
        Catalog(target)
    report = run_check(target.parent, repair=True)
    assert not report.ok and "newer" in str(report)
    after = {p.name: p.read_bytes() for p in target.parent.iterdir() if not p.name.endswith("-shm")}
    assert after == before  # no checkpoint, no backup, no index


def read_only_runner(folder: Path) -> list[str] | None:
    """A command prefix under which ``folder`` is read-only even for root: a private mount
    namespace with a read-only bind mount of it. None when this system allows no such thing."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for flags in (["--mount"], ["--user", "--map-root-user", "--mount"]):
        probe = subprocess.run(
            [unshare, *flags, "sh", "-c", f'mount --bind -o ro "{folder}" "{folder}" && '
             f'! touch "{folder}/.probe" 2>/dev/null'],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        if probe.returncode == 0:
            script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$0" "$@"'
            return [unshare, *flags, "sh", "-c", script]
    return None


@pytest.mark.parametrize("state", ["empty", "with a catalog"])
def test_read_only_data_folder_gives_one_clear_message(tmp_path, indexed, state):
    data = tmp_path / "data"
    if state == "empty":
        data.mkdir()
    else:
        shutil.copytree(indexed[1], data)
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    prefix = read_only_runner(data)
    if prefix is None:
        pytest.skip("no way to make a folder read-only for root here (no mount namespaces)")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "mclip_desktop", "--data-dir", str(data), "--image-model",
         str(TINY_IMAGE), "--text-model", str(TINY_TEXT), "status"],
        capture_output=True, text=True, timeout=120, cwd=REPO, env=env, check=False,
    )  # fmt: skip
    data.chmod(0o755)
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "read-only" in lines[0] and str(data) in lines[0] and "--data-dir" in lines[0]
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


def test_catalog_under_a_file_gives_a_clear_message(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(CatalogError, match="Cannot open the catalog"):
        Catalog(tmp_path / "file" / "data" / "catalog.sqlite3")


# -- 8. a full disk ------------------------------------------------------------------------


@pytest.fixture
def saved_index(tmp_path):
    with Catalog(tmp_path / "catalog.sqlite3") as catalog:
        rng = np.random.default_rng(0)
        with catalog.transaction():
            for i in range(50):
                catalog.add_embedding(f"fp{i}", "m", rng.normal(size=16).astype(np.float32))
        index = VectorIndex(tmp_path / "i.hnsw", "m", 16)
        index.open(catalog)
        index.save()
        with catalog.transaction():
            late = catalog.add_embedding("late", "m", np.ones(16, np.float32))
        index.add(np.array([late]), np.ones((1, 16), np.float32))
        yield catalog, index, late


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def short_write(self, path):
    """hnswlib on a full disk: the write fails silently and leaves a short file."""
    original_save(self, path)
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) // 3)


original_save = hnswlib.Index.save_index


@pytest.mark.parametrize(
    "where",
    [
        ("index data, silently short", hnswlib.Index, "save_index", short_write),
        ("fsync of the index", vector_index.os, "fsync", no_space),
        ("side-car", vector_index, "_fsync_write", no_space),
        ("rename", vector_index.os, "replace", no_space),
    ],
    ids=lambda w: w[0],
)
def test_disk_full_while_saving_keeps_the_previous_index(saved_index, tmp_path, monkeypatch, where):
    catalog, index, late = saved_index
    _, owner, name, replacement = where
    before = {p.name: p.read_bytes() for p in tmp_path.glob("i.hnsw*")}
    monkeypatch.setattr(owner, name, replacement)
    with pytest.raises(IndexSaveError, match="disk is full|No space left"):
        index.save()
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.glob("i.hnsw*")} == before  # no .tmp left
    # The index in memory still answers, and still knows it is unsaved.
    assert index.dirty and index.query(np.ones(16, np.float32), 1)[0].tolist() == [late]
    # The previous file loads as it is and catches up with the catalog.
    reopened = VectorIndex(tmp_path / "i.hnsw", "m", 16)
    report = reopened.open(catalog)
    assert report.loaded and report.added == 1
    assert reopened.compare(catalog) == ([], [], [])
    index.save()  # space again: the save goes through
    assert VectorIndex(tmp_path / "i.hnsw", "m", 16).open(catalog).loaded


def test_disk_full_in_the_catalog_stops_cleanly_and_keeps_what_was_written(tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 12)
    code, _, err = run_cli("index", photos, data=tmp_path / "data")
    assert code == 0, err
    more = write_photos(photos, 60, start=12)
    # SQLite's page limit gives exactly the error a full disk gives (SQLITE_FULL).
    with Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))) as library:
        pages = library.catalog._db.execute("PRAGMA page_count").fetchone()[0]
        library.catalog._db.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(CatalogError, match="full"):
            library.indexer(batch_size=8).run()
        assert not library.catalog._db.in_transaction
        library.catalog._db.execute("PRAGMA max_page_count = 1073741823")
        with library.catalog.transaction():  # the connection is usable again
            pass
    report = run_check(tmp_path / "data")
    assert report.ok, str(report)
    code, out, err = run_cli("index", photos, "--json", data=tmp_path / "data")
    assert code == 0, err
    assert json.loads(out)["indexed"] == 12 + len(more)
    assert run_check(tmp_path / "data").ok


# -- 10. check ---------------------------------------------------------------------------


def test_check_finds_and_repairs_orphans_bad_vectors_and_a_stale_index(library_copy):
    photos, data = library_copy
    assert run_check(data).ok
    db = sqlite3.connect(data / "catalog.sqlite3", isolation_level=None)
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute(
        "INSERT INTO files (folder_id, path, size, mtime_ns, status, updated_at) "
        "VALUES (999, '/nowhere/x.jpg', 1, 1, 'pending', 0)"
    )
    model_id, dim = db.execute("SELECT model_id, length(vector) / 4 FROM embeddings").fetchone()
    db.execute(
        "INSERT INTO embeddings (fingerprint, model_id, vector, created_at) "
        "VALUES ('lost', ?, ?, 0)",
        (model_id, np.ones(dim, np.float32).tobytes()),
    )
    victim = str(photos / "photo 003.jpg")
    db.execute(
        "UPDATE embeddings SET vector = ? WHERE fingerprint = (SELECT fingerprint FROM files "
        "WHERE path = ?)",
        (np.full(dim, np.nan, np.float32).tobytes(), victim),
    )
    db.execute(
        "UPDATE files SET fingerprint = NULL WHERE path = ?", (str(photos / "photo 004.jpg"),)
    )
    db.close()
    (data / (index_file(data).name + ".tmp")).write_bytes(b"half")
    os.utime(data / (index_file(data).name + ".tmp"), (0, 0))

    report = run_check(data)
    assert not report.ok
    kinds = {f.kind for f in report.problems}
    assert {"orphan-files", "bad-vectors", "no-fingerprint"} <= kinds
    # A vector no file refers to is what a running app keeps for a while: noted, repaired.
    assert {"leftover", "orphan-embeddings"} <= {f.kind for f in report.findings}
    assert "orphan-embeddings" not in kinds
    text = str(report)
    assert "belong to no watched folder" in text and "check --repair" in text

    repaired = run_check(data, repair=True)
    assert repaired.ok, str(repaired)
    assert "[repaired]" in str(repaired)
    assert not (data / (index_file(data).name + ".tmp")).exists()
    after = run_check(data)
    assert after.ok and not [f for f in after.findings if f.problem], str(after)
    # The next index run reads the two reset photos again and everything is whole.
    code, out, err = run_cli("index", "--json", data=data)
    assert code == 0, err
    assert json.loads(out)["indexed"] == 40 and json.loads(out)["read"] == 2
    assert run_check(data).ok


def test_check_reports_sqlite_damage_and_names_the_backup(library_copy):
    _, data = library_copy
    (data / "catalog-backup-schema1-20250101T000000.sqlite3").write_bytes(b"")
    db = sqlite3.connect(data / "catalog.sqlite3", isolation_level=None)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'files_status'").fetchone()[
        0
    ]
    db.close()
    with open(data / "catalog.sqlite3", "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 64)  # garble the index b-tree's cell pointers
    report = run_check(data, repair=True)
    assert not report.ok
    assert "damage" in str(report) or "cannot be read" in str(report)
    assert "catalog-backup-schema1-20250101T000000.sqlite3" in str(report)


def test_check_on_a_folder_without_catalog_is_ok(tmp_path):
    report = run_check(tmp_path / "nothing")
    assert report.ok and "no catalog" in str(report)
    assert report.as_json()["ok"] is True


def test_check_command_line(library_copy):
    """The ``check`` command: prints the report, exits 1 on problems, repairs with --repair."""
    commands = next(a for a in cli.build_parser()._actions if a.dest == "command")
    if "check" not in commands.choices:  # type: ignore[operator]
        pytest.skip("the 'check' command is not wired into the CLI yet")
    _, data = library_copy
    code, out, err = run_cli("check", data=data)
    assert (code, err) == (0, "") and "No problems found" in out
    sidecar_missing(index_file(data))
    code, out, _ = run_cli("check", data=data)
    assert code == 1 and "[problem]" in out and "--repair" in out
    code, out, _ = run_cli("check", "--repair", data=data)
    assert code == 0 and "[repaired]" in out
    code, out, _ = run_cli("check", "--json", data=data)
    assert code == 0 and json.loads(out)["ok"] is True
