"""Subfolders the user excluded from the index, kept in the catalog (so the GUI, ``index``
and ``watch`` all honour them) and applied by the scanner through ``filter_excluded``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import TypeVar

from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.ingest.scan import is_inside

_KEY = "excluded_folders"
T = TypeVar("T")


def excluded_folders(catalog: Catalog) -> list[str]:
    stored = catalog.meta(_KEY)
    if stored is None:
        return []
    try:
        value = json.loads(stored)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def set_excluded_folders(catalog: Catalog, folders: Iterable[str]) -> None:
    catalog.set_meta({_KEY: json.dumps(sorted({os.path.abspath(f) for f in folders}))})


def exclude_folder(catalog: Catalog, folder: str) -> list[str]:
    """Exclude ``folder``; its photos leave the catalog at once (the next scan agrees)."""
    folder = os.path.abspath(folder)
    folders = [*excluded_folders(catalog), folder]
    set_excluded_folders(catalog, folders)
    with catalog.transaction():
        catalog.delete_files(record.id for record in catalog.files_under(folder))
    return folders


def include_folder(catalog: Catalog, folder: str) -> list[str]:
    folders = [f for f in excluded_folders(catalog) if f != os.path.abspath(folder)]
    set_excluded_folders(catalog, folders)
    return folders


def is_excluded(path: str, excluded: Iterable[str]) -> bool:
    return any(is_inside(path, folder, or_same=True) for folder in excluded)


def filter_excluded(catalog: Catalog, found: dict[str, T]) -> dict[str, T]:
    """The scanner's hook: drop files under excluded folders from what it found on disk
    (files it knew there then count as gone and leave the catalog)."""
    excluded = excluded_folders(catalog)
    if not excluded:
        return found
    return {p: v for p, v in found.items() if not is_excluded(p, excluded)}
