"""Build the package's runtime resources from their sources in ``resources/``.

    python resources/build.py              # .ts -> .qm, SVG -> PNGs, copy the Linux files
    python resources/build.py --check      # exit 1 if the committed outputs are stale
    python resources/build.py --update-ts  # refresh the .ts files from the GUI's strings

The outputs go to ``mclip_desktop/resources/`` and are committed, so that installing the
package needs neither Qt's tools nor an SVG renderer. ``build-manifest.json`` records the
hash of every output and of the source it was made from; ``--check`` compares those hashes
with the files, without running any tool (PNG rendering may differ between Qt versions;
the hashes do not).

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
    return sorted(GUI_SOURCES.glob("*.py"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def planned_outputs() -> dict[str, Path]:
    """Each output (relative to OUTPUT, '/'-separated) and the source it is made from."""
    plan: dict[str, Path] = {}
    for ts in ts_files():
        plan[f"translations/{ts.stem}.qm"] = ts
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
