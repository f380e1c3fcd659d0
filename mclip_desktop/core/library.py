"""The one place that wires the engine together: catalog, vector index, models, indexer, live
indexer and searcher for one data directory. The CLI and the GUI each make one ``Library``
and get every part from it.

Models load lazily: listing folders or printing status never loads them, and an index run
with nothing new never loads the image model. Which models are used, and which answer
searches during a switch, is decided in ``model_choice``; encoders and vector indexes are
kept per model, so a switch keeps the old ones searchable until the new vectors are complete.

What changes in the library is told to subscribers as a plain value (see ``subscribe``).
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
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
from mclip_desktop.core.messages import Message
from mclip_desktop.core.model_choice import ModelChoice, ModelPair
from mclip_desktop.core.models import ImageEncoder, TextEncoder
from mclip_desktop.core.models import ProgressCallback as DownloadCallback
from mclip_desktop.core.query import QueryRunner
from mclip_desktop.core.search import QueryTerm, Searcher, SearchResult
from mclip_desktop.core.vector_index import IndexSaveError, VectorIndex, model_key

log = logging.getLogger(__name__)


if TYPE_CHECKING:
    from mclip_desktop.core.albums import AlbumService
    from mclip_desktop.core.ingest.live import LiveIndexer


ChangesCallback = Callable[[LibraryChanges], None]


@dataclass
class LibraryConfig:
    """``image_model``/``text_model`` are explicit choices (a flag, the environment, a folder
    chosen in the app) and ``*_source`` says which; None means "the models this library was
    built with", or the defaults for a new library (see ``model_choice``)."""

    data_dir: Path
    image_model: str | None = None
    text_model: str | None = None
    image_source: str = "flag"
    text_source: str = "flag"

    @classmethod
    def from_options(
        cls,
        data_dir: str | None = None,
        image_model: str | None = None,
        text_model: str | None = None,
    ) -> LibraryConfig:
        image_env = os.environ.get(models.IMAGE_MODEL_ENV) or None
        text_env = os.environ.get(models.TEXT_MODEL_ENV) or None
        return cls(
            data_dir=paths.data_dir(data_dir),
            image_model=image_model or image_env,
            text_model=text_model or text_env,
            image_source="flag" if image_model else "env",
            text_source="flag" if text_model else "env",
        )


