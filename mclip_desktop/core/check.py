"""``mclip-desktop check``: is the catalog sound, and does each vector index match it?

The check first only looks (the catalog is read through a read-only connection, so not even
an upgrade happens). With ``repair=True`` it then fixes what can be fixed and looks again:

- SQLite's ``PRAGMA integrity_check``. Damage there is not repaired in place; the report
  says what to do and names the backup made before the last upgrade, if there is one.
- ``PRAGMA foreign_key_check``: files whose watched folder is gone (repair: forget them).
- Orphan rows: stored vectors no file refers to (a note, not a problem: the engine keeps a
  deleted photo's vector for a grace period and purges it after; repair: delete them).
- Files marked readable without a fingerprint, stored vectors of the wrong size or with
  non-finite values (repair: forget them; the next ``index`` run reads those files again).
- Per model with stored vectors: the saved index file (side-car, layout, catalog identity)
  and every vector in it against the catalog's (repair: rebuild from the catalog, save).
- Leftovers: temporary files of an interrupted save, index files of models without vectors.

Problems make the report not ok; notes (an index that merely lags behind the catalog, which
the next start brings up to date) do not. Repair with the app closed: a running app keeps
its own copy of the index in memory and would save it over the repaired one.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from mclip_desktop.core import paths
from mclip_desktop.core.catalog import SCHEMA_VERSION, Catalog, peek_schema_version
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.vector_index import IndexSaveError, VectorIndex, model_key

# A temporary file younger than this may belong to a save in progress.
STALE_TEMP_SECONDS = 600.0


@dataclass
class Finding:
    """One thing found. ``kind`` says what a repair would do; ``problem`` whether it makes
    the check fail."""

    what: str
    kind: str
    problem: bool = True
    repaired: bool = False
    model_id: str = ""
    ids: list[int] = field(default_factory=list, repr=False)
    files: list[Path] = field(default_factory=list, repr=False)

    def line(self) -> str:
        mark = "repaired" if self.repaired else "problem" if self.problem else "note"
        return f"[{mark}] {self.what}"


@dataclass
class CheckReport:
    data_dir: Path
    repair: bool
    findings: list[Finding] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong (any more, after repairs)."""
        return not self.problems

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.problem and not f.repaired]

    def lines(self) -> list[str]:
        out = [f"Checked {self.data_dir}: {', '.join(self.checked) or 'nothing'}."]
        out += [f"  {f.line()}" for f in self.findings]
        if self.ok:
            out.append("No problems found." if not self.findings else "No problems left.")
        elif self.repair:
            out.append(f"{len(self.problems)} problem(s) could not be repaired (see above).")
        else:
            out.append(
                f"{len(self.problems)} problem(s) found: 'mclip-desktop check --repair' fixes "
                "what can be fixed."
            )
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "data_dir": str(self.data_dir),
            "repair": self.repair,
            "checked": list(self.checked),
            "findings": [
                {"what": f.what, "kind": f.kind, "problem": f.problem, "repaired": f.repaired}
                for f in self.findings
            ],
        }


def run_check(data_dir: str | os.PathLike[str] | None = None, repair: bool = False) -> CheckReport:
    """Check (and with ``repair``, fix) the catalog and indexes in ``data_dir`` (default:
    the data folder the app uses, honouring MCLIP_DATA_DIR). Never raises for what it finds;
    the report says it."""
    folder = paths.data_dir(data_dir)
    report = CheckReport(folder, repair)
    catalog_path = paths.catalog_path(folder)
    if not catalog_path.is_file():
        report.findings.append(
            Finding(f"no catalog at {catalog_path}: nothing indexed here yet", "none", False)
        )
        return report
    version = peek_schema_version(catalog_path)
    if version is not None and version > SCHEMA_VERSION:
        report.findings.append(
            Finding(
                f"the catalog was written by a newer mclip-desktop (schema {version}; this "
                f"version knows {SCHEMA_VERSION}); it was neither checked nor changed",
                "newer",
            )
        )
        return report
    report.findings = _inspect(catalog_path, folder, report.checked)
    if repair and any(f.problem or f.kind in _REPAIRABLE for f in report.findings):
        repaired = _repair(catalog_path, folder, report.findings)
        after = _inspect(catalog_path, folder, [])
        report.findings = [f for f in repaired if f.repaired or f.kind == "repair-failed"] + after
    return report


# -- looking ----------------------------------------------------------------------------


