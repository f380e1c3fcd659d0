"""The command line: ``mclip-desktop [options] [COMMAND]``.

Scripts rely on these commands and their ``--json`` output; extend, never rename.
Heavy modules (torch, sentence-transformers) are imported only by commands that need a model.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import threading
from collections.abc import Sequence
from typing import Any, TextIO

from mclip_desktop import __version__
from mclip_desktop.cli_text import CliText
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from mclip_desktop.core.names import path_fields, readable

log = logging.getLogger("mclip_desktop.cli")
# The words of this run, in the user's locale (set by main()).
text = CliText({})

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _print(*values: object, file: TextIO, flush: bool = False) -> None:
    """print, with file names that are not UTF-8 shown readably (U+FFFD) instead of failing
    to encode."""
    print(*(readable(str(v)) for v in values), file=file, flush=flush)


def _dump_json(value: Any, out: TextIO, **options: Any) -> None:
    """json.dump of readable text: a name that is not UTF-8 is written with U+FFFD, and the
    fields made by ``path_fields`` carry its lossless form."""
    json.dump(_readable_json(value), out, **options)


def _readable_json(value: Any) -> Any:
    if isinstance(value, str):
        return readable(value)
    if isinstance(value, dict):
        return {k: _readable_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_readable_json(v) for v in value]
    return value


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help="where the catalog and index live (default: the user data folder; env MCLIP_DATA_DIR)",
    )
    parser.add_argument(
        "--image-model", metavar="NAME|PATH", default=default,
        help="image model, hub name or local folder (default: clip-ViT-B-32; env MCLIP_IMAGE_MODEL)",
    )
    parser.add_argument(
        "--text-model", metavar="NAME|PATH", default=default,
        help="text model, hub name or local folder (default: "
        "sentence-transformers/clip-ViT-B-32-multilingual-v1; env MCLIP_TEXT_MODEL)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS if suppress else False,
        help="log what happens, for troubleshooting",
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)

    parser = argparse.ArgumentParser(
        prog="mclip-desktop",
        description="Search your own photos by meaning, in any language. Everything stays on "
        "this computer. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"mclip-desktop {__version__}")
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser(
        "index", parents=[common], help="add folders to the watched set, bring the index up to date, exit"
    )
    index.add_argument("folders", nargs="*", metavar="FOLDER")
    index.add_argument("--json", action="store_true", help="print a summary as JSON")

    search = commands.add_parser(
        "search", parents=[common],
        help="search by text, example images, filters; without terms, list photos newest first",
        description="Search by meaning. TERM is an image file, an http(s) image address or "
        "text, with an optional WEIGHT: prefix ('3:blue square', '0.5:./beach.jpg'). Without "
        "-n, results end where relevance ends.",
    )  # fmt: skip
    search.add_argument("query", nargs="?", metavar="QUERY", help="text, in any language")
    search.add_argument(
        "--image", metavar="PATH", action="append", default=[],
        help="an example image (repeatable)",
    )
    search.add_argument(
        "--add", metavar="TERM", action="append", default=[], help="a term to add (repeatable)"
    )
    search.add_argument(
        "--subtract", metavar="TERM", action="append", default=[],
        help="a term to move away from (repeatable)",
    )
    search.add_argument(
        "--folder", metavar="DIR", action="append", default=[],
        help="only photos in this watched folder or below it (repeatable)",
    )  # fmt: skip
    search.add_argument("--after", metavar="YYYY-MM-DD", help="taken on or after this day")
    search.add_argument("--before", metavar="YYYY-MM-DD", help="taken on or before this day")
    search.add_argument(
        "--type", metavar="TYPE", action="append", default=[],
        help="only this file type: jpeg, png, webp, gif, tiff, bmp, avif, heic (repeatable)",
    )  # fmt: skip
    search.add_argument(
        "--sort", metavar="relevance|date", default="relevance",
        help="best match first (default) or newest first",
    )  # fmt: skip
    search.add_argument(
        "-n", type=int, default=None, metavar="N",
        help="the N best matches, relevant or not (default: every relevant photo)",
    )  # fmt: skip
    search.add_argument(
        "--json", action="store_true",
        help='print [{"path", "score", "relevant", "taken", "duplicates"}]',
    )  # fmt: skip

    folders = commands.add_parser("folders", parents=[common], help="list, add or remove watched folders")
    folder_commands = folders.add_subparsers(dest="folders_command", metavar="list|add|remove")
    folders_list = folder_commands.add_parser("list", parents=[common], help="list watched folders")
    folders_list.add_argument("--json", action="store_true")
    folder_commands.add_parser("add", parents=[common], help="watch a folder").add_argument("path")
    folder_commands.add_parser("remove", parents=[common], help="stop watching a folder").add_argument(
        "path"
    )

    watch = commands.add_parser(
        "watch", parents=[common],
        help="add folders, catch up, then keep the index live until Ctrl-C",
    )  # fmt: skip
    watch.add_argument("folders", nargs="*", metavar="FOLDER")

    desktop = commands.add_parser(
        "desktop", parents=[common],
        help="add the app to this user's application menu, with its icon (Linux)",
    )  # fmt: skip
    desktop.add_argument("--uninstall", action="store_true", help="remove the menu entry and icons")
    desktop.add_argument(
        "--service", action="store_true",
        help="instead: run 'watch' as a login service (systemd user unit) so that the index "
        "stays live and searches answer at once; with --uninstall, remove it",
    )  # fmt: skip
    desktop.add_argument(
        "--data-home", metavar="DIR",
        help="install under DIR instead of $XDG_DATA_HOME or ~/.local/share",
    )  # fmt: skip

    status = commands.add_parser("status", parents=[common], help="what is indexed, pending and failed")
    status.add_argument("--json", action="store_true")

    check = commands.add_parser(
        "check", parents=[common],
        help="verify the catalog and the search index; exit 1 if something is wrong",
    )  # fmt: skip
    check.add_argument(
        "--repair", action="store_true",
        help="fix what can be fixed: rebuild the index, forget orphan rows (close the app first)",
    )  # fmt: skip
    check.add_argument("--json", action="store_true", help="print the report as JSON")

    duplicates = commands.add_parser(
        "duplicates", parents=[common],
        help="list copies of the same photo (and with --similar, bursts); --trash removes them",
    )  # fmt: skip
    duplicates.add_argument(
        "--similar", action="store_true",
        help="also list similar shots taken moments apart (bursts), as separate groups",
    )  # fmt: skip
    duplicates.add_argument(
        "--json", action="store_true",
        help='print [{"keep": PATH, "others": [PATH, ...], "kind": "exact"|"near"|"similar"}]',
    )  # fmt: skip
    duplicates.add_argument(
        "--trash", action="store_true",
        help="move every group's others to the desktop trash (asks first unless --yes)",
    )  # fmt: skip
    duplicates.add_argument("--yes", action="store_true", help="with --trash: do not ask")
    _albums_parser(commands, common)
    return parser


def _albums_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    albums = commands.add_parser(
        "albums", parents=[common],
        help="smart albums: words in any language that gather every matching photo",
    )  # fmt: skip
    sub = albums.add_subparsers(
        dest="albums_command", metavar="list|add|show|remove|export|include|exclude|auto"
    )
    listing = sub.add_parser("list", parents=[common], help="albums and how many photos each holds")
    listing.add_argument("--json", action="store_true", help='print [{"name", "labels", "count"}]')
    add = sub.add_parser("add", parents=[common], help="make an album from words and examples")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--label", action="append", default=[], metavar="TEXT",
        help="words in any language the photos should match (repeatable; default: the name)",
    )  # fmt: skip
    add.add_argument(
        "--like", action="append", default=[], metavar="PATH",
        help="an example photo (repeatable)",
    )  # fmt: skip
    add.add_argument(
        "--strictness", default=None, metavar="0..1",
        help="0 takes in loose matches, 1 only the clearest (default 0.5)",
    )  # fmt: skip
    add.add_argument("--folder", action="append", default=[], metavar="DIR",
                     help="only photos under this folder (repeatable)")  # fmt: skip
    add.add_argument("--after", metavar="YYYY-MM-DD", help="only photos taken on or after")
    add.add_argument("--before", metavar="YYYY-MM-DD", help="only photos taken on or before")
    show = sub.add_parser("show", parents=[common], help="the photos of an album, best first")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help='print [{"path", "score"}]')
    remove = sub.add_parser("remove", parents=[common], help="forget an album (photos stay)")
    remove.add_argument("name", metavar="NAME")
    for verb, what in (
        ("include", "keep these photos in the album whatever their score"),
        ("exclude", "keep these photos out of the album whatever their score"),
        ("auto", "let the score decide again for these photos"),
    ):
        override = sub.add_parser(verb, parents=[common], help=what)
        override.add_argument("name", metavar="NAME")
        override.add_argument("paths", nargs="+", metavar="PATH", help="photos of the library")
    export = sub.add_parser(
        "export", parents=[common],
        help="copy or link an album's photos into DIR, or write its name into XMP sidecars",
    )  # fmt: skip
    export.add_argument("name", metavar="NAME")
    export.add_argument(
        "dir", nargs="?", metavar="DIR",
        help="the folder to copy or link into (not needed with --xmp)",
    )  # fmt: skip
    how = export.add_mutually_exclusive_group()
    how.add_argument("--link", action="store_true", help="symbolic links instead of copies")
    how.add_argument(
        "--xmp", action="store_true",
        help="write the album name as a keyword (dc:subject) into photo.jpg.xmp sidecars "
        "beside the photos; the photos themselves are never changed",
    )  # fmt: skip



# The library of a running instance, while it answers a command line sent to it.
_served = threading.local()


def _library(args: argparse.Namespace, stderr: TextIO) -> Any:
    served = getattr(_served, "library", None)
    if served is not None:
        return served
    from mclip_desktop.core.library import Library, LibraryConfig

    config = LibraryConfig.from_options(args.data_dir, args.image_model, args.text_model)
    log.info(
        "Data folder %s; image model %s; text model %s",
        config.data_dir, config.image_model, config.text_model,
    )  # fmt: skip
    return Library(config, download_progress=_download_reporter(stderr))


def _failure_json(path: str, stored: str) -> dict[str, Any]:
    """A failure for --json: the English reason as before, its code, and the stored form for
    wording it in the user's language."""
    message = Message.from_stored(stored)
    found: dict[str, Any] = {**path_fields(path), "reason": message.english(), "code": message.code}
    if message.detail:
        found["detail"] = message.detail
    return found


