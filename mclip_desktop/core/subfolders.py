"""The subfolders of a folder that hold photos, with how many each holds (its own subfolders
included), for the sidebar's Folders tree. Read from the catalog, so a subfolder appears only
once it has photos the grid would show, and a folder of other files never does."""

from __future__ import annotations

import os
from typing import NamedTuple

from mclip_desktop.core.catalog import Catalog


class Subfolder(NamedTuple):
    photos: int  # under it, its own subfolders included
    nested: bool  # whether it has subfolders with photos itself


def subfolder_counts(catalog: Catalog, folder: str) -> dict[str, Subfolder]:
    """{subfolder path: its photos and whether it goes deeper} for the direct subfolders of
    ``folder``."""
    prefix = folder.rstrip(os.sep) + os.sep
    # substr/instr on the part after the prefix: the first path component is the subfolder;
    # a prefix match, unlike LIKE, is not fooled by % or _ in folder names.
    rows = catalog._db.execute(
        "SELECT substr(rest, 1, instr(rest, ?) - 1) AS child, COUNT(*),"
        "  MAX(instr(substr(rest, instr(rest, ?) + 1), ?) > 0) FROM ("
        "  SELECT substr(path, CAST(? AS INTEGER)) AS rest FROM files"
        "  WHERE status != 'failed' AND substr(path, 1, CAST(? AS INTEGER)) = ?"
        ") WHERE instr(rest, ?) > 0 GROUP BY child",
        (os.sep, os.sep, os.sep, len(prefix) + 1, len(prefix), prefix, os.sep),
    )
    return {
        prefix + child: Subfolder(int(count), bool(nested))
        for child, count, nested in rows
        if child
    }
