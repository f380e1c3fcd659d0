"""Photos whose names are not UTF-8 (legal on Linux: old cameras, Windows archives in
Latin-1, Shift-JIS CDs) are indexed, stored byte for byte, shown readably, and found."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from mclip_desktop import cli
from mclip_desktop.core import catalog as catalog_module
from mclip_desktop.core import paths
from mclip_desktop.core.catalog import SCHEMA_VERSION, Catalog
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = [
    pytest.mark.usefixtures("models_loaded_once"),
    pytest.mark.skipif(sys.platform != "linux", reason="names that are not UTF-8 are Linux's"),
]

LATIN1 = b"Urlaub_K\xf6ln.jpg"  # "Urlaub_Köln.jpg" written by a Latin-1 system
SHIFT_JIS = "海辺".encode("shift_jis") + b".png"
LATIN1_FOLDER = b"F\xe9rias"  # "Férias"
BROKEN = b"kaputt_\xe4.jpg"


def name(raw: bytes) -> str:
    """The name as Python holds it (surrogate escapes for the bytes that are not UTF-8)."""
    return os.fsdecode(raw)


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def uri_bytes(uri: str) -> bytes:
    return urllib.parse.unquote_to_bytes(urllib.parse.urlsplit(uri).path)


@pytest.fixture
def library_folder(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, str]]]:
    """Ordinary photos, and three whose names (or folder) are not UTF-8, plus a broken one."""
    folder = tmp_path / "photos"
    truth = {
        str(p): c
        for p, c in synthetic.write_photo_collection(
            folder, per_class=1, seed=3, colours=("red", "blue"), shapes=("square", "star")
        ).items()
    }
    odd = {
        folder / name(LATIN1): ("yellow", "circle"),
        folder / name(SHIFT_JIS): ("green", "triangle"),
        folder / name(LATIN1_FOLDER) / "IMG_9.jpg": ("yellow", "circle"),
    }
    for i, (path, (colour, shape)) in enumerate(odd.items()):
        path.parent.mkdir(exist_ok=True)
        fmt = "png" if path.suffix == ".png" else "jpeg"
        photo = synthetic.make_photo(colour, shape, width=320, height=240, seed=40 + i)
        path.write_bytes(synthetic.encode_image(photo, fmt))
        truth[str(path)] = (colour, shape)
    (folder / name(BROKEN)).write_bytes(b"not a photo at all")
    return folder, truth


def index(data: Path, folder: Path) -> dict:
    code, out, err = run("--data-dir", data, "index", folder, "--json")
    assert code == 0, err
    return json.loads(out)


def test_they_are_indexed_counted_and_found(tmp_path, library_folder):
    folder, truth = library_folder
    data = tmp_path / "data"
    summary = index(data, folder)
    assert summary["seen"] == len(truth) + 1
    assert summary["embedded"] == len(truth)
    assert summary["failed"] == 1
    [failure] = summary["failures"]
    assert failure["path"] == str(folder / "kaputt_\ufffd.jpg")
    assert uri_bytes(failure["path_uri"]) == os.fsencode(folder) + b"/" + BROKEN

    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "2", "--json")
    assert code == 0, err
    top = json.loads(out)
    found = {uri_bytes(r["path_uri"]) for r in top}
    assert found == {
        os.fsencode(folder) + b"/" + LATIN1,
        os.fsencode(folder) + b"/" + LATIN1_FOLDER + b"/IMG_9.jpg",
    }
    assert {r["path"] for r in top} == {
        str(folder / "Urlaub_K\ufffdln.jpg"),
        str(folder / "F\ufffdrias" / "IMG_9.jpg"),
    }
    # Ordinary names get no extra field.
    code, out, _ = run("--data-dir", data, "search", "red square", "-n", "1", "--json")
    assert "path_uri" not in json.loads(out)[0]


def test_they_are_stored_byte_for_byte(tmp_path, library_folder):
    folder, truth = library_folder
    data = tmp_path / "data"
    index(data, folder)
    with Catalog(paths.catalog_path(data)) as catalog:
        record = catalog.file_by_path(str(folder / name(LATIN1)))
        assert record is not None and record.status == "ok"
        stored = {r.path for r in catalog.files_under(str(folder))}
    assert stored == set(truth) | {str(folder / name(BROKEN))}
    raw = sqlite3.connect(paths.catalog_path(data))
    try:
        blobs = {r[0] for r in raw.execute("SELECT CAST(path AS BLOB) FROM files")}
    finally:
        raw.close()
    assert os.fsencode(folder) + b"/" + SHIFT_JIS in blobs


def test_text_output_shows_them_readably_in_a_real_terminal_encoding(tmp_path, library_folder):
    folder, _ = library_folder
    data = tmp_path / "data"
    index(data, folder)
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONIOENCODING": "utf-8"}
    argv = [sys.executable, "-m", "mclip_desktop", "--data-dir", str(data),
            "--image-model", str(TINY_IMAGE), "--text-model", str(TINY_TEXT)]  # fmt: skip
    search = subprocess.run(
        [*argv, "search", "yellow circle", "-n", "2"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert search.returncode == 0, search.stderr
    assert "Urlaub_K\ufffdln.jpg" in search.stdout
    status = subprocess.run(
        [*argv, "status"], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert status.returncode == 0, status.stderr
    assert "kaputt_\ufffd.jpg" in status.stdout

    code, out, _ = run("--data-dir", data, "status", "--json")
    [failure] = json.loads(out)["failures"]
    assert uri_bytes(failure["path_uri"]).endswith(BROKEN)


def test_a_moved_one_keeps_its_vector_and_check_finds_nothing_wrong(tmp_path, library_folder):
    folder, truth = library_folder
    data = tmp_path / "data"
    index(data, folder)
    os.rename(folder / name(LATIN1), folder / name(LATIN1_FOLDER) / name(LATIN1))
    summary = index(data, folder)
    assert (summary["moved"], summary["embedded"], summary["removed"]) == (1, 0, 0)
    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "2", "--json")
    assert code == 0, err
    assert os.fsencode(folder) + b"/" + LATIN1_FOLDER + b"/" + LATIN1 in {
        uri_bytes(r["path_uri"]) for r in json.loads(out)
    }
    code, out, err = run("--data-dir", data, "check", "--json")
    assert code == 0, out + err


def test_search_by_an_example_with_such_a_name(tmp_path, library_folder):
    folder, truth = library_folder
    data = tmp_path / "data"
    index(data, folder)
    example = tmp_path / name(b"Beispiel_\xe9.jpg")
    photo = synthetic.make_photo("green", "triangle", width=300, height=200, seed=99)
    example.write_bytes(synthetic.encode_image(photo, "jpeg"))
    code, out, err = run("--data-dir", data, "search", "--image", example, "-n", "1", "--json")
    assert code == 0, err
    assert uri_bytes(json.loads(out)[0]["path_uri"]).endswith(SHIFT_JIS)


def test_a_catalog_of_schema_2_is_backed_up_and_upgraded_and_then_takes_such_names(
    tmp_path, library_folder
):
    """A catalog from before lossless names (schema 2) is copied aside, upgraded, and then
    records a name that is not UTF-8."""
    folder, _ = library_folder
    data = tmp_path / "data"
    data.mkdir()
    db = sqlite3.connect(paths.catalog_path(data))
    for version in (1, 2):
        db.executescript(catalog_module._MIGRATIONS[version])
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    with Catalog(paths.catalog_path(data)) as catalog:
        assert catalog.schema_version == SCHEMA_VERSION >= 3
        assert catalog.backup_path is not None
        assert catalog.backup_path.name.startswith("catalog-backup-schema2-")
    summary = index(data, folder)
    assert summary["failed"] == 1 and summary["embedded"] == summary["seen"] - 1
    with Catalog(paths.catalog_path(data)) as catalog:
        record = catalog.file_by_path(str(folder / name(LATIN1)))
        assert record is not None and record.status == "ok"