def _configure_logging(verbose: bool, err: TextIO) -> None:
    """Warnings always reach stderr; with --verbose, the whole log does (INFO and up, with
    the technical detail of every error). The package's loggers get their own handler, so
    this works whatever a library did to the root logger before."""
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    package = logging.getLogger("mclip_desktop")
    for old in [h for h in package.handlers if getattr(h, "_mclip_cli", False)]:
        package.removeHandler(old)
    handler._mclip_cli = True  # type: ignore[attr-defined]
    package.addHandler(handler)
    package.setLevel(logging.DEBUG if verbose else logging.WARNING)
    handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    package.propagate = False
    # A library that configured logging with dictConfig may have disabled loggers that
    # existed then; the command line decides about its own.
    for name, logger in logging.Logger.manager.loggerDict.items():
        if name.startswith("mclip_desktop") and isinstance(logger, logging.Logger):
            logger.disabled = False


def _download_reporter(stderr: TextIO) -> Any:
    bars: dict[str, Any] = {}
    announced: set[str] = set()

    def report(progress: Any) -> None:
        if stderr.isatty():
            from tqdm import tqdm

            bar = bars.get(progress.model)
            if bar is None:
                bar = bars[progress.model] = tqdm(
                    total=progress.total_bytes or None, unit="B", unit_scale=True,
                    desc=f"Downloading {progress.model}", file=stderr, leave=True,
                )  # fmt: skip
            if progress.total_bytes and bar.total != progress.total_bytes:
                bar.total = progress.total_bytes
            bar.update(progress.done_bytes - bar.n)
        elif progress.model not in announced:
            announced.add(progress.model)
            _print(
                text(
                    QT_TRANSLATE_NOOP("Cli", "Downloading the model {model} (first use only)…"),
                    model=progress.model,
                ),
                file=stderr,
            )

    return report


