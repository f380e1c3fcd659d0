"""A library remembers the models that built it: later commands need no flags, a model named
by the environment does not silently replace them, and switching is explicit and visible,
with search working throughout."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from mclip_desktop import cli
from mclip_desktop.core import images
from mclip_desktop.core.library import Library, LibraryConfig
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = pytest.mark.usefixtures("models_loaded_once")

COLOURS = ("red", "blue", "yellow")
SHAPES = ("circle", "square")


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def no_model_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test suite names the tiny models in the environment for every test; these tests
    are about what happens without that."""
    monkeypatch.delenv("MCLIP_IMAGE_MODEL")
    monkeypatch.delenv("MCLIP_TEXT_MODEL")


@pytest.fixture
def photos(tmp_path: Path) -> dict[Path, tuple[str, str]]:
    return synthetic.write_photo_collection(
        tmp_path / "photos", per_class=2, seed=5, colours=COLOURS, shapes=SHAPES
    )


def other_image_model(tmp_path: Path) -> Path:
    """A second image model with its own identity (the same weights in another folder,
    with a file that changes its fingerprint): a switch to it embeds every photo again."""
    copy = tmp_path / "other-image-model"
    shutil.copytree(TINY_IMAGE, copy)
    (copy / "NOTICE.txt").write_text("a copy, to be told apart\n")
    return copy


def assert_finds_yellow_circles(out: str, photos: dict[Path, tuple[str, str]]) -> None:
    results = json.loads(out)
    assert results, "the search found nothing"
    assert photos[Path(results[0]["path"])] == ("yellow", "circle")


def test_search_without_flags_uses_the_models_given_to_index(tmp_path, photos, no_model_env):
    data = tmp_path / "data"
    code, _, err = run(
        "--data-dir", data, "--image-model", TINY_IMAGE, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    assert code == 0, err
    # Without flags the default models would be looked for on the hub (offline here: an
    # error) and find no vectors; the library's own models find the photos.
    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "3", "--json")
    assert code == 0, err
    assert_finds_yellow_circles(out, photos)


def test_search_without_env_uses_the_models_the_env_named_at_index(
    tmp_path, photos, no_model_env, monkeypatch
):
    data = tmp_path / "data"
    monkeypatch.setenv("MCLIP_IMAGE_MODEL", str(TINY_IMAGE))
    monkeypatch.setenv("MCLIP_TEXT_MODEL", str(TINY_TEXT))
    assert run("--data-dir", data, "index", tmp_path / "photos")[0] == 0
    monkeypatch.delenv("MCLIP_IMAGE_MODEL")
    monkeypatch.delenv("MCLIP_TEXT_MODEL")
    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "3", "--json")
    assert code == 0, err
    assert_finds_yellow_circles(out, photos)


