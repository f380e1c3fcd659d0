"""The one place that wires the engine together: catalog, vector index, models, indexer and
searcher for one data directory. The CLI and the GUI each make one ``Library`` and pass its
parts to whatever needs them.

Models load lazily: listing folders or printing status never loads them, and an index run
with nothing new never loads the image model.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mclip_desktop.core import images, models, paths
from mclip_desktop.core.catalog import Catalog, Folder
from mclip_desktop.core.errors import MclipError, ModelUnavailableError
from mclip_desktop.core.indexer import Indexer, folder_path
from mclip_desktop.core.query import QueryRunner
from mclip_desktop.core.search import QueryTerm, Searcher, SearchResult
from mclip_desktop.core.vector_index import VectorIndex, model_key


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
            if resolved == folder.path or resolved.startswith(folder.path.rstrip(os.sep) + os.sep):
                return folder
        return catalog.add_folder(resolved, absorb_children=True)

    def remove_folder(self, path: str | os.PathLike[str]) -> Folder:
        resolved = folder_path(path)
        folder = self.catalog.folder_by_path(resolved)
        if folder is None:
            raise MclipError(
                f"{resolved} is not a watched folder. 'mclip-desktop folders list' shows them."
            )
        self.catalog.remove_folder(folder.id)
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

    def query_runner(self, catalog: Catalog | None = None) -> QueryRunner:
        """Runs SearchRequests; a thread other than the writer passes its own catalog."""
        catalog = catalog or self.catalog

        def text_vectors(texts: list[str]) -> np.ndarray:
            return self.text_encoder(catalog).encode(texts)

        def image_vector(data: bytes) -> np.ndarray:
            encoder = self.image_encoder()
            pixels = images.decode_photo(data, encoder.preprocessing).pixels
            return encoder.encode(pixels[np.newaxis])[0]

        return QueryRunner(
            catalog,
            lambda: self.vector_index(catalog),
            self.image_model_id,
            text_vectors,
            image_vector,
            download_folder=None,
        )

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