def _cmd_index(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    with _library(args, err) as library:
        chosen = []
        for name in args.folders:
            if not Path(name).expanduser().is_dir():
                raise MclipError("folder.missing", path=name)
        for name in args.folders:
            chosen.append(library.add_folder(name))
        if not args.folders:
            chosen = library.catalog.folders()
            if not chosen:
                raise MclipError(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Cli", "No folders are watched yet: run 'mclip-desktop index FOLDER'."
                        )
                    )
                )
        bar = None
        if err.isatty() and not args.json:
            from tqdm import tqdm

            bar = tqdm(total=0, unit="photo", desc="Indexing", file=err, leave=False)

        def progress(p: Any) -> None:
            if bar is not None:
                bar.total = p.total
                bar.update(p.done - bar.n)

        notice = library.begin_indexing()
        if notice:
            _print(text.message(notice), file=err, flush=True)
        try:
            summary = library.index(chosen, progress=progress)
        except BaseException:
            if bar is not None:
                bar.close()
            try:
                library.save_index()  # keep what was indexed before the error or Ctrl-C
            except MclipError:
                pass  # the first error is the one to report
            raise
        if bar is not None:
            bar.close()
        library.save_index()
        if library.finish_indexing():
            switched = Message("models.switched", {"model": library.models.image})
            _print(text.message(switched), file=err)
        counts = library.catalog.counts(library.searching_model_id())
        if args.json:
            _dump_json(
                {
                    "seen": summary.scan.seen,
                    "new": summary.scan.new,
                    "changed": summary.scan.changed,
                    "moved": summary.scan.moved,
                    "removed": summary.scan.removed,
                    "read": summary.read,
                    "embedded": summary.embedded,
                    "reused": summary.reused,
                    "failed": summary.failed,
                    "failures": [_failure_json(p, r) for p, r in summary.failures],
                    "offline": summary.scan.offline,
                    "indexed": counts.indexed,
                    "seconds": round(summary.seconds, 3),
                },
                out,
                ensure_ascii=False,
                indent=2,
            )
            out.write("\n")
        else:
            for path, reason in summary.failures:
                reason = text.message(Message.from_stored(reason))
                _print(
                    text(
                        QT_TRANSLATE_NOOP("Cli", "Could not read {path}: {reason}"),
                        path=path,
                        reason=reason,
                    ),
                    file=err,
                )
            for folder in summary.scan.offline:
                _print(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Cli", "The folder {path} is not reachable; its photos are kept."
                        ),
                        path=folder,
                    ),
                    file=err,
                )
            _print(
                text(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{indexed} photos searchable: {embedded} newly embedded, {reused} moved "
                        "or duplicates, {removed} removed, {failed} could not be read "
                        "({seconds} s).",
                    ),
                    indexed=counts.indexed,
                    embedded=summary.embedded,
                    reused=summary.scan.moved + summary.reused,
                    removed=summary.scan.removed,
                    failed=summary.failed,
                    seconds=f"{summary.seconds:.1f}",
                ),
                file=out,
            )
        return EXIT_OK


