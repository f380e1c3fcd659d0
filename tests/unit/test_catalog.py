import sqlite3

import numpy as np
import pytest

from mclip_desktop.core.catalog import SCHEMA_VERSION, Catalog
from mclip_desktop.core.errors import CatalogError


def test_new_catalog_has_current_schema_and_counts_nothing(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        assert catalog.schema_version == SCHEMA_VERSION
        counts = catalog.counts("m")
        assert (counts.indexed, counts.pending, counts.failed, counts.embeddings) == (0, 0, 0, 0)


def test_catalog_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(CatalogError, match="newer version"):
        Catalog(path)
    assert path.read_bytes() == before


def test_file_counts_as_indexed_only_with_a_vector_for_the_model_in_use(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        folder = catalog.add_folder(str(tmp_path))
        with catalog.transaction():
            catalog.upsert_pending(folder.id, str(tmp_path / "a.jpg"), 10, 1)
            catalog.upsert_pending(folder.id, str(tmp_path / "b.jpg"), 10, 1)
        a, b = (catalog.file_by_path(str(tmp_path / n)) for n in ("a.jpg", "b.jpg"))
        with catalog.transaction():
            catalog.mark_ok(a.id, 10, 1, "fp-a", 4, 3, None)
            catalog.add_embedding("fp-a", "model-1", np.ones(4, np.float32))
            catalog.mark_failed(b.id, 10, 1, "the file is truncated or damaged")
        assert catalog.counts("model-1").indexed == 1
        assert catalog.counts("model-1").failed == 1
        # Another model has no vector for a.jpg yet, so a.jpg is work again for it.
        assert [r.path for r in catalog.work_items("model-2")] == [str(tmp_path / "a.jpg")]
        assert catalog.work_items("model-1") == []
        assert catalog.failures() == [(str(tmp_path / "b.jpg"), "the file is truncated or damaged")]


def test_embedding_ids_are_never_reused(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        with catalog.transaction():
            first = catalog.add_embedding("fp", "m", np.ones(4, np.float32))
        assert catalog.purge_unreferenced_embeddings() == {"m": [first]}
        with catalog.transaction():
            second = catalog.add_embedding("fp", "m", np.ones(4, np.float32))
        assert second > first


def test_adding_a_parent_folder_takes_over_its_children(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        child = catalog.add_folder(str(tmp_path / "a" / "b"))
        with catalog.transaction():
            catalog.upsert_pending(child.id, str(tmp_path / "a" / "b" / "x.jpg"), 1, 1)
        parent = catalog.add_folder(str(tmp_path / "a"), absorb_children=True)
        assert [f.path for f in catalog.folders()] == [str(tmp_path / "a")]
        assert catalog.file_by_path(str(tmp_path / "a" / "b" / "x.jpg")).folder_id == parent.id
