"""Where the app keeps its data, in one place.

Environment variables override the platform defaults, for tests and portable installs:
``MCLIP_DATA_DIR`` (catalog, vector index, settings) and ``MCLIP_CACHE_DIR`` (thumbnails).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "mclip-desktop"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get("MCLIP_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def cache_dir(data: Path | None = None) -> Path:
    env = os.environ.get("MCLIP_CACHE_DIR")
    if env:
        return Path(env).expanduser().resolve()
    if data is not None and (os.environ.get("MCLIP_DATA_DIR") or data != data_dir()):
        # A data dir chosen by hand (portable install, tests) keeps its cache beside it.
        return data / "cache"
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def catalog_path(data: Path) -> Path:
    return data / "catalog.sqlite3"


def index_path(data: Path, model_key: str) -> Path:
    return data / f"index-{model_key}.hnsw"