def _search_request(args: argparse.Namespace) -> Any:
    """The request the search options describe; every check that needs no model, so that bad
    input fails at once."""
    import datetime as dt
    import re
    from pathlib import Path

    from mclip_desktop.core.images import check_query_image
    from mclip_desktop.core.query import PHOTO_TYPES, DateRange, Filters, Order, SearchRequest
    from mclip_desktop.core.query.request import Term
    from mclip_desktop.core.query.terms import parse_term

    if args.n is not None and args.n <= 0:
        raise MclipError(text(QT_TRANSLATE_NOOP("Cli", "-n must be a positive number of results.")))
    terms: list[Any] = []
    if args.query is not None:
        if not args.query.strip():
            raise MclipError("query.empty_text")
        terms.append(Term.text(args.query))
    for name in args.image:
        path = Path(name).expanduser()
        check_query_image(path)  # before any model loads
        terms.append(Term.image(str(path.resolve())))
    terms += [parse_term(spec) for spec in args.add]
    terms += [parse_term(spec, sign=-1.0) for spec in args.subtract]
    if terms and all(t.weight <= 0 for t in terms):
        raise MclipError(
            text(
                QT_TRANSLATE_NOOP(
                    "Cli", "A search needs a term to look for, not only terms to avoid."
                )
            )
        )

    def day(option: str, value: str | None) -> dt.date | None:
        if value is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            raise MclipError(
                text(
                    QT_TRANSLATE_NOOP("Cli", "{option} {value}: not a date; write it as YYYY-MM-DD."),
                    option=option,
                    value=value,
                )
            ) from None

    first, last = day("--after", args.after), day("--before", args.before)
    if first and last and first > last:
        raise MclipError(
            text(
                QT_TRANSLATE_NOOP(
                    "Cli", "--after {first} is later than --before {last}: no day is in between."
                ),
                first=first,
                last=last,
            )
        )
    types = {t.lower() for t in args.type}
    for t in sorted(types - set(PHOTO_TYPES)):
        raise MclipError(
            text(
                QT_TRANSLATE_NOOP("Cli", "--type {type}: unknown file type; use one of {types}."),
                type=t,
                types=", ".join(PHOTO_TYPES),
            )
        )
    if args.sort not in ("relevance", "date"):
        raise MclipError(
            text(
                QT_TRANSLATE_NOOP("Cli", "--sort {sort}: sort by 'relevance' or 'date'."),
                sort=args.sort,
            )
        )
    folders = tuple(str(Path(f).expanduser().resolve()) for f in args.folder)
    return SearchRequest(
        terms=tuple(terms),
        filters=Filters(folders=folders, dates=DateRange(first, last), types=frozenset(types)),
        order=Order.DATE if args.sort == "date" or not terms else Order.RELEVANCE,
        limit=args.n,
    )


