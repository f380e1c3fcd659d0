"""The catalog: one SQLite database that is the truth about folders, files and embeddings.

Embeddings are keyed by content fingerprint and model id, so a moved file or an exact
duplicate reuses the vector already computed. A file counts as indexed when its fingerprint
has an embedding for the model in use; switching models therefore re-embeds without
forgetting anything.

One thread writes through a ``Catalog``; other threads and processes open their own.

The schema version lives in ``PRAGMA user_version``. An older catalog is copied with SQLite's
backup API (``catalog-backup-schema<N>-<time>.sqlite3`` beside it) and then migrated in one
transaction; a catalog from a newer version is refused after a read-only look, so that not
even a WAL checkpoint touches it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mclip_desktop.core.errors import CatalogError

SCHEMA_VERSION = 6

_SCHEMA_V1 = """
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    online INTEGER NOT NULL DEFAULT 1,
    added_at REAL NOT NULL
);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    fingerprint TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'ok', 'failed')),
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    taken_at TEXT,
    width INTEGER,
    height INTEGER,
    updated_at REAL NOT NULL
);
CREATE INDEX files_folder ON files(folder_id);
CREATE INDEX files_fingerprint ON files(fingerprint);
CREATE INDEX files_status ON files(status);
-- AUTOINCREMENT: embedding ids are vector-index labels and must never be reused.
CREATE TABLE embeddings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fingerprint TEXT NOT NULL,
    model_id TEXT NOT NULL,
    vector BLOB NOT NULL,
    created_at REAL NOT NULL,
    UNIQUE (fingerprint, model_id)
);
CREATE INDEX embeddings_model ON embeddings(model_id, id);
"""

# Version 2: an identity for the catalog, so that a vector index saved for another catalog
# (a copied or restored data folder) is never taken for this one's.
_SCHEMA_V2 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('catalog_id', lower(hex(randomblob(16))));
"""

# Version 3: paths are stored losslessly. A file name that is not valid UTF-8 (legal on Linux:
# old cameras, Windows archives, Shift-JIS CDs) is kept as its raw bytes in the TEXT column;
# the tables do not change, but an older version would fail to read such a row, so it must
# refuse the catalog, and the version says so.
_SCHEMA_V3 = ""


# The capture time as searching compares it: EXIF DateTimeOriginal ("YYYY:MM:DD HH:MM:SS")
# when it is a real date, else the file's modification time, both as ISO local time
# ("YYYY-MM-DDTHH:MM:SS"), which sorts and compares as text.
_TAKEN_SQL = (
    "CASE WHEN taken_at GLOB '[12][0-9][0-9][0-9]:[01][0-9]:[0-3][0-9] [0-2][0-9]:[0-5][0-9]:"
    "[0-5][0-9]*' AND substr(taken_at, 6, 2) BETWEEN '01' AND '12' AND substr(taken_at, 9, 2) "
    "BETWEEN '01' AND '31' THEN substr(taken_at, 1, 4) || '-' || substr(taken_at, 6, 2) || '-' "
    "|| substr(taken_at, 9, 2) || 'T' || substr(taken_at, 12, 8) ELSE strftime('%Y-%m-%dT%H:%M:"
    "%S', mtime_ns / 1000000000, 'unixepoch', 'localtime') END"
)

# Version 4: capture time and detected file type, indexed, for search filters and date order.
# Existing rows get their capture time from what was stored (EXIF date or mtime: exact); their
# type is taken from the file name until the file is read again, since only reading tells the
# content's real type.
_SCHEMA_V4 = f"""
ALTER TABLE files ADD COLUMN taken TEXT;
ALTER TABLE files ADD COLUMN kind TEXT;
UPDATE files SET taken = {_TAKEN_SQL};
UPDATE files SET kind = CASE lower(replace(path, rtrim(path, replace(path, '.', '')), ''))
    WHEN 'jpg' THEN 'jpeg' WHEN 'jpeg' THEN 'jpeg' WHEN 'jpe' THEN 'jpeg' WHEN 'png' THEN 'png'
    WHEN 'webp' THEN 'webp' WHEN 'gif' THEN 'gif' WHEN 'tif' THEN 'tiff' WHEN 'tiff' THEN 'tiff'
    WHEN 'bmp' THEN 'bmp' WHEN 'avif' THEN 'avif' WHEN 'heic' THEN 'heic' WHEN 'heif' THEN 'heic'
    END WHERE status = 'ok';
CREATE INDEX files_taken ON files(taken, fingerprint) WHERE status = 'ok';
CREATE INDEX files_kind ON files(kind)
"""


# Version 5: a small grey picture of each content, for telling copies of a photo from other
# photos (core/query/duplicates.py), with what the keeper choice needs from the file itself.
# Keyed by fingerprint like the vectors, so exact copies and moved files share one.
_SCHEMA_V5 = """
CREATE TABLE photo_prints (
    fingerprint TEXT PRIMARY KEY,
    thumb BLOB NOT NULL,
    quality INTEGER,
    exif INTEGER NOT NULL,
    created_at REAL NOT NULL
);
"""

