"""Browsing the library without a query: every photo, newest first by capture date.

The window browses through ``QueryRunner.browse_columns`` (``Catalog.browse_rows``);
``folder_counts`` counts the sidebar's folders. ``browse`` is the older read, by EXIF
``taken_at`` else the file's modification time, including photos still waiting for a
vector.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import NamedTuple

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.exclusions import is_excluded

# EXIF dates are "YYYY:MM:DD HH:MM:SS"; anything else (blank, damaged) falls back to mtime.
# The expression is indexed (files_capture_date), so it must be deterministic: the mtime
# fallback is in UTC ('localtime' would make SQLite refuse the index), which can put a photo
# without EXIF taken within hours of midnight at a month's end under the next month.
_CAPTURE_DATE = (
    "(CASE WHEN taken_at GLOB '[12][0-9][0-9][0-9]:[01][0-9]:[0-3][0-9]*' "
    "THEN replace(substr(taken_at, 1, 10), ':', '-') || substr(taken_at, 11, 9) "
    "ELSE datetime(mtime_ns / 1000000000, 'unixepoch') END)"
)
_INDEX = f"CREATE INDEX IF NOT EXISTS files_capture_date ON files({_CAPTURE_DATE})"
_indexed: set[str] = set()


class BrowseItem(NamedTuple):  # a tuple: 100k of them are made per browse
    path: str
    date: str  # "YYYY-MM-DD HH:MM:SS", local time; the month is date[:7]


def browse(
    catalog: Catalog,
    folder: str | None = None,
    excluded: Sequence[str] = (),
    limit: int | None = None,
) -> list[BrowseItem]:
    """Photos that are indexed or waiting to be, newest first. ``folder`` keeps those under
    it; ``excluded`` drops those under any of those folders; ``limit`` gives only the newest
    ones (the first screen, read off the index in milliseconds)."""
    _ensure_index(catalog)
    sql = f"SELECT path, {_CAPTURE_DATE} FROM files WHERE status != 'failed'"
    args: list[str] = []
    if folder:
        sql += " AND substr(path, 1, CAST(? AS INTEGER)) = ?"
        prefix = folder.rstrip(os.sep) + os.sep
        args += [str(len(prefix)), prefix]  # a prefix match, unlike LIKE, ignores % and _
    sql += f" ORDER BY {_CAPTURE_DATE} DESC"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(str(limit))
    items = list(map(BrowseItem._make, catalog._db.execute(sql, args)))
    if excluded:
        items = [i for i in items if not is_excluded(i.path, excluded)]
    return items


def _ensure_index(catalog: Catalog) -> None:
    """Newest-first pages come straight off an index instead of sorting the whole library
    (about 0.7 s for 100k photos on a busy 2-core machine). Made once per catalog file, by
    whichever connection browses first; CREATE INDEX IF NOT EXISTS is a no-op after that."""
    key = str(catalog.path) if hasattr(catalog, "path") else str(id(catalog))
    if key in _indexed:
        return
    try:
        with catalog.transaction():
            catalog._db.execute(_INDEX)
    except Exception:  # noqa: BLE001 - a read-only catalog still browses, just sorted
        pass
    _indexed.add(key)


def folder_counts(catalog: Catalog, folders: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(photos, still waiting to be indexed) per watched folder path."""
    counts: dict[str, tuple[int, int]] = {}
    for folder in folders:
        prefix = folder.rstrip(os.sep) + os.sep
        total, pending = catalog._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(status = 'pending'), 0) FROM files "
            "WHERE status != 'failed' AND substr(path, 1, CAST(? AS INTEGER)) = ?",
            (len(prefix), prefix),
        ).fetchone()
        counts[folder] = (int(total), int(pending))
    return counts