def _check_folders_watched(request: Any, library: Any) -> None:
    import os

    watched = [f.path for f in library.catalog.folders()]
    for folder in request.filters.folders:
        inside = (folder == w or folder.startswith(w.rstrip(os.sep) + os.sep) for w in watched)
        if not any(inside):
            raise MclipError(
                text(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "--folder {path} is not a watched folder or inside one. "
                        "'mclip-desktop folders list' shows them.",
                    ),
                    path=folder,
                )
            )


def _cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    request = _search_request(args)
    with _library(args, err) as library:
        _check_folders_watched(request, library)
        _say_which_models_search(library, err)
        empty = library.catalog.vector_dim(library.searching_model_id()) is None
        results = library.query_runner().run(request)
        items = results.items()
        weaker = len(results.weaker)
    if args.json:
        _dump_json(
            [
                {
                    **path_fields(r.path),
                    "score": None if r.score is None else round(r.score, 6),
                    "relevant": r.relevant,
                    "taken": r.taken,
                    "duplicates": [readable(p) for p in r.other_paths],
                }
                for r in items
            ],
            out,
            ensure_ascii=False,
        )
        out.write("\n")
    elif empty:
        _print(
            text(
                QT_TRANSLATE_NOOP(
                    "Cli", "No photos indexed yet: run 'mclip-desktop index FOLDER' first."
                )
            ),
            file=err,
        )
    else:
        for r in items:
            first = f"{r.score:.3f}" if r.score is not None else (r.taken or "")[:10]
            _print(f"{first}  {r.path}", file=out)
        if not items:
            _print(text(QT_TRANSLATE_NOOP("Cli", "No matching photos.")), file=err)
        if weaker:
            _print(
                text(
                    QT_TRANSLATE_NOOP(
                        "Cli", "{count} weaker matches not shown (use -n to see more)."
                    ),
                    count=weaker,
                ),
                file=err,
            )
    return EXIT_OK


def _say_which_models_search(library: Any, err: TextIO) -> None:
    """During a model switch, searches use the library's old pair: say so, so that a model
    named by a flag or MCLIP_IMAGE_MODEL is never silently not used."""
    searching = library.searching_model_id()
    if searching != library.image_model_id:
        source = "--image-model" if library.image_source == "flag" else "MCLIP_IMAGE_MODEL"
        _print(
            text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Searching with '{old}', the model this library's photos are embedded "
                    "with; '{new}' (from {source}) takes over once 'mclip-desktop index' has "
                    "embedded them again.",
                ),
                old=library.remembered.image,
                new=library.models.image,
                source=source,
            ),
            file=err,
        )


