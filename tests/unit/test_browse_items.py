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
