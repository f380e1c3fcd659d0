"""The live indexer, split by its jobs: ``observers`` (watchdog and its fallbacks),
``settling`` (files held back until they stop changing), ``moves`` (matching the sides of a
move), ``apply`` (events and settled files into the catalog), ``purge`` (vectors of deleted
photos, after a grace period) and ``loop`` (the worker thread: scans, events, indexing,
saving). ``Library.live_indexer`` builds one."""

from mclip_desktop.core.ingest.live.loop import LiveIndexer, LiveState
from mclip_desktop.core.ingest.live.observers import (
    INOTIFY_HINT,
    INOTIFY_INSTANCES_HINT,
    NETWORK_FILESYSTEMS,
    ObserverLike,
    filesystem_type,
    native_observer,
)

__all__ = [
    "INOTIFY_HINT",
    "INOTIFY_INSTANCES_HINT",
    "NETWORK_FILESYSTEMS",
    "LiveIndexer",
    "LiveState",
    "ObserverLike",
    "filesystem_type",
    "native_observer",
]