def _cmd_folders(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _library(args, err) as library:
        sub = args.folders_command or "list"
        if sub == "add":
            folder = library.add_folder(args.path)
            _print(
                text(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Watching {path}. Run 'mclip-desktop index' to index it."
                    ),
                    path=folder.path,
                ),
                file=out,
            )
        elif sub == "remove":
            folder = library.remove_folder(args.path)
            _print(
                text(
                    QT_TRANSLATE_NOOP(
                        "Cli", "No longer watching {path}; its photos left the index."
                    ),
                    path=folder.path,
                ),
                file=out,
            )
        else:
            counts = library.catalog.folder_file_counts()
            folders = [
                {**path_fields(f.path), "online": f.online, "files": counts.get(f.id, 0)}
                for f in library.catalog.folders()
            ]
            if getattr(args, "json", False):
                _dump_json(folders, out, ensure_ascii=False)
                out.write("\n")
            else:
                for f in folders:
                    line = (
                        text(
                            QT_TRANSLATE_NOOP("Cli", "{path}  {files} files"),
                            path=f["path"],
                            files=f["files"],
                        )
                        if f["online"]
                        else text(
                            QT_TRANSLATE_NOOP("Cli", "{path}  {files} files  (offline)"),
                            path=f["path"],
                            files=f["files"],
                        )
                    )
                    _print(line, file=out)
    return EXIT_OK


def _cmd_status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _library(args, err) as library:
        counts = library.catalog.counts(library.searching_model_id())
        per_folder = library.catalog.folder_file_counts()
        failures = library.catalog.failures()
        status = {
            "indexed": counts.indexed,
            "pending": counts.pending,
            "failed": counts.failed,
            "embeddings": counts.embeddings,
            "folders": [
                {**path_fields(f.path), "online": f.online, "files": per_folder.get(f.id, 0)}
                for f in library.catalog.folders()
            ],
            "data_dir": str(library.config.data_dir),
            "image_model": library.models.image,
            "text_model": library.models.text,
            "models": library.models_report(),
            "failures": [_failure_json(p, r) for p, r in failures],
        }
    if args.json:
        _dump_json(status, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print(
            text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{indexed} photos searchable, {pending} waiting, {failed} could not be read.",
                ),
                indexed=status["indexed"],
                pending=status["pending"],
                failed=status["failed"],
            ),
            file=out,
        )
        for f in status["folders"]:
            line = (
                text(
                    QT_TRANSLATE_NOOP("Cli", "{path}  ({files} files, online)"),
                    path=f["path"],
                    files=f["files"],
                )
                if f["online"]
                else text(
                    QT_TRANSLATE_NOOP("Cli", "{path}  ({files} files, offline)"),
                    path=f["path"],
                    files=f["files"],
                )
            )
            _print(f"  {line}", file=out)
        for path, stored in failures[:20]:
            reason = text.message(Message.from_stored(stored))
            line = text(
                QT_TRANSLATE_NOOP("Cli", "could not read {path}: {reason}"),
                path=path,
                reason=reason,
            )
            _print(f"  {line}", file=out)
        if len(status["failures"]) > 20:
            more = len(status["failures"]) - 20
            line = text(
                QT_TRANSLATE_NOOP("Cli", "… and {count} more (see status --json)"), count=more
            )
            _print(f"  {line}", file=out)
        report = status["models"]
        searching = report["searching"]
        _print(
            text(
                QT_TRANSLATE_NOOP("Cli", "Models: image {image}, text {text_model}"),
                image=searching["image"],
                text_model=searching["text"],
            ),
            file=out,
        )
        if report["switching"]:
            line = text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "switching to {model}: {count} photo(s) still to embed "
                    "(run 'mclip-desktop index')",
                ),
                model=report["image"],
                count=report["switch_remaining"],
            )
            _print(f"  {line}", file=out)
        _print(text(QT_TRANSLATE_NOOP("Cli", "Data: {path}"), path=status["data_dir"]), file=out)
    return EXIT_OK


