"""The live indexer on real folders, with real watchdog observers and the tiny model: bursts
and slow copies, moves and renames, deletions, folders going offline and coming back, observer
failures, pause, resume and stop.

Nothing here depends on how well the tiny model ranks photos: the checks are on catalog paths,
reads, fingerprints and embedding counts, and on searches by a photo's own stored vector.
Waits are on conditions with deadlines (the live indexer's callbacks wake them); sleeps only
appear inside writer threads, to imitate slow copies, and inside a read hook, to imitate a
slow disk.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from mclip_desktop.cli import main as main_cli
from mclip_desktop.core import images
from mclip_desktop.core.catalog import Catalog, FileRecord
from mclip_desktop.core.check import run_check
from mclip_desktop.core.ingest.changes import LibraryChanges
from mclip_desktop.core.ingest.live import INOTIFY_HINT
from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.messages import Message
from mclip_desktop.core.search import QueryTerm
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic
from tests.support.clock import FakeClock

SETTLE = 1.0
SETTLE_AFTER_CLOSE = 0.2
TICK = 0.05


# Each test builds a Library: load each tiny model once per module, not per call.
pytestmark = pytest.mark.usefixtures("models_loaded_once")


@pytest.fixture(scope="module", autouse=True)
def _one_torch_thread() -> Iterator[None]:
    """On a machine shared with other work, torch's two spinning threads per batch run
    several times slower than one; these tests are about files, not about throughput."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT)))
    lib.image_encoder()  # load outside the timed parts; fixes image_model_id
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def root(tmp_path: Path, library: Library) -> Path:
    """The watched folder."""
    folder = tmp_path.resolve() / "photos"
    folder.mkdir()
    library.add_folder(folder)
    return folder


@pytest.fixture
def reader(library: Library) -> Iterator[Catalog]:
    """A second connection, as the GUI's searches and other processes have."""
    catalog = library.reader()
    try:
        yield catalog
    finally:
        catalog.close()


# -- helpers -------------------------------------------------------------------------------


