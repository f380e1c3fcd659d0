"""The album table's vectors saved beside the search index, so that a fresh process (the
command line's ``albums add`` / ``show`` / ``list``) maps them from one file instead of
reading 100k rows out of SQLite (7.8 s at 100k photos on the benchmark machine).

Like the search index it is derived from the catalog and may be deleted at any time. It is
valid for one catalog (its random identity) and one image model; embedding ids only grow and
a stored vector never changes, so a saved table is brought up to date by the same catch-up
that keeps a table in memory current: rows above its last id are read from the catalog, and
rows deleted since are dropped. Anything unexpected in the files (a crash mid-write, another
format) makes the loader return nothing, and the catalog is read as before.

Files: ``albums-<model>.npy`` (the unit vectors, float32, memory-mapped when read) and
``albums-<model>.rows.npz`` (ids, fingerprints, catalog identity, model id, and the size of
the matrix file it belongs to). Each is written to a temporary name and renamed into place,
the rows file last, so a reader sees either the old pair or the new one.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from mclip_desktop.core.vector_index import _process_alive, model_key

FORMAT = 1


def cache_paths(data_dir: Path, model_id: str) -> tuple[Path, Path]:
    stem = data_dir / f"albums-{model_key(model_id)}"
    return stem.with_suffix(".npy"), stem.with_suffix(".rows.npz")


def files_path(data_dir: Path, model_id: str) -> Path:
    return data_dir / f"albums-{model_key(model_id)}.files.npz"


# file id -> (path, fingerprint, EXIF capture time, mtime in ns), as PhotoTable keeps them
Files = dict[int, tuple[str, str, str | None, int]]


def save_files(
    data_dir: Path, model_id: str, catalog_id: str, files: Files, known: set[int],
    seen_at: float,
) -> bool:
    """The table's readable files, and when it last looked (the catalog's newest
    ``updated_at``): a fresh process reads only rows changed since."""
    path = files_path(data_dir, model_id)
    _remove_orphans(path)
    temp = path.with_name(path.name + f".tmp{os.getpid()}")
    ids = np.fromiter(files, dtype=np.int64, count=len(files))
    rows = list(files.values())
    try:
        with open(temp, "wb") as f:
            np.savez(
                f,
                format=np.int64(FORMAT),
                catalog_id=np.str_(catalog_id),
                seen_at=np.float64(seen_at),
                known=np.fromiter(known, dtype=np.int64, count=len(known)),
                ids=ids,
                paths=np.asarray([r[0] for r in rows], dtype=np.str_),
                fingerprints=np.asarray([r[1] for r in rows], dtype=np.str_),
                taken=np.asarray([r[2] or "" for r in rows], dtype=np.str_),
                mtimes=np.asarray([r[3] for r in rows], dtype=np.int64),
            )  # fmt: skip
        os.replace(temp, path)
        return True
    except (OSError, UnicodeError):
        temp.unlink(missing_ok=True)
        return False


def load_files(
    data_dir: Path, model_id: str, catalog_id: str
) -> tuple[Files, set[int], float] | None:
    try:
        with np.load(files_path(data_dir, model_id), allow_pickle=False) as saved:
            if int(saved["format"]) != FORMAT or str(saved["catalog_id"]) != catalog_id:
                return None
            files = {
                int(i): (p, f, t or None, int(m))
                for i, p, f, t, m in zip(
                    saved["ids"].tolist(), saved["paths"].tolist(),
                    saved["fingerprints"].tolist(), saved["taken"].tolist(),
                    saved["mtimes"].tolist(), strict=True,
                )
            }  # fmt: skip
            return files, set(saved["known"].tolist()), float(saved["seen_at"])
    except (OSError, KeyError, ValueError):
        return None


def load(
    data_dir: Path, model_id: str, catalog_id: str
) -> tuple[np.ndarray, np.ndarray, list[str]] | None:
    """(ids, unit vectors memory-mapped, fingerprints), or None when there is no usable
    saved table for this catalog and model."""
    matrix_path, rows_path = cache_paths(data_dir, model_id)
    try:
        with np.load(rows_path, allow_pickle=False) as rows:
            if (
                int(rows["format"]) != FORMAT
                or str(rows["catalog_id"]) != catalog_id
                or str(rows["model_id"]) != model_id
                or int(rows["matrix_bytes"]) != matrix_path.stat().st_size
            ):
                return None
            ids = rows["ids"].astype(np.int64)
            fingerprints = rows["fingerprints"].tolist()
        matrix = np.load(matrix_path, mmap_mode="r", allow_pickle=False)
    except (OSError, KeyError, ValueError):
        return None
    if matrix.ndim != 2 or matrix.shape[0] != len(ids) or len(fingerprints) != len(ids):
        return None
    if len(ids) > 1 and not bool(np.all(ids[1:] > ids[:-1])):
        return None
    return ids, matrix, [str(f) for f in fingerprints]


def save(
    data_dir: Path,
    model_id: str,
    catalog_id: str,
    ids: np.ndarray,
    matrix: np.ndarray,
    fingerprints: list[str],
) -> bool:
    """Write the table; False (and nothing half-written left) when the folder refuses."""
    matrix_path, rows_path = cache_paths(data_dir, model_id)
    _remove_orphans(matrix_path, rows_path)
    suffix = f".tmp{os.getpid()}"
    temp_matrix = matrix_path.with_name(matrix_path.name + suffix)
    temp_rows = rows_path.with_name(rows_path.name + suffix)
    try:
        with open(temp_matrix, "wb") as f:
            np.save(f, np.ascontiguousarray(matrix, dtype=np.float32), allow_pickle=False)
        with open(temp_rows, "wb") as f:
            np.savez(
                f,
                format=np.int64(FORMAT),
                catalog_id=np.str_(catalog_id),
                model_id=np.str_(model_id),
                matrix_bytes=np.int64(temp_matrix.stat().st_size),
                ids=np.asarray(ids, dtype=np.int64),
                fingerprints=np.asarray(fingerprints, dtype=np.str_),
            )
        os.replace(temp_matrix, matrix_path)
        os.replace(temp_rows, rows_path)
        return True
    except OSError:
        for temp in (temp_matrix, temp_rows):
            temp.unlink(missing_ok=True)
        return False


def _remove_orphans(*paths: Path) -> None:
    """Temporary files of a process killed while saving (200 MB each at 100k photos)."""
    for path in paths:
        for temp in path.parent.glob(path.name + ".tmp*"):
            pid = temp.name.rsplit(".tmp", 1)[-1]
            if pid.isdigit() and int(pid) != os.getpid() and not _process_alive(int(pid)):
                temp.unlink(missing_ok=True)
