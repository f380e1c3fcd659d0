"""What the sidebar's current entry limits the grid to: the whole library, a folder, an album
or the duplicates. Browsing and searching both happen inside it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mclip_desktop.core.query import Filters


class ScopeKind(enum.Enum):
    LIBRARY = "library"
    FOLDER = "folder"
    ALBUM = "album"
    DUPLICATES = "duplicates"


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind = ScopeKind.LIBRARY
    folder: str | None = None  # FOLDER: its absolute path
    album: int | None = None  # ALBUM: its id in the catalog
    name: str = ""  # ALBUM: its name, for the window's wording

    @classmethod
    def library(cls) -> Scope:
        return cls()

    @classmethod
    def of_folder(cls, path: str) -> Scope:
        return cls(ScopeKind.FOLDER, folder=path)

    @classmethod
    def of_album(cls, album_id: int, name: str) -> Scope:
        return cls(ScopeKind.ALBUM, album=album_id, name=name)

    @classmethod
    def duplicates(cls) -> Scope:
        return cls(ScopeKind.DUPLICATES)

    def filters(self) -> Filters:
        """The part of a SearchRequest's filters this scope sets."""
        if self.kind is ScopeKind.FOLDER and self.folder:
            return Filters(folders=(self.folder,))
        if self.kind is ScopeKind.ALBUM:
            return Filters(album=self.album)
        return Filters()