def photo_bytes(seed: int, *, width: int = 64, height: int = 48, fmt: str = "jpg") -> bytes:
    colour = synthetic.COLOURS[seed % 4]
    shape = synthetic.SHAPES[(seed // 4) % 4]
    image = synthetic.make_photo(colour, shape, width=width, height=height, seed=seed)
    return synthetic.encode_image(image, fmt)


def write_photo(path: Path, seed: int, **size: int) -> bytes:
    data = photo_bytes(seed, **size)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def slow_write(path: Path, data: bytes, pauses: list[float]) -> None:
    """Write ``data`` through one open handle in len(pauses) + 1 chunks, flushing and pausing
    between them, as a slow copy from a camera card or a network share does."""
    chunks = len(pauses) + 1
    step = -(-len(data) // chunks)
    with open(path, "wb") as f:
        for i in range(chunks):
            f.write(data[i * step : (i + 1) * step])
            f.flush()
            os.fsync(f.fileno())
            if i < len(pauses):
                time.sleep(pauses[i])


class Reads:
    """An indexer read function that records every read and the fingerprint of what it got."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self.log: list[tuple[str, str]] = []

    def __call__(self, path: str) -> bytes:
        if self.delay:
            time.sleep(self.delay)  # a slow disk
        data = images.read_file(path)
        with self._lock:
            self.log.append((path, images.fingerprint(data)))
        return data

    def counts(self) -> Counter[str]:
        with self._lock:
            return Counter(path for path, _ in self.log)

    def paths(self) -> set[str]:
        return set(self.counts())

    def __len__(self) -> int:
        with self._lock:
            return len(self.log)


class Live:
    """A LiveIndexer under test with what its callbacks reported."""

    def __init__(self, library: Library, reads: Reads | None = None, **options: Any) -> None:
        self._changed = threading.Condition()
        self.notices: list[Message] = []
        self.phases: list[str] = []
        self.reads = reads or Reads()
        settings: dict[str, Any] = {
            "settle": SETTLE, "settle_after_close": SETTLE_AFTER_CLOSE, "tick": TICK,
            "batch_size": 16,
        }  # fmt: skip
        settings.update(options)
        self.indexer = library.live_indexer(
            on_results_changed=self._poke,
            on_notice=self._on_notice,
            on_state=self._on_state,
            read=self.reads,
            **settings,
        )

    def _poke(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _on_notice(self, message: Message) -> None:
        self.notices.append(message)
        self._poke()

    def _on_state(self, state: Any) -> None:
        self.phases.append(state.phase)
        self._poke()

    def wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:
        """Wait until predicate() holds, re-checking whenever the indexer reports something
        (and at least every 0.1 s, for changes no callback announces)."""
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with self._changed:
                self._changed.wait(min(remaining, 0.1))
        return True

    def __enter__(self) -> Live:
        self.indexer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.indexer.stop()


def records(catalog: Catalog, root: Path) -> dict[str, FileRecord]:
    return {r.path: r for r in catalog.files_under(str(root))}


def photos_on_disk(root: Path) -> set[str]:
    return {
        str(p)
        for p in root.rglob("*")
        if p.is_file() and images.is_photo_path(p.name) and not p.name.startswith(".")
    }


def indexed_paths(catalog: Catalog, root: Path, model_id: str) -> set[str]:
    """Paths whose current content has a vector (status ok and an embedding exists)."""
    known = catalog.fingerprints(model_id)
    return {
        p for p, r in records(catalog, root).items() if r.status == "ok" and r.fingerprint in known
    }


def assert_catalog_matches_disk(catalog: Catalog, root: Path, model_id: str) -> None:
    """Every photo on disk is indexed with the fingerprint of its final content, and nothing else
    is recorded."""
    on_disk = photos_on_disk(root)
    recorded = records(catalog, root)
    assert set(recorded) == on_disk
    assert indexed_paths(catalog, root, model_id) == on_disk
    for path in on_disk:
        assert recorded[path].fingerprint == images.fingerprint(Path(path).read_bytes()), path


def all_paths_found(library: Library, catalog: Catalog) -> set[str]:
    """Every photo a search from another connection can return (a generous limit)."""
    vectors = (
        catalog.vector_of_path(r.path, library.image_model_id) for r in catalog.files_under("/")
    )
    query = next(v for v in vectors if v is not None)
    return {r.path for r in library.searcher_for(catalog).search([QueryTerm(query)], 100_000)}


# -- 1. bursts and slow copies ---------------------------------------------------------------


def test_a_burst_with_slow_copies_reads_each_file_once_and_never_partially(library, reader, root):
    burst = 2000
    slow = 20
    contents = {
        root / f"burst {i // 500}" / f"IMG_{i:05d}.jpg": photo_bytes(i) for i in range(burst)
    }
    slow_contents = {
        root / ("burst 0" if i % 2 else "") / f"slow copy {i:02d}.jpg": photo_bytes(
            100_000 + i, width=400, height=300
        )
        for i in range(slow)
    }
    # Every fourth slow copy stalls for longer than the settle time with its file still open.
    pauses = {
        path: [0.15, 0.3, 0.1, 1.6 if i % 4 == 0 else 0.2, 0.25]
        for i, path in enumerate(slow_contents)
    }
    model_id = library.image_model_id

    with Live(library) as live:
        assert live.indexer.wait_idle(30)
        started = time.monotonic()
        writers = [
            threading.Thread(target=slow_write, args=(path, data, pauses[path]), name=f"slow-{i}")
            for i, (path, data) in enumerate(slow_contents.items())
        ]
        for i, (path, data) in enumerate(contents.items()):
            if i == 300:
                for writer in writers:
                    writer.start()
            if i in (700, 1500):
                live.indexer.request_rescan()  # a scan must not catch copies half-way either
            path.parent.mkdir(exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        for writer in writers:
            writer.join()
        wanted = {str(p) for p in contents} | {str(p) for p in slow_contents}
        assert live.wait_for(lambda: indexed_paths(reader, root, model_id) == wanted, 90), (
            f"{len(indexed_paths(reader, root, model_id))} of {len(wanted)} indexed"
        )
        assert live.indexer.wait_idle(30)
        seconds = time.monotonic() - started

        reads = live.reads.counts()
        assert set(reads) == wanted
        assert [p for p, n in reads.items() if n != 1] == []
        final = {str(p): images.fingerprint(d) for p, d in {**contents, **slow_contents}.items()}
        partial = [p for p, fp in live.reads.log if fp != final[p]]
        assert partial == []
        assert_catalog_matches_disk(reader, root, model_id)
        assert reader.counts(model_id).embeddings == burst + slow
        assert reader.failures() == []

        # A reconciliation scan afterwards finds nothing to do.
        live.indexer.request_rescan()
        assert live.indexer.wait_idle(30)
        assert len(live.reads) == burst + slow
    print(f"\n{burst + slow} files indexed in {seconds:.1f} s")


def test_a_copy_in_progress_when_watching_starts_is_read_once_complete(library, reader, root):
    write_photo(root / "old.jpg", 1)
    data = photo_bytes(2, width=400, height=300)
    target = root / "copying.jpg"
    writer = threading.Thread(target=slow_write, args=(target, data, [0.3] * 5))
    writer.start()
    try:
        with Live(library) as live:
            writer.join()
            assert live.wait_for(
                lambda: len(indexed_paths(reader, root, library.image_model_id)) == 2, 30
            )
            assert live.indexer.wait_idle(30)
            assert live.reads.counts() == Counter({str(root / "old.jpg"): 1, str(target): 1})
            assert all(fp == images.fingerprint(Path(p).read_bytes()) for p, fp in live.reads.log)
            assert reader.failures() == []
    finally:
        writer.join()


def test_a_copy_that_stalls_with_its_file_open_waits_for_the_close(library, reader, root):
    """inotify reports opens and closes: a file written to and not closed yet is not read
    however long the writer stalls, even well past the settle time."""
    contents = {
        root / f"stalled {i}.jpg": photo_bytes(10 + i, width=400, height=300) for i in range(4)
    }
    with Live(library) as live:
        assert live.indexer.wait_idle(30)
        writers = [
            threading.Thread(target=slow_write, args=(path, data, [0.1, SETTLE * 2.5, 0.1]))
            for path, data in contents.items()
        ]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        wanted = {str(p) for p in contents}
        assert live.wait_for(
            lambda: indexed_paths(reader, root, library.image_model_id) == wanted, 30
        )
        assert live.indexer.wait_idle(30)
        assert live.reads.counts() == Counter({p: 1 for p in wanted})
        assert all(fp == images.fingerprint(Path(p).read_bytes()) for p, fp in live.reads.log)


# -- 2. moves and renames -------------------------------------------------------------------

ODD_NAMES = ("Été 2024 #1", "naïve 100% ß", "日本 旅行 #%20", "Ωmega # %d")


def test_renaming_a_folder_and_moving_files_reads_and_embeds_nothing(library, reader, root):
    album = root / "Été 2024 #1 – 50% off"
    paths = [album / f"{ODD_NAMES[i % 4]} {i:03d}.jpg" for i in range(200)]
    for i, path in enumerate(paths):
        write_photo(path, i)
    write_photo(root / "loose #1 %s.jpg", 999)
    model_id = library.image_model_id

    with Live(library) as live:
        assert live.wait_for(lambda: len(indexed_paths(reader, root, model_id)) == 201, 60)
        assert live.indexer.wait_idle(30)
        reads_before = len(live.reads)
        embeddings_before = reader.counts(model_id).embeddings
        assert reads_before == 201 and embeddings_before == 201

        renamed = root / "Ünïcødé 2025 #2 – 75% on"
        os.rename(album, renamed)
        # Single files: out of the folder, within it under a new name, and into it.
        os.rename(renamed / f"{ODD_NAMES[0]} 000.jpg", root / "moved out ø #.jpg")
        os.rename(renamed / f"{ODD_NAMES[1]} 001.jpg", renamed / "renamed  twice %% #x.jpg")
        os.makedirs(renamed / "sub folder ü")
        os.rename(root / "loose #1 %s.jpg", renamed / "sub folder ü" / "loose #1 %s.jpg")

        expected = photos_on_disk(root)
        assert len(expected) == 201
        assert live.wait_for(lambda: set(records(reader, root)) == expected, 30), sorted(
            set(records(reader, root)) ^ expected
        )[:10]
        assert live.indexer.wait_idle(30)

        assert len(live.reads) == reads_before, live.reads.log[reads_before:]
        assert reader.counts(model_id).embeddings == embeddings_before
        assert_catalog_matches_disk(reader, root, model_id)
        # Searches from another connection show the new paths and only those.
        assert all_paths_found(library, reader) == expected
        searcher = library.searcher_for(reader)
        for path in (
            root / "moved out ø #.jpg",
            renamed / "renamed  twice %% #x.jpg",
            renamed / "sub folder ü" / "loose #1 %s.jpg",
            renamed / f"{ODD_NAMES[3]} 199.jpg",
        ):
            results = library.search_image(path, 3, searcher=searcher)
            assert results[0].path == str(path)
            assert results[0].score == pytest.approx(1.0, abs=1e-4)


def test_a_file_changed_then_moved_is_read_again_at_its_new_place(library, reader, root):
    write_photo(root / "a.jpg", 1)
    with Live(library) as live:
        assert live.wait_for(
            lambda: len(indexed_paths(reader, root, library.image_model_id)) == 1, 30
        )
        assert live.indexer.wait_idle(30)
        new = write_photo(root / "a.jpg", 2)
        os.rename(root / "a.jpg", root / "b.jpg")
        fingerprint = images.fingerprint(new)
        assert live.wait_for(
            lambda: (
                (r := reader.file_by_path(str(root / "b.jpg"))) is not None
                and r.fingerprint == fingerprint
            ),
            30,
        )
        assert live.indexer.wait_idle(30)
        assert_catalog_matches_disk(reader, root, library.image_model_id)


def test_moves_between_watched_folders_and_out_of_sight(library, reader, tmp_path):
    one, two, outside = (tmp_path.resolve() / n for n in ("one", "two", "outside"))
    for folder in (one, two, outside):
        folder.mkdir()
    library.add_folder(one)
    library.add_folder(two)
    for i in range(6):
        write_photo(one / f"{i}.jpg", i)
    model_id = library.image_model_id
    with Live(library) as live:
        assert live.wait_for(lambda: len(indexed_paths(reader, one, model_id)) == 6, 30)
        assert live.indexer.wait_idle(30)
        os.rename(one / "0.jpg", two / "0.jpg")  # to another watched folder: kept, not read
        os.makedirs(two / "new album")
        os.rename(one / "1.jpg", two / "new album" / "1.jpg")
        os.rename(one / "2.jpg", outside / "2.jpg")  # out of sight: leaves the catalog
        wanted = {str(two / "0.jpg"), str(two / "new album" / "1.jpg")}
        assert live.wait_for(
            lambda: set(records(reader, two)) == wanted and len(records(reader, one)) == 3, 30
        )
        assert live.indexer.wait_idle(30)
        assert len(live.reads) == 6
        assert reader.counts(model_id).indexed == 5
        assert (
            reader.file_by_path(str(two / "0.jpg")).folder_id == reader.folder_by_path(str(two)).id
        )


def test_has_work_agrees_with_work_items(library, root):
    catalog = library.catalog
    model_id = library.image_model_id
    assert not catalog.has_work(model_id)
    write_photo(root / "a.jpg", 1)
    folder = catalog.folder_by_path(str(root))
    with catalog.transaction():
        catalog.upsert_pending(folder.id, str(root / "a.jpg"), 1, 1)
    assert catalog.has_work(model_id) and len(catalog.work_items(model_id)) == 1
    catalog.set_folder_online(folder.id, False)
    assert not catalog.has_work(model_id) and catalog.work_items(model_id) == []


def test_an_idle_library_is_not_read_again_until_the_catalog_changes(library, root):
    """The live indexer asks for work several times a second; with nothing new, the question
    must not visit every photo's row each time (a core busy while the app sits idle), yet a
    change by this connection or by another process is seen at once."""
    catalog = library.catalog
    model_id = library.image_model_id
    folder = catalog.folder_by_path(str(root))
    statements: list[str] = []
    catalog.connection.set_trace_callback(statements.append)
    try:
        assert not catalog.has_work(model_id)
        asked = sum("NOT EXISTS" in s for s in statements)
        for _ in range(5):
            assert not catalog.has_work(model_id)
        assert sum("NOT EXISTS" in s for s in statements) == asked == 1
        with Catalog(catalog.path) as other:  # another process adds a photo
            with other.transaction():
                other.upsert_pending(folder.id, str(root / "b.jpg"), 1, 1)
        assert catalog.has_work(model_id)
        with catalog.transaction():
            catalog.set_folder_online(folder.id, False)
        assert not catalog.has_work(model_id)
    finally:
        catalog.connection.set_trace_callback(None)


# -- 3. deletions, folders going away, changes while stopped ----------------------------------


def test_deleted_files_and_folders_leave_the_catalog(library, reader, root):
    for i in range(12):
        write_photo(root / ("sub" if i >= 8 else "") / f"{i}.jpg", i)
    with Live(library) as live:
        assert live.wait_for(
            lambda: len(indexed_paths(reader, root, library.image_model_id)) == 12, 30
        )
        os.remove(root / "0.jpg")
        os.remove(root / "1.jpg")
        shutil.rmtree(root / "sub")
        expected = photos_on_disk(root)
        assert live.wait_for(lambda: set(records(reader, root)) == expected, 30)
        assert live.indexer.wait_idle(30)
        assert all_paths_found(library, reader) == expected
        assert len(live.reads) == 12


def test_a_folder_that_disappears_goes_offline_and_comes_back_without_re_embedding(
    library, reader, root, tmp_path
):
    for i in range(30):
        write_photo(root / f"{i}.jpg", i)
    model_id = library.image_model_id
    away = tmp_path / "away"
    with Live(library) as live:
        assert live.wait_for(lambda: len(indexed_paths(reader, root, model_id)) == 30, 30)
        assert live.indexer.wait_idle(30)
        before = photos_on_disk(root)

        os.rename(root, away)
        assert live.wait_for(lambda: not reader.folders()[0].online, 10)
        assert live.indexer.wait_idle(10)
        assert set(records(reader, root)) == before  # photos kept
        assert all_paths_found(library, reader) == before  # and still findable
        assert str(root) in live.indexer.state.offline
        assert any(n.code == "watch.folder_offline" for n in live.notices)

        # Changes made while it is away are found when it is back.
        os.remove(away / "0.jpg")
        new = write_photo(away / "new.jpg", 500)
        os.rename(away, root)
        assert live.wait_for(lambda: reader.folders()[0].online, 10)
        expected = photos_on_disk(root)
        assert live.wait_for(lambda: indexed_paths(reader, root, model_id) == expected, 30)
        assert live.indexer.wait_idle(30)
        assert live.reads.counts()[str(root / "new.jpg")] == 1
        assert len(live.reads) == 31  # nothing unchanged was read again
        assert reader.counts(model_id).embeddings == 31
        assert reader.file_by_path(str(root / "new.jpg")).fingerprint == images.fingerprint(new)
        assert_catalog_matches_disk(reader, root, model_id)
        assert live.indexer.state.offline == []


def test_changes_made_while_stopped_are_found_at_start(library, reader, root):
    for i in range(20):
        write_photo(root / ("album" if i % 2 else "") / f"{i}.jpg", i)
    model_id = library.image_model_id
    with Live(library) as live:
        assert live.wait_for(lambda: len(indexed_paths(reader, root, model_id)) == 20, 30)
        assert live.indexer.wait_idle(30)

    os.remove(root / "0.jpg")
    write_photo(root / "2.jpg", 1002)  # changed content
    write_photo(root / "new 1.jpg", 1001)
    write_photo(root / "album" / "new 2.png", 1003, width=80, height=60)
    os.rename(root / "4.jpg", root / "album" / "4.jpg")  # moved
    os.rename(root / "album", root / "album renamed")  # moved, ten at once

    with Live(library) as live:
        expected = photos_on_disk(root)
        assert live.wait_for(lambda: indexed_paths(reader, root, model_id) == expected, 30)
        assert live.indexer.wait_idle(30)
        assert live.reads.paths() == {
            str(root / "2.jpg"),
            str(root / "new 1.jpg"),
            str(root / "album renamed" / "new 2.png"),
        }
        assert len(live.reads) == 3
        assert_catalog_matches_disk(reader, root, model_id)


# -- 4. observer trouble ----------------------------------------------------------------------


class _NoWatchesLeft:
    """An observer that cannot watch anything: the inotify watch limit is reached."""

    def schedule(self, handler: Any, path: str, recursive: bool = False) -> Any:
        raise OSError(errno.ENOSPC, "inotify watch limit reached")

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        pass

    def is_alive(self) -> bool:
        return False


def test_without_inotify_watches_it_polls_and_says_once_how_to_raise_the_limit(
    library, reader, tmp_path
):
    roots = [tmp_path.resolve() / "one", tmp_path.resolve() / "two"]
    for folder in roots:
        folder.mkdir()
        library.add_folder(folder)
    made: list[str] = []

    def refusing() -> _NoWatchesLeft:
        made.append("native")
        return _NoWatchesLeft()

    with Live(
        library, observer_factory=refusing, polling_factory=lambda: PollingObserver(timeout=0.1)
    ) as live:
        assert live.indexer.wait_idle(30)
        assert len(made) == 2
        assert [n.code for n in live.notices] == [INOTIFY_HINT]
        assert sorted(live.indexer.state.polling) == [str(r) for r in roots]

        write_photo(roots[0] / "a.jpg", 1)
        write_photo(roots[1] / "deeper" / "b.jpg", 2)
        assert live.wait_for(
            lambda: all(len(indexed_paths(reader, r, library.image_model_id)) == 1 for r in roots),
            30,
        )
        os.remove(roots[0] / "a.jpg")
        assert live.wait_for(lambda: records(reader, roots[0]) == {}, 30)
        assert [n.code for n in live.notices] == [INOTIFY_HINT]


class _Muffled(FileSystemEventHandler):
    def __init__(self, handler: Any, muted: threading.Event) -> None:
        self._handler = handler
        self._muted = muted

    def dispatch(self, event: Any) -> None:
        if not self._muted.is_set():
            self._handler.dispatch(event)


class _MortalObserver:
    """A real inotify observer whose events can be lost and whose thread can be made to die."""

    def __init__(self) -> None:
        self.observer = Observer()
        self.muted = threading.Event()

    def schedule(self, handler: Any, path: str, recursive: bool = False) -> Any:
        return self.observer.schedule(_Muffled(handler, self.muted), path, recursive=recursive)

    def start(self) -> None:
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()

    def join(self, timeout: float | None = None) -> None:
        self.observer.join(timeout)

    def is_alive(self) -> bool:
        return self.observer.is_alive()

    def die(self) -> None:
        self.observer.stop()
        self.observer.join()


def test_an_observer_that_dies_is_replaced_and_a_rescan_finds_what_it_missed(library, reader, root):
    write_photo(root / "first.jpg", 1)
    made: list[_MortalObserver] = []

    def mortal() -> _MortalObserver:
        made.append(_MortalObserver())
        return made[-1]

    with Live(library, observer_factory=mortal) as live:
        assert live.wait_for(
            lambda: len(indexed_paths(reader, root, library.image_model_id)) == 1, 30
        )
        assert live.indexer.wait_idle(30)
        scans = live.phases.count("scanning")

        made[0].muted.set()  # events are lost from here on...
        missed = write_photo(root / "missed.jpg", 2)
        made[0].die()  # ...and then the observer thread dies
        assert live.wait_for(lambda: len(made) == 2, 10)
        assert live.wait_for(
            lambda: (
                (r := reader.file_by_path(str(root / "missed.jpg"))) is not None
                and r.fingerprint == images.fingerprint(missed)
            ),
            30,
        )
        assert live.phases.count("scanning") > scans
        # The new observer works.
        write_photo(root / "after.jpg", 3)
        assert live.wait_for(
            lambda: len(indexed_paths(reader, root, library.image_model_id)) == 3, 30
        )
        assert live.indexer.wait_idle(30)
        assert len(live.reads) == 3


# -- 5. pause, resume, stop -------------------------------------------------------------------


def test_pause_holds_indexing_and_resume_continues(library, reader, root):
    model_id = library.image_model_id
    with Live(library) as live:
        assert live.indexer.wait_idle(30)
        live.indexer.pause()
        for i in range(30):
            write_photo(root / f"{i}.jpg", i)
        # While paused, new files are noticed and queued, but nothing is read.
        assert live.wait_for(lambda: len(records(reader, root)) == 30, 30)
        assert live.indexer.wait_idle(30)
        assert len(live.reads) == 0
        assert live.indexer.state.phase == "paused"
        assert reader.counts(model_id).pending == 30

        live.indexer.resume()
        assert live.wait_for(lambda: len(indexed_paths(reader, root, model_id)) == 30, 30)
        assert live.indexer.wait_idle(30)
        assert len(live.reads) == 30
        assert live.indexer.state.phase == "idle"


def test_stop_returns_quickly_mid_batch_and_keeps_finished_work(library, reader, root):
    total = 400
    for i in range(total):
        write_photo(root / f"{i:03d}.jpg", i)
    model_id = library.image_model_id

    live = Live(library, reads=Reads(delay=0.01))
    live.indexer.start()
    try:
        assert live.wait_for(lambda: len(indexed_paths(reader, root, model_id)) >= 32, 30)
        assert live.wait_for(lambda: len(live.reads) >= 60, 30)
    finally:
        started = time.monotonic()
        live.indexer.stop()
        stopped_in = time.monotonic() - started
    assert stopped_in < 2.0
    assert not live.indexer.running
    kept = indexed_paths(reader, root, model_id)
    assert 32 <= len(kept) < total
    for path in kept:
        assert reader.file_by_path(path).fingerprint == images.fingerprint(Path(path).read_bytes())

    with Live(library) as again:
        assert again.wait_for(lambda: len(indexed_paths(reader, root, model_id)) == total, 60)
        assert again.indexer.wait_idle(30)
        assert again.reads.paths().isdisjoint(kept)
        assert len(again.reads) == total - len(kept)
    assert_catalog_matches_disk(reader, root, model_id)


def test_stop_while_paused_and_while_idle_is_quick(library, root):
    write_photo(root / "a.jpg", 1)
    for pause in (False, True):
        live = Live(library)
        live.indexer.start()
        assert live.indexer.wait_idle(30)
        if pause:
            live.indexer.pause()
        started = time.monotonic()
        live.indexer.stop()
        assert time.monotonic() - started < 2.0
        assert not live.indexer.running
        assert live.indexer.state.phase == "stopped"


# -- 6. live purge and change notifications --------------------------------------------------


def advance_until(live: Live, clock: FakeClock, predicate: Callable[[], bool], timeout: float,
                  step: float = 0.5) -> bool:  # fmt: skip
    """Move the fake clock on a little at each look until predicate() holds (settling and
    departures run on that clock)."""

    def moved_and_true() -> bool:
        if predicate():
            return True
        clock.advance(step)
        return False

    return live.wait_for(moved_and_true, timeout)


def orphan_and_index_findings(data_dir: Path) -> tuple[bool, set[str]]:
    report = run_check(data_dir)
    return report.ok, {f.kind for f in report.findings}


def test_a_photo_deleted_while_watching_loses_its_vector_after_the_grace(library, reader, root):
    clock = FakeClock()
    for i in range(3):
        write_photo(root / f"{i}.jpg", i)
    model_id = library.image_model_id
    data_dir = library.config.data_dir
    with Live(library, clock=clock, purge_grace=60.0) as live:
        assert advance_until(
            live, clock, lambda: len(indexed_paths(reader, root, model_id)) == 3, 30
        )
        victim = reader.file_by_path(str(root / "0.jpg"))
        vector_id = reader.embedding_id(victim.fingerprint, model_id)
        assert vector_id is not None

        os.remove(root / "0.jpg")
        assert live.wait_for(lambda: reader.file_by_path(str(root / "0.jpg")) is None, 30)
        # Within the grace period the vector waits, and that is no fault of the library.
        assert live.wait_for(lambda: live.indexer.purges_waiting == 1, 30)
        assert reader.embedding_id(victim.fingerprint, model_id) == vector_id
        assert run_check(data_dir).ok

        clock.advance(61.0)
        assert live.wait_for(lambda: reader.embedding_id(victim.fingerprint, model_id) is None, 30)
        assert live.indexer.purges_waiting == 0
    # The index saved at stop no longer holds the vector either: nothing for check to say.
    ok, kinds = orphan_and_index_findings(data_dir)
    assert ok and not kinds & {"orphan-embeddings", "index-stale", "index-damaged"}, kinds
    assert all_paths_found(library, reader) == photos_on_disk(root)
    out = io.StringIO()
    assert main_cli(["--data-dir", str(data_dir), "check"], out, io.StringIO()) == 0, out.getvalue()


def test_a_deleted_photo_that_reappears_within_the_grace_keeps_its_vector(library, reader, root):
    clock = FakeClock()
    write_photo(root / "a.jpg", 1)
    write_photo(root / "b.jpg", 2)
    model_id = library.image_model_id
    with Live(library, clock=clock, purge_grace=300.0) as live:
        assert advance_until(
            live, clock, lambda: len(indexed_paths(reader, root, model_id)) == 2, 30
        )
        data = (root / "a.jpg").read_bytes()
        fingerprint = reader.file_by_path(str(root / "a.jpg")).fingerprint
        embedded_before = reader.counts(model_id).embeddings

        os.remove(root / "a.jpg")
        assert live.wait_for(lambda: reader.file_by_path(str(root / "a.jpg")) is None, 30)
        # Restored from the trash under another name, in another folder.
        restored = root / "restored" / "a (1).jpg"
        restored.parent.mkdir()
        restored.write_bytes(data)
        assert advance_until(
            live, clock, lambda: str(restored) in indexed_paths(reader, root, model_id), 30
        )
        clock.advance(301.0)
        assert live.wait_for(lambda: live.indexer.purges_waiting == 0, 30)
        assert live.indexer.wait_idle(30)
    assert reader.file_by_path(str(restored)).fingerprint == fingerprint
    assert reader.embedding_id(fingerprint, model_id) is not None
    assert reader.counts(model_id).embeddings == embedded_before  # not embedded again
    assert all_paths_found(library, reader) == photos_on_disk(root)
    assert run_check(library.config.data_dir).ok


def test_the_library_tells_subscribers_what_was_added_moved_and_removed(library, reader, root):
    told: list[LibraryChanges] = []
    lock = threading.Lock()

    def on_changes(changes: LibraryChanges) -> None:
        with lock:
            told.append(changes)

    def seen(kind: str) -> list[Any]:
        with lock:
            return [item for changes in told for item in getattr(changes, kind)]

    (root / "album").mkdir()
    unsubscribe = library.subscribe(on_changes)
    try:
        with Live(library) as live:
            assert live.indexer.wait_idle(30)
            write_photo(root / "new.jpg", 5)
            assert live.wait_for(lambda: reader.file_by_path(str(root / "new.jpg")) is not None
                                 and reader.file_by_path(str(root / "new.jpg")).id in seen("added"),
                                 30)  # fmt: skip
            file_id = reader.file_by_path(str(root / "new.jpg")).id

            os.rename(root / "new.jpg", root / "album" / "moved.jpg")
            moved = (file_id, str(root / "new.jpg"), str(root / "album" / "moved.jpg"))
            assert live.wait_for(lambda: moved in seen("moved"), 30), told

            os.remove(root / "album" / "moved.jpg")
            assert live.wait_for(lambda: file_id in seen("removed"), 30)
    finally:
        unsubscribe()
    assert seen("added").count(file_id) == 1  # a move is not a new photo
    assert all(changes for changes in told)  # nobody is told "nothing changed"
