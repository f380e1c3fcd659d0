"""The sidebar's subfolders: which ones hold photos, and how many."""

from __future__ import annotations

from pathlib import Path

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.ingest.scan import scan_folder
from mclip_desktop.core.subfolders import Subfolder, subfolder_counts
from tests.support import synthetic


def _photo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    synthetic.make_photo("red", "circle", width=64, height=48, seed=len(str(path))).save(path)


def test_subfolders_with_photos_are_counted_with_their_own_subfolders(tmp_path):
    root = tmp_path / "Photos"
    _photo(root / "top.jpg")
    _photo(root / "2023" / "a.jpg")
    _photo(root / "2023" / "trip" / "b.jpg")
    _photo(root / "2023" / "trip" / "c.jpg")
    _photo(root / "50%_off" / "d.jpg")  # LIKE would read % and _ as wildcards
    _photo(root / "50X_off" / "broken.jpg")
    (root / "notes").mkdir()
    (root / "notes" / "readme.txt").write_text("no photos here")
    catalog = Catalog(tmp_path / "catalog.db")
    try:
        folder = catalog.add_folder(str(root))
        scan_folder(catalog, folder)
        with catalog.transaction():  # a photo that could not be read is not shown
            catalog._db.execute(
                "UPDATE files SET status = 'failed' WHERE path = ?",
                (str(root / "50X_off" / "broken.jpg"),),
            )

        assert subfolder_counts(catalog, str(root)) == {
            str(root / "2023"): Subfolder(photos=3, nested=True),
            str(root / "50%_off"): Subfolder(photos=1, nested=False),
        }
        assert subfolder_counts(catalog, str(root / "2023")) == {
            str(root / "2023" / "trip"): Subfolder(photos=2, nested=False)
        }
        assert subfolder_counts(catalog, str(root / "2023" / "trip")) == {}
        # A sibling whose name starts with the folder's is not inside it.
        assert subfolder_counts(catalog, str(root / "50")) == {}
    finally:
        catalog.close()
