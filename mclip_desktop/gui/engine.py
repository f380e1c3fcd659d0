"""The GUI's side of the engine: the library, its live indexer and searches, with every core
callback turned into a Qt signal (delivered on the GUI thread by queued connection)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mclip_desktop.core import background, browse, exclusions, models, trash
from mclip_desktop.core.catalog import Catalog, Counts, Folder
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.ingest.changes import LibraryChanges
from mclip_desktop.core.ingest.live import LiveIndexer, LiveState
from mclip_desktop.core.ingest.pipeline import IndexProgress
from mclip_desktop.core.library import Library
from mclip_desktop.core.messages import Message
from mclip_desktop.core.query import ResultItem, SearchRequest, SearchResults
from mclip_desktop.core.query.run import FIRST_SCREEN
from mclip_desktop.core.subfolders import Subfolder
from mclip_desktop.core.subfolders import subfolder_counts as count_subfolders
from mclip_desktop.gui import memory
from mclip_desktop.gui.tasks import TaskRunner
from mclip_desktop.gui.wording import gui_text

log = logging.getLogger(__name__)

# Loading the text model yields to a user who is scrolling: each of its steps (importing
# torch, transformers and sentence-transformers, then building the model) starts only once
# the grid has been still this long, or at once when a search waits for the model. They run
# Python on another thread, and a scrolling grid shares the interpreter with it; building
# the model includes single calls that hold it 50-200 ms (transformers parsing the
# tokenizer's 3 MB of JSON, twice), each a visible jerk. The live indexer's first load of
# the image model waits the same way (but not for a search: a query by example loads it on
# the search thread at once).
QUIET_BEFORE_LOADING_S = 0.5
# The loader's thread runs below the window (Linux: its own nice value), as thumbnails do:
# on two cores the window, the loader and a thumbnail decoder otherwise share them evenly.
LOADER_NICENESS = 5


@dataclass(frozen=True)
class Shown:
    """A request's answer as the window shows it: the results (every photo matching the
    filters, when browsing) and the weaker matches just below the cutoff."""

    request: SearchRequest
    items: list[ResultItem]  # a search's results (empty when browsing)
    weaker: list[ResultItem]
    seconds: float
    # Browsing: the photos' paths and ISO capture dates ("" when unknown), in order. Columns,
    # not an object per photo: a whole library's browse arrives on the GUI thread.
    paths: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


class DownloadCancelled(Exception):
    pass


@dataclass(frozen=True)
class ModelProblem:
    """Why one of the two models is not available, worded for the window."""

    role: str  # "image" or "text"
    model: str  # the name or folder the library was given
    text: str


class _ModelsUnavailable(Exception):
    def __init__(self, problems: list[tuple[str, BaseException]]) -> None:
        super().__init__(problems)
        self.problems = problems


class Engine(QObject):
    models_ready = Signal()
    models_failed = Signal(list)  # list[ModelProblem], every model that is not available
    download_progressed = Signal(str, int, int)  # model, done bytes, total bytes
    indexing_progressed = Signal(int, int, float)  # done, total, photos per second
    results_changed = Signal()
    library_changed = Signal(object)  # LibraryChanges: what the library's change said
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
        # The GUI thread's own connection: it reads (folders, counts, failures) and makes the
        # GUI's few writes (adding a folder); the library's main connection belongs to the
        # live indexer's thread, and searches and counts in the background have their own.
        self._gui_connection: Catalog | None = None
        self._search_reader: Catalog | None = None
        self._misc_reader: Catalog | None = None
        self._live: LiveIndexer | None = None
        self._models_ok = False
        self._load_generation = 0
        self._active_at = float("-inf")  # when the user last moved the window's contents
        self._models_wanted = threading.Event()  # a search waits: load without waiting
        self._shut_down = False
        self._started = False
        self._unsubscribe = library.subscribe(self._on_library_changes)
        # Searches from the command line are answered by the app while it runs.
        from mclip_desktop.cli import serve_search

        self._service = serve_search(library, lambda: self._models_ok)

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        if self._shut_down or self._started:
            return
        self._started = True
        # Watching (with the rescan of every folder at launch) starts once the models have
        # loaded: both are heavy Python work that would otherwise share the CPU and the
        # interpreter with the window and each other (``_after_models``).
        self.load_models()
        self._service.start()

    def _start_live(self) -> None:
        if self._live is not None or not self.library.catalog.folders():
            return
        self._live = self.library.live_indexer(
            may_load_model=self._is_still,
            on_progress=self._on_index_progress,
            on_notice=self._on_live_notice,
            on_state=self._on_live_state,
        )
        self._live.start()

    def _on_library_changes(self, changes: LibraryChanges) -> None:
        # On the live indexer's thread: the signals reach the GUI thread queued.
        self.library_changed.emit(changes)
        self.results_changed.emit()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self._cancel_download = True
        self._models_wanted.set()
        self._service.stop()
        if self._live is not None:
            self._live.stop()
            self._live = None
        self._unsubscribe()
        for runner in (self._searches, self._misc, self._loader):
            runner.wait(10_000)
        for reader in (self._gui_connection, self._search_reader, self._misc_reader):
            if reader is not None:
                reader.close()
        self._gui_connection = self._search_reader = self._misc_reader = None
        self.library.close()

    # -- models -------------------------------------------------------------------------

    @property
    def models_ok(self) -> bool:
        return self._models_ok

    def load_models(self) -> None:
        """Load the text model and check the image model is there, in the background. Both
        are tried, so that models_failed names every model that is missing at once."""
        self._cancel_download = False
        # A load started before a model switch reports on models no longer in use.
        self._load_generation += 1
        generation = self._load_generation

        def done(result: object) -> None:
            if generation == self._load_generation:
                self._on_models_loaded(result)

        def failed(error: BaseException) -> None:
            if generation == self._load_generation:
                self._on_models_error(error)

        def work() -> None:
            problems: list[tuple[str, BaseException]] = []
            background.lower_thread_priority(LOADER_NICENESS)
            models.import_model_libraries(between=self._wait_until_still)
            self._wait_until_still()
            try:
                with self.library.connect() as catalog:  # this thread's own, for the loader
                    self.library.text_encoder(catalog)
            except (MclipError, DownloadCancelled) as exc:
                problems.append(("text", exc))
            if not any(_cancelled(exc) for _, exc in problems):
                try:
                    models.resolve_model(
                        self.library.models.image, flag="--image-model",
                        progress=self._on_download_progress,
                    )  # fmt: skip
                except (MclipError, DownloadCancelled) as exc:
                    problems.append(("image", exc))
            if problems:
                raise _ModelsUnavailable(problems)

        self._loader.submit(work, done, failed)

    def cancel_download(self) -> None:
        self._cancel_download = True
        self._models_wanted.set()

    def note_activity(self) -> None:
        """The user is moving the window's contents (scrolling): the model load waits."""
        self._active_at = time.monotonic()

    def want_models(self) -> None:
        """A search waits for the text model: load it whatever the user is doing."""
        self._models_wanted.set()

    def _is_still(self) -> bool:
        """Whether the window has been still for QUIET_BEFORE_LOADING_S (any thread)."""
        return time.monotonic() - self._active_at >= QUIET_BEFORE_LOADING_S

    def _wait_until_still(self) -> None:
        """Return once the window is still, or when a search wants the model or the app
        closes. On the loader's thread."""
        while not self._models_wanted.is_set() and not self._shut_down:
            still = time.monotonic() - self._active_at
            if still >= QUIET_BEFORE_LOADING_S:
                return
            self._models_wanted.wait(QUIET_BEFORE_LOADING_S - still)

    def use_model_folder(self, kind: str, folder: str) -> None:
        """Switch to a model folder: the live indexer stops (its indexer holds the old model),
        the library drops its encoders and indexes, and the live indexer starts again with
        the new model (embedding the photos again when the image model changed)."""
        live, self._live = self._live, None
        if live is not None:
            live.stop()
        memory.release()  # the old model goes now; loading the new one freezes it
        if kind == "image":
            self.library.use_models(image=folder)
        else:
            self.library.use_models(text=folder)
        self._models_ok = False
        self.load_models()
        if live is not None:
            self._start_live()
        self.results_changed.emit()

    def _on_models_loaded(self, _: object) -> None:
        self._models_ok = True
        self.models_ready.emit()
        self._after_models()

    def _after_models(self) -> None:
        if self._started and not self._shut_down:
            self._start_live()

    def _on_models_error(self, error: BaseException) -> None:
        found = error.problems if isinstance(error, _ModelsUnavailable) else [("text", error)]
        problems = []
        for role, exc in found:
            model = self.library.models.image if role == "image" else self.library.models.text
            if _cancelled(exc):
                text = self.tr("The model download was cancelled.")
            elif isinstance(exc, MclipError):
                text = gui_text(exc)
            else:
                log.error("The models could not be loaded", exc_info=exc)
                text = self.tr("The model {0} could not be loaded.").format(model)
            problems.append(ModelProblem(role, model, text))
        self.models_failed.emit(problems)
        self._after_models()  # folders are watched and scanned without the models too

    def _on_live_notice(self, message: Message) -> None:
        # From the live indexer's thread: QCoreApplication.translate is thread-safe.
        self.notice_posted.emit(gui_text(message))

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

    # -- folders ------------------------------------------------------------------------

    def folders(self) -> list[Folder]:
        return self._gui_catalog().folders()

    def add_folder(self, path: str) -> Folder:
        folder = self.library.add_folder(path, self._gui_catalog())
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
        reader = self._gui_catalog()
        return reader.counts(self.library.searching_model_id(reader))

    def refresh_counts(self) -> None:
        """Count off the GUI thread (a large catalog takes a while); counts_changed follows."""

        def work() -> Counts:
            if self._misc_reader is None:
                self._misc_reader = self.library.reader()
            return self._misc_reader.counts(self.library.searching_model_id(self._misc_reader))

        self._misc.submit(work, self.counts_changed.emit, lambda error: None)

    def failures(self) -> list[tuple[str, str]]:
        """Each unreadable file with its reason, in the interface language."""
        return [
            (path, gui_text(Message.from_stored(stored)))
            for path, stored in self._gui_catalog().failures()
        ]

    # -- searching ----------------------------------------------------------------------

    def _gui_catalog(self) -> Catalog:
        if self._gui_connection is None:
            self._gui_connection = self.library.connect()
        return self._gui_connection

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

    def show_request(
        self,
        request: SearchRequest,
        on_done: Callable[[Shown], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run a request for the window: its results and weaker matches come with their
        paths and dates, looked up on the search thread, so that showing them costs the GUI
        thread nothing; only the newest request's answer arrives."""

        def work() -> Shown:
            started = time.perf_counter()
            runner = self.library.query_runner(self._search_catalog())
            if request.browsing:
                paths, dates = runner.browse_columns(request)
                return Shown(request, [], [], time.perf_counter() - started, paths, dates)
            results = runner.run(request)
            items, weaker = results.items(), results.weaker_items()
            return Shown(request, items, weaker, time.perf_counter() - started)

        self._searches.submit(work, on_done, on_error)

    def folder_counts(self, on_done: Callable[[dict[str, tuple[int, int]]], None]) -> None:
        def work() -> dict[str, tuple[int, int]]:
            if self._misc_reader is None:
                self._misc_reader = self.library.reader()
            paths = [f.path for f in self._misc_reader.folders()]
            return browse.folder_counts(self._misc_reader, paths)

        self._misc.submit(work, on_done, lambda error: None)

    def subfolder_counts(
        self, folder: str, on_done: Callable[[dict[str, Subfolder]], None]
    ) -> None:
        """The subfolders of ``folder`` that hold photos, with their counts, read in the
        background (a full pass over the catalog's paths under it)."""

        def work() -> dict[str, Subfolder]:
            if self._misc_reader is None:
                self._misc_reader = self.library.reader()
            return count_subfolders(self._misc_reader, folder)

        self._misc.submit(work, on_done, lambda error: None)

    def exclude_folder(self, folder: str) -> None:
        exclusions.exclude_folder(self._gui_catalog(), folder)
        self.results_changed.emit()

    def trash_photos(self, paths: list[str]) -> trash.TrashOutcome:
        catalog = self._gui_catalog()
        model_id = self.library.image_model_id
        index = None
        if catalog.vector_dim(model_id) is not None:
            index = self.library.vector_index(catalog)
        result = trash.trash_photos(catalog, paths, index, model_id)
        self.results_changed.emit()
        return result

    def run_in_background(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._misc.submit(work, on_done, on_error)


def _cancelled(error: BaseException) -> bool:
    return isinstance(error, DownloadCancelled) or isinstance(error.__cause__, DownloadCancelled)


def model_label(name: str) -> str:
    return Path(name).name if ("/" in name and Path(name).exists()) else name