def _inspect(catalog_path: Path, folder: Path, checked: list[str]) -> list[Finding]:
    found: list[Finding] = []
    try:
        catalog = Catalog.read_only(catalog_path)
    except MclipError as exc:
        return [Finding(f"{exc} {_backup_hint(folder)}", "unreadable")]
    with catalog:
        db = catalog._db  # noqa: SLF001 - a check reads below the everyday API
        try:
            checked.append("catalog integrity")
            integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                shown = "; ".join(integrity[:5]) + (" …" if len(integrity) > 5 else "")
                found.append(
                    Finding(
                        f"SQLite reports damage in the catalog: {shown}. {_backup_hint(folder)}",
                        "damaged",
                    )  # fmt: skip
                )
                return found  # the rest would read damaged tables
            _inspect_rows(db, found, checked)
            checked.append("vector indexes")
            _inspect_indexes(catalog, folder, found)
        except sqlite3.Error as exc:
            found.append(Finding(f"the catalog cannot be read ({exc}). {_backup_hint(folder)}",
                                 "unreadable"))  # fmt: skip
    return found


def _inspect_rows(db: sqlite3.Connection, found: list[Finding], checked: list[str]) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version < SCHEMA_VERSION:
        found.append(
            Finding(
                f"the catalog has schema {version}; it is upgraded, after a backup, the "
                "next time mclip-desktop opens it",
                "schema",
                problem=False,
            )  # fmt: skip
        )
    checked.append("foreign keys")
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    orphan_files = [int(r[1]) for r in broken if r[0] == "files"]
    if orphan_files:
        found.append(
            Finding(
                f"{len(orphan_files)} file record(s) belong to no watched folder",
                "orphan-files",
                ids=orphan_files,
            )  # fmt: skip
        )
    if len(broken) > len(orphan_files):
        found.append(Finding(f"{len(broken) - len(orphan_files)} other row(s) break a foreign "
                             "key", "foreign-keys"))  # fmt: skip
    checked.append("orphan rows")
    unreferenced = [
        int(r[0])
        for r in db.execute(
            "SELECT id FROM embeddings e WHERE NOT EXISTS "
            "(SELECT 1 FROM files f WHERE f.fingerprint = e.fingerprint)"
        )
    ]
    if unreferenced:
        # Not damage: a deleted photo's vector waits for its grace period in a running app
        # (a photo that turns up again keeps it) or for the next index run, which remove it.
        found.append(
            Finding(
                f"{len(unreferenced)} stored vector(s) belong to no file; indexing removes "
                "them (a running app after a grace period, in case their photo turns up again)",
                "orphan-embeddings",
                problem=False,
                ids=unreferenced,
            )  # fmt: skip
        )
    no_fingerprint = [
        int(r[0])
        for r in db.execute("SELECT id FROM files WHERE status = 'ok' AND fingerprint IS NULL")
    ]
    if no_fingerprint:
        found.append(
            Finding(
                f"{len(no_fingerprint)} file(s) marked readable have no fingerprint",
                "no-fingerprint",
                ids=no_fingerprint,
            )  # fmt: skip
        )
    checked.append("stored vectors")
    for (model_id,) in db.execute("SELECT DISTINCT model_id FROM embeddings").fetchall():
        bad = _bad_vectors(db, model_id)
        if bad:
            found.append(
                Finding(f"{len(bad)} stored vector(s) of {model_id} are damaged (wrong size or "
                        "not finite numbers)", "bad-vectors", model_id=model_id, ids=bad)
            )  # fmt: skip


def _bad_vectors(db: sqlite3.Connection, model_id: str) -> list[int]:
    """Ids of a model's vectors that have another size than most, or non-finite values."""
    common = db.execute(
        "SELECT length(vector) FROM embeddings WHERE model_id = ? GROUP BY length(vector) "
        "ORDER BY COUNT(*) DESC LIMIT 1",
        (model_id,),
    ).fetchone()[0]
    if common % 4:
        common = -1  # no sound size at all: every vector is damaged
    bad = [
        int(r[0])
        for r in db.execute(
            "SELECT id FROM embeddings WHERE model_id = ? AND length(vector) != ?",
            (model_id, common),
        )
    ]
    cursor = db.execute(
        "SELECT id, vector FROM embeddings WHERE model_id = ? AND length(vector) = ?",
        (model_id, common),
    )
    while rows := cursor.fetchmany(4096):
        vectors = np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
        sound = np.isfinite(vectors).all(axis=1) & (np.abs(vectors).sum(axis=1) > 0)
        bad += [int(rows[i][0]) for i in np.flatnonzero(~sound)]
    return bad


