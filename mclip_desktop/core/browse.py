"""Browsing the library without a query: every photo, newest first by capture date (EXIF
``taken_at``, else the file's modification time), optionally within one folder.

One small function so the GUI has a single place to read browse pages from; a search
request with no terms can answer the same question later.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.exclusions import is_excluded

# EXIF dates are "YYYY:MM:DD HH:MM:SS"; anything else (blank, damaged) falls back to mtime.
_CAPTURE_DATE = (
    "CASE WHEN taken_at GLOB '[12][0-9][0-9][0-9]:[01][0-9]:[0-3][0-9]*' "
    "THEN replace(substr(taken_at, 1, 10), ':', '-') || substr(taken_at, 11, 9) "
    "ELSE datetime(mtime_ns / 1000000000, 'unixepoch', 'localtime') END"
)


@dataclass(frozen=True)
class BrowseItem:
    path: str
    date: str  # "YYYY-MM-DD HH:MM:SS", local time; the month is date[:7]


def browse(
    catalog: Catalog, folder: str | None = None, excluded: Sequence[str] = ()
) -> list[BrowseItem]:
    """Photos that are indexed or waiting to be, newest first. ``folder`` keeps those under
    it; ``excluded`` drops those under any of those folders."""
    sql = f"SELECT path, {_CAPTURE_DATE} AS d FROM files WHERE status != 'failed'"
    args: list[str] = []
    if folder:
        sql += " AND substr(path, 1, CAST(? AS INTEGER)) = ?"
        prefix = folder.rstrip(os.sep) + os.sep
        args += [str(len(prefix)), prefix]  # a prefix match, unlike LIKE, ignores % and _
    sql += " ORDER BY d DESC, path"
    rows = catalog._db.execute(sql, args)
    items = [BrowseItem(path, date or "") for path, date in rows]
    if excluded:
        items = [i for i in items if not is_excluded(i.path, excluded)]
    return items


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
