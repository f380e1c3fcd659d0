"""One way to the trash for the grid's Move to trash and the duplicates' clean-up: files seen
changed, a trash that cannot be reached, or a trash refusing midway leave the group whole (or
say what already moved), one reason per skipped group."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from mclip_desktop.core import trash
from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.ingest.scan import scan_folder
from tests.unit.test_browse import use_test_trash


def _photo(path: Path, shade: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), (shade, 90, 200 - shade)).save(path)
    return path


@pytest.fixture
def photos(tmp_path: Path):
    root = tmp_path / "Photos"
    paths = [str(_photo(root / f"p{i}.jpg", 20 * i)) for i in range(3)]
    catalog = Catalog(tmp_path / "catalog.db")
    scan_folder(catalog, catalog.add_folder(str(root)))
    yield catalog, paths
    catalog.close()


def _state(path: str) -> trash.FileState:
    from mclip_desktop.core import images

    st = Path(path).stat()
    return trash.FileState(path, st.st_size, st.st_mtime_ns, images.fingerprint(
        images.read_file(path)))  # fmt: skip


def test_the_grid_moves_what_it_showed_and_refuses_a_photo_changed_since(
    photos, tmp_path, monkeypatch
):
    catalog, paths = photos
    bin_ = use_test_trash(tmp_path, monkeypatch)
    Path(paths[1]).write_bytes(Path(paths[1]).read_bytes() + b"\0")  # edited, not yet re-read
    result = trash.trash_photos(catalog, paths[:2])
    assert result.moved == [paths[0]]
    assert [(label, "changed since" in why) for label, why in result.skipped] == [
        (paths[1], True)
    ]
    assert Path(paths[1]).exists()
    assert [p.name for p in (bin_ / "files").iterdir()] == ["p0.jpg"]
    assert catalog.file_by_path(paths[0]) is None and catalog.file_by_path(paths[1])


def test_an_unreachable_trash_is_found_before_any_file_moves(photos, tmp_path, monkeypatch):
    catalog, paths = photos
    use_test_trash(tmp_path, monkeypatch)
    from send2trash import plat_other

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(plat_other, "HOMETRASH_B", bytes(blocker) + b"/Trash")
    moved_by_hand: list[str] = []
    group = trash.TrashGroup(
        paths[0], remove=(_state(paths[1]), _state(paths[2])), keep=(_state(paths[0]),)
    )
    result = trash.move_to_trash([group], catalog, trash=moved_by_hand.append)
    assert moved_by_hand == []  # the probe stopped it: nothing was even offered to the trash
    assert result.moved == [] and len(result.skipped) == 1
    assert "trash could not take" in result.skipped[0][1]
    assert all(Path(p).exists() for p in paths)


def test_a_trash_refusing_midway_names_what_already_moved(photos, tmp_path, monkeypatch):
    catalog, paths = photos
    use_test_trash(tmp_path, monkeypatch)
    taken: list[str] = []

    def full_after_one(path: str) -> None:
        if taken:
            raise OSError(28, "No space left on device")
        taken.append(path)

    groups = [
        trash.TrashGroup(paths[0], remove=(_state(paths[1]), _state(paths[2]))),
        trash.TrashGroup(paths[0], remove=(trash.FileState(paths[0], 1, 1, None),)),
    ]
    result = trash.move_to_trash(groups, catalog, trash=full_after_one)
    assert result.moved == [paths[1]]
    assert len(result.skipped) == 2
    first, second = (why for _, why in result.skipped)
    assert "No space left" in first and f"already moved: {paths[1]}" in first
    assert "changed since" in second  # recorded size 1: not the file that was seen
    assert catalog.file_by_path(paths[1]) is None  # the catalog follows what really moved
    assert catalog.file_by_path(paths[2]) is not None
