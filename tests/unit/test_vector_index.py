import numpy as np
import pytest

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.vector_index import VectorIndex

DIM = 16


@pytest.fixture
def catalog(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        rng = np.random.default_rng(0)
        with catalog.transaction():
            for i in range(300):
                catalog.add_embedding(f"fp{i}", "m", rng.normal(size=DIM).astype(np.float32))
        yield catalog


def exact_top(catalog, query, k):
    ids, vectors = next(catalog.iter_vectors("m", chunk=10_000))
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = vectors @ (query / np.linalg.norm(query))
    return ids[np.argsort(-scores)[:k]].tolist()


def test_index_is_built_from_the_catalog_and_answers_exactly(tmp_path, catalog):
    index = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    report = index.open(catalog)
    assert report.rebuilt and report.reason == "no saved index"
    query = np.random.default_rng(1).normal(size=DIM).astype(np.float32)
    labels, scores = index.query(query, 10)
    assert labels.tolist() == exact_top(catalog, query, 10)
    assert all(scores[i] >= scores[i + 1] for i in range(9))


def test_saved_index_loads_and_catches_up_with_the_catalog(tmp_path, catalog):
    index = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    index.open(catalog)
    index.save()
    with catalog.transaction():
        new_id = catalog.add_embedding("late", "m", np.ones(DIM, np.float32))
    reopened = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    report = reopened.open(catalog)
    assert report.loaded and report.added == 1
    assert reopened.query(np.ones(DIM, np.float32), 1)[0].tolist() == [new_id]


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(b"\0" * len(p.read_bytes())),
        lambda p: p.write_bytes(b"not an index at all"),
    ],
    ids=["truncated", "zeroed", "foreign"],
)
def test_damaged_index_file_is_rebuilt_not_trusted(tmp_path, catalog, damage):
    index = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    index.open(catalog)
    index.save()
    damage(tmp_path / "i.hnsw")
    reopened = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    report = reopened.open(catalog)
    assert report.rebuilt
    query = np.random.default_rng(2).normal(size=DIM).astype(np.float32)
    assert reopened.query(query, 5)[0].tolist() == exact_top(catalog, query, 5)


def test_index_of_another_dimension_is_rebuilt(tmp_path, catalog):
    other = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    other.open(catalog)
    other.save()
    sidecar = tmp_path / "i.hnsw.json"
    sidecar.write_text(sidecar.read_text().replace(f'"dim": {DIM}', '"dim": 8'))
    report = VectorIndex(tmp_path / "i.hnsw", "m", DIM).open(catalog)
    assert report.rebuilt and "dim" in report.reason


def test_k_larger_than_collection_and_removed_vectors(tmp_path, catalog):
    index = VectorIndex(tmp_path / "i.hnsw", "m", DIM)
    index.open(catalog)
    removed = list(range(1, 291))
    index.remove(removed)
    labels, _ = index.query(np.ones(DIM, np.float32), 1000)
    assert sorted(labels.tolist()) == list(range(291, 301))
