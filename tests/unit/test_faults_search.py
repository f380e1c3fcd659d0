"""Searching while the index changes: several threads searching during indexing, k larger
than the collection, and a collection that lost most of its photos. Results are checked
against brute force over the catalog's vectors, never against what the model "should" find."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.search import QueryTerm, SearchResult
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

PHOTOS = 64
SEARCHERS = 3


# Each test builds a Library: load each tiny model once per module, not per call.
pytestmark = pytest.mark.usefixtures("models_loaded_once")


def write_photos(folder: Path) -> set[str]:
    folder.mkdir(parents=True)
    for i in range(PHOTOS):
        colour, shape = synthetic.COLOURS[i % 4], synthetic.SHAPES[(i // 4) % 4]
        synthetic.make_photo(colour, shape, width=96, height=96, seed=i).save(
            folder / f"p{i:03d}.jpg", quality=90
        )
    return {str(folder / f"p{i:03d}.jpg") for i in range(PHOTOS)}


def brute_force(library: Library, query: np.ndarray, k: int) -> list[tuple[str, float]]:
    catalog = library.catalog
    ids, vectors = next(catalog.iter_vectors(library.image_model_id, chunk=100_000))
    scores = vectors @ query / np.linalg.norm(vectors, axis=1) / np.linalg.norm(query)
    paths = catalog.paths_for_embeddings(ids.tolist())
    ranked = sorted(
        (
            (p, float(s))
            for i, s in zip(ids.tolist(), scores, strict=True)
            for p in paths.get(i, [])
        ),
        key=lambda r: -r[1],
    )
    return ranked[:k]


def assert_well_formed(results: list[SearchResult], k: int, allowed: set[str]) -> None:
    assert len(results) <= k
    paths = [r.path for r in results]
    assert len(set(paths)) == len(paths), "a photo appears twice"
    assert set(paths) <= allowed
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(-1.0001 <= s <= 1.0001 for s in scores)


def test_searches_from_several_threads_during_indexing_are_always_sound(tmp_path):
    allowed = write_photos(tmp_path / "photos")
    rng = np.random.default_rng(0)
    with Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))) as library:
        dim = library.image_encoder().dim
        queries = [q / np.linalg.norm(q) for q in rng.normal(size=(8, dim)).astype(np.float32)]
        folder = library.add_folder(tmp_path / "photos")
        errors: list[BaseException] = []
        done = threading.Event()
        turn = threading.Condition()
        rounds = [0] * SEARCHERS
        batches_seen: list[int] = []

        def search_loop(n: int) -> None:
            reader = library.reader()
            searcher = library.searcher_for(reader)
            try:
                while True:
                    finished = done.is_set()
                    for j, query in enumerate(queries):
                        k = (1, 5, 1000)[(j + n) % 3]
                        assert_well_formed(searcher.search([QueryTerm(query)], k), k, allowed)
                    with turn:
                        rounds[n] += 1
                        turn.notify_all()
                    if finished:
                        return
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                errors.append(exc)
                with turn:
                    rounds[n] = 10**9
                    turn.notify_all()
            finally:
                reader.close()

        def after_each_batch(progress: object) -> None:
            # Let every searcher complete a round against this state before the next batch:
            # searches and index additions interleave for certain, without sleeping.
            with turn:
                target = [r + 1 for r in rounds]
                turn.wait_for(lambda: all(r >= t for r, t in zip(rounds, target, strict=True)), 60)
            batches_seen.append(progress.done)  # type: ignore[attr-defined]

        threads = [threading.Thread(target=search_loop, args=(n,)) for n in range(SEARCHERS)]
        for thread in threads:
            thread.start()
        try:
            summary = library.indexer(batch_size=8).run([folder], progress=after_each_batch)
        finally:
            done.set()
            for thread in threads:
                thread.join(60)
        assert not errors, errors[0]
        assert summary.embedded == PHOTOS
        assert len(batches_seen) >= PHOTOS // 8  # searches ran between all these batches

        # k larger than the collection: every photo, ranked exactly as brute force ranks them.
        for query in queries[:3]:
            results = library.searcher.search([QueryTerm(query)], 1000)
            expected = brute_force(library, query, 1000)
            assert [r.path for r in results] == [p for p, _ in expected]
            assert np.allclose([r.score for r in results], [s for _, s in expected], atol=1e-4)


def test_searching_after_most_photos_were_deleted(tmp_path):
    allowed = write_photos(tmp_path / "photos")
    with Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))) as library:
        folder = library.add_folder(tmp_path / "photos")
        library.indexer().run([folder])
        kept = sorted(allowed)[::16]  # 4 of 64 photos stay
        deleted = sorted(set(allowed) - set(kept))
        vectors_of_deleted = [
            library.catalog.vector_of_path(p, library.image_model_id) for p in deleted[:5]
        ]
        for path in deleted:
            Path(path).unlink()
        summary = library.indexer().run([folder])
        assert summary.scan.removed == len(deleted)
        assert library.vector_index().live_count == len(kept)
        for query in vectors_of_deleted:
            for k in (1, 3, 4, 10, 1000):
                results = library.searcher.search([QueryTerm(query)], k)
                assert [r.path for r in results] == [p for p, _ in brute_force(library, query, k)]
                assert len(results) == min(k, len(kept))
    # And after a restart, from the saved index.
    with Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))) as library:
        results = library.searcher.search([QueryTerm(vectors_of_deleted[0])], 50)
        assert sorted(r.path for r in results) == kept


def test_empty_library_and_k_of_zero_answer_nothing_without_errors(tmp_path):
    (tmp_path / "photos").mkdir()
    with Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))) as library:
        library.indexer().run([library.add_folder(tmp_path / "photos")])
        query = np.ones(library.image_encoder().dim, np.float32)
        assert library.searcher.search([QueryTerm(query)], 10) == []
        assert library.searcher.search([QueryTerm(query)], 0) == []
        assert library.search_text("a red circle", 5) == []
