"""The indexing pipeline's promises that no front end sees directly: a stop ends the batch
being embedded (its files stay pending, nothing of it is written), and what a run changed is
handed over by the library's change notifications."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from mclip_desktop.core import models
from mclip_desktop.core.ingest.changes import LibraryChanges
from mclip_desktop.core.ingest.pipeline import IndexSummary
from mclip_desktop.core.ingest.scan import ScanResult, scan
from mclip_desktop.core.library import Library, LibraryConfig
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = pytest.mark.usefixtures("models_loaded_once")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT)))
    try:
        yield lib
    finally:
        lib.close()


def write_photos(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        image = synthetic.make_photo(synthetic.COLOURS[i % 4], synthetic.SHAPES[i % 4], seed=i)
        (folder / f"{i:02d}.jpg").write_bytes(synthetic.encode_image(image, "jpg"))


class StoppingEncoder:
    """The real image encoder, which asks the indexer to stop while it embeds its first
    images (as the live indexer's stop() does from another thread)."""

    def __init__(self, real: models.ImageEncoder) -> None:
        self.real = real
        self.preprocessing = real.preprocessing
        self.images_embedded = 0
        self.indexer = None

    def encode(self, pixels: np.ndarray) -> np.ndarray:
        self.indexer.stop()
        self.images_embedded += len(pixels)
        return self.real.encode(pixels)


def test_a_stop_drops_the_batch_being_embedded_and_leaves_its_files_pending(library, tmp_path):
    write_photos(tmp_path / "photos", 16)
    folder = library.add_folder(tmp_path / "photos")
    scan(library.catalog, [folder])
    encoder = StoppingEncoder(library.image_encoder())
    indexer = library.indexer(batch_size=16, stop_budget=0.0, encode_slice=4)
    indexer._encoder_factory = lambda: encoder  # noqa: SLF001 - the encoder under test
    encoder.indexer = indexer
    summary = IndexSummary(scan=ScanResult())

    indexer.process_pending(summary)

    assert summary.stopped
    assert encoder.images_embedded < 16  # the rest of the batch was never embedded
    counts = library.catalog.counts(library.image_model_id)
    assert counts.indexed == 0 and counts.embeddings == 0 and counts.pending == 16

    indexer.resume()
    encoder.encode = encoder.real.encode  # type: ignore[method-assign]
    indexer.process_pending(IndexSummary(scan=ScanResult()))
    assert library.catalog.counts(library.image_model_id).indexed == 16


def test_an_index_run_hands_its_changes_to_the_librarys_subscribers(library, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 3)
    told: list[LibraryChanges] = []
    unsubscribe = library.subscribe(told.append)
    folder = library.add_folder(photos)
    library.index([folder])
    ids = {r.path: r.id for r in library.catalog.files_under(str(photos))}
    old, new = str(photos / "01.jpg"), str(photos / "album" / "01.jpg")
    assert len(told) == 1 and set(told[0].added) == set(ids.values()) and not told[0].removed

    (photos / "00.jpg").unlink()
    (photos / "album").mkdir()
    (photos / "01.jpg").rename(photos / "album" / "01.jpg")
    library.index([folder])
    assert len(told) == 2
    assert told[1] == LibraryChanges(
        removed=(ids[str(photos / "00.jpg")],),
        moved=((ids[old], old, new),),
    )

    unsubscribe()
    (photos / "02.jpg").unlink()
    library.index([folder])
    assert len(told) == 2
