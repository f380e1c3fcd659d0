"""Moving photos to the desktop's trash (never deleting them outright), with the catalog
following at once so browsing, search and counts stop showing them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from send2trash import send2trash

from mclip_desktop.core.catalog import Catalog


@dataclass
class TrashResult:
    trashed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # path, reason


def trash_photos(catalog: Catalog, paths: Iterable[str]) -> TrashResult:
    result = TrashResult()
    for path in paths:
        try:
            send2trash(path)
        except (OSError, Exception) as exc:  # noqa: BLE001 - send2trash raises its own types
            result.failed.append((path, str(exc) or type(exc).__name__))
            continue
        result.trashed.append(path)
    ids = [r.id for r in (catalog.file_by_path(p) for p in result.trashed) if r is not None]
    if ids:
        with catalog.transaction():
            catalog.delete_files(ids)
    return result
