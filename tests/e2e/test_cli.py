"""The command line on generated photos, with the tiny trained model pair: searching in eight
languages and by example, incremental indexing, broken files and user errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from mclip_desktop import cli
from mclip_desktop.core import images, models
from mclip_desktop.core.library import Library, LibraryConfig
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic


def run_cli(*args: object, data: Path) -> tuple[int, str, str]:
    """Run the CLI in this process (models are cached between calls by the fixture below)."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data), "--image-model", str(TINY_IMAGE), "--text-model", str(TINY_TEXT)]
    code = cli.main([*argv, *map(str, args)], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def run_cli_process(*args: object, data: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI as its own process, as other tools and scripts do."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "mclip_desktop", "--data-dir", str(data), "--image-model", str(TINY_IMAGE),
         "--text-model", str(TINY_TEXT), *map(str, args)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def _models_loaded_once():
    """Each CLI call builds a Library; load each tiny model once per module, not per call."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(models, "load_image_encoder", lru_cache(models.load_image_encoder))
        patch.setattr(models, "load_text_encoder", lru_cache(models.load_text_encoder))
        yield


@dataclass
class Collection:
    photos: Path
    data: Path
    truth: dict[Path, tuple[str, str]]

    def classes(self, paths: list[str]) -> list[tuple[str, str]]:
        return [self.truth[Path(p)] for p in paths]


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    root = tmp_path_factory.mktemp("library")
    truth = synthetic.write_photo_collection(root / "photos", per_class=10, seed=11)
    result = run_cli_process("index", root / "photos", "--json", data=root / "data")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["embedded"] == len(truth) and summary["failed"] == 0
    return Collection(root / "photos", root / "data", truth)


def matches(cls: tuple[str, str], colour: str | None, shape: str | None) -> bool:
    return (colour is None or cls[0] == colour) and (shape is None or cls[1] == shape)


@pytest.mark.parametrize("lang", synthetic.LANGUAGES)
def test_each_language_puts_the_right_photos_first(collection, lang):
    precisions = []
    for query, colour, shape in synthetic.QUERIES[lang]:
        code, out, err = run_cli("search", query, "-n", "5", "--json", data=collection.data)
        assert code == 0, err
        top = json.loads(out)
        assert len(top) == 5
        assert [r["score"] for r in top] == sorted((r["score"] for r in top), reverse=True)
        hits = sum(matches(c, colour, shape) for c in collection.classes([r["path"] for r in top]))
        precisions.append(hits / 5)
    assert sum(precisions) / len(precisions) >= 0.9, f"{lang}: precision@5 {precisions}"


def test_image_query_returns_photos_of_the_same_class_first(collection, tmp_path):
    correct_first = 0
    for i, (colour, shape) in enumerate(synthetic.caption_classes()):
        if colour is None or shape is None:
            continue
        query = tmp_path / f"query-{i}.jpg"
        synthetic.make_photo(colour, shape, width=800, height=600, seed=1000 + i).save(query)
        code, out, err = run_cli("search", "--image", query, "-n", "3", "--json", data=collection.data)
        assert code == 0, err
        top = collection.classes([r["path"] for r in json.loads(out)])
        correct_first += top[0] == (colour, shape)
    assert correct_first >= 14, f"same class first for only {correct_first} of 16 image queries"


def test_results_persist_across_processes(collection):
    result = run_cli_process("search", "yellow star", "-n", "3", "--json", data=collection.data)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert len(results) == 3
    for item in results:
        # Issue 11 extends each item (relevant, taken, duplicates); path and score stay.
        assert {"path", "score", "relevant", "taken"} <= set(item)
        assert os.path.isabs(item["path"]) and Path(item["path"]).is_file()
        assert -1.0 <= item["score"] <= 1.0
    assert collection.truth[Path(results[0]["path"])] == ("yellow", "star")

    status = run_cli_process("status", "--json", data=collection.data)
    payload = json.loads(status.stdout)
    assert payload["indexed"] == len(collection.truth) == payload["embeddings"]
    assert payload["pending"] == 0 and payload["failed"] == 0
    assert payload["folders"] == [{"path": str(collection.photos), "online": True, "files": len(collection.truth)}]


# -- incremental indexing --------------------------------------------------------------


@pytest.fixture
def small(tmp_path) -> Collection:
    truth = {}
    for i, (colour, shape) in enumerate((c, s) for c in synthetic.COLOURS for s in synthetic.SHAPES):
        path = tmp_path / "photos" / f"photo {i:02d}.jpg"
        path.parent.mkdir(exist_ok=True)
        synthetic.make_photo(colour, shape, width=320, height=240, seed=i).save(path)
        truth[path] = (colour, shape)
    return Collection(tmp_path / "photos", tmp_path / "data", truth)


def index(small: Collection) -> dict:
    code, out, err = run_cli("index", small.photos, "--json", data=small.data)
    assert code == 0, err
    return json.loads(out)


def search(small: Collection, query: str, n: int = 16) -> list[str]:
    code, out, err = run_cli("search", query, "-n", n, "--json", data=small.data)
    assert code == 0, err
    return [r["path"] for r in json.loads(out)]


def test_unchanged_folder_is_not_read_again(small):
    assert index(small)["embedded"] == 16
    again = index(small)
    assert (again["read"], again["embedded"], again["new"], again["changed"]) == (0, 0, 0, 0)
    assert again["indexed"] == 16


def test_changed_file_is_embedded_again(small):
    index(small)
    target = small.photos / "photo 00.jpg"  # a red circle
    assert search(small, "red circle", 1) == [str(target)]
    synthetic.make_photo("blue", "star", width=320, height=240, seed=99).save(target)
    os.utime(target, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    again = index(small)
    assert (again["changed"], again["read"], again["embedded"]) == (1, 1, 1)
    assert search(small, "red circle", 1) != [str(target)]
    assert str(target) in search(small, "blue star", 2)


def test_deleted_file_leaves_the_results(small):
    index(small)
    gone = small.photos / "photo 05.jpg"
    gone.unlink()
    again = index(small)
    assert again["removed"] == 1 and again["indexed"] == 15
    assert str(gone) not in search(small, "green square")
    code, out, _ = run_cli("status", "--json", data=small.data)
    assert json.loads(out)["indexed"] == 15


def test_moved_and_renamed_files_keep_their_vectors(small):
    index(small)
    folder = small.photos / "sorted #1 100%"
    folder.mkdir()
    moved = folder / "photo 03.jpg"  # a red star, moved: found by name, size and mtime
    (small.photos / "photo 03.jpg").rename(moved)
    renamed = folder / "Größe été.jpg"  # a blue circle, moved and renamed: found by content
    (small.photos / "photo 08.jpg").rename(renamed)
    again = index(small)
    assert (again["moved"], again["read"], again["reused"], again["embedded"]) == (1, 1, 1, 0)
    assert search(small, "red star", 1) == [str(moved)]
    assert search(small, "blue circle", 1) == [str(renamed)]


def test_duplicate_content_is_embedded_once(small):
    index(small)
    copy = small.photos / "copy of photo 00.jpg"
    copy.write_bytes((small.photos / "photo 00.jpg").read_bytes())
    again = index(small)
    assert (again["new"], again["read"], again["reused"], again["embedded"]) == (1, 1, 1, 0)
    # One result for the content, its other copy attached (issue 11).
    code, out, err = run_cli("search", "red circle", "-n", 1, "--json", data=small.data)
    assert code == 0, err
    (best,) = json.loads(out)
    assert {best["path"], *best["duplicates"]} == {str(copy), str(small.photos / "photo 00.jpg")}


def test_broken_files_are_counted_as_failed_and_the_rest_indexed(small):
    good = small.photos / "photo 07.jpg"
    (small.photos / "empty.jpg").write_bytes(b"")
    (small.photos / "cut.jpg").write_bytes(good.read_bytes()[:600])
    (small.photos / "notes.jpg").write_text("shopping list: eggs, milk\n")
    (small.photos / "README.txt").write_text("not a photo, and not a failure")
    (small.photos / "scan.pdf").write_bytes(b"%PDF-1.4 not a photo")
    summary = index(small)
    assert summary["failed"] == 3 and summary["indexed"] == 16
    code, out, _ = run_cli("status", "--json", data=small.data)
    status = json.loads(out)
    assert (status["indexed"], status["failed"], status["pending"]) == (16, 3, 0)
    reasons = {Path(f["path"]).name: f["reason"] for f in status["failures"]}
    assert set(reasons) == {"empty.jpg", "cut.jpg", "notes.jpg"}
    assert "empty" in reasons["empty.jpg"]
    assert "truncated" in reasons["cut.jpg"]
    assert "not a photo format" in reasons["notes.jpg"]
    # Every good photo of the batch carries its own vector, not a neighbour's.
    with Library(LibraryConfig(small.data, str(TINY_IMAGE), str(TINY_TEXT))) as library:
        encoder = library.image_encoder()
        for path in small.truth:
            pixels = images.decode_photo(path.read_bytes(), encoder.preprocessing).pixels
            fresh = encoder.encode(pixels[np.newaxis])[0]
            stored = library.catalog.vector_of_path(str(path), library.image_model_id)
            assert float(np.dot(fresh, stored)) > 0.999, path.name


def test_failed_file_is_retried_only_when_it_changes(small):
    broken = small.photos / "later.jpg"
    broken.write_bytes(b"\xff\xd8\xff not yet a photo")
    assert index(small)["failed"] == 1
    assert index(small)["read"] == 0  # not retried while unchanged
    synthetic.make_photo("yellow", "circle", width=320, height=240, seed=5).save(broken, "JPEG")
    again = index(small)
    assert (again["changed"], again["read"], again["failed"]) == (1, 1, 0)


# -- user errors -----------------------------------------------------------------------


def assert_one_clear_line(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("mclip-desktop: ") and "Traceback" not in err


def test_missing_folder_is_a_clear_error(tmp_path):
    code, out, err = run_cli("index", tmp_path / "nope", data=tmp_path / "data")
    assert code == 1 and out == ""
    assert_one_clear_line(err)
    assert "nope" in err and "does not exist" in err


def test_unreadable_query_image_is_a_clear_error(small):
    index(small)
    bad = small.photos.parent / "query.jpg"
    bad.write_text("not an image")
    code, _, err = run_cli("search", "--image", bad, data=small.data)
    assert code == 1
    assert_one_clear_line(err)
    assert "query.jpg" in err and "not a photo format" in err


def test_model_unavailable_offline_is_a_clear_error(small):
    index(small)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["--data-dir", str(small.data), "--image-model", str(TINY_IMAGE), "--text-model",
         "someone/missing-model", "search", "a cat"], out=out, err=err,
    )  # fmt: skip
    assert code == 1
    assert_one_clear_line(err.getvalue())
    assert "someone/missing-model" in err.getvalue() and "--text-model" in err.getvalue()


def test_command_line_process_reports_errors_without_traceback(tmp_path):
    result = run_cli_process("search", "--image", tmp_path / "missing.jpg", data=tmp_path / "data")
    assert result.returncode == 1
    assert_one_clear_line(result.stderr)