# Version 6: smart albums. An album stores what it asks for (labels, example photos, filters,
# strictness), never its members, which are derived from the vectors. Example photos and
# overrides are keyed by content fingerprint, so moves and renames keep them. Term vectors
# are stored per model (a label per text model, an example per image model) and computed
# again for a model that has none.
_SCHEMA_V6 = """
CREATE TABLE albums (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    labels TEXT NOT NULL,
    folders TEXT NOT NULL DEFAULT '[]',
    taken_after TEXT,
    taken_before TEXT,
    strictness REAL NOT NULL DEFAULT 0.5,
    created_at REAL NOT NULL
);
CREATE TABLE album_examples (
    album_id INTEGER NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (album_id, fingerprint)
);
CREATE TABLE album_overrides (
    album_id INTEGER NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    member INTEGER NOT NULL CHECK (member IN (0, 1)),
    PRIMARY KEY (album_id, fingerprint)
);
CREATE TABLE album_vectors (
    album_id INTEGER NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('label', 'example')),
    term TEXT NOT NULL,
    model_id TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (album_id, kind, term, model_id)
);
-- Albums catch up with the files changed since they last looked.
CREATE INDEX files_updated ON files(updated_at)
"""

_MIGRATIONS: dict[int, str] = {
    1: _SCHEMA_V1,
    2: _SCHEMA_V2,
    3: _SCHEMA_V3,
    4: _SCHEMA_V4,
    5: _SCHEMA_V5,
    6: _SCHEMA_V6,
}

# SQLite result codes that mean the disk, not the program, is at fault.
_DISK_FULL = {"SQLITE_FULL"}
_READ_ONLY = {"SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_DBMOVED"}


@dataclass(frozen=True)
class Folder:
    id: int
    path: str
    online: bool


@dataclass(frozen=True)
class FileRecord:
    id: int
    folder_id: int
    path: str
    size: int
    mtime_ns: int
    fingerprint: str | None
    status: str
    error: str | None


@dataclass(frozen=True)
class FileConditions:
    """Conditions on files, as search filters give them: folders (subfolders included),
    capture time as ISO local text (``taken_from`` inclusive, ``taken_before`` exclusive),
    detected types. Empty means no condition."""

    folders: tuple[str, ...] = ()
    taken_from: str | None = None
    taken_before: str | None = None
    types: tuple[str, ...] = ()

    def sql(self) -> tuple[str, list[object]]:
        """A condition on ``files f``, and its parameters."""
        parts: list[str] = []
        params: list[object] = []
        if self.folders:
            # A range on the path index: everything under "dir/" sorts before "dir0".
            ranges = []
            for folder in self.folders:
                base = folder.rstrip(os.sep)
                ranges.append("(f.path > ? AND f.path < ?)")
                params.extend([base + os.sep, base + chr(ord(os.sep) + 1)])
            parts.append("(" + " OR ".join(ranges) + ")")
        if self.taken_from is not None:
            parts.append("f.taken >= ?")
            params.append(self.taken_from)
        if self.taken_before is not None:
            parts.append("f.taken < ?")
            params.append(self.taken_before)
        if self.types:
            parts.append(f"f.kind IN ({','.join('?' * len(self.types))})")
            params.extend(self.types)
        return (" AND ".join(parts) or "1"), params


@dataclass(frozen=True)
class DuplicateCandidate:
    """A readable file as the duplicate finder sees it."""

    id: int
    path: str
    size: int
    mtime_ns: int
    fingerprint: str
    width: int | None
    height: int | None
    taken_at: str | None
    quality: int | None
    exif: int | None
    has_print: bool


@dataclass(frozen=True)
class Counts:
    indexed: int
    pending: int
    failed: int
    embeddings: int


