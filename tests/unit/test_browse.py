"""Browsing by date, excluded subfolders, trash, photo details and the power source: the
Qt-free pieces behind the library window."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PIL import Image

from mclip_desktop.core import browse, exclusions, power, trash
from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.details import photo_details
from mclip_desktop.core.ingest.scan import scan_folder
from tests.support import synthetic


def _photo(
    path: Path, mtime: float, taken: str | None = None, camera: tuple[str, str] | None = None
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = synthetic.make_photo("red", "circle", width=120, height=80, seed=len(str(path)))
    exif = Image.Exif()
    if taken:
        exif[0x0132] = taken
    if camera:
        exif[0x010F], exif[0x0110] = camera
    image.save(path, exif=exif)
    os.utime(path, (mtime, mtime))
    return path


def _epoch(text: str) -> float:
    return time.mktime(time.strptime(text, "%Y-%m-%d %H:%M"))


@pytest.fixture
def trash_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return use_test_trash(tmp_path, monkeypatch)


def use_test_trash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point send2trash's home trash (read at import) into the test's folder."""
    from send2trash import plat_other

    data = tmp_path / "xdg"
    data.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", os.fsencode(data))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", os.fsencode(data / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(data / "Trash"))
    return data / "Trash"


@pytest.fixture
def library(tmp_path: Path) -> tuple[Catalog, Path]:
    root = tmp_path / "Photos"
    _photo(root / "old.jpg", _epoch("2019-05-01 10:00"))
    _photo(root / "new.jpg", _epoch("2024-03-09 12:00"))
    # The camera's date wins over a newer file date (a copy made later).
    _photo(root / "exif.jpg", _epoch("2025-01-01 09:00"), taken="2021:07:04 18:30:00")
    _photo(root / "trip" / "beach.jpg", _epoch("2024-03-02 08:00"))
    _photo(root / "trip" / "hotel.jpg", _epoch("2023-11-20 21:00"))
    catalog = Catalog(tmp_path / "catalog.db")
    folder = catalog.add_folder(str(root))
    scan_folder(catalog, folder)
    # The indexer records taken_at when it reads a photo; here, as it would.
    with catalog.transaction():
        record = catalog.file_by_path(str(root / "exif.jpg"))
        assert record is not None
        catalog._db.execute(
            "UPDATE files SET taken_at = ? WHERE id = ?", ("2021:07:04 18:30:00", record.id)
        )
    yield catalog, root
    catalog.close()


def test_browse_lists_every_photo_newest_first_by_capture_date(library):
    catalog, root = library
    items = browse.browse(catalog)
    names = [Path(i.path).name for i in items]
    assert names == ["new.jpg", "beach.jpg", "hotel.jpg", "exif.jpg", "old.jpg"]
    assert items[3].date == "2021-07-04 18:30:00"
    assert items[0].date.startswith("2024-03-09")


def test_browse_within_a_folder_and_without_excluded_ones(library):
    catalog, root = library
    inside = browse.browse(catalog, str(root / "trip"))
    assert [Path(i.path).name for i in inside] == ["beach.jpg", "hotel.jpg"]
    # A folder whose name merely starts the same is not inside.
    assert browse.browse(catalog, str(root / "tri")) == []
    counts = browse.folder_counts(catalog, [str(root)])
    assert counts[str(root)] == (5, 5)


def test_an_excluded_subfolder_leaves_the_index_and_stays_out_after_a_rescan(library):
    catalog, root = library
    exclusions.exclude_folder(catalog, str(root / "trip"))
    assert exclusions.excluded_folders(catalog) == [str(root / "trip")]
    names = [Path(i.path).name for i in browse.browse(catalog)]
    assert "beach.jpg" not in names and "hotel.jpg" not in names and len(names) == 3
    scan_folder(catalog, catalog.folders()[0])
    assert len(browse.browse(catalog)) == 3
    exclusions.include_folder(catalog, str(root / "trip"))
    scan_folder(catalog, catalog.folders()[0])
    assert len(browse.browse(catalog)) == 5


def test_trash_moves_photos_to_the_desktop_trash_and_the_catalog_follows(library, trash_home):
    catalog, root = library
    result = trash.trash_photos(catalog, [str(root / "old.jpg"), str(root / "gone.jpg")])
    assert result.moved == [str(root / "old.jpg")]
    assert [p for p, _ in result.skipped] == [str(root / "gone.jpg")]
    assert not (root / "old.jpg").exists()
    trashed = list((trash_home / "files").iterdir())
    assert [p.name for p in trashed] == ["old.jpg"]  # restorable, not deleted
    assert "old.jpg" not in [Path(i.path).name for i in browse.browse(catalog)]


def test_photo_details_read_dimensions_date_and_camera(tmp_path):
    path = _photo(tmp_path / "a.jpg", _epoch("2022-02-02 10:00"), taken="2020:01:02 03:04:05",
                  camera=("Canon", "Canon EOS 5D"))  # fmt: skip
    details = photo_details(str(path))
    assert (details.width, details.height) == (120, 80)
    assert details.taken_at == "2020-01-02 03:04:05"
    assert details.camera == "Canon EOS 5D"
    assert details.size_bytes == path.stat().st_size
    plain = photo_details(str(_photo(tmp_path / "b.jpg", _epoch("2022-02-02 10:00"))))
    assert plain.camera is None and plain.taken_at is None
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really")
    assert photo_details(str(broken)).width is None


def _supply(root: Path, name: str, **values: str) -> None:
    (root / name).mkdir(parents=True)
    for key, value in values.items():
        (root / name / key).write_text(value + "\n")


def test_power_source_from_sysfs(tmp_path):
    assert power.on_battery(tmp_path / "missing") is None
    _supply(tmp_path, "AC", type="Mains", online="0")
    _supply(tmp_path, "BAT0", type="Battery", status="Discharging")
    assert power.on_battery(tmp_path) is True
    (tmp_path / "AC" / "online").write_text("1\n")
    assert power.on_battery(tmp_path) is False
    desktop = tmp_path / "desktop"
    _supply(desktop, "AC", type="Mains", online="1")
    assert power.on_battery(desktop) is None  # no battery: nothing to pause for
