"""Moving photos to the desktop's trash (the ``send2trash`` library: restorable, never deleted
outright), with the catalog and the vector index following at once so browsing, search,
counts and duplicate groups stop showing them.

Every removal, whether photos chosen in the grid or the other copies of a duplicate group,
goes through ``move_to_trash`` in groups: a group is left whole when any of its files is gone
or changed since it was seen (size, modification time, then content), when a folder it would
leave is read-only, or when the trash for one of its files cannot be reached; when the trash
still refuses a file midway, what was already moved is named. Each skipped group gets one
line of why; nothing is ever lost silently.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from mclip_desktop.core import images
from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.vector_index import VectorIndex

log = logging.getLogger(__name__)

TrashFunction = Callable[[str], None]


@dataclass(frozen=True)
class FileState:
    """A file as it was when the user saw it: what must still hold for it to be moved."""

    path: str
    size: int
    mtime_ns: int
    fingerprint: str | None


@dataclass(frozen=True)
class TrashGroup:
    """Files that go to the trash together or not at all. ``label`` names the group in
    messages (a duplicate group's keeper, or the photo itself); ``keep`` must still be there
    unchanged for the group to go ahead (a duplicate group's keeper)."""

    label: str
    remove: tuple[FileState, ...]
    keep: tuple[FileState, ...] = ()


@dataclass
class TrashOutcome:
    moved: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (group label, why)


def move_to_trash(
    groups: Iterable[TrashGroup],
    catalog: Catalog,
    index: VectorIndex | None = None,
    model_id: str | None = None,
    trash: TrashFunction | None = None,
) -> TrashOutcome:
    """Move each group's ``remove`` files to the desktop trash, group by group, after the
    checks of this module; the catalog (and ``index``, for ``model_id``) forget what moved."""
    trash = trash or _send2trash
    outcome = TrashOutcome()
    for group in groups:
        problem = _group_problem(group)
        if problem is not None:
            outcome.skipped.append((group.label, problem))
            continue
        moved: list[str] = []
        for state in group.remove:
            try:
                trash(state.path)
            except Exception as exc:  # noqa: BLE001 - send2trash raises several kinds
                reason = f"the trash could not take {state.path} ({exc})"
                if moved:
                    reason += f"; already moved: {', '.join(moved)}"
                outcome.skipped.append((group.label, reason))
                break
            moved.append(state.path)
        outcome.moved.extend(moved)
    if outcome.moved:
        _forget(catalog, index, model_id, outcome.moved)
    return outcome


def photo_groups(catalog: Catalog, paths: Iterable[str]) -> list[TrashGroup]:
    """Photos chosen one by one (the grid's Move to trash): each its own group, checked
    against what the catalog recorded when it was indexed. A path the catalog does not know
    is checked only for being there."""
    groups = []
    for path in paths:
        record = catalog.file_by_path(path)
        if record is None:
            state = FileState(path, -1, -1, None)
        else:
            state = FileState(path, record.size, record.mtime_ns, record.fingerprint)
        groups.append(TrashGroup(path, (state,)))
    return groups


def trash_photos(
    catalog: Catalog,
    paths: Iterable[str],
    index: VectorIndex | None = None,
    model_id: str | None = None,
) -> TrashOutcome:
    """The grid's Move to trash: each photo moves on its own, under the same checks."""
    return move_to_trash(photo_groups(catalog, paths), catalog, index, model_id)


# -- checks ------------------------------------------------------------------------------


def _group_problem(group: TrashGroup) -> str | None:
    for state in (*group.keep, *group.remove):
        problem = changed(state)
        if problem:
            return problem
    for state in group.remove:
        problem = folder_problem(state.path) or trash_problem(state.path)
        if problem:
            return problem
    return None


def changed(state: FileState) -> str | None:
    """Why the file at ``state.path`` is not the one that was seen any more, or None. A
    negative size or time means unknown (only being there is checked)."""
    try:
        st = os.stat(state.path)
    except FileNotFoundError:
        return f"{state.path} is gone"
    except OSError as exc:
        return f"{state.path} cannot be read ({exc.strerror or exc})"
    if state.size >= 0 and (st.st_size != state.size or st.st_mtime_ns != state.mtime_ns):
        return f"{state.path} changed since it was indexed"
    if state.fingerprint is not None:
        try:
            if images.fingerprint(images.read_file(state.path)) != state.fingerprint:
                return f"{state.path} changed since it was indexed"
        except ImageReadError as exc:
            return f"{state.path} cannot be read ({exc})"
    return None


def folder_problem(path: str) -> str | None:
    """Why a file cannot leave its folder (read-only), or None."""
    folder = os.path.dirname(path) or "."
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    probe = os.path.join(folder, f".mclip-trash-probe-{os.getpid()}")
    try:  # root passes os.access on a read-only mount; a probe file does not
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return None
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return f"the folder {folder} is read-only"
        return f"the folder {folder} cannot be changed ({exc.strerror or exc})"
    os.close(fd)
    os.unlink(probe)
    return None


def trash_problem(path: str) -> str | None:
    """Why the desktop trash that ``path`` would go to cannot take it, found before anything
    moves, or None. Follows the freedesktop.org rules as send2trash applies them (the home
    trash for the home's device, else the volume's own); elsewhere the trash is not probed
    and a refusal shows when the file is moved."""
    if sys.platform in ("win32", "darwin"):
        return None
    try:
        from send2trash import plat_other as xdg
    except ImportError:
        return None
    try:
        path_b = os.fsencode(path)
        home_dev = xdg.get_dev(os.path.realpath(os.path.expanduser(b"~")))
        if xdg.get_dev(path_b) == home_dev:
            trash_dir = xdg.HOMETRASH_B
        else:
            trash_dir = xdg.find_ext_volume_trash(xdg.find_mount_point(path_b))
        for sub in (xdg.FILES_DIR, xdg.INFO_DIR):
            folder = os.path.join(trash_dir, os.fsencode(sub))
            xdg.check_create(folder)
            if not os.access(folder, os.W_OK):
                raise PermissionError(errno.EACCES, "permission denied", os.fsdecode(folder))
    except AttributeError:  # another send2trash layout: let the move itself tell
        return None
    except Exception as exc:  # noqa: BLE001 - whatever stops the trash stops the group
        return f"the trash could not take {path} ({exc})"
    return None


def _send2trash(path: str) -> None:
    from send2trash import send2trash

    send2trash(path)


def _forget(
    catalog: Catalog, index: VectorIndex | None, model_id: str | None, paths: Sequence[str]
) -> None:
    catalog.forget_files(paths)
    # Vectors go only together with the index that holds them; left behind, the next scan
    # of the library purges them.
    if index is not None and model_id is not None:
        purged = catalog.purge_unreferenced_embeddings().get(model_id, [])
        if purged:
            index.remove(purged)
    log.info("Moved %d files to the trash", len(paths))