class Catalog:
    # has_work's last answer, with what the database looked like when it was given.
    _work_answer: tuple[tuple[str, int, int], bool] | None = None

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.exists():
            raise CatalogError("catalog.missing", path=str(path))
        # A catalog from a newer version is refused before anything opens it for writing.
        self._refuse_newer(peek_schema_version(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # One thread at a time uses a Catalog, but not always the one that opened it
            # (the GUI opens the library, its indexing thread writes).
            self._db = sqlite3.connect(
                str(path), timeout=30.0, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise _open_error(path, exc) from exc
        self._db.text_factory = _decode_text
        self._in_transaction = False
        # Where the catalog was copied before this open migrated it, if it did.
        self.backup_path: Path | None = None
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 30000")
            self._refuse_newer(self.schema_version)  # before WAL mode rewrites the header
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except CatalogError:
            self._db.close()
            raise
        except sqlite3.Error as exc:
            self._db.close()
            raise _open_error(path, exc) from exc

    @classmethod
    def read_only(cls, path: Path) -> Catalog:
        """A connection that can only read (for checks): no upgrade, no WAL switch, and a
        catalog of an older schema is read as it is."""
        catalog = cls.__new__(cls)
        catalog.path = path
        catalog.backup_path = None
        catalog._in_transaction = False
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
        try:
            catalog._db = sqlite3.connect(uri, uri=True, timeout=30.0, check_same_thread=False)
            catalog._db.text_factory = _decode_text
            catalog._db.execute("PRAGMA busy_timeout = 30000")
        except sqlite3.Error as exc:
            raise _open_error(path, exc) from exc
        return catalog

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for stores kept in their own modules (albums) that share this
        catalog's transactions."""
        return self._db

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def catalog_id(self) -> str:
        """A random identity made with the catalog; a vector index records it."""
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'catalog_id'").fetchone()
        except sqlite3.OperationalError:
            return ""  # a catalog of schema 1, read as it is
        return str(row[0]) if row else ""

    def _refuse_newer(self, version: int | None) -> None:
        if version is not None and version > SCHEMA_VERSION:
            raise CatalogError(
                "catalog.newer", path=str(self.path), version=version, known=SCHEMA_VERSION
            )

    def _migrate(self) -> None:
        version = self.schema_version
        if version == SCHEMA_VERSION:
            return
        self.backup_path = self._backup(version) if version > 0 else None
        with self.transaction():
            # Another process may have migrated between the look above and the write lock.
            version = self.schema_version
            self._refuse_newer(version)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target}")

    def _backup(self, version: int) -> Path:
        """Copy the catalog as it is, with SQLite's backup API, before migrating it. The copy
        is written under a temporary name and renamed, so a complete-looking backup is one."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.stem}-backup-schema{version}-{stamp}.sqlite3")
        partial = target.with_name(target.name + ".partial")
        try:
            copy = sqlite3.connect(str(partial))
            try:
                self._db.backup(copy)
                # One self-contained file: no -wal or -shm beside the backup.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise CatalogError(
                "catalog.backup_failed", detail=str(exc), path=str(self.path), version=version,
                known=SCHEMA_VERSION,
            ) from exc  # fmt: skip
        return target

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_transaction:
            yield
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            user_error = self._user_error(exc)
            if user_error is None:
                raise
            raise user_error from exc
        self._in_transaction = True
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException as exc:
            # A failed COMMIT (disk full) may leave the transaction open, and an error inside
            # it may already have rolled it back: roll back only what is still open.
            if self._db.in_transaction:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the original error says more
            if isinstance(exc, sqlite3.Error):
                user_error = self._user_error(exc)
                if user_error is not None:
                    raise user_error from exc
            raise
        finally:
            self._in_transaction = False

    def _user_error(self, exc: sqlite3.Error) -> CatalogError | None:
        """A message for errors that the user, not the program, can fix."""
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name in _DISK_FULL or "database or disk is full" in str(exc):
            return CatalogError("catalog.disk_full", detail=str(exc), path=str(self.path))
        if name in _READ_ONLY or "readonly database" in str(exc):
            return CatalogError("catalog.read_only", detail=str(exc), path=str(self.path))
        if name.startswith("SQLITE_IOERR") or name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            return CatalogError("catalog.write_failed", detail=str(exc), path=str(self.path))
        if name == "SQLITE_BUSY" or "database is locked" in str(exc):
            return CatalogError("catalog.locked", detail=str(exc), path=str(self.path))
        return None

    # -- folders ------------------------------------------------------------------------

    def add_folder(self, path: str, *, absorb_children: bool = False) -> Folder:
        """Add a watched folder; with absorb_children, watched folders inside it merge into
        it, keeping their files and embeddings."""
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO folders (path, online, added_at) "
                "VALUES (CAST(? AS TEXT), 1, ?)",
                (_stored(path), time.time()),
            )
            folder = self.folder_by_path(path)
            assert folder is not None
            if absorb_children:
                prefix = path.rstrip(os.sep) + os.sep
                for child in self.folders():
                    if child.id != folder.id and child.path.startswith(prefix):
                        self._db.execute(
                            "UPDATE files SET folder_id = ? WHERE folder_id = ?", (folder.id, child.id)
                        )
                        self._db.execute("DELETE FROM folders WHERE id = ?", (child.id,))
        return folder

    def folder_by_path(self, path: str) -> Folder | None:
        row = self._db.execute(
            "SELECT id, path, online FROM folders WHERE path = CAST(? AS TEXT)", (_stored(path),)
        ).fetchone()
        return Folder(row[0], row[1], bool(row[2])) if row else None

    def folders(self) -> list[Folder]:
        rows = self._db.execute("SELECT id, path, online FROM folders ORDER BY path").fetchall()
        return [Folder(r[0], r[1], bool(r[2])) for r in rows]

    def remove_folder(self, folder_id: int) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM files WHERE folder_id = ?", (folder_id,))
            self._db.execute("DELETE FROM folders WHERE id = ?", (folder_id,))

    def set_folder_online(self, folder_id: int, online: bool) -> None:
        with self.transaction():
            self._db.execute("UPDATE folders SET online = ? WHERE id = ?", (int(online), folder_id))

    # -- files --------------------------------------------------------------------------

    def files_in_folder(self, folder_id: int) -> dict[str, tuple[int, int, int, str]]:
        """path -> (file id, size, mtime_ns, status) for every file recorded under a folder."""
        rows = self._db.execute(
            "SELECT path, id, size, mtime_ns, status FROM files WHERE folder_id = ?", (folder_id,)
        )
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def file_by_path(self, path: str) -> FileRecord | None:
        row = self._db.execute(
            "SELECT id, folder_id, path, size, mtime_ns, fingerprint, status, error "
            "FROM files WHERE path = CAST(? AS TEXT)",
            (_stored(path),),
        ).fetchone()
        return FileRecord(*row) if row else None

    def upsert_pending(self, folder_id: int, path: str, size: int, mtime_ns: int) -> None:
        """Record a new or changed file as waiting to be read."""
        self._db.execute(
            "INSERT INTO files (folder_id, path, size, mtime_ns, status, updated_at) "
            "VALUES (?, CAST(? AS TEXT), ?, ?, 'pending', ?) "
            "ON CONFLICT(path) DO UPDATE SET folder_id = excluded.folder_id, "
            "size = excluded.size, mtime_ns = excluded.mtime_ns, status = 'pending', "
            "fingerprint = NULL, error = NULL, attempts = 0, updated_at = excluded.updated_at",
            (folder_id, _stored(path), size, mtime_ns, time.time()),
        )

    def delete_files(self, file_ids: Iterable[int]) -> None:
        self._db.executemany("DELETE FROM files WHERE id = ?", ((i,) for i in file_ids))

    def reset_to_pending(self, file_ids: Iterable[int]) -> None:
        """Make files be read again by the next run (a repair)."""
        self._db.executemany(
            "UPDATE files SET status = 'pending', fingerprint = NULL, error = NULL WHERE id = ?",
            ((i,) for i in file_ids),
        )

    def move_file(self, file_id: int, new_path: str, folder_id: int) -> None:
        self._db.execute(
            "UPDATE files SET path = CAST(? AS TEXT), folder_id = ?, updated_at = ? WHERE id = ?",
            (_stored(new_path), folder_id, time.time(), file_id),
        )

    def files_under(self, folder: str) -> list[FileRecord]:
        """Files whose path lies inside ``folder`` (compared as text, so names holding
        SQL wildcards such as % and _ are safe)."""
        prefix = (folder.rstrip(os.sep) + os.sep).encode("utf-8", "surrogateescape")
        # Compared as bytes: SQLite counts characters of text that is not UTF-8 its own way.
        rows = self._db.execute(
            "SELECT id, folder_id, path, size, mtime_ns, fingerprint, status, error FROM files "
            "WHERE substr(CAST(path AS BLOB), 1, ?) = ?",
            (len(prefix), prefix),
        )
        return [FileRecord(*r) for r in rows]

    def files_with_size_and_mtime(self, keys: Iterable[tuple[int, int]]) -> list[FileRecord]:
        """Files recorded with any of these (size, mtime_ns) pairs: where a photo that turned
        up under a new name may have come from."""
        wanted = sorted(set(keys))
        found: list[FileRecord] = []
        for start in range(0, len(wanted), 400):
            part = wanted[start : start + 400]
            rows = self._db.execute(
                "SELECT id, folder_id, path, size, mtime_ns, fingerprint, status, error FROM files "
                f"WHERE (size, mtime_ns) IN (VALUES {','.join(['(?, ?)'] * len(part))})",
                [value for pair in part for value in pair],
            )
            found.extend(FileRecord(*r) for r in rows)
        return found

    def move_tree(self, old: str, new: str, folder_id: int) -> int:
        """Repoint every file under folder ``old`` to the same place under ``new``."""
        old_prefix, new_prefix = old.rstrip(os.sep) + os.sep, new.rstrip(os.sep) + os.sep
        moved = self.files_under(old)
        with self.transaction():
            for record in moved:
                new_path = new_prefix + record.path[len(old_prefix) :]
                self._db.execute(
                    "DELETE FROM files WHERE path = CAST(? AS TEXT)", (_stored(new_path),)
                )
                self.move_file(record.id, new_path, folder_id)
        return len(moved)

    def work_items(self, model_id: str, folder_ids: Sequence[int] | None = None) -> list[FileRecord]:
        """Files that need reading: pending ones, and read ones lacking this model's vector."""
        sql = (
            "SELECT f.id, f.folder_id, f.path, f.size, f.mtime_ns, f.fingerprint, f.status, "
            "f.error FROM files f JOIN folders d ON d.id = f.folder_id WHERE d.online = 1 AND "
            "(f.status = 'pending' OR (f.status = 'ok' AND NOT EXISTS (SELECT 1 FROM embeddings e "
            "WHERE e.fingerprint = f.fingerprint AND e.model_id = ?)))"
        )
        params: list[object] = [model_id]
        if folder_ids is not None:
            sql += f" AND f.folder_id IN ({','.join('?' * len(folder_ids))})"
            params.extend(folder_ids)
        sql += " ORDER BY f.path"
        return [FileRecord(*r) for r in self._db.execute(sql, params)]

    def has_work(self, model_id: str) -> bool:
        """Whether ``work_items`` would return anything (without fetching them all).

        The live indexer asks several times a second. The query visits every read file (some
        150 ms at 100k photos), so the answer is remembered until the database changes: this
        connection's own writes (``total_changes``) or another connection's commits
        (``PRAGMA data_version``)."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        stamp = (model_id, version, self._db.total_changes)
        if self._work_answer is not None and self._work_answer[0] == stamp:
            return self._work_answer[1]
        row = self._db.execute(
            "SELECT 1 FROM files f JOIN folders d ON d.id = f.folder_id WHERE d.online = 1 AND "
            "(f.status = 'pending' OR (f.status = 'ok' AND NOT EXISTS (SELECT 1 FROM embeddings e "
            "WHERE e.fingerprint = f.fingerprint AND e.model_id = ?))) LIMIT 1",
            (model_id,),
        ).fetchone()
        self._work_answer = (stamp, row is not None)
        return row is not None

    def mark_ok(
        self,
        file_id: int,
        size: int,
        mtime_ns: int,
        fingerprint: str,
        width: int | None,
        height: int | None,
        taken_at: str | None,
        kind: str | None = None,
    ) -> None:
        """Record a file as read, with the size and mtime it had when it was read, and the
        type its content says it is."""
        self._db.execute(
            "UPDATE files SET status = 'ok', size = ?, mtime_ns = ?, fingerprint = ?, width = ?, "
            "height = ?, taken_at = ?, kind = ?, error = NULL, attempts = attempts + 1, "
            "updated_at = ? WHERE id = ?",
            (size, mtime_ns, fingerprint, width, height, taken_at, kind, time.time(), file_id),
        )
        # From the values just written (an UPDATE's expressions see the row as it was).
        self._db.execute(f"UPDATE files SET taken = {_TAKEN_SQL} WHERE id = ?", (file_id,))

    def mark_failed(self, file_id: int, size: int, mtime_ns: int, error: str) -> None:
        """Record why a file cannot be read; it is tried again only when size or mtime change."""
        self._db.execute(
            "UPDATE files SET status = 'failed', size = ?, mtime_ns = ?, error = ?, "
            "fingerprint = NULL, attempts = attempts + 1, updated_at = ? WHERE id = ?",
            (size, mtime_ns, error, time.time(), file_id),
        )

    def failures(self) -> list[tuple[str, str]]:
        rows = self._db.execute(
            "SELECT path, error FROM files WHERE status = 'failed' ORDER BY path"
        ).fetchall()
        return [(r[0], r[1] or "") for r in rows]

    # -- embeddings ---------------------------------------------------------------------

    def embedding_id(self, fingerprint: str, model_id: str) -> int | None:
        row = self._db.execute(
            "SELECT id FROM embeddings WHERE fingerprint = ? AND model_id = ?",
            (fingerprint, model_id),
        ).fetchone()
        return int(row[0]) if row else None

    def add_embedding(self, fingerprint: str, model_id: str, vector: np.ndarray) -> int:
        blob = np.ascontiguousarray(vector, dtype=np.float32).tobytes()
        cursor = self._db.execute(
            "INSERT INTO embeddings (fingerprint, model_id, vector, created_at) VALUES (?, ?, ?, ?)",
            (fingerprint, model_id, blob, time.time()),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def delete_embeddings(self, ids: Iterable[int]) -> None:
        """Forget vectors (a repair); files that had them count as work again."""
        self._db.executemany("DELETE FROM embeddings WHERE id = ?", ((i,) for i in ids))

    def model_ids(self) -> list[str]:
        """Every model with stored vectors."""
        rows = self._db.execute("SELECT DISTINCT model_id FROM embeddings ORDER BY model_id")
        return [r[0] for r in rows]

    def fingerprints(self, model_id: str) -> set[str]:
        rows = self._db.execute("SELECT fingerprint FROM embeddings WHERE model_id = ?", (model_id,))
        return {r[0] for r in rows}

    def vector_dim(self, model_id: str) -> int | None:
        row = self._db.execute(
            "SELECT length(vector) FROM embeddings WHERE model_id = ? LIMIT 1", (model_id,)
        ).fetchone()
        return int(row[0]) // 4 if row else None

    def embedding_count(self, model_id: str) -> int:
        """How many contents have this model's vector (the embeddings_model index alone)."""
        row = self._db.execute(
            "SELECT COUNT(*) FROM embeddings WHERE model_id = ?", (model_id,)
        ).fetchone()
        return int(row[0])

    def embedding_ids(self, model_id: str) -> np.ndarray:
        rows = self._db.execute(
            "SELECT id FROM embeddings WHERE model_id = ? ORDER BY id", (model_id,)
        ).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def iter_vectors(
        self, model_id: str, ids: Sequence[int] | None = None, chunk: int = 4096
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield (ids, vectors) in chunks: all of a model's embeddings, or the given ids."""
        if ids is None:
            cursor = self._db.execute(
                "SELECT id, vector FROM embeddings WHERE model_id = ? ORDER BY id", (model_id,)
            )
            while rows := cursor.fetchmany(chunk):
                yield _unpack(rows)
            return
        for start in range(0, len(ids), 500):
            part = [int(i) for i in ids[start : start + 500]]
            rows = self._db.execute(
                f"SELECT id, vector FROM embeddings WHERE id IN ({','.join('?' * len(part))}) "
                "ORDER BY id",
                part,
            ).fetchall()
            if rows:
                yield _unpack(rows)

    def vector_of_path(self, path: str, model_id: str) -> np.ndarray | None:
        row = self._db.execute(
            "SELECT e.vector FROM files f JOIN embeddings e ON e.fingerprint = f.fingerprint "
            "WHERE f.path = CAST(? AS TEXT) AND e.model_id = ?",
            (_stored(path), model_id),
        ).fetchone()
        return np.frombuffer(row[0], dtype=np.float32).copy() if row else None

    def paths_for_embeddings(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """embedding id -> paths of the readable files with that content, in online folders
        and offline ones alike (offline photos stay findable)."""
        result: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):
            part = [int(i) for i in ids[start : start + 500]]
            rows = self._db.execute(
                "SELECT e.id, f.path FROM embeddings e JOIN files f ON f.fingerprint = e.fingerprint "
                # "+": the status index would select nearly every file; the fingerprint
                # index, reached from each embedding, selects a few.
                f"WHERE +f.status = 'ok' AND e.id IN ({','.join('?' * len(part))})",
                part,
            )
            for emb_id, path in rows:
                result.setdefault(int(emb_id), []).append(path)
        return result

    def unreferenced_embeddings(self) -> dict[int, str]:
        """Vectors no file refers to any more: id -> model id."""
        rows = self._db.execute(
            "SELECT id, model_id FROM embeddings e WHERE NOT EXISTS "
            "(SELECT 1 FROM files f WHERE f.fingerprint = e.fingerprint)"
        ).fetchall()
        return {int(r[0]): str(r[1]) for r in rows}

    # -- searching ----------------------------------------------------------------------

    def embedding_of_path(self, path: str, model_id: str) -> tuple[int, np.ndarray] | None:
        """The stored (embedding id, vector) of a readable file of the library."""
        row = self._db.execute(
            "SELECT e.id, e.vector FROM files f JOIN embeddings e ON e.fingerprint = f.fingerprint "
            "WHERE f.path = CAST(? AS TEXT) AND f.status = 'ok' AND e.model_id = ?",
            (_stored(path), model_id),
        ).fetchone()
        return (int(row[0]), np.frombuffer(row[1], dtype=np.float32).copy()) if row else None

    def embedding_of_fingerprint(
        self, fingerprint: str, model_id: str
    ) -> tuple[int, np.ndarray] | None:
        row = self._db.execute(
            "SELECT id, vector FROM embeddings WHERE fingerprint = ? AND model_id = ?",
            (fingerprint, model_id),
        ).fetchone()
        return (int(row[0]), np.frombuffer(row[1], dtype=np.float32).copy()) if row else None

    def embeddings_of_paths(self, paths: Sequence[str], model_id: str) -> list[int]:
        found: list[int] = []
        for start in range(0, len(paths), 500):
            part = [_stored(p) for p in paths[start : start + 500]]
            rows = self._db.execute(
                "SELECT e.id FROM files f JOIN embeddings e ON e.fingerprint = f.fingerprint "
                f"WHERE e.model_id = ? AND f.path IN ({','.join(['CAST(? AS TEXT)'] * len(part))})",
                [model_id, *part],
            )
            found.extend(int(r[0]) for r in rows)
        return found

    def filtered_embedding_ids(self, model_id: str, conditions: FileConditions) -> np.ndarray:
        """The embeddings of readable files satisfying the conditions, ascending."""
        where, params = conditions.sql()
        rows = self._db.execute(
            # CROSS JOIN keeps the files first: the filter selects a few of them through
            # their indexes, where SQLite on its own may walk every embedding instead.
            "SELECT DISTINCT e.id FROM files f CROSS JOIN embeddings e ON e.fingerprint = "
            f"f.fingerprint AND e.model_id = ? WHERE +f.status = 'ok' AND {where} ORDER BY e.id",
            [model_id, *params],
        ).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def filtered_unit_vectors(
        self, model_id: str, conditions: FileConditions, most: int
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """(ids, unit vectors) of the embeddings of readable files satisfying the conditions,
        read in one pass; None when more than ``most`` files satisfy them."""
        where, params = conditions.sql()
        cursor = self._db.execute(
            "SELECT e.id, e.vector FROM files f CROSS JOIN embeddings e ON e.fingerprint = "
            f"f.fingerprint AND e.model_id = ? WHERE +f.status = 'ok' AND {where}",
            [model_id, *params],
        )
        rows = cursor.fetchmany(most + 1)
        cursor.close()
        if len(rows) > most:
            return None
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty((0, 0), dtype=np.float32)
        ids, vectors = _unpack(rows)
        # Exact copies share an embedding: score it once.
        ids, first = np.unique(ids, return_index=True)
        vectors = vectors[first]
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return ids, vectors

    def unit_vectors(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(ids found, their vectors scaled to unit length), ascending by id. Read from the
        catalog: hnswlib hands vectors back one Python float at a time, far slower."""
        found, parts = [], []
        for start in range(0, len(ids), 500):
            part = [int(i) for i in ids[start : start + 500]]
            rows = self._db.execute(
                f"SELECT id, vector FROM embeddings WHERE id IN ({','.join('?' * len(part))}) "
                "ORDER BY id",
                part,
            ).fetchall()
            if rows:
                got, vectors = _unpack(rows)
                found.append(got)
                parts.append(vectors)
        if not parts:
            return np.empty(0, dtype=np.int64), np.empty((0, 0), dtype=np.float32)
        vectors = np.concatenate(parts)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.concatenate(found), vectors

    def browse_embedding_ids(
        self,
        model_id: str,
        conditions: FileConditions | None,
        exclude_paths: Sequence[str] = (),
        limit: int | None = None,
    ) -> np.ndarray:
        """Embeddings of readable files satisfying the conditions, newest capture first
        (an exact copy counts once, at its newest copy's date)."""
        rows = self.browse_rows(model_id, conditions, exclude_paths, limit, with_files=False)
        return np.array([row[0] for row in rows], dtype=np.int64)

    def browse_rows(
        self,
        model_id: str,
        conditions: FileConditions | None,
        exclude_paths: Sequence[str] = (),
        limit: int | None = None,
        with_files: bool = True,
    ) -> list[tuple[int, str, str | None]] | list[tuple[int]]:
        """``browse_embedding_ids``' order as rows: (embedding id, path, capture time) of
        each content's newest copy satisfying the conditions, or (embedding id,) alone
        without ``with_files``. A whole library's paths and dates in one read, where
        looking them up per embedding takes seconds at 100k."""
        where, params = conditions.sql() if conditions else ("1", [])
        excluded = set(self.embeddings_of_paths(exclude_paths, model_id))
        columns = "e.id, f.path, f.taken" if with_files else "e.id"
        cursor = self._db.execute(
            # files_taken covers readable files only, holding each one's fingerprint: the
            # newest come first without reading the table.
            f"SELECT {columns} FROM files f INDEXED BY files_taken JOIN embeddings e "
            "ON e.fingerprint = f.fingerprint AND e.model_id = ? "
            f"WHERE f.status = 'ok' AND {where} ORDER BY f.taken DESC, f.fingerprint DESC",
            [model_id, *params],
        )
        seen: set[int] = set(excluded)
        found: list[Any] = []
        chunk = min(4096, 2 * limit) if limit is not None else 4096
        while rows := cursor.fetchmany(chunk):
            for row in rows:
                if row[0] not in seen:
                    seen.add(row[0])
                    found.append(row)
            if limit is not None and len(found) >= limit:
                cursor.close()
                del found[limit:]
                break
        return found

    def waiting_browse_rows(
        self,
        conditions: FileConditions | None,
        exclude_paths: Sequence[str] = (),
        limit: int | None = None,
    ) -> list[tuple[str, str]]:
        """(path, capture time) of the files waiting to be read that satisfy the conditions,
        newest first: what a browse shows before indexing reaches them. Their capture time
        is the one read before (a changed file) or else the file's modification time, in
        local time as ``taken`` falls back to; a condition on capture time or type keeps
        only those read before. Uses the status index: nothing to read once indexing is
        done."""
        where, params = conditions.sql() if conditions else ("1", [])
        when = (
            "COALESCE(f.taken, strftime('%Y-%m-%dT%H:%M:%S', f.mtime_ns / 1000000000, "
            "'unixepoch', 'localtime'))"
        )
        sql = (
            f"SELECT f.path, {when} AS w FROM files f WHERE f.status = 'pending' AND {where} "
            "ORDER BY w DESC, f.path DESC"
        )
        excluded = {_stored(p) for p in exclude_paths}
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit + len(excluded)]
        rows = [(str(path), str(w)) for path, w in self._db.execute(sql, params)]
        if excluded:
            rows = [row for row in rows if row[0] not in excluded]
        return rows[:limit] if limit is not None else rows

    def taken_of_embeddings(
        self, ids: Sequence[int], conditions: FileConditions | None = None
    ) -> dict[int, str]:
        """embedding id -> newest capture time among its readable files (that satisfy the
        conditions)."""
        where, params = conditions.sql() if conditions else ("1", [])
        result: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            part = [int(i) for i in ids[start : start + 500]]
            rows = self._db.execute(
                "SELECT e.id, MAX(f.taken) FROM embeddings e JOIN files f ON "
                f"f.fingerprint = e.fingerprint WHERE +f.status = 'ok' AND {where} AND e.id IN "
                f"({','.join('?' * len(part))}) GROUP BY e.id",
                [*params, *part],
            )
            result.update((int(r[0]), r[1]) for r in rows if r[1] is not None)
        return result

    def files_of_embeddings(
        self, ids: Sequence[int], conditions: FileConditions | None = None
    ) -> dict[int, list[tuple[str, str | None, bool]]]:
        """embedding id -> (path, capture time, satisfies the conditions) of each readable
        file with that content."""
        where, params = conditions.sql() if conditions else ("1", [])
        result: dict[int, list[tuple[str, str | None, bool]]] = {}
        for start in range(0, len(ids), 500):
            part = [int(i) for i in ids[start : start + 500]]
            rows = self._db.execute(
                f"SELECT e.id, f.path, f.taken, ({where}) FROM embeddings e JOIN files f ON "
                "f.fingerprint = e.fingerprint WHERE +f.status = 'ok' AND e.id IN "
                f"({','.join('?' * len(part))})",
                [*params, *part],
            )
            for emb_id, path, taken, matches in rows:
                result.setdefault(int(emb_id), []).append((path, taken, bool(matches)))
        return result

    def purge_unreferenced_embeddings(self) -> dict[str, list[int]]:
        """Delete vectors no file refers to any more; returns model id -> deleted ids."""
        rows = self._db.execute(
            "SELECT id, model_id FROM embeddings e WHERE NOT EXISTS "
            "(SELECT 1 FROM files f WHERE f.fingerprint = e.fingerprint)"
        ).fetchall()
        if not rows:
            return {}
        with self.transaction():
            self._db.executemany("DELETE FROM embeddings WHERE id = ?", ((r[0],) for r in rows))
        purged: dict[str, list[int]] = {}
        for emb_id, model_id in rows:
            purged.setdefault(model_id, []).append(int(emb_id))
        return purged

    def counts(self, model_id: str) -> Counts:
        indexed = self._db.execute(
            "SELECT COUNT(*) FROM files f WHERE f.status = 'ok' AND EXISTS (SELECT 1 FROM "
            "embeddings e WHERE e.fingerprint = f.fingerprint AND e.model_id = ?)",
            (model_id,),
        ).fetchone()[0]
        failed = self._db.execute("SELECT COUNT(*) FROM files WHERE status = 'failed'").fetchone()[0]
        total = self._db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        embeddings = self._db.execute(
            "SELECT COUNT(*) FROM embeddings WHERE model_id = ?", (model_id,)
        ).fetchone()[0]
        return Counts(
            indexed=int(indexed),
            pending=int(total - indexed - failed),
            failed=int(failed),
            embeddings=int(embeddings),
        )

    def missing_vectors(self, model_id: str) -> int:
        """Readable files in online folders that have no vector from this model yet: the
        work left before a switch to that model is complete."""
        row = self._db.execute(
            "SELECT COUNT(*) FROM files f JOIN folders d ON d.id = f.folder_id WHERE d.online = 1 "
            "AND f.status = 'ok' AND NOT EXISTS (SELECT 1 FROM embeddings e "
            "WHERE e.fingerprint = f.fingerprint AND e.model_id = ?)",
            (model_id,),
        ).fetchone()
        return int(row[0])

    def delete_model_vectors(self, keep_model_id: str) -> dict[str, list[int]]:
        """Forget the vectors of every model but one (after a switch to it completed);
        returns model id -> deleted ids."""
        rows = self._db.execute(
            "SELECT id, model_id FROM embeddings WHERE model_id != ?", (keep_model_id,)
        ).fetchall()
        if rows:
            with self.transaction():
                self._db.executemany("DELETE FROM embeddings WHERE id = ?", ((r[0],) for r in rows))
        deleted: dict[str, list[int]] = {}
        for emb_id, model_id in rows:
            deleted.setdefault(model_id, []).append(int(emb_id))
        return deleted

    # -- meta ---------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None  # a catalog of schema 1, read as it is
        return str(row[0]) if row else None

    def set_meta(self, values: dict[str, str]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                values.items(),
            )

    # -- photo prints (duplicates) ------------------------------------------------------

    def files_for_prints(self) -> list[DuplicateCandidate]:
        """Every readable file with its recorded facts and whether its content has a print."""
        rows = self._db.execute(
            "SELECT f.id, f.path, f.size, f.mtime_ns, f.fingerprint, f.width, f.height, "
            "f.taken_at, p.quality, p.exif, p.fingerprint IS NOT NULL FROM files f "
            "LEFT JOIN photo_prints p ON p.fingerprint = f.fingerprint "
            "WHERE f.status = 'ok' AND f.fingerprint IS NOT NULL ORDER BY f.path"
        )
        return [DuplicateCandidate(*r[:10], bool(r[10])) for r in rows]

    def add_prints(self, prints: Iterable[tuple[str, bytes, int | None, bool]]) -> None:
        """Store (fingerprint, thumb, JPEG quality, has EXIF) rows."""
        now = time.time()
        with self.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO photo_prints (fingerprint, thumb, quality, exif, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                ((f, t, q, int(e), now) for f, t, q, e in prints),
            )

    def prints(self, fingerprints: Sequence[str]) -> dict[str, bytes]:
        """fingerprint -> thumb, for those that have one."""
        result: dict[str, bytes] = {}
        for start in range(0, len(fingerprints), 500):
            part = list(fingerprints[start : start + 500])
            rows = self._db.execute(
                "SELECT fingerprint, thumb FROM photo_prints WHERE fingerprint IN "
                f"({','.join('?' * len(part))})",
                part,
            )
            result.update((r[0], r[1]) for r in rows)
        return result

    def embedding_ids_by_fingerprint(self, model_id: str) -> dict[str, int]:
        rows = self._db.execute(
            "SELECT fingerprint, id FROM embeddings WHERE model_id = ?", (model_id,)
        )
        return {r[0]: int(r[1]) for r in rows}

    def forget_files(self, paths: Iterable[str]) -> None:
        """Drop the rows of files that left the library (moved to the trash), and the
        prints no file refers to any more."""
        with self.transaction():
            self._db.executemany(
                "DELETE FROM files WHERE path = CAST(? AS TEXT)", ((_stored(p),) for p in paths)
            )
            self._db.execute(
                "DELETE FROM photo_prints WHERE NOT EXISTS "
                "(SELECT 1 FROM files f WHERE f.fingerprint = photo_prints.fingerprint)"
            )

    def folder_file_counts(self) -> dict[int, int]:
        rows = self._db.execute("SELECT folder_id, COUNT(*) FROM files GROUP BY folder_id")
        return {int(r[0]): int(r[1]) for r in rows}


def _stored(path: str) -> str | bytes:
    """A path as the catalog stores it: as text, or, for a name that is not valid UTF-8
    (which Python holds with surrogate escapes), as its raw bytes, which the SQL casts to
    TEXT. Every statement that binds a path goes through here."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape")
    return path


def _decode_text(value: bytes) -> str:
    """Text read back: raw bytes that are not UTF-8 become surrogate escapes again, the form
    os.fsdecode gives, so the path opens the same file. (About 0.2 us per value over the
    built-in decoder: 20 ms for the 100k paths of a rescan.)"""
    return value.decode("utf-8", "surrogateescape")


def peek_schema_version(path: Path) -> int | None:
    """The schema version of an existing catalog, read through a read-only connection (which
    never checkpoints a WAL into the file); None when there is no catalog or it cannot be
    read that way (the normal open then reports why)."""
    if not path.is_file():
        return None
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, timeout=5.0)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        # No -shm can be made beside a WAL database in a read-only folder: the header
        # (bytes 60-63) still tells a newer version.
        try:
            with open(path, "rb") as f:
                header = f.read(100)
        except OSError:
            return None
        if len(header) == 100 and header.startswith(b"SQLite format 3\0"):
            return int.from_bytes(header[60:64], "big")
        return None


def _writable(folder: Path) -> OSError | None:
    """Why nothing can be written in ``folder``, or None when something can."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        return exc


def _disk_full(folder: Path) -> bool:
    """Less free space than SQLite needs to open a WAL database (its -wal and -shm files)."""
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def _open_error(path: Path, exc: BaseException) -> CatalogError:
    folder = path.parent
    problem = exc if isinstance(exc, OSError) else _writable(folder) if folder.is_dir() else None
    if isinstance(problem, OSError) and problem.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return CatalogError("catalog.folder_read_only", detail=problem.strerror, path=str(folder))
    if (isinstance(problem, OSError) and problem.errno == errno.ENOSPC) or _disk_full(folder):
        return CatalogError("catalog.folder_disk_full", detail=str(exc), path=str(folder))
    if isinstance(exc, OSError):
        return CatalogError("catalog.cannot_open", detail=exc.strerror or str(exc), path=str(path))
    if "not a database" in str(exc) or "malformed" in str(exc):
        return CatalogError("catalog.damaged", detail=str(exc), path=str(path))
    return CatalogError("catalog.unusable", detail=str(exc), path=str(path))


def _unpack(rows: list[tuple[int, bytes]]) -> tuple[np.ndarray, np.ndarray]:
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    # One buffer for all rows: far faster than stacking a view per row.
    vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
    return ids, vectors.reshape(len(rows), -1).copy()
