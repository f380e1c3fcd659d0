"""The command line's words: errors in the user's locale, --json in stable English, the
technical detail only with --verbose, and query images refused before any model loads."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mclip_desktop import cli
from mclip_desktop.core import models, paths
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

LOCALE_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "MCLIP_LANGUAGE")


def run(*args: object, image_model: object = TINY_IMAGE, text_model: object = TINY_TEXT,
        data: Path) -> tuple[int, str, str]:  # fmt: skip
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", data, "--image-model", image_model, "--text-model", text_model, *args]
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("mclip-desktop: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture
def locale(monkeypatch):
    """Set the user's locale as the environment would (the test suite pins English)."""
    for name in LOCALE_ENV:
        monkeypatch.delenv(name, raising=False)

    def use(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return use


@pytest.fixture
def no_model_loads(monkeypatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(models, "load_image_encoder", refuse)
    monkeypatch.setattr(models, "load_text_encoder", refuse)
    monkeypatch.setattr(models, "resolve_model", refuse)


@pytest.mark.parametrize("kind", ["missing", "folder", "text named .jpg", "empty"])
def test_search_image_is_refused_before_any_model_loads(kind, tmp_path, no_model_loads):
    query = {
        "missing": tmp_path / "no" / "such.jpg",
        "folder": tmp_path,
        "text named .jpg": tmp_path / "notes.jpg",
        "empty": tmp_path / "empty.jpg",
    }[kind]
    (tmp_path / "notes.jpg").write_text("milk, eggs, bread\n" * 40)
    (tmp_path / "empty.jpg").write_bytes(b"")
    # Models that do not exist: had anything tried to load them, that would be the error.
    code, out, err = run(
        "search", "--image", query, image_model=tmp_path / "no-image-model",
        text_model=tmp_path / "no-text-model", data=tmp_path / "data",
    )  # fmt: skip
    line = one_line(err)
    assert code == 1 and out == ""
    assert str(query) in line and "model" not in line.lower().replace("mclip-desktop", "")
    reason = {
        "missing": "there is no such file",
        "folder": "this is a folder, not a photo",
        "text named .jpg": "not a photo format",
        "empty": "empty file",
    }[kind]
    assert reason in line


def test_search_image_process_answers_at_once_without_models(tmp_path):
    """As a user runs it: a separate process, the default models absent and offline."""
    env = {**os.environ, "HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1"}
    env.pop("MCLIP_IMAGE_MODEL", None)
    env.pop("MCLIP_TEXT_MODEL", None)
    result = subprocess.run(
        [sys.executable, "-m", "mclip_desktop", "--data-dir", str(tmp_path / "data"), "search",
         "--image", "/no/such.jpg"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "/no/such.jpg" in line and "there is no such file" in line


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de_DE.UTF-8",
         "/q.jpg kann nicht als Suchbild verwendet werden: diese Datei gibt es nicht"),
        ("es_ES.UTF-8",
         "No se puede usar /q.jpg como imagen de búsqueda: ese archivo no existe"),
        ("fr_FR.UTF-8",
         "Impossible d'utiliser /q.jpg comme image de recherche : ce fichier n'existe pas"),
        ("ja_JP.UTF-8", "/q.jpg は検索用の画像として使えません: そのようなファイルはありません"),
        ("zh_CN.UTF-8", "无法将 /q.jpg 用作查询图像：没有这个文件"),
    ],
)  # fmt: skip
def test_errors_are_worded_in_the_users_locale(language, expected, locale, tmp_path):
    locale(LANG=language)
    code, _, err = run("search", "--image", "/q.jpg", data=tmp_path / "data")
    assert code == 1 and one_line(err) == f"mclip-desktop: {expected}"


def test_language_override_and_gettext_order(locale, tmp_path):
    locale(LANG="de_DE.UTF-8", LANGUAGE="fr")
    assert "ce fichier n'existe pas" in run("search", "--image", "/q.jpg", data=tmp_path)[2]
    locale(MCLIP_LANGUAGE="ja")
    assert "そのようなファイルはありません" in run("search", "--image", "/q.jpg", data=tmp_path)[2]


def test_cli_advice_names_the_flag_of_the_missing_model(locale, tmp_path):
    photos = tmp_path / "Photos"
    photos.mkdir()
    synthetic.make_photo("red", "circle", width=320, height=240, seed=1).save(photos / "ok.jpg")
    assert run("index", photos, data=tmp_path / "data")[0] == 0
    locale(LANG="de_DE.UTF-8")
    gone = tmp_path / "gone"
    code, _, err = run("search", "a cat", text_model=gone, data=tmp_path / "data")
    assert code == 1
    assert one_line(err) == (
        f"mclip-desktop: Der Modellordner {gone} existiert nicht. Prüfen Sie --text-model."
    )


def test_failure_reasons_are_stored_as_codes_and_worded_when_shown(locale, tmp_path):
    photos = tmp_path / "Photos"
    photos.mkdir()
    synthetic.make_photo("red", "circle", width=320, height=240, seed=1).save(photos / "ok.jpg")
    synthetic.make_photo("blue", "star", width=320, height=240, seed=2).save(photos / "cut.jpg")
    (photos / "cut.jpg").write_bytes((photos / "cut.jpg").read_bytes()[:300])
    (photos / "notes.jpg").write_text("not a photo\n" * 30)
    data = tmp_path / "data"
    code, out, _ = run("index", photos, "--json", data=data)
    assert code == 0
    failures = {Path(f["path"]).name: f for f in json.loads(out)["failures"]}
    assert failures["notes.jpg"]["code"] == "photo.unknown_format"
    assert failures["cut.jpg"]["code"] == "photo.truncated"

    # Worded later, in the language of whoever looks: status in German...
    locale(LANG="de_DE.UTF-8")
    code, out, _ = run("status", data=data)
    assert code == 0
    assert "notes.jpg nicht lesbar: kein Fotoformat, das mclip-desktop lesen kann" in out
    assert "cut.jpg nicht lesbar: die Datei ist abgeschnitten oder beschädigt" in out
    assert "2 nicht lesbar" in out
    # ... while --json stays English and stable, with the code beside the reason.
    code, out, _ = run("status", "--json", data=data)
    reasons = {Path(f["path"]).name: f for f in json.loads(out)["failures"]}
    assert reasons["cut.jpg"]["reason"] == "the file is truncated or damaged"
    assert reasons["cut.jpg"]["code"] == "photo.truncated"
    assert reasons["notes.jpg"]["reason"].startswith("not a photo format mclip-desktop can read")

    # A reason written before messages had codes still reads as it was written.
    from mclip_desktop.core.catalog import Catalog

    with Catalog(paths.catalog_path(data)) as catalog:
        row = catalog._db.execute(
            "SELECT id, size, mtime_ns FROM files WHERE path = ?", (str(photos / "notes.jpg"),)
        ).fetchone()
        catalog.mark_failed(row[0], row[1], row[2], "an old reason in plain words")
    code, out, _ = run("status", data=data)
    assert "notes.jpg nicht lesbar: an old reason in plain words" in out


def test_verbose_prints_the_log_with_the_detail_the_message_leaves_out(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    paths.catalog_path(data).write_bytes(b"this is not a database, only text" * 200)
    code, _, err = run("status", data=data)
    line = one_line(err)
    assert code == 1 and "is damaged" in line
    assert "not a database" not in err  # SQLite's own words stay out of the message

    code, _, err = run("-v", "status", data=data)
    assert code == 1
    assert "INFO" in err and "not a database" in err  # the log, with the detail
    assert err.strip().splitlines()[-1] == line  # and the user's line still ends it
