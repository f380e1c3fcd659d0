"""``mclip-desktop duplicates``: list duplicate (and similar) groups, or move the others of
every group to the desktop trash."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.query import duplicates as dup


def find(library: Any, similar: bool) -> tuple[dup.Findings, Any]:
    """Groups of the library, and its vector index (None when nothing is embedded yet)."""
    catalog = library.catalog
    index = None
    if catalog.vector_dim(library.image_model_id) is not None:
        index = library.vector_index()
    return dup.find_duplicates(catalog, index, library.image_model_id, similar=similar), index


def run_duplicates(args: argparse.Namespace, library: Any, out: TextIO, err: TextIO) -> int:
    with library:
        findings, index = find(library, args.similar)
        groups = findings.groups
        if not args.trash:
            if args.json:
                json.dump([g.as_json() for g in groups], out, ensure_ascii=False, indent=2)
                out.write("\n")
            elif not groups:
                print(f"No duplicates among {findings.photos} photos.", file=out)
            else:
                for g in groups:
                    print(f"{g.kind}: keep {g.keep.path}  ({g.reason_text()})", file=out)
                    for m in g.others:
                        print(f"    {m.path}", file=out)
                print(f"{len(groups)} groups, {sum(len(g.others) for g in groups)} others.",
                      file=out)  # fmt: skip
            return 0
        others = sum(len(g.others) for g in groups)
        if not groups:
            print(f"No duplicates among {findings.photos} photos; nothing to move.", file=out)
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise MclipError(
                    f"Not moving {others} files to the trash without confirmation: run with "
                    "--yes, or from a terminal."
                )
            for g in groups:
                print(f"keep {g.keep.path}", file=out)
                for m in g.others:
                    print(f"    trash {m.path}", file=out)
            out.write(f"Move {others} files in {len(groups)} groups to the trash? [y/N] ")
            out.flush()
            answer = sys.stdin.readline().strip().lower()
            if answer not in ("y", "yes"):
                print("Nothing was moved.", file=out)
                return 0
        outcome = dup.move_to_trash(groups, library.catalog, index, library.image_model_id)
        if outcome.moved:
            library.save_index()
        for keeper, reason in outcome.skipped:
            print(f"Skipped the group of {keeper}: {reason}.", file=err)
        print(
            f"Moved {len(outcome.moved)} files to the trash; "
            f"{len(outcome.skipped)} groups skipped.",
            file=out,
        )
        return 1 if outcome.skipped else 0
