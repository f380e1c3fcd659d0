"""Albums in the catalog (schema 6): what each album asks for, its overrides, and the term
vectors computed for it per model. Members are never stored; ``membership`` derives them."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from mclip_desktop.core.catalog import Catalog


@dataclass(frozen=True)
class Example:
    """A "like these" photo: its content, and where it was when chosen (for display)."""

    fingerprint: str
    path: str


@dataclass(frozen=True)
class AlbumFilters:
    """Which photos an album may hold at all: under these folders (none: anywhere), taken on
    or after / on or before these dates (ISO ``YYYY-MM-DD``; capture date, else file date)."""

    folders: tuple[str, ...] = ()
    taken_after: str | None = None
    taken_before: str | None = None

    @property
    def empty(self) -> bool:
        return not self.folders and self.taken_after is None and self.taken_before is None


@dataclass(frozen=True)
class Album:
    id: int
    name: str
    labels: tuple[str, ...]
    examples: tuple[Example, ...] = ()
    filters: AlbumFilters = field(default_factory=AlbumFilters)
    strictness: float = 0.5


def name_key(name: str) -> str:
    """Names compare without regard to case or surrounding space: "Beach" and "beach " are
    one album."""
    return " ".join(name.split()).casefold()


class AlbumStore:
    """Reads and writes albums through one catalog connection (its thread's)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._db = catalog.connection

    # -- albums -------------------------------------------------------------------------

    def albums(self) -> list[Album]:
        rows = self._db.execute(
            "SELECT id, name, labels, folders, taken_after, taken_before, strictness "
            "FROM albums ORDER BY name_key"
        ).fetchall()
        examples = self._examples()
        return [_album(row, examples.get(int(row[0]), ())) for row in rows]

    def album(self, name: str) -> Album | None:
        row = self._db.execute(
            "SELECT id, name, labels, folders, taken_after, taken_before, strictness "
            "FROM albums WHERE name_key = ?",
            (name_key(name),),
        ).fetchone()
        if row is None:
            return None
        return _album(row, self._examples(int(row[0])).get(int(row[0]), ()))

    def _examples(self, album_id: int | None = None) -> dict[int, tuple[Example, ...]]:
        sql = "SELECT album_id, fingerprint, path FROM album_examples"
        params: tuple[object, ...] = ()
        if album_id is not None:
            sql += " WHERE album_id = ?"
            params = (album_id,)
        found: dict[int, list[Example]] = {}
        for aid, fingerprint, path in self._db.execute(sql + " ORDER BY rowid", params):
            found.setdefault(int(aid), []).append(Example(fingerprint, path))
        return {aid: tuple(items) for aid, items in found.items()}

    def add(
        self,
        name: str,
        labels: Sequence[str],
        examples: Sequence[Example] = (),
        filters: AlbumFilters | None = None,
        strictness: float = 0.5,
    ) -> Album:
        filters = filters or AlbumFilters()
        name = " ".join(name.split())
        with self.catalog.transaction():
            cursor = self._db.execute(
                "INSERT INTO albums (name, name_key, labels, folders, taken_after, taken_before, "
                "strictness, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    name_key(name),
                    json.dumps(list(labels), ensure_ascii=False),
                    json.dumps(list(filters.folders), ensure_ascii=False),
                    filters.taken_after,
                    filters.taken_before,
                    float(strictness),
                    time.time(),
                ),
            )
            album_id = int(cursor.lastrowid or 0)
            self._db.executemany(
                "INSERT OR IGNORE INTO album_examples (album_id, fingerprint, path) "
                "VALUES (?, ?, ?)",
                [(album_id, e.fingerprint, e.path) for e in examples],
            )
        album = self.album(name)
        assert album is not None
        return album

    def update(
        self, album_id: int, name: str, labels: Sequence[str], examples: Sequence[Example]
    ) -> None:
        """A new name, labels and examples; the strictness, filters, overrides and the
        vectors of labels kept stay."""
        name = " ".join(name.split())
        with self.catalog.transaction():
            self._db.execute(
                "UPDATE albums SET name = ?, name_key = ?, labels = ? WHERE id = ?",
                (name, name_key(name), json.dumps(list(labels), ensure_ascii=False), album_id),
            )
            self._db.execute("DELETE FROM album_examples WHERE album_id = ?", (album_id,))
            self._db.executemany(
                "INSERT OR IGNORE INTO album_examples (album_id, fingerprint, path) "
                "VALUES (?, ?, ?)",
                [(album_id, e.fingerprint, e.path) for e in examples],
            )

    def remove(self, album_id: int) -> None:
        with self.catalog.transaction():
            self._db.execute("DELETE FROM albums WHERE id = ?", (album_id,))

    def set_strictness(self, album_id: int, strictness: float) -> None:
        with self.catalog.transaction():
            self._db.execute(
                "UPDATE albums SET strictness = ? WHERE id = ?", (float(strictness), album_id)
            )

    # -- overrides ----------------------------------------------------------------------

    def overrides(self, album_id: int) -> dict[str, bool]:
        """fingerprint -> True ("always in this album") or False ("not in this album")."""
        rows = self._db.execute(
            "SELECT fingerprint, member FROM album_overrides WHERE album_id = ?", (album_id,)
        )
        return {r[0]: bool(r[1]) for r in rows}

    def all_overrides(self) -> dict[int, dict[str, bool]]:
        """album id -> its overrides, for every album at once."""
        found: dict[int, dict[str, bool]] = {}
        for album_id, fingerprint, member in self._db.execute(
            "SELECT album_id, fingerprint, member FROM album_overrides"
        ):
            found.setdefault(int(album_id), {})[fingerprint] = bool(member)
        return found

    def set_override(self, album_id: int, fingerprints: Iterable[str], member: bool | None) -> None:
        """Pin photos in or out of an album; None returns them to what their score says."""
        with self.catalog.transaction():
            for fingerprint in fingerprints:
                if member is None:
                    self._db.execute(
                        "DELETE FROM album_overrides WHERE album_id = ? AND fingerprint = ?",
                        (album_id, fingerprint),
                    )
                else:
                    self._db.execute(
                        "INSERT INTO album_overrides (album_id, fingerprint, member) "
                        "VALUES (?, ?, ?) ON CONFLICT(album_id, fingerprint) "
                        "DO UPDATE SET member = excluded.member",
                        (album_id, fingerprint, int(member)),
                    )

    # -- term vectors -------------------------------------------------------------------

    def vectors(self, album_id: int, model_ids: Sequence[str]) -> dict[tuple[str, str], np.ndarray]:
        """(kind, term) -> vector, for the terms stored for these models."""
        if not model_ids:
            return {}
        rows = self._db.execute(
            "SELECT kind, term, vector FROM album_vectors WHERE album_id = ? AND model_id IN "
            f"({','.join('?' * len(model_ids))})",
            (album_id, *model_ids),
        )
        return {(k, t): np.frombuffer(v, dtype=np.float32).copy() for k, t, v in rows}

    def put_vectors(
        self, album_id: int, model_id: str, kind: str, vectors: dict[str, np.ndarray]
    ) -> None:
        with self.catalog.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO album_vectors (album_id, kind, term, model_id, vector) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (album_id, kind, term, model_id, np.asarray(v, dtype=np.float32).tobytes())
                    for term, v in vectors.items()
                ],
            )


def _album(row: tuple, examples: tuple[Example, ...]) -> Album:
    album_id, name, labels, folders, after, before, strictness = row
    return Album(
        id=int(album_id),
        name=name,
        labels=tuple(json.loads(labels)),
        examples=examples,
        filters=AlbumFilters(tuple(json.loads(folders)), after, before),
        strictness=float(strictness),
    )
