"""The GUI's side of the engine: the library, its live indexer and searches, with every core
callback turned into a Qt signal (delivered on the GUI thread by queued connection)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mclip_desktop.core import models
from mclip_desktop.core.catalog import Catalog, Counts, Folder
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.indexer import IndexProgress
from mclip_desktop.core.library import Library
from mclip_desktop.core.query import SearchRequest, SearchResults, Term
from mclip_desktop.core.query.run import FIRST_SCREEN
from mclip_desktop.core.search import SearchResult
from mclip_desktop.core.watcher import LiveIndexer, LiveState
from mclip_desktop.gui.tasks import TaskRunner

RESULT_LIMIT = 500


class DownloadCancelled(Exception):
    pass


class Engine(QObject):
    models_ready = Signal()
    models_failed = Signal(str)
    download_progressed = Signal(str, int, int)  # model, done bytes, total bytes
    indexing_progressed = Signal(int, int, float)  # done, total, photos per second
    results_changed = Signal()
    notice_posted = Signal(str)
    phase_changed = Signal(str)
    counts_changed = Signal(object)  # Counts

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        library.download_progress = self._on_download_progress
        self._cancel_download = False
        self._loader = TaskRunner(threads=1, parent=self)
        self._searches = TaskRunner(threads=1, latest_only=True, parent=self)
        self._misc = TaskRunner(threads=1, parent=self)
        self._reader: Catalog | None = None
        self._search_reader: Catalog | None = None
        self._misc_reader: Catalog | None = None
        self._live: LiveIndexer | None = None
        self._models_ok = False
        self._shut_down = False

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        self.load_models()
        self._start_live()

    def _start_live(self) -> None:
        if self._live is not None or not self.library.catalog.folders():
            return
        self._live = LiveIndexer(
            self.library,
            on_progress=self._on_index_progress,
            on_results_changed=self.results_changed.emit,
            on_notice=self.notice_posted.emit,
            on_state=self._on_live_state,
        )
        self._live.start()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self._cancel_download = True
        if self._live is not None:
            self._live.stop()
            self._live = None
        for runner in (self._searches, self._misc, self._loader):
            runner.wait(10_000)
        for reader in (self._reader, self._search_reader, self._misc_reader):
            if reader is not None:
                reader.close()
        self._reader = self._search_reader = self._misc_reader = None
        self.library.close()

    # -- models -------------------------------------------------------------------------

    @property
    def models_ok(self) -> bool:
        return self._models_ok

    def load_models(self) -> None:
        """Load the text model (and check the image model is there) in the background."""
        self._cancel_download = False

        def work() -> None:
            self.library.text_encoder(self._reader_catalog())
            models.resolve_model(
                self.library.config.image_model, flag="--image-model", progress=self._on_download_progress
            )

        self._loader.submit(work, self._on_models_loaded, self._on_models_error)

    def cancel_download(self) -> None:
        self._cancel_download = True

    def use_model_folder(self, kind: str, folder: str) -> None:
        if kind == "image":
            self.library.config.image_model = folder
            self.library.image_model_id = models.image_model_id(folder)
        else:
            self.library.config.text_model = folder
        self.load_models()

    def _on_models_loaded(self, _: object) -> None:
        self._models_ok = True
        self.models_ready.emit()

    def _on_models_error(self, error: BaseException) -> None:
        if isinstance(error, DownloadCancelled) or (
            error.__cause__ is not None and isinstance(error.__cause__, DownloadCancelled)
        ):
            self.models_failed.emit(self.tr("The model download was cancelled."))
        elif isinstance(error, MclipError):
            self.models_failed.emit(str(error))
        else:
            self.models_failed.emit(self.tr("The models could not be loaded: {0}").format(error))

    def _on_download_progress(self, progress: models.DownloadProgress) -> None:
        if self._cancel_download:
            raise DownloadCancelled()
        self.download_progressed.emit(progress.model, progress.done_bytes, progress.total_bytes)

    # -- indexing -----------------------------------------------------------------------

    def _on_index_progress(self, progress: IndexProgress) -> None:
        rate = progress.done / progress.elapsed if progress.elapsed > 0.5 else 0.0
        self.indexing_progressed.emit(progress.done, progress.total, rate)

    def _on_live_state(self, state: LiveState) -> None:
        self.phase_changed.emit(state.phase)

    def pause(self) -> None:
        if self._live is not None:
            self._live.pause()

    def resume(self) -> None:
        if self._live is not None:
            self._live.resume()

    @property
    def paused(self) -> bool:
        return self._live is not None and self._live.paused

    def wait_idle(self, timeout: float) -> bool:
        return self._live is None or self._live.wait_idle(timeout)

    # -- folders ------------------------------------------------------------------------

    def folders(self) -> list[Folder]:
        return self._reader_catalog().folders()

    def add_folder(self, path: str) -> Folder:
        # The GUI thread's own connection: the writer's belongs to the live indexer's thread.
        folder = self.library.add_folder(path, self._reader_catalog())
        if self._live is None:
            self._start_live()
        else:
            self._live.request_rescan()
        self.results_changed.emit()
        return folder

    def remove_folder(self, path: str) -> None:
        # The live indexer must not write while the folder's files go.
        if self._live is not None:
            self._live.stop()
            self._live = None
        self.library.remove_folder(path)
        self._start_live()
        self.results_changed.emit()

    def counts(self) -> Counts:
        return self._reader_catalog().counts(self.library.image_model_id)

    def refresh_counts(self) -> None:
        """Count off the GUI thread (a large catalog takes a while); counts_changed follows."""

        def work() -> Counts:
            if self._misc_reader is None:
                self._misc_reader = self.library.reader()
            return self._misc_reader.counts(self.library.image_model_id)

        self._misc.submit(work, self.counts_changed.emit, lambda error: None)

    def failures(self) -> list[tuple[str, str]]:
        return self._reader_catalog().failures()

    # -- searching ----------------------------------------------------------------------

    def _reader_catalog(self) -> Catalog:
        if self._reader is None:
            self._reader = self.library.reader()
        return self._reader

    def search(
        self,
        text: str,
        image: str | None,
        on_done: Callable[[list[SearchResult], float], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Search by text and/or example image; only the newest request's answer arrives."""

        def work() -> tuple[list[SearchResult], float]:
            started = time.perf_counter()
            reader = self._search_catalog()
            terms: list[Term] = []
            if image:
                terms.append(Term.image(image))
            if text.strip():
                terms.append(Term.text(text))
            if not terms or reader.vector_dim(self.library.image_model_id) is None:
                return [], time.perf_counter() - started
            # Through the one request runner, as the command line does: the example image
            # and its exact copies are left out of their own results.
            found = self.library.query_runner(reader).run(
                SearchRequest(terms=tuple(terms), limit=RESULT_LIMIT)
            )
            results = [SearchResult(r.path, r.score or 0.0) for r in found.items()]
            return results, time.perf_counter() - started

        self._searches.submit(work, lambda r: on_done(*r), on_error)

    def run_request(
        self,
        request: SearchRequest,
        on_done: Callable[[SearchResults, float], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run any request (terms, filters, order, browsing) on the search thread; only the
        newest request's answer arrives. Paths of the first screen are looked up there too,
        so that showing them costs the GUI thread nothing."""

        def work() -> tuple[SearchResults, float]:
            started = time.perf_counter()
            results = self.library.query_runner(self._search_catalog()).run(request)
            results.items(0, FIRST_SCREEN)
            return results, time.perf_counter() - started

        self._searches.submit(work, lambda r: on_done(*r), on_error)

    def _search_catalog(self) -> Catalog:
        # Only the search thread uses this connection.
        if self._search_reader is None:
            self._search_reader = self.library.reader()
        return self._search_reader

    def run_in_background(
        self, work: Callable[[], object], on_done: Callable[[object], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self._misc.submit(work, on_done, on_error)


def model_label(name: str) -> str:
    return Path(name).name if ("/" in name and Path(name).exists()) else name