def _cmd_watch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import signal
    import threading
    from pathlib import Path

    for name in args.folders:
        if not Path(name).expanduser().is_dir():
            raise MclipError("folder.missing", path=name)
    with _library(args, err) as library:
        for name in args.folders:
            library.add_folder(name)
        folders = library.catalog.folders()
        if not folders:
            raise MclipError(
                text(
                    QT_TRANSLATE_NOOP(
                        "Cli", "No folders are watched yet: run 'mclip-desktop watch FOLDER'."
                    )
                )
            )
        # Loaded now (downloaded on first use), so that the first photo dropped in is not
        # kept waiting for it.
        library.image_encoder()
        stopped = threading.Event()

        def on_signal(signum: int, frame: object) -> None:
            stopped.set()

        def on_notice(message: Message) -> None:
            if message.detail:
                log.info("%s", message.with_detail())
            _print(text.message(message), file=err, flush=True)

        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        live = library.live_indexer(on_notice=on_notice)
        # Searches from the command line are answered by this process while it watches; the
        # text model loads first so that the first one is instant.
        text_ready = False
        try:
            library.text_encoder()
            text_ready = True
        except MclipError as exc:  # watching works without it; searches answer alone
            log.info("Not serving searches: %s", exc.message.with_detail())
        service = serve_search(library, lambda: text_ready)
        try:
            service.start()
            live.start()
            # From here on only the live indexer's thread uses the library's catalog.
            _print(
                text(
                    QT_TRANSLATE_NOOP("Cli", "Watching {count} folder(s); press Ctrl-C to stop."),
                    count=len(folders),
                ),
                file=err,
                flush=True,
            )
            while not stopped.wait(0.5):
                if not live.running:
                    raise MclipError(
                        text(
                            QT_TRANSLATE_NOOP(
                                "Cli", "Watching stopped after an error (see the messages above)."
                            )
                        )
                    )
        finally:
            service.stop()
            live.stop()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
    # The process ends next. Its final garbage collection walks every object torch and
    # transformers made, which takes seconds on a busy machine; frozen, they are skipped.
    import gc

    gc.freeze()
    return EXIT_OK


