"""Build the package's runtime resources from their sources in ``resources/``.

    python resources/build.py              # .ts -> .qm and .mo, SVG -> PNGs, Linux files
    python resources/build.py --check      # exit 1 if the committed outputs are stale
    python resources/build.py --update-ts  # refresh the .ts files from the GUI's strings

The outputs go to ``mclip_desktop/resources/`` and are committed, so that installing the
package needs neither Qt's tools nor an SVG renderer. ``build-manifest.json`` records the
hash of every output and of the source it was made from; ``--check`` compares those hashes
with the files, without running any tool (PNG rendering may differ between Qt versions;
the hashes do not).

One set of .ts files translates every front end: the GUI's strings, the core's messages
(``core/messages.py``) and the command line's (``cli.py``, ``cli_text.py``). The GUI loads
them as .qm files with Qt; the command line reads gettext .mo files made from the same .ts
files (only the contexts it uses), so that it starts without loading Qt.

After GUI strings change: ``--update-ts``, translate the new entries (Qt Linguist, or any
editor: fill each <translation> and drop ``type="unfinished"``), then build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources"
OUTPUT = ROOT / "mclip_desktop" / "resources"
MANIFEST = OUTPUT / "build-manifest.json"
GUI_SOURCES = ROOT / "mclip_desktop" / "gui"
# Translatable strings outside the GUI: the core's messages and the command line's words.
OTHER_SOURCES = [
    ROOT / "mclip_desktop" / "core" / "messages.py",
    ROOT / "mclip_desktop" / "cli_text.py",
    ROOT / "mclip_desktop" / "cli.py",
]
# The .ts contexts the command line uses; the rest belong to the GUI alone.
CLI_CONTEXTS = ("Messages", "CliMessages", "Cli")

sys.path.insert(0, str(ROOT))
from mclip_desktop.resources import APP_ID, ICON_SIZES, TRANSLATION_CATALOG  # noqa: E402

ICON_SOURCE = SOURCES / "icons" / f"{APP_ID}.svg"
TRANSLATIONS = SOURCES / "translations"
LINUX_FILES = (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml")
# Not build outputs: hand-written files that live beside them.
NOT_OUTPUTS = {"__init__.py", "build-manifest.json"}


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease, from this Python's environment first."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=f"{here}{os.pathsep}{os.environ.get('PATH', '')}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e .) first.")
    return found


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{TRANSLATION_CATALOG}_*.ts"))


def gui_sources() -> list[Path]:
    """Every source file with translatable strings (the GUI's and the others above)."""
    return sorted(GUI_SOURCES.glob("*.py")) + OTHER_SOURCES


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def planned_outputs() -> dict[str, Path]:
    """Each output (relative to OUTPUT, '/'-separated) and the source it is made from."""
    plan: dict[str, Path] = {}
    for ts in ts_files():
        plan[f"translations/{ts.stem}.qm"] = ts
        language = ts.stem[len(TRANSLATION_CATALOG) + 1 :]
        plan[f"locale/{language}/LC_MESSAGES/{TRANSLATION_CATALOG}.mo"] = ts
    plan[f"icons/hicolor/scalable/apps/{APP_ID}.svg"] = ICON_SOURCE
    for size in ICON_SIZES:
        plan[f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = ICON_SOURCE
    for name in LINUX_FILES:
        plan[f"linux/{name}"] = SOURCES / "linux" / name
    return plan


def render_icons(targets: dict[int, Path]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - needed
    renderer = QSvgRenderer(str(ICON_SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{ICON_SOURCE} is not a valid SVG.")
    for size, target in targets.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target), "PNG"):
            raise SystemExit(f"Could not write {target}.")


def ts_messages(ts: Path, contexts: tuple[str, ...]) -> dict[str, str]:
    """The finished translations of ``contexts`` in a .ts file, keyed as gettext's pgettext
    looks them up: context, EOT, source text."""
    import xml.etree.ElementTree as ET

    found: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            ):
                found[f"{name}\x04{source}"] = translation.text
    return found


def write_mo(messages: dict[str, str], target: Path) -> None:
    """A GNU .mo file (the layout gettext's GNUTranslations reads: a header, two tables of
    (length, offset) pairs, then the strings). Written here rather than with Babel or
    msgfmt: about twenty lines, no build dependency, byte-for-byte reproducible."""
    import struct

    entries = {"": "Content-Type: text/plain; charset=UTF-8\n", **messages}
    keys = sorted(entries, key=lambda k: k.encode())
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(entries[k].encode() + b"\0" for k in keys)
    count = len(keys)
    ids_start = 7 * 4 + 16 * count
    strs_start = ids_start + len(ids)
    table: list[int] = []
    offset = 0
    for key in keys:
        table += [len(key.encode()), ids_start + offset]
        offset += len(key.encode()) + 1
    offset = 0
    for key in keys:
        table += [len(entries[key].encode()), strs_start + offset]
        offset += len(entries[key].encode()) + 1
    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    target.write_bytes(header + struct.pack(f"<{len(table)}I", *table) + ids + strs)


def build() -> None:
    plan = planned_outputs()
    for relative in list_outputs():
        if relative not in plan:
            (OUTPUT / relative).unlink()  # e.g. a language that was dropped
    lrelease = qt_tool("lrelease")
    icons: dict[int, Path] = {}
    for relative, source in plan.items():
        target = OUTPUT / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".qm":
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
        elif target.suffix == ".mo":
            write_mo(ts_messages(source, CLI_CONTEXTS), target)
        elif target.suffix == ".png":
            icons[int(target.parent.parent.name.split("x")[0])] = target
        else:
            shutil.copyfile(source, target)
    render_icons(icons)
    _prune_empty_dirs()
    manifest = {
        relative: {
            "sha256": sha256(OUTPUT / relative),
            "source": source.relative_to(ROOT).as_posix(),
            "source_sha256": sha256(source),
        }
        for relative, source in sorted(plan.items())
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"Built {len(plan)} files into {OUTPUT.relative_to(ROOT)}.")


def list_outputs() -> list[str]:
    return sorted(
        p.relative_to(OUTPUT).as_posix()
        for p in OUTPUT.rglob("*")
        if p.is_file() and p.name not in NOT_OUTPUTS and "__pycache__" not in p.parts
    )


def _prune_empty_dirs() -> None:
    for folder in sorted((p for p in OUTPUT.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def stale_outputs() -> list[str]:
    """Why the committed outputs do not match their sources (empty when up to date)."""
    problems: list[str] = []
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [f"{MANIFEST.relative_to(ROOT)} is missing or unreadable"]
    plan = planned_outputs()
    for relative, source in plan.items():
        entry = manifest.get(relative)
        target = OUTPUT / relative
        if entry is None or not target.is_file():
            problems.append(f"{relative} has not been built from {source.relative_to(ROOT)}")
        elif entry["source_sha256"] != sha256(source):
            problems.append(f"{source.relative_to(ROOT)} changed since {relative} was built")
        elif entry["sha256"] != sha256(target):
            problems.append(f"{relative} was changed by hand (rebuild it from its source)")
    for relative in list_outputs():
        if relative not in plan:
            problems.append(f"{relative} has no source any more (rebuild to remove it)")
    return problems


def update_ts(languages: list[str]) -> None:
    """Add new GUI strings to every .ts (as unfinished) and drop strings that are gone."""
    lupdate = qt_tool("lupdate")
    targets = [TRANSLATIONS / f"{TRANSLATION_CATALOG}_{lang}.ts" for lang in languages]
    targets = sorted(set(targets) | set(ts_files()))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in gui_sources()]
    for ts in targets:
        lang = ts.stem[len(TRANSLATION_CATALOG) + 1 :]
        subprocess.run(
            [lupdate, *sources, "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", lang, "-ts", str(ts.relative_to(ROOT))],
            check=True, cwd=ROOT,
        )  # fmt: skip


def extract_strings(target: Path) -> None:
    """Write every translatable GUI string to ``target`` (a .ts), as lupdate sees them."""
    lupdate = qt_tool("lupdate")
    sources = [str(p) for p in gui_sources()]
    subprocess.run(
        [lupdate, "-silent", *sources, "-no-obsolete", "-locations", "none", "-ts", str(target)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="report stale outputs, build nothing")
    action.add_argument(
        "--update-ts", nargs="*", metavar="LANG",
        help="refresh the .ts files from the GUI sources (and start new ones for LANGs)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_outputs()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("Run: python resources/build.py", file=sys.stderr)
            return 1
        print("Resources are up to date.")
        return 0
    if args.update_ts is not None:
        update_ts(args.update_ts)
        return 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
