"""``mclip-desktop albums ...``: smart albums from the command line.

Every check that needs no model (names, labels, strictness, dates, example files, export
folder) runs before the library opens a model, so a mistake costs no loading time and
changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TextIO

from mclip_desktop.core.errors import MclipError

EXIT_OK = 0
# The override verbs: "always in", "not in", back to the score.
OVERRIDES: dict[str, bool | None] = {"include": True, "exclude": False, "auto": None}


def _strictness(text: str | None) -> float:
    if text is None:
        return 0.5
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 1.0:
        raise MclipError("album.bad_strictness", value=text)
    return value


def _date(text: str | None, flag: str) -> str | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise MclipError("album.bad_date", option=flag, value=text) from exc


def run_albums(
    args: argparse.Namespace, open_library: Callable[..., Any], out: TextIO, err: TextIO
) -> int:
    from mclip_desktop.core.albums import AlbumFilters, make_request

    command = args.albums_command or "list"
    request = None
    if command == "add":
        folders = []
        for folder in args.folder:
            from pathlib import Path

            resolved = Path(folder).expanduser().resolve()
            if not resolved.is_dir():
                raise MclipError("album.no_folder", path=folder)
            folders.append(str(resolved))
        filters = AlbumFilters(
            tuple(folders), _date(args.after, "--after"), _date(args.before, "--before")
        )
        request = make_request(
            args.name, args.label, args.like, _strictness(args.strictness), filters
        )
    paths: list[str] = []
    if command in OVERRIDES:
        from pathlib import Path

        paths = [str(Path(p).expanduser().absolute()) for p in args.paths]
    if command == "export" and not args.xmp and args.dir is None:
        raise MclipError("album.export_needs_folder")

    with open_library(args, err) as library:
        # The library's own service: in a serving instance it is kept between commands,
        # its vectors in memory.
        service = library.album_service()
        if command == "list":
            summaries = service.summaries()
            if args.json:
                rows = [
                    {"name": s.name, "labels": list(s.labels), "count": s.count} for s in summaries
                ]
                json.dump(rows, out, ensure_ascii=False)
                out.write("\n")
            elif not summaries:
                print("No albums yet: mclip-desktop albums add NAME [--label TEXT]...", file=err)
            else:
                for s in summaries:
                    labels = ", ".join(s.labels)
                    print(f"{s.name}  ({s.count} photos; {labels})", file=out)
        elif command == "add":
            assert request is not None
            service.check_new(request)
            album = service.add(request)
            count = service.count(album)
            print(f"Album '{album.name}' holds {count} photos.", file=out)
        elif command == "show":
            members = service.members(args.name)
            if args.json:
                json.dump(
                    [{"path": m.path, "score": round(m.score, 6)} for m in members],
                    out, ensure_ascii=False,
                )  # fmt: skip
                out.write("\n")
            else:
                for m in members:
                    print(f"{m.score:.3f}  {m.path}", file=out)
        elif command == "remove":
            album = service.remove(args.name)
            print(f"Removed the album '{album.name}'; its photos stay where they are.", file=out)
        elif command == "export":
            _export(service, args, out, err)
        elif command in OVERRIDES:
            album = service.album(args.name)
            count = service.set_override(album.name, paths, OVERRIDES[command])
            said = {
                "include": "{count} photos are always in '{name}' now.",
                "exclude": "{count} photos are kept out of '{name}' now.",
                "auto": "{count} photos of '{name}' follow their score again.",
            }[command]
            print(said.format(count=count, name=album.name), file=out)
    return EXIT_OK


def _export(service: Any, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from mclip_desktop.core.albums import export

    album = service.album(args.name)
    if not args.xmp:
        export.check_folder(args.dir)
    paths = [m.path for m in service.members(album)]
    if args.xmp:
        report = export.write_keyword(paths, album.name)
        done = f"Wrote '{album.name}' into {len(report.written)} XMP sidecars"
    else:
        report = export.export_files(paths, args.dir, link=args.link)
        kind = "Linked" if args.link else "Copied"
        done = f"{kind} {len(report.written)} photos of '{album.name}' into {args.dir}"
    for path, reason in report.failed:
        print(f"Could not write {path}: {reason}", file=err)
    print(f"{done} ({report.unchanged} already there, {len(report.failed)} failed).", file=out)
    if report.failed:
        raise MclipError("album.export_failed", count=len(report.failed))
