"""User settings: a small typed record with a schema version, stored as JSON in the data dir.

Window geometry and other purely visual state live in QSettings on the GUI side.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    image_model: str | None = None  # a folder chosen in the app overrides the default name
    text_model: str | None = None
    language: str | None = None  # UI language, e.g. "de"; None follows the system
    thumbnail_size: int = 160
    first_run_done: bool = False
    device: str | None = None  # "cpu" or "cuda"; None picks the best one present
    index_threads: int | None = None  # threads for background indexing; None: automatic
    pause_on_battery: bool = True  # pause background indexing while on battery power

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s is unreadable (%s); using defaults.", path, exc)
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        settings = cls(**values)
        settings.version = SETTINGS_VERSION
        settings.thumbnail_size = max(64, min(384, int(settings.thumbnail_size or 160)))
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(asdict(self), f, indent=2)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def settings_path(data_dir: Path) -> Path:
    return data_dir / "settings.json"