def test_status_names_the_models_and_where_they_came_from(tmp_path, photos, no_model_env):
    data = tmp_path / "data"
    run(
        "--data-dir", data, "--image-model", TINY_IMAGE, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    code, out, err = run("--data-dir", data, "status", "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["indexed"] == len(photos)
    models = status["models"]
    assert (models["image"], models["text"]) == (str(TINY_IMAGE), str(TINY_TEXT))
    assert models["sources"] == {"image": "library", "text": "library"}
    assert models["library"]["image"] == str(TINY_IMAGE)
    assert models["searching"] == models["library"]
    assert models["switching"] is False
    code, out, _ = run("--data-dir", data, "status")
    assert f"Models: image {TINY_IMAGE}, text {TINY_TEXT}" in out


def test_a_new_library_without_any_choice_names_the_default_models(tmp_path, no_model_env):
    code, out, err = run("--data-dir", tmp_path / "data", "status", "--json")
    assert code == 0, err
    models = json.loads(out)["models"]
    assert models["image"] == "clip-ViT-B-32"
    assert models["sources"] == {"image": "default", "text": "default"}
    assert models["library"] is None


def test_an_image_model_from_the_environment_does_not_silently_replace_the_library_s(
    tmp_path, photos, no_model_env, monkeypatch
):
    """A shell profile that exports MCLIP_IMAGE_MODEL for another model: search still
    answers with the library's models, and says which model waits for an index run."""
    data = tmp_path / "data"
    run(
        "--data-dir", data, "--image-model", TINY_IMAGE, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    other = other_image_model(tmp_path)
    monkeypatch.setenv("MCLIP_IMAGE_MODEL", str(other))
    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "3", "--json")
    assert code == 0, err
    assert_finds_yellow_circles(out, photos)
    assert f"Searching with '{TINY_IMAGE}'" in err and str(other) in err
    status = json.loads(run("--data-dir", data, "status", "--json")[1])
    assert status["models"]["switching"] is True
    assert status["models"]["sources"]["image"] == "env"
    assert status["models"]["searching"]["image"] == str(TINY_IMAGE)
    assert status["models"]["switch_remaining"] == len(photos)
    assert status["indexed"] == len(photos)


def test_switching_the_image_model_embeds_again_and_search_works_throughout(
    tmp_path, photos, no_model_env
):
    data = tmp_path / "data"
    run(
        "--data-dir", data, "--image-model", TINY_IMAGE, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    other = other_image_model(tmp_path)
    # Before the new vectors exist, a search that names the new model uses the old ones.
    code, out, err = run(
        "--data-dir", data, "--image-model", other, "search", "yellow circle", "-n", "3", "--json"
    )
    assert code == 0, err
    assert_finds_yellow_circles(out, photos)
    assert f"Searching with '{TINY_IMAGE}'" in err and str(other) in err

    code, out, err = run("--data-dir", data, "--image-model", other, "index", "--json")
    assert code == 0, err
    assert "Switching models" in err and str(TINY_IMAGE) in err and str(other) in err
    summary = json.loads(out)
    assert summary["embedded"] + summary["reused"] >= len(photos) - summary["reused"]
    assert summary["indexed"] == len(photos)

    # The switch is complete: the library now remembers the new model, plain commands use
    # it, and the old vectors are gone.
    status = json.loads(run("--data-dir", data, "status", "--json")[1])
    models = status["models"]
    assert models["image"] == str(other) and models["sources"]["image"] == "library"
    assert models["switching"] is False
    assert status["embeddings"] == len(photos)
    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "3", "--json")
    assert code == 0, err
    assert err == ""
    assert_finds_yellow_circles(out, photos)
    code, out, err = run("--data-dir", data, "check")
    assert code == 0, out + err


def test_an_interrupted_switch_keeps_searching_with_the_old_model(
    tmp_path, photos, no_model_env, monkeypatch
):
    """Old vectors stay until every photo has a new one: after a switch that embedded only
    part of the photos, search still uses the complete old set."""
    data = tmp_path / "data"
    run(
        "--data-dir", data, "--image-model", TINY_IMAGE, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    other = other_image_model(tmp_path)
    with Library(LibraryConfig(data, str(other))) as library:
        assert library.switching
        work = library.catalog.work_items(library.image_model_id)
        encoder = library.image_encoder()
        first = work[0]
        pixels = images.load_query_image(first.path, encoder.preprocessing)
        assert first.fingerprint is not None
        library.catalog.add_embedding(
            first.fingerprint, library.image_model_id, encoder.encode(pixels[None])[0]
        )
        assert not library.finish_indexing()
    status = json.loads(run("--data-dir", data, "--image-model", other, "status", "--json")[1])
    assert status["models"]["searching"]["image"] == str(TINY_IMAGE)
    assert status["models"]["switch_remaining"] == len(photos) - 1
    assert status["indexed"] == len(photos)
    code, out, err = run(
        "--data-dir", data, "--image-model", other, "search", "yellow circle", "-n", "3", "--json"
    )
    assert code == 0, err
    assert_finds_yellow_circles(out, photos)
    code, out, err = run("--data-dir", data, "check")
    assert code == 0, out + err  # two models' vectors during a switch are no fault


def test_a_first_index_whose_model_failed_does_not_bind_the_library_to_it(
    tmp_path, photos, no_model_env
):
    data = tmp_path / "data"
    missing = tmp_path / "no-such-model"
    code, _, err = run(
        "--data-dir", data, "--image-model", missing, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    assert code == 1 and str(missing) in err
    code, _, err = run(
        "--data-dir", data, "--image-model", TINY_IMAGE, "--text-model", TINY_TEXT,
        "index", tmp_path / "photos",
    )  # fmt: skip
    assert code == 0, err
    assert "Switching" not in err
    status = json.loads(run("--data-dir", data, "status", "--json")[1])
    assert status["models"]["library"]["image"] == str(TINY_IMAGE)
    assert status["indexed"] == len(photos)


def test_model_folders_given_relative_are_found_from_any_directory(
    tmp_path, photos, no_model_env, monkeypatch
):
    """`--image-model ./models/clip` names a folder from where the command ran: the library
    remembers that folder, not the words, so a search from elsewhere still finds it."""
    data = tmp_path / "data"
    models_home = tmp_path / "models"
    shutil.copytree(TINY_IMAGE, models_home / "image")
    shutil.copytree(TINY_TEXT, models_home / "text")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(
        "--data-dir", data, "--image-model", "./models/image", "--text-model", "models/text",
        "index", "photos",
    )  # fmt: skip
    assert code == 0, err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, err = run("--data-dir", data, "search", "yellow circle", "-n", "3", "--json")
    assert code == 0, err
    assert_finds_yellow_circles(out, photos)
    code, out, err = run("--data-dir", data, "status", "--json")
    assert code == 0, err
    remembered = json.loads(out)["models"]["library"]
    assert remembered["image"] == str(models_home / "image")
    assert remembered["text"] == str(models_home / "text")
