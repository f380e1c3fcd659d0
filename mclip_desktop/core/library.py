"""The one place that wires the engine together: catalog, vector index, models, indexer, live
indexer and searcher for one data directory. The CLI and the GUI each make one ``Library``
and get every part from it.

Models load lazily: listing folders or printing status never loads them, and an index run
with nothing new never loads the image model.

What changes in the library is told to subscribers as a plain value (see ``subscribe``).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mclip_desktop.core import images, models, paths
from mclip_desktop.core.catalog import Catalog, Folder
from mclip_desktop.core.errors import MclipError, ModelUnavailableError
from mclip_desktop.core.ingest.changes import LibraryChanges
from mclip_desktop.core.ingest.pipeline import (
    Indexer,
    IndexSummary,
    ProgressCallback,
    folder_path,
)
from mclip_desktop.core.ingest.scan import is_inside
from mclip_desktop.core.search import QueryTerm, Searcher, SearchResult
from mclip_desktop.core.vector_index import VectorIndex, model_key

if TYPE_CHECKING:
    from mclip_desktop.core.ingest.live import LiveIndexer

log = logging.getLogger(__name__)

ChangesCallback = Callable[[LibraryChanges], None]


@dataclass
class LibraryConfig:
    data_dir: Path
    image_model: str
    text_model: str

    @classmethod
    def from_options(
        cls,
        data_dir: str | None = None,
        image_model: str | None = None,
        text_model: str | None = None,
    ) -> LibraryConfig:
        return cls(
            data_dir=paths.data_dir(data_dir),
            image_model=image_model or models.image_model_name(),
            text_model=text_model or models.text_model_name(),
        )


class Library:
    def __init__(
        self, config: LibraryConfig, download_progress: models.ProgressCallback | None = None
    ) -> None:
        self.config = config
        self.download_progress = download_progress
        self.catalog = Catalog(paths.catalog_path(config.data_dir))
        self.image_model_id = models.image_model_id(config.image_model)
        self._lock = threading.RLock()
        self._image_encoder: models.ImageEncoder | None = None
        self._text_encoder: models.TextEncoder | None = None
        self._index: VectorIndex | None = None
        self._subscribers: list[ChangesCallback] = []
        self.searcher = Searcher(self.catalog, self.vector_index)

    def close(self) -> None:
        try:
            if self._index is not None and self._index.dirty:
                self._index.save()
        finally:
            self.catalog.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- models -------------------------------------------------------------------------

    def image_encoder(self) -> models.ImageEncoder:
        with self._lock:
            if self._image_encoder is None:
                encoder = models.load_image_encoder(self.config.image_model, self.download_progress)
                self.image_model_id = encoder.model_id
                self._image_encoder = encoder
            return self._image_encoder

    def text_encoder(self, catalog: Catalog | None = None) -> models.TextEncoder:
        with self._lock:
            if self._text_encoder is None:
                encoder = models.load_text_encoder(self.config.text_model, self.download_progress)
                index_dim = self._known_dim(catalog or self.catalog)
                if index_dim is not None and encoder.dim != index_dim:
                    raise ModelUnavailableError(
                        f"The text model '{self.config.text_model}' makes {encoder.dim}-d vectors "
                        f"but the photos were indexed with {index_dim}-d vectors by "
                        f"'{self.config.image_model}'. Use a text model trained for that image model."
                    )
                self._text_encoder = encoder
            return self._text_encoder

    def _known_dim(self, catalog: Catalog) -> int | None:
        if self._image_encoder is not None:
            return self._image_encoder.dim
        return catalog.vector_dim(self.image_model_id)

    @property
    def models_loaded(self) -> bool:
        return self._text_encoder is not None

    # -- index --------------------------------------------------------------------------

    def vector_index(self, catalog: Catalog | None = None) -> VectorIndex:
        """The vector index, opened (and caught up with the catalog) on first use. A thread
        other than the writer passes its own catalog connection."""
        with self._lock:
            if self._index is None:
                catalog = catalog or self.catalog
                dim = self._known_dim(catalog)
                if dim is None:
                    dim = self.image_encoder().dim
                path = paths.index_path(self.config.data_dir, model_key(self.image_model_id))
                index = VectorIndex(path, self.image_model_id, dim)
                index.open(catalog)
                self._index = index
            return self._index

    def reader(self) -> Catalog:
        """A separate catalog connection, for a thread that only reads (searching)."""
        return Catalog(paths.catalog_path(self.config.data_dir))

    def searcher_for(self, catalog: Catalog) -> Searcher:
        return Searcher(catalog, lambda: self.vector_index(catalog))

    def save_index(self) -> None:
        with self._lock:
            if self._index is not None and self._index.dirty:
                self._index.save()

    # -- folders ------------------------------------------------------------------------

    def add_folder(self, path: str | os.PathLike[str], catalog: Catalog | None = None) -> Folder:
        """Watch a folder. A folder inside one already watched is covered by it; a folder
        that contains watched ones takes them over. A thread other than the writer passes
        its own catalog connection."""
        catalog = catalog or self.catalog
        resolved = folder_path(path)
        if not os.path.isdir(resolved):
            raise MclipError(f"The folder {resolved} does not exist or is not a folder.")
        for folder in catalog.folders():
            if is_inside(resolved, folder.path, or_same=True):
                return folder
        return catalog.add_folder(resolved, absorb_children=True)

    def remove_folder(self, path: str | os.PathLike[str]) -> Folder:
        resolved = folder_path(path)
        folder = self.catalog.folder_by_path(resolved)
        if folder is None:
            raise MclipError(
                f"{resolved} is not a watched folder. 'mclip-desktop folders list' shows them."
            )
        gone = [v[0] for v in self.catalog.files_in_folder(folder.id).values()]
        self.catalog.remove_folder(folder.id)
        if gone:
            self.publish(LibraryChanges(removed=tuple(gone)))
        purged = self.catalog.purge_unreferenced_embeddings().get(self.image_model_id, [])
        if purged and (self._index is not None or self.catalog.vector_dim(self.image_model_id)):
            self.vector_index().remove(purged)
            self.save_index()
        return folder

    # -- indexing and searching ---------------------------------------------------------

    def indexer(self, **options: object) -> Indexer:
        return Indexer(
            self.catalog,
            self.vector_index,
            self.image_encoder,
            self.image_model_id,
            **options,  # type: ignore[arg-type]
        )

    def index(
        self,
        folders: list[Folder] | None = None,
        progress: ProgressCallback | None = None,
        **options: Any,
    ) -> IndexSummary:
        """Bring ``folders`` (default: all) up to date once, and tell subscribers what
        changed."""
        indexer = self.indexer(**options)
        try:
            return indexer.run(folders, progress)
        finally:
            self.publish(indexer.changes.take())

    def live_indexer(
        self,
        *,
        batch_size: int = 16,
        read: Callable[[str], bytes] = images.read_file,
        **options: Any,
    ) -> LiveIndexer:
        """The live indexer of this library, with its own pipeline (``batch_size`` and
        ``read`` go to the pipeline, other options to ``LiveIndexer``). What it changes is
        told to this library's subscribers. Once started, only its thread may use
        ``catalog``."""
        from mclip_desktop.core.ingest.live import LiveIndexer

        pipeline = self.indexer(batch_size=batch_size, read=read, encode_slice=8)
        return LiveIndexer(self, pipeline, **options)

    # -- change notifications -----------------------------------------------------------

    def subscribe(self, callback: ChangesCallback) -> Callable[[], None]:
        """Call ``callback(changes)`` with a ``LibraryChanges`` (file ids added, updated,
        removed, and moves as ``(id, old path, new path)``) each time the library changes:
        after each indexed batch, each applied burst of file events, each scan that found
        moves or removals, and when a folder stops being watched. It runs on the thread that
        made the change (the live indexer's, usually), so it must be quick and hand the
        value over to its own thread; it must not write through ``catalog``. An exception in
        it is logged and does not reach the indexer. Returns a function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, changes: LibraryChanges) -> None:
        """Tell every subscriber about ``changes`` (nothing if they are empty)."""
        if not changes:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(changes)
            except Exception:  # noqa: BLE001 - a subscriber must not stop indexing
                log.exception("A library change subscriber failed")

    def search_text(
        self, text: str, limit: int, searcher: Searcher | None = None
    ) -> list[SearchResult]:
        if not text.strip():
            raise MclipError("The search text is empty.")
        searcher = searcher or self.searcher
        if not self._has_photos(searcher.catalog):
            return []
        vector = self.text_encoder(searcher.catalog).encode([text])[0]
        return searcher.search([QueryTerm(vector)], limit)

    def image_query_vector(self, path: str | os.PathLike[str], catalog: Catalog | None = None) -> np.ndarray:
        """The vector of an example image; a photo already indexed uses its stored vector."""
        resolved = str(Path(path).expanduser().resolve())
        stored = (catalog or self.catalog).vector_of_path(resolved, self.image_model_id)
        if stored is not None:
            return stored
        encoder = self.image_encoder()
        pixels = images.load_query_image(resolved, encoder.preprocessing)
        return encoder.encode(pixels[np.newaxis])[0]

    def search_image(
        self, path: str | os.PathLike[str], limit: int, searcher: Searcher | None = None
    ) -> list[SearchResult]:
        searcher = searcher or self.searcher
        vector = self.image_query_vector(path, searcher.catalog)
        if not self._has_photos(searcher.catalog):
            return []
        return searcher.search([QueryTerm(vector)], limit)

    def _has_photos(self, catalog: Catalog) -> bool:
        return catalog.vector_dim(self.image_model_id) is not None
