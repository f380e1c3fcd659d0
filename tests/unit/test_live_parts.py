"""The live indexer's parts on their own, with a fake clock and a fake disk: settling, move
matching, departures, the purge schedule and the change log. No timers, no sleeps, no
observers."""

from __future__ import annotations

import os
import queue
import sys
from types import SimpleNamespace

import pytest
from watchdog.events import FileClosedEvent, FileCreatedEvent

from mclip_desktop.core.catalog import FileRecord
from mclip_desktop.core.ingest.changes import ChangeLog, LibraryChanges
from mclip_desktop.core.ingest.live.moves import Departures, pair_moves
from mclip_desktop.core.ingest.live.observers import Observers
from mclip_desktop.core.ingest.live.purge import PurgeSchedule
from mclip_desktop.core.ingest.live.settling import Settler
from mclip_desktop.core.ingest.scan import is_hidden, is_inside, move_key
from tests.support.clock import FakeClock


class FakeDisk:
    """Paths with a size and mtime; ``disk[path]`` is what ``os.stat`` would report of them."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[int, int]] = {}

    def write(self, path: str, size: int, mtime_ns: int) -> None:
        self.files[path] = (size, mtime_ns)

    def __getitem__(self, path: str) -> SimpleNamespace:
        if path not in self.files:
            raise FileNotFoundError(path)
        size, mtime_ns = self.files[path]
        return SimpleNamespace(st_size=size, st_mtime_ns=mtime_ns)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def disk() -> FakeDisk:
    return FakeDisk()


def settler(clock: FakeClock, disk: FakeDisk) -> Settler:
    return Settler(
        settle=2.0, settle_after_close=0.5, settle_open=30.0, clock=clock,
        stat=lambda path: disk[path],  # type: ignore[arg-type,return-value]
    )  # fmt: skip


def ready_paths(s: Settler, reports_closes: bool = False) -> list[str]:
    return [path for path, _ in s.settled(lambda path: reports_closes)]


# -- settling --------------------------------------------------------------------------------


def test_a_file_is_ready_only_after_holding_still_for_the_settle_time(clock, disk):
    s = settler(clock, disk)
    disk.write("/p/a.jpg", 100, 1)
    s.note("/p/a.jpg", disk["/p/a.jpg"])  # type: ignore[arg-type]
    clock.advance(1.9)
    assert ready_paths(s) == []
    clock.advance(0.2)
    assert ready_paths(s) == ["/p/a.jpg"]
    assert "/p/a.jpg" not in s  # handed over once
    clock.advance(10)
    assert ready_paths(s) == []


def test_a_file_that_grows_waits_again_from_its_last_change(clock, disk):
    s = settler(clock, disk)
    disk.write("/p/a.jpg", 100, 1)
    s.note("/p/a.jpg", disk["/p/a.jpg"])  # type: ignore[arg-type]
    clock.advance(1.5)
    disk.write("/p/a.jpg", 200, 2)  # the copy goes on, no event seen
    assert ready_paths(s) == []
    clock.advance(1.9)
    assert ready_paths(s) == []
    clock.advance(0.2)
    assert ready_paths(s) == ["/p/a.jpg"]


def test_a_closed_file_settles_sooner_and_an_open_one_waits_for_its_close(clock, disk):
    s = settler(clock, disk)
    disk.write("/p/closed.jpg", 100, 1)
    disk.write("/p/open.jpg", 100, 1)
    s.note("/p/closed.jpg", disk["/p/closed.jpg"], closed=True)  # type: ignore[arg-type]
    s.note("/p/open.jpg", disk["/p/open.jpg"], modified=True)  # type: ignore[arg-type]
    clock.advance(0.6)
    assert ready_paths(s, reports_closes=True) == ["/p/closed.jpg"]
    clock.advance(20)  # a stalled copy, still open: not read half-way
    assert ready_paths(s, reports_closes=True) == []
    s.note("/p/open.jpg", disk["/p/open.jpg"], closed=True)  # type: ignore[arg-type]
    clock.advance(0.6)
    assert ready_paths(s, reports_closes=True) == ["/p/open.jpg"]


def test_without_close_reports_an_open_file_settles_on_time_alone(clock, disk):
    s = settler(clock, disk)
    disk.write("/p/a.jpg", 100, 1)
    s.note("/p/a.jpg", disk["/p/a.jpg"], modified=True)  # type: ignore[arg-type]
    clock.advance(2.1)
    assert ready_paths(s, reports_closes=False) == ["/p/a.jpg"]


def test_a_file_that_vanishes_while_settling_is_dropped(clock, disk):
    s = settler(clock, disk)
    disk.write("/p/a.jpg", 100, 1)
    s.note("/p/a.jpg", disk["/p/a.jpg"])  # type: ignore[arg-type]
    del disk.files["/p/a.jpg"]
    clock.advance(5)
    assert ready_paths(s) == [] and not s


def test_take_under_removes_only_that_folders_files(clock, disk):
    s = settler(clock, disk)
    for path in ("/p/a/1.jpg", "/p/a/b/2.jpg", "/p/ab/3.jpg"):
        disk.write(path, 1, 1)
        s.note(path, disk[path])  # type: ignore[arg-type]
    assert sorted(s.take_under("/p/a")) == ["/p/a/1.jpg", "/p/a/b/2.jpg"]
    assert list(s) == ["/p/ab/3.jpg"]


# -- the shared rules and move matching ------------------------------------------------------


def test_the_shared_rules():
    assert is_inside("/p/a/x.jpg", "/p/a") and is_inside("/p/a/x.jpg", "/p/a/")
    assert not is_inside("/p/ab/x.jpg", "/p/a") and not is_inside("/p/a", "/p/a")
    assert is_inside("/p/a", "/p/a", or_same=True)
    assert is_hidden("/p/.thumbs/x.jpg", "/p") and is_hidden("/p/a/._x.jpg", "/p")
    assert not is_hidden("/p/a/x.jpg", "/p") and not is_hidden("/home/.me/p/x.jpg", "/home/.me/p")
    assert move_key("/a/x.jpg", 5, 7) == move_key("/b/c/x.jpg", 5, 7)
    assert move_key("/a/x.jpg", 5, 7) != move_key("/a/y.jpg", 5, 7)


def record(file_id: int, path: str, size: int = 10, mtime_ns: int = 20) -> FileRecord:
    return FileRecord(file_id, 1, path, size, mtime_ns, f"fp{file_id}", "ok", None)


def test_pair_moves_matches_name_size_and_mtime_once_each():
    gone = [record(1, "/old/a.jpg"), record(2, "/old/b.jpg"), record(3, "/old2/a.jpg")]
    arrived = [
        ("/new/a.jpg", 10, 20),
        ("/new/b.jpg", 10, 21),  # other mtime: another photo
        ("/new2/a.jpg", 10, 20),
        ("/new3/a.jpg", 10, 20),  # a third copy: nothing left to pair with
    ]
    pairs = pair_moves(gone, arrived)
    assert sorted((r.id, p) for r, p in pairs) == [(1, "/new2/a.jpg"), (3, "/new/a.jpg")]


def test_a_departed_photo_is_claimed_within_its_grace_and_forgotten_after(clock):
    departures = Departures(grace=2.0, clock=clock)
    departures.add(record(1, "/p/a.jpg"))
    departures.add(record(2, "/p/b.jpg"))
    clock.advance(1.0)
    assert departures.expired() == []
    claimed = departures.claim("/q/a.jpg", 10, 20)
    assert claimed is not None and claimed.id == 1
    assert departures.claim("/q/a.jpg", 10, 20) is None  # claimed once
    assert departures.claim("/q/b.jpg", 10, 99) is None  # not the same file
    clock.advance(1.0)
    assert departures.expired() == [2]
    assert not departures


def test_departures_can_be_dropped_by_record(clock):
    departures = Departures(grace=2.0, clock=clock)
    departures.add(record(1, "/p/a.jpg"))
    departures.add(record(2, "/p/b.jpg"))
    departures.drop(lambda r: r.id != 1)
    clock.advance(3)
    assert departures.expired() == [2]


# -- purge schedule and change log -----------------------------------------------------------


def test_a_vector_is_due_for_purge_only_after_its_grace_from_when_first_seen(clock):
    purges = PurgeSchedule(grace=60.0, clock=clock)
    purges.note([1, 2])
    clock.advance(30)
    purges.note([2, 3])  # 2 keeps its first time
    clock.advance(29)
    assert purges.due() == []
    clock.advance(2)
    assert sorted(purges.due()) == [1, 2]
    assert len(purges) == 1
    clock.advance(30)
    assert purges.due() == [3] and len(purges) == 0


def test_the_change_log_hands_over_each_change_once_and_folds_moves():
    log = ChangeLog()
    assert not log.take()
    log.added(1)
    log.added(1)
    log.updated(2)
    log.moved(3, "/a", "/b")
    log.moved(3, "/b", "/c")
    log.moved(4, "/x", "/y")
    log.moved(4, "/y", "/x")  # back where it was: no move
    log.added(5)
    log.removed([5])
    changes = log.take()
    assert changes == LibraryChanges(
        added=(1,), updated=(2,), removed=(5,), moved=((3, "/a", "/c"),)
    )
    assert changes and not log.take()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_reading_photos_in_a_watched_folder_gives_the_watcher_nothing_to_do(tmp_path):
    """Every thumbnail the window decodes, and every photo opened in any program, reads a
    file in a watched folder: the watcher hears of changes only, and knows from the start
    that closes after writing are reported (a file still being written is waited for)."""
    folder = tmp_path / "Pictures"
    (folder / "trip").mkdir(parents=True)
    photo = folder / "trip" / "IMG_0001.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 1000)
    events: queue.Queue = queue.Queue()
    observers = Observers(events, on_notice=lambda message: None, polling=[])
    observers.watch(str(folder))
    try:
        assert observers.reports_closes == {str(folder)}
        for _ in range(20):
            photo.read_bytes()
            list((folder / "trip").iterdir())
        written = folder / "trip" / "IMG_0002.jpg"
        written.write_bytes(b"\xff\xd8" + b"y" * 1000)  # a change, heard after the reads
        seen = []
        while not any(isinstance(e, FileClosedEvent) for e in seen):
            seen.append(events.get(timeout=10))
        assert {os.fsdecode(e.src_path) for e in seen} == {str(written)}
        assert {type(e) for e in seen} >= {FileCreatedEvent, FileClosedEvent}
    finally:
        observers.stop_all()
