"""QueryRunner.browse_columns, the window's read of a whole browse at once: the same photos,
order and dates as running the request and resolving its items, whatever the filters."""

from __future__ import annotations

import datetime as dt

import pytest

from mclip_desktop.core.query import DateRange, Filters, SearchRequest, Term
from tests.unit.test_query import lib  # noqa: F401 - the fixture


@pytest.mark.parametrize("case", ["none", "type", "dates", "folder and type"])
def test_browse_columns_match_the_resolved_request(lib, case):  # noqa: F811
    filters = {
        "none": Filters(),
        "type": Filters(types=frozenset({"png"})),
        "dates": Filters(dates=DateRange(dt.date(2021, 3, 3), dt.date(2021, 6, 27))),
        "folder and type": Filters(
            folders=(lib.folders[1].path + "/deep",), types=frozenset({"jpeg"})
        ),
    }[case]
    request = SearchRequest(filters=filters)
    expected = lib.runner.run(request).items()
    paths, dates = lib.runner.browse_columns(request)
    assert expected
    assert list(zip(paths, dates, strict=True)) == [(r.path, r.taken or "") for r in expected]
    limited, _ = lib.runner.browse_columns(SearchRequest(filters=filters, limit=7))
    assert limited == [r.path for r in expected[:7]]


def test_a_content_shows_once_at_the_copy_the_filters_keep(lib):  # noqa: F811
    original = lib.paths_of(9)[3]
    record = lib.catalog.file_by_path(original)
    copy = lib.folders[0].path + "/copies/again.jpg"
    with lib.catalog.transaction():
        lib.catalog.upsert_pending(lib.folders[0].id, copy, 10, 1)
        copy_id = lib.catalog.file_by_path(copy).id
        lib.catalog.mark_ok(copy_id, 10, 1, record.fingerprint, 1, 1, None, kind="jpeg")
    everything, _ = lib.runner.browse_columns(SearchRequest())
    assert len(everything) == len(lib.cluster)
    assert (original in everything) != (copy in everything)
    only, _ = lib.runner.browse_columns(
        SearchRequest(filters=Filters(folders=(lib.folders[0].path + "/copies",)))
    )
    assert only == [copy]
    with pytest.raises(ValueError):
        lib.runner.browse_columns(SearchRequest(terms=(Term.photo(original),)))


def test_photos_waiting_to_be_indexed_browse_at_their_date_among_the_others(lib):  # noqa: F811
    indexed, indexed_dates = lib.runner.browse_columns(SearchRequest())
    middle = len(indexed) // 2
    # Not read yet: a capture time is not known, so the modification time stands in.
    newest = dt.datetime.fromisoformat(indexed_dates[0]) + dt.timedelta(days=30)
    between = dt.datetime.fromisoformat(indexed_dates[middle]) - dt.timedelta(seconds=1)
    waiting = {
        lib.folders[0].path + "/new/IMG_9001.jpg": newest,
        lib.folders[1].path + "/new/IMG_9002.png": between,
    }
    with lib.catalog.transaction():
        for path, when in waiting.items():
            folder = lib.folders[0] if path.startswith(lib.folders[0].path + "/") else lib.folders[1]
            lib.catalog.upsert_pending(folder.id, path, 1000, int(when.timestamp() * 1e9))
    paths, dates = lib.runner.browse_columns(SearchRequest())
    assert len(paths) == len(indexed) + 2
    assert paths[0] == lib.folders[0].path + "/new/IMG_9001.jpg"
    assert dates[0] == newest.isoformat(timespec="seconds")
    assert dates == sorted(dates, reverse=True)
    assert [p for p in paths if p not in waiting] == indexed  # the others keep their order
    newer = sum(d > between.isoformat(timespec="seconds") for d in indexed_dates)
    assert paths.index(lib.folders[1].path + "/new/IMG_9002.png") == 1 + newer
    # Filters and limits apply to them as to the others.
    inside, _ = lib.runner.browse_columns(
        SearchRequest(filters=Filters(folders=(lib.folders[1].path + "/new",)))
    )
    assert inside == [lib.folders[1].path + "/new/IMG_9002.png"]
    first, _ = lib.runner.browse_columns(SearchRequest(limit=3))
    assert first == paths[:3]
    left, _ = lib.runner.browse_columns(
        SearchRequest(exclude_paths=(lib.folders[0].path + "/new/IMG_9001.jpg",))
    )
    assert left == paths[1:]