class Library:
    def __init__(
        self, config: LibraryConfig, download_progress: DownloadCallback | None = None
    ) -> None:
        self.config = config
        self.download_progress = download_progress
        self.catalog = Catalog(paths.catalog_path(config.data_dir))
        self._lock = threading.RLock()
        self._image_encoders: dict[str, ImageEncoder] = {}
        self._text_encoders: dict[str, TextEncoder] = {}
        self._indexes: dict[str, VectorIndex] = {}
        self._subscribers: list[ChangesCallback] = []
        # One album service per catalog connection (each thread has its own): its table of
        # vectors is caught up incrementally, so it is worth keeping between requests.
        self._album_services: weakref.WeakKeyDictionary[Catalog, AlbumService] = (
            weakref.WeakKeyDictionary()
        )
        self._choose_models()
        self.searcher = Searcher(self.catalog, self.search_index)

    def close(self) -> None:
        try:
            self.save_index()
        finally:
            self.catalog.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- models -------------------------------------------------------------------------

    def _choose_models(self) -> None:
        self.choice = ModelChoice.make(
            self.catalog,
            self.config.image_model,
            self.config.image_source,
            self.config.text_model,
            self.config.text_source,
        )

    @property
    def models(self) -> ModelPair:
        """The chosen pair: the one new vectors are made with."""
        return self.choice.chosen

    @property
    def remembered(self) -> ModelPair | None:
        """The pair the library was built with, if it was indexed yet."""
        return self.choice.remembered

    @property
    def image_source(self) -> str:
        return self.choice.sources["image"]

    @property
    def switching(self) -> bool:
        return self.choice.switching

    @property
    def image_model_id(self) -> str:
        """The model new vectors are made with."""
        return self.models.image_model_id

    def _searching_models(self, catalog: Catalog) -> ModelPair:
        return self.choice.searching(catalog)

    def searching_pair(self, catalog: Catalog | None = None) -> ModelPair:
        """The pair of models searches use now (the library's own during a switch)."""
        return self._searching_models(catalog or self.catalog)

    def searching_model_id(self, catalog: Catalog | None = None) -> str:
        """The image model whose vectors searches use now."""
        return self._searching_models(catalog or self.catalog).image_model_id

    def use_models(self, image: str | None = None, text: str | None = None) -> None:
        """Choose other models (the GUI's model folders): encoders, indexes and the search
        pair follow; an image model switch embeds the photos again on the next indexing."""
        with self._lock:
            if image is not None:
                self.config.image_model, self.config.image_source = image, "flag"
            if text is not None:
                self.config.text_model, self.config.text_source = text, "flag"
            self._image_encoders.clear()
            self._text_encoders.clear()
            try:
                self.save_index()
            except IndexSaveError as exc:
                # Derived data: an index not saved now is rebuilt from the catalog on open.
                log.warning("%s", exc)
            self._indexes.clear()
            self._choose_models()

    def begin_indexing(self) -> Message | None:
        """Called before photos are embedded. A new library remembers its models; a switch
        is announced (returned as a notice for the user)."""
        with self._lock:
            choice = self.choice
            if choice.remembered is None or not choice.remembered_in_use:
                choice.remember(self.catalog, choice.chosen)
                return None
            if choice.switching:
                return choice.switch_notice()
            if choice.remembered.text != choice.chosen.text:
                choice.remember(self.catalog, choice.chosen)  # a text model needs no new vectors
            return None

    def finish_indexing(self, catalog: Catalog | None = None) -> bool:
        """Called after an indexing pass. When every readable photo has a vector from the
        chosen image model, a switch completes: the library remembers the new models and
        forgets the old vectors. Returns whether a switch completed."""
        catalog = catalog or self.catalog
        with self._lock:
            choice = self.choice
            if not choice.switching or catalog.missing_vectors(choice.chosen.image_model_id):
                return False
            old = choice.remembered
            assert old is not None
            choice.remember(catalog, choice.chosen)
            catalog.delete_model_vectors(choice.chosen.image_model_id)
            stale = self._indexes.pop(old.image_model_id, None)
            self._image_encoders.pop(old.image, None)
            self._text_encoders.pop(old.text, None)
            path = paths.index_path(self.config.data_dir, model_key(old.image_model_id))
            if stale is not None:
                path = stale.path
            for leftover in (path, path.with_suffix(path.suffix + ".json")):
                leftover.unlink(missing_ok=True)
            return True

    def models_report(self, catalog: Catalog | None = None) -> dict[str, object]:
        """What ``status`` says about the models."""
        return self.choice.report(catalog or self.catalog)

    def image_encoder(self, name: str | None = None) -> ImageEncoder:
        """The chosen image model (or the one named), loaded on first use."""
        with self._lock:
            name = name or self.models.image
            encoder = self._image_encoders.get(name)
            if encoder is None:
                encoder = models.load_image_encoder(name, self.download_progress)
                self._image_encoders[name] = encoder
            return encoder

    def text_encoder(self, catalog: Catalog | None = None) -> TextEncoder:
        """The text model of the pair that searches, loaded on first use."""
        with self._lock:
            pair = self._searching_models(catalog or self.catalog)
            encoder = self._text_encoders.get(pair.text)
            if encoder is None:
                encoder = models.load_text_encoder(pair.text, self.download_progress)
                index_dim = self._known_dim(catalog or self.catalog, pair)
                if index_dim is not None and encoder.dim != index_dim:
                    raise ModelUnavailableError(
                        "model.wrong_dimension", text_model=pair.text,
                        text_dim=encoder.dim, image_dim=index_dim,
                        image_model=pair.image, role="text",
                    )  # fmt: skip
                self._text_encoders[pair.text] = encoder
            return encoder

    def _known_dim(self, catalog: Catalog, pair: ModelPair | None = None) -> int | None:
        pair = pair or self.models
        encoder = self._image_encoders.get(pair.image)
        if encoder is not None:
            return encoder.dim
        return catalog.vector_dim(pair.image_model_id)

    # -- index ---------------------------------------------------------------------------

    def vector_index(
        self, catalog: Catalog | None = None, model_id: str | None = None
    ) -> VectorIndex:
        """The vector index of the chosen image model (or of ``model_id``), opened and caught
        up with the catalog on first use. A thread other than the writer passes its own
        catalog connection."""
        with self._lock:
            model_id = model_id or self.models.image_model_id
            index = self._indexes.get(model_id)
            if index is None:
                catalog = catalog or self.catalog
                dim = catalog.vector_dim(model_id)
                if dim is None:
                    encoder = self._image_encoders.get(self.models.image)
                    if model_id != self.models.image_model_id or encoder is None:
                        encoder = self.image_encoder()
                    dim = encoder.dim
                path = paths.index_path(self.config.data_dir, model_key(model_id))
                index = VectorIndex(path, model_id, dim)
                index.open(catalog)
                self._indexes[model_id] = index
            return index

    def search_index(self, catalog: Catalog | None = None) -> VectorIndex:
        """The index of the pair that searches (the library's own during a switch)."""
        catalog = catalog or self.catalog
        return self.vector_index(catalog, self._searching_models(catalog).image_model_id)

    def connect(self) -> Catalog:
        """A separate catalog connection, for a thread other than the writer's: one that
        searches, or the GUI thread, which reads and adds folders through its own."""
        return Catalog(paths.catalog_path(self.config.data_dir))

    def reader(self) -> Catalog:
        """A separate catalog connection for a thread that only reads (searching)."""
        return self.connect()

    def searcher_for(self, catalog: Catalog) -> Searcher:
        return Searcher(catalog, lambda: self.search_index(catalog))

    def save_index(self) -> None:
        with self._lock:
            for index in self._indexes.values():
                if index.dirty:
                    index.save()

    # -- folders ------------------------------------------------------------------------

    def add_folder(self, path: str | os.PathLike[str], catalog: Catalog | None = None) -> Folder:
        """Watch a folder. A folder inside one already watched is covered by it; a folder
        that contains watched ones takes them over. A thread other than the writer passes
        its own catalog connection."""
        catalog = catalog or self.catalog
        resolved = folder_path(path)
        if not os.path.isdir(resolved):
            raise MclipError("folder.missing", path=resolved)
        for folder in catalog.folders():
            if is_inside(resolved, folder.path, or_same=True):
                return folder
        return catalog.add_folder(resolved, absorb_children=True)

    def remove_folder(self, path: str | os.PathLike[str]) -> Folder:
        resolved = folder_path(path)
        folder = self.catalog.folder_by_path(resolved)
        if folder is None:
            raise MclipError("folder.not_watched", path=resolved)
        gone = [v[0] for v in self.catalog.files_in_folder(folder.id).values()]
        self.catalog.remove_folder(folder.id)
        if gone:
            self.publish(LibraryChanges(removed=tuple(gone)))
        for model_id, purged in self.catalog.purge_unreferenced_embeddings().items():
            if model_id in self._indexes or self.catalog.vector_dim(model_id):
                self.vector_index(model_id=model_id).remove(purged)
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

    def image_model_loaded(self) -> bool:
        """Whether the chosen image model is loaded already."""
        return self.models.image in self._image_encoders

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

    def query_runner(self, catalog: Catalog | None = None) -> QueryRunner:
        """Runs SearchRequests with the pair that searches; a thread other than the writer
        passes its own catalog."""
        catalog = catalog or self.catalog
        pair = self._searching_models(catalog)

        def text_vectors(texts: list[str]) -> np.ndarray:
            return self.text_encoder(catalog).encode(texts)

        def image_vector(data: bytes) -> np.ndarray:
            encoder = self.image_encoder(pair.image)
            pixels = images.decode_photo(data, encoder.preprocessing).pixels
            return encoder.encode(pixels[np.newaxis])[0]

        return QueryRunner(
            catalog,
            lambda: self.search_index(catalog),
            pair.image_model_id,
            text_vectors,
            image_vector,
            download_folder=None,
            album_members=lambda album_id: self.album_service(catalog).member_ids(album_id),
        )

    def album_service(self, catalog: Catalog | None = None) -> AlbumService:
        """The albums as seen through ``catalog`` (this thread's connection)."""
        from mclip_desktop.core.albums import AlbumService

        catalog = catalog or self.catalog
        with self._lock:
            service = self._album_services.get(catalog)
            if service is None:
                service = self._album_services[catalog] = AlbumService(self, catalog)
        return service

    def search_text(
        self, text: str, limit: int, searcher: Searcher | None = None
    ) -> list[SearchResult]:
        if not text.strip():
            raise MclipError("query.empty_text")
        searcher = searcher or self.searcher
        if not self._has_photos(searcher.catalog):
            return []
        vector = self.text_encoder(searcher.catalog).encode([text])[0]
        return searcher.search([QueryTerm(vector)], limit)

    def image_query_vector(
        self, path: str | os.PathLike[str], catalog: Catalog | None = None
    ) -> np.ndarray:
        """The vector of an example image, from the pair that searches; a photo already
        indexed uses its stored vector."""
        catalog = catalog or self.catalog
        pair = self._searching_models(catalog)
        resolved = str(Path(path).expanduser().resolve())
        stored = catalog.vector_of_path(resolved, pair.image_model_id)
        if stored is not None:
            return stored
        images.check_query_image(path)  # a file that cannot be a photo loads no model
        encoder = self.image_encoder(pair.image)
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
        return catalog.vector_dim(self._searching_models(catalog).image_model_id) is not None