def _cmd_albums(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from mclip_desktop.cli_albums import run_albums

    return run_albums(args, _library, out, err)


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from mclip_desktop.core.check import run_check

    report = run_check(args.data_dir, repair=args.repair)
    if args.json:
        _dump_json(report.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print(report, file=out)
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_duplicates(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from mclip_desktop.cli_duplicates import run_duplicates

    return run_duplicates(args, _library(args, err), out, err)


def _cmd_desktop(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.service:
        return _desktop_service(args, out, err)
    from mclip_desktop.desktop_integration import install_desktop_integration

    done = install_desktop_integration(args.data_home, uninstall=args.uninstall)
    if args.uninstall:
        _print(f"Removed the menu entry and icons from {done.data_home}.", file=out)
    else:
        _print(
            f"Added mclip-desktop to the application menu ({done.data_home}); "
            f"it starts {' '.join(done.command)}.",
            file=out,
        )
    return EXIT_OK


def _desktop_service(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import os
    import sys

    from mclip_desktop.core import paths
    from mclip_desktop.login_service import UNIT_NAME, install_login_service

    if sys.platform != "linux":
        raise MclipError("service.linux_only")
    # The service does not see this shell's environment: options given here, or by the
    # environment, are written into its command line.
    options: list[str] = []
    if args.data_dir or os.environ.get("MCLIP_DATA_DIR"):
        options += ["--data-dir", str(paths.data_dir(args.data_dir))]
    for flag, value, env in (
        ("--image-model", args.image_model, "MCLIP_IMAGE_MODEL"),
        ("--text-model", args.text_model, "MCLIP_TEXT_MODEL"),
    ):
        value = value or os.environ.get(env)
        if value:
            local = os.path.expanduser(value)
            options += [flag, os.path.abspath(local) if os.path.isdir(local) else value]
    done = install_login_service(options, uninstall=args.uninstall)
    for problem in done.systemctl:
        print(problem, file=err)
    if args.uninstall:
        removed = QT_TRANSLATE_NOOP("Cli", "Removed the login service {unit}.")
        print(text(removed, unit=done.unit), file=out)
    elif done.started:
        running = QT_TRANSLATE_NOOP(
            "Cli",
            "The login service {name} runs '{command}' now and at each login; "
            "'systemctl --user status {name}' shows it.",
        )
        print(text(running, name=UNIT_NAME, command=" ".join(done.command)), file=out)
    else:
        wrote = QT_TRANSLATE_NOOP(
            "Cli", "Wrote {unit}. Start it with: systemctl --user enable --now {name}"
        )
        print(text(wrote, unit=done.unit, name=UNIT_NAME), file=out)
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        from mclip_desktop.gui.app import run
    except ImportError as exc:
        log.info("The desktop app cannot start", exc_info=True)
        raise MclipError(
            text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The desktop app cannot start: a part of it is missing. Reinstall "
                    "mclip-desktop with its dependencies, or use the command line (see "
                    "'mclip-desktop --help').",
                )
            ),
            detail=str(exc),
        ) from exc
    return run(args.data_dir, args.image_model, args.text_model)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    global text
    text = CliText()
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, err)
    if _served_command(args):
        answer = _instance_answer(args, list(sys.argv[1:] if argv is None else argv))
        if answer is not None:
            out.write(answer.stdout)
            err.write(answer.stderr)
            return answer.code
    return run_command(args, out, err)


def run_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run a parsed command line (``main`` without parsing and logging set-up)."""
    handlers = {
        "index": _cmd_index,
        "search": _cmd_search,
        "folders": _cmd_folders,
        "status": _cmd_status,
        "watch": _cmd_watch,
        "desktop": _cmd_desktop,
        "check": _cmd_check,
        "duplicates": _cmd_duplicates,
        "albums": _cmd_albums,
        None: _cmd_gui,
    }
    try:
        return handlers[args.command](args, out, err)
    except MclipError as exc:
        # The technical detail (an exception's text) is for the log and --verbose only.
        log.info("%s", exc.message.with_detail(), exc_info=exc.__cause__ is not None)
        _print(f"mclip-desktop: {text.message(exc.message)}", file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        stopped = text(QT_TRANSLATE_NOOP("Cli", "stopped. Work finished so far is kept."))
        _print(f"mclip-desktop: {stopped}", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def _served_command(args: argparse.Namespace) -> bool:
    """Whether a running instance may answer this command line: searches, and album
    commands (their vectors are in its memory, so a new album shows in under a second where
    a fresh process first maps the library's vectors). Exports write files and stay here."""
    if args.verbose:
        return False
    if args.command == "search":
        return True
    return args.command == "albums" and (args.albums_command or "list") != "export"


def _instance_answer(args: argparse.Namespace, argv: list[str]) -> Any:
    """A running instance's answer to this command line, or None (answer alone)."""
    from mclip_desktop.core import instance

    if not instance.SUPPORTED:
        return None
    import os

    from mclip_desktop.core import models, paths

    # The models named here, by flag or environment; "" leaves the choice to the library
    # (its remembered pair), as the serving instance's own configuration does.
    identity = instance.Identity.of(
        paths.data_dir(args.data_dir),
        args.image_model or os.environ.get(models.IMAGE_MODEL_ENV) or "",
        args.text_model or os.environ.get(models.TEXT_MODEL_ENV) or "",
    )
    return instance.ask(identity, argv)


def serve_search(library: Any, ready: Any) -> Any:
    """An instance server answering ``search`` command lines with this open library; the
    caller starts and stops it. ``ready()`` says whether the models are loaded."""
    import contextlib

    from mclip_desktop.core import instance

    def run_search(view: Any, argv: Any) -> tuple[str, str, int] | None:
        try:  # the client parsed the same command line without error
            args = build_parser().parse_args(list(argv))
        except SystemExit:
            return None
        if not _served_command(args):
            return None
        out, err = io.StringIO(), io.StringIO()
        _served.library = contextlib.nullcontext(view)
        try:
            code = run_command(args, out, err)
        finally:
            _served.library = None
        return out.getvalue(), err.getvalue(), code

    runner = instance.LibraryRunner(library, run_search)

    def identity() -> Any:
        config = library.config
        return instance.Identity.of(
            config.data_dir, config.image_model or "", config.text_model or ""
        )

    return _Service(instance.InstanceServer(identity, runner, ready), runner)


class _Service:
    def __init__(self, server: Any, runner: Any) -> None:
        self.server, self._runner = server, runner

    def start(self) -> bool:
        return bool(self.server.start())

    def stop(self) -> None:
        self.server.stop()
        self._runner.close()


def entry() -> None:
    """The ``mclip-desktop`` program: run a command, then exit without the final garbage
    collection, which walks every object torch and transformers made (seconds on a busy
    machine) and frees nothing the operating system would not."""
    import gc

    code = main()
    sys.stdout.flush()
    gc.freeze()
    sys.exit(code)