def _inspect_indexes(catalog: Catalog, folder: Path, found: list[Finding]) -> None:
    damaged = {i for f in found if f.kind == "bad-vectors" for i in f.ids}
    expected: dict[Path, str] = {}
    for model_id in catalog.model_ids():
        expected[paths.index_path(folder, model_key(model_id))] = model_id
    for path in sorted(folder.glob("index-*.hnsw")):
        if path not in expected:
            found.append(
                Finding(f"{path.name} belongs to a model without stored vectors", "stale-index",
                        problem=False, files=[path, path.with_name(path.name + ".json")])
            )  # fmt: skip
    now = time.time()
    for leftover in sorted(folder.glob("index-*.tmp")):
        if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
            found.append(
                Finding(
                    f"{leftover.name} is left over from an interrupted save",
                    "leftover",
                    problem=False,
                    files=[leftover],
                )  # fmt: skip
            )
    for index_path, model_id in expected.items():
        dim = catalog.vector_dim(model_id)
        if dim is None or damaged:
            continue  # damaged vectors are repaired (and the index rebuilt) first
        index = VectorIndex(index_path, model_id, dim)
        reason = index.load_saved(catalog)
        if reason == "no saved index":
            found.append(
                Finding(f"no saved index for {model_id}; it is built from the catalog at the "
                        "next start", "index-missing", problem=False, model_id=model_id)
            )  # fmt: skip
        elif reason:
            found.append(
                Finding(
                    f"the index {index_path.name} cannot be used: {reason}",
                    "index-damaged",
                    model_id=model_id,
                )  # fmt: skip
            )
        else:
            missing, extra, mismatched = index.compare(catalog)
            if mismatched:
                found.append(
                    Finding(
                        f"{len(mismatched)} vector(s) in {index_path.name} differ from "
                        "the catalog's",
                        "index-damaged",
                        model_id=model_id,
                    )  # fmt: skip
                )
            elif missing or extra:
                found.append(
                    Finding(f"the index {index_path.name} lags behind the catalog "
                            f"({len(missing)} to add, {len(extra)} to remove); the next start "
                            "brings it up to date", "index-stale", problem=False,
                            model_id=model_id)
                )  # fmt: skip


def _backup_hint(folder: Path) -> str:
    backups = sorted(folder.glob("catalog-backup-*.sqlite3"))
    if backups:
        return (
            f"Restore the backup {backups[-1].name} (made before the last upgrade), or move "
            "the catalog aside and run 'mclip-desktop index' again."
        )
    return "Move the catalog aside and run 'mclip-desktop index' again to rebuild it."


# -- repairing --------------------------------------------------------------------------

_ROW_REPAIRS = {"orphan-files", "orphan-embeddings", "no-fingerprint", "bad-vectors"}
_INDEX_REPAIRS = {"index-damaged", "index-stale", "index-missing"}
_TIDY = {"leftover", "stale-index"}
_REPAIRABLE = _ROW_REPAIRS | _INDEX_REPAIRS | _TIDY


def _repair(catalog_path: Path, folder: Path, found: list[Finding]) -> list[Finding]:
    if any(f.kind in ("damaged", "unreadable", "foreign-keys") for f in found):
        return found  # nothing below is safe on a damaged database
    try:
        catalog = Catalog(catalog_path, create=False)
    except MclipError as exc:
        return found + [Finding(f"the catalog cannot be opened to repair it: {exc}",
                                "repair-failed")]  # fmt: skip
    with catalog:
        rebuild: set[str] = set()
        for finding in found:
            if finding.kind in _ROW_REPAIRS:
                _repair_rows(catalog, finding)
                finding.repaired = True
                rebuild.update(catalog.model_ids())
            elif finding.kind in _INDEX_REPAIRS:
                rebuild.add(finding.model_id)
            elif finding.kind in _TIDY:
                for path in finding.files:
                    path.unlink(missing_ok=True)
                finding.repaired = True
        for model_id in sorted(rebuild):
            failure = _rebuild_index(catalog, folder, model_id)
            if failure:
                found.append(Finding(failure, "repair-failed"))
                continue
            for finding in found:
                if finding.model_id == model_id and finding.kind in _INDEX_REPAIRS:
                    finding.repaired = True
    return found


def _repair_rows(catalog: Catalog, finding: Finding) -> None:
    with catalog.transaction():
        if finding.kind == "orphan-files":
            catalog.delete_files(finding.ids)
        elif finding.kind == "no-fingerprint":
            catalog.reset_to_pending(finding.ids)
        elif finding.kind == "bad-vectors":
            catalog.delete_embeddings(finding.ids)
    catalog.purge_unreferenced_embeddings()


def _rebuild_index(catalog: Catalog, folder: Path, model_id: str) -> str:
    """Rebuild a model's index from the catalog and save it; returns why not, or ''."""
    dim = catalog.vector_dim(model_id)
    path = paths.index_path(folder, model_key(model_id))
    if dim is None:
        for stale in (path, path.with_name(path.name + ".json")):
            stale.unlink(missing_ok=True)
        return ""
    index = VectorIndex(path, model_id, dim)
    try:
        index.open(catalog)
        if index.compare(catalog) != ([], [], []):
            index = VectorIndex(path, model_id, dim)
            path.unlink(missing_ok=True)  # the loaded file was wrong: build from scratch
            index.open(catalog)
        index.save()
    except (IndexSaveError, ValueError, OSError) as exc:
        return f"the index for {model_id} could not be rebuilt: {exc}"
    return ""
