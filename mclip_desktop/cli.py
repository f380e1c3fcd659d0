"""The command line: ``mclip-desktop [options] [COMMAND]``.

Scripts rely on these commands and their ``--json`` output; extend, never rename.
Heavy modules (torch, sentence-transformers) are imported only by commands that need a model.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from mclip_desktop import __version__
from mclip_desktop.core.errors import MclipError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


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
    _albums_parser(commands, common)
    return parser


def _albums_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    albums = commands.add_parser(
        "albums", parents=[common],
        help="smart albums: words in any language that gather every matching photo",
    )  # fmt: skip
    sub = albums.add_subparsers(dest="albums_command", metavar="list|add|show|remove|export")
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


def _library(args: argparse.Namespace, stderr: TextIO) -> Any:
    from mclip_desktop.core.library import Library, LibraryConfig

    config = LibraryConfig.from_options(args.data_dir, args.image_model, args.text_model)
    return Library(config, download_progress=_download_reporter(stderr))


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
            print(f"Downloading model {progress.model} (first use only)…", file=stderr)

    return report


def _cmd_index(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    with _library(args, err) as library:
        chosen = []
        for name in args.folders:
            if not Path(name).expanduser().is_dir():
                raise MclipError(f"The folder {name} does not exist or is not a folder.")
        for name in args.folders:
            chosen.append(library.add_folder(name))
        if not args.folders:
            chosen = library.catalog.folders()
            if not chosen:
                raise MclipError("No folders are watched yet: run 'mclip-desktop index FOLDER'.")
        bar = None
        if err.isatty() and not args.json:
            from tqdm import tqdm

            bar = tqdm(total=0, unit="photo", desc="Indexing", file=err, leave=False)

        def progress(p: Any) -> None:
            if bar is not None:
                bar.total = p.total
                bar.update(p.done - bar.n)

        indexer = library.indexer()
        try:
            summary = indexer.run(chosen, progress=progress)
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
        counts = library.catalog.counts(library.image_model_id)
        if args.json:
            json.dump(
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
                    "failures": [{"path": p, "reason": r} for p, r in summary.failures],
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
                print(f"Could not read {path}: {reason}", file=err)
            for folder in summary.scan.offline:
                print(f"Folder {folder} is not reachable; its photos are kept.", file=err)
            print(
                f"{counts.indexed} photos searchable: {summary.embedded} newly embedded, "
                f"{summary.scan.moved + summary.reused} moved or duplicates, "
                f"{summary.scan.removed} removed, {summary.failed} could not be read "
                f"({summary.seconds:.1f} s).",
                file=out,
            )
        return EXIT_OK


def _search_request(args: argparse.Namespace) -> Any:
    """The request the search options describe; every check that needs no model, so that bad
    input fails at once."""
    import datetime as dt
    import re
    from pathlib import Path

    from mclip_desktop.core.query import PHOTO_TYPES, DateRange, Filters, Order, SearchRequest
    from mclip_desktop.core.query.request import Term
    from mclip_desktop.core.query.terms import check_image_file, parse_term

    if args.n is not None and args.n <= 0:
        raise MclipError("-n must be a positive number of results.")
    terms: list[Any] = []
    if args.query is not None:
        if not args.query.strip():
            raise MclipError("The search text is empty.")
        terms.append(Term.text(args.query))
    for name in args.image:
        path = Path(name).expanduser()
        check_image_file(path)
        terms.append(Term.image(str(path.resolve())))
    terms += [parse_term(spec) for spec in args.add]
    terms += [parse_term(spec, sign=-1.0) for spec in args.subtract]
    if terms and all(t.weight <= 0 for t in terms):
        raise MclipError("A search needs a term to look for, not only terms to avoid.")

    def day(option: str, value: str | None) -> dt.date | None:
        if value is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            raise MclipError(f"{option} {value}: not a date; write it as YYYY-MM-DD.") from None

    first, last = day("--after", args.after), day("--before", args.before)
    if first and last and first > last:
        raise MclipError(f"--after {first} is later than --before {last}: no day is in between.")
    types = {t.lower() for t in args.type}
    for t in sorted(types - set(PHOTO_TYPES)):
        raise MclipError(f"--type {t}: unknown file type; use one of {', '.join(PHOTO_TYPES)}.")
    if args.sort not in ("relevance", "date"):
        raise MclipError(f"--sort {args.sort}: sort by 'relevance' or 'date'.")
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
                f"--folder {folder} is not a watched folder or inside one. "
                "'mclip-desktop folders list' shows them."
            )


def _cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    request = _search_request(args)
    with _library(args, err) as library:
        _check_folders_watched(request, library)
        empty = library.catalog.vector_dim(library.image_model_id) is None
        results = library.query_runner().run(request)
        items = results.items()
        weaker = len(results.weaker)
    if args.json:
        json.dump(
            [
                {
                    "path": r.path,
                    "score": None if r.score is None else round(r.score, 6),
                    "relevant": r.relevant,
                    "taken": r.taken,
                    "duplicates": list(r.other_paths),
                }
                for r in items
            ],
            out,
            ensure_ascii=False,
        )
        out.write("\n")
    elif empty:
        print("No photos indexed yet: run 'mclip-desktop index FOLDER' first.", file=err)
    else:
        for r in items:
            first = f"{r.score:.3f}" if r.score is not None else (r.taken or "")[:10]
            print(f"{first}  {r.path}", file=out)
        if not items:
            print("No matching photos.", file=err)
        if weaker:
            print(f"{weaker} weaker matches not shown (use -n to see more).", file=err)
    return EXIT_OK


def _cmd_folders(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _library(args, err) as library:
        sub = args.folders_command or "list"
        if sub == "add":
            folder = library.add_folder(args.path)
            print(f"Watching {folder.path}. Run 'mclip-desktop index' to index it.", file=out)
        elif sub == "remove":
            folder = library.remove_folder(args.path)
            print(f"No longer watching {folder.path}; its photos left the index.", file=out)
        else:
            counts = library.catalog.folder_file_counts()
            folders = [
                {"path": f.path, "online": f.online, "files": counts.get(f.id, 0)}
                for f in library.catalog.folders()
            ]
            if getattr(args, "json", False):
                json.dump(folders, out, ensure_ascii=False)
                out.write("\n")
            else:
                for f in folders:
                    state = "" if f["online"] else "  (offline)"
                    print(f"{f['path']}  {f['files']} files{state}", file=out)
    return EXIT_OK


def _cmd_status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _library(args, err) as library:
        counts = library.catalog.counts(library.image_model_id)
        per_folder = library.catalog.folder_file_counts()
        status = {
            "indexed": counts.indexed,
            "pending": counts.pending,
            "failed": counts.failed,
            "embeddings": counts.embeddings,
            "folders": [
                {"path": f.path, "online": f.online, "files": per_folder.get(f.id, 0)}
                for f in library.catalog.folders()
            ],
            "data_dir": str(library.config.data_dir),
            "image_model": library.config.image_model,
            "text_model": library.config.text_model,
            "failures": [{"path": p, "reason": r} for p, r in library.catalog.failures()],
        }
    if args.json:
        json.dump(status, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(
            f"{status['indexed']} photos searchable, {status['pending']} waiting, "
            f"{status['failed']} could not be read.",
            file=out,
        )
        for f in status["folders"]:
            state = "online" if f["online"] else "offline"
            print(f"  {f['path']}  ({f['files']} files, {state})", file=out)
        for failure in status["failures"][:20]:
            print(f"  could not read {failure['path']}: {failure['reason']}", file=out)
        if len(status["failures"]) > 20:
            print(f"  … and {len(status['failures']) - 20} more (see status --json)", file=out)
        print(f"Data: {status['data_dir']}", file=out)
    return EXIT_OK


def _cmd_watch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import signal
    import threading
    from pathlib import Path

    from mclip_desktop.core.watcher import LiveIndexer

    for name in args.folders:
        if not Path(name).expanduser().is_dir():
            raise MclipError(f"The folder {name} does not exist or is not a folder.")
    with _library(args, err) as library:
        for name in args.folders:
            library.add_folder(name)
        folders = library.catalog.folders()
        if not folders:
            raise MclipError("No folders are watched yet: run 'mclip-desktop watch FOLDER'.")
        # Loaded now (downloaded on first use), so that the first photo dropped in is not
        # kept waiting for it.
        library.image_encoder()
        stopped = threading.Event()

        def on_signal(signum: int, frame: object) -> None:
            stopped.set()

        def on_notice(message: str) -> None:
            print(message, file=err, flush=True)

        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        live = LiveIndexer(library, on_notice=on_notice)
        try:
            live.start()
            # From here on only the live indexer's thread uses the library's catalog.
            print(
                f"Watching {len(folders)} folder(s); press Ctrl-C to stop.", file=err, flush=True
            )
            while not stopped.wait(0.5):
                if not live.running:
                    raise MclipError("Watching stopped after an error (see the messages above).")
        finally:
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
        json.dump(report.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(report, file=out)
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_desktop(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from mclip_desktop.desktop_integration import install_desktop_integration

    done = install_desktop_integration(args.data_home, uninstall=args.uninstall)
    if args.uninstall:
        print(f"Removed the menu entry and icons from {done.data_home}.", file=out)
    else:
        print(
            f"Added mclip-desktop to the application menu ({done.data_home}); "
            f"it starts {' '.join(done.command)}.",
            file=out,
        )
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        from mclip_desktop.gui.app import run
    except ImportError as exc:
        raise MclipError(
            f"The desktop app cannot start: {exc}. Reinstall mclip-desktop with its dependencies, "
            "or use the command line (see 'mclip-desktop --help')."
        ) from exc
    return run(args.data_dir, args.image_model, args.text_model)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=err,
    )
    handlers = {
        "index": _cmd_index,
        "search": _cmd_search,
        "folders": _cmd_folders,
        "status": _cmd_status,
        "watch": _cmd_watch,
        "desktop": _cmd_desktop,
        "check": _cmd_check,
        "albums": _cmd_albums,
        None: _cmd_gui,
    }
    try:
        return handlers[args.command](args, out, err)
    except MclipError as exc:
        print(f"mclip-desktop: {exc}", file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("mclip-desktop: stopped. Work finished so far is kept.", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def entry() -> None:
    """The ``mclip-desktop`` program: run a command, then exit without the final garbage
    collection, which walks every object torch and transformers made (seconds on a busy
    machine) and frees nothing the operating system would not."""
    import gc

    code = main()
    sys.stdout.flush()
    gc.freeze()
    sys.exit(code)
