"""Smart albums: words in any language (and example photos) that gather every matching photo,
now and later. ``AlbumService`` is the entry point; see its module for how membership is
derived and calibrated."""

from mclip_desktop.core.albums.service import (
    AlbumError,
    AlbumRequest,
    AlbumService,
    AlbumSummary,
    make_request,
)
from mclip_desktop.core.albums.store import Album, AlbumFilters, Example

__all__ = [
    "Album",
    "AlbumError",
    "AlbumFilters",
    "AlbumRequest",
    "AlbumService",
    "AlbumSummary",
    "Example",
    "make_request",
]
