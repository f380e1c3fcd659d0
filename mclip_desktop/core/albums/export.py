"""Taking an album out of mclip-desktop: its photos copied or linked into a folder, or its
name written as a keyword into XMP sidecars (``photo.jpg.xmp``, ``dc:subject``) beside the
photos, where digiKam, darktable and Lightroom read keywords. Photos are never modified.

A sidecar that exists already is merged: its other content is kept, and the keyword is added
to its ``dc:subject`` bag unless present. A sidecar that cannot be parsed is left alone and
reported. Every file is written under a temporary name and renamed, so an interrupted export
leaves no half-written copy or sidecar.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mclip_desktop.core.errors import MclipError

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

_RDF = "{" + NS["rdf"] + "}"
_DC = "{" + NS["dc"] + "}"


class ExportError(MclipError):
    """The export cannot start (its folder cannot be written); nothing was written."""


@dataclass
class ExportReport:
    written: list[str] = field(default_factory=list)  # copies, links or sidecars
    unchanged: int = 0  # already there (same file, or keyword present)
    failed: list[tuple[str, str]] = field(default_factory=list)  # path, reason


def check_folder(folder: str | os.PathLike[str]) -> Path:
    """The export folder, made if missing; ExportError when it cannot be written."""
    target = Path(folder).expanduser()
    if target.exists() and not target.is_dir():
        raise ExportError("album.export_not_folder", path=str(target))
    try:
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=target):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError("album.export_unwritable", path=str(target), why=reason) from exc
    return target.resolve()


def _free_name(folder: Path, name: str, taken: set[str]) -> Path:
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 1
    while candidate in taken or (folder / candidate).exists() or (folder / candidate).is_symlink():
        candidate = f"{stem}-{n}{suffix}"
        n += 1
    taken.add(candidate)
    return folder / candidate


def export_files(paths: Sequence[str], folder: str | os.PathLike[str], link: bool) -> ExportReport:
    """Copy (or symlink) photos into ``folder``. A photo already exported there (same
    name, same size, or a link to it) is skipped, so exporting again adds only new members;
    two photos with one name get -1, -2 suffixes."""
    target = check_folder(folder)
    report = ExportReport()
    taken: set[str] = set()
    for path in paths:
        source = Path(path)
        existing = target / source.name
        if _same(existing, source, link):
            report.unchanged += 1
            taken.add(source.name)
            continue
        destination = _free_name(target, source.name, taken)
        try:
            if link:
                os.symlink(source, destination)
            else:
                partial = destination.with_name(f".{destination.name}.partial")
                shutil.copy2(source, partial)
                os.replace(partial, destination)
            report.written.append(str(destination))
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
            if exc.errno == errno.ENOSPC:
                break
    return report


def _same(existing: Path, source: Path, link: bool) -> bool:
    try:
        if existing.is_symlink():
            return link and os.readlink(existing) == str(source)
        return not link and existing.stat().st_size == source.stat().st_size
    except OSError:
        return False


def sidecar_path(photo: str) -> Path:
    """``photo.jpg`` -> ``photo.jpg.xmp`` (the naming digiKam and darktable use)."""
    return Path(photo + ".xmp")


def write_keyword(paths: Sequence[str], keyword: str) -> ExportReport:
    """Add ``keyword`` to the dc:subject of each photo's XMP sidecar, creating it if needed."""
    report = ExportReport()
    for path in paths:
        sidecar = sidecar_path(path)
        try:
            changed = _merge_keyword(sidecar, keyword)
        except (OSError, ET.ParseError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            report.failed.append((str(sidecar), reason))
            continue
        if changed:
            report.written.append(str(sidecar))
        else:
            report.unchanged += 1
    return report


def _merge_keyword(sidecar: Path, keyword: str) -> bool:
    if sidecar.exists():
        tree = ET.parse(sidecar)
        root = tree.getroot()
    else:
        root = ET.Element("{adobe:ns:meta/}xmpmeta")
        tree = ET.ElementTree(root)
    rdf = root if root.tag == _RDF + "RDF" else root.find(_RDF + "RDF")
    if rdf is None:
        if root.tag != "{adobe:ns:meta/}xmpmeta":
            raise ValueError("not an XMP sidecar")
        rdf = ET.SubElement(root, _RDF + "RDF")
    description = rdf.find(_RDF + "Description")
    if description is None:
        description = ET.SubElement(rdf, _RDF + "Description", {_RDF + "about": ""})
    subject = description.find(_DC + "subject")
    if subject is None:
        subject = ET.SubElement(description, _DC + "subject")
    bag = subject.find(_RDF + "Bag")
    if bag is None:
        bag = ET.SubElement(subject, _RDF + "Bag")
    present = {(li.text or "").strip() for li in bag.findall(_RDF + "li")}
    if keyword in present:
        return False
    ET.SubElement(bag, _RDF + "li").text = keyword
    ET.indent(tree, space=" ")
    fd, temporary = tempfile.mkstemp(
        prefix=f".{sidecar.name}.", suffix=".partial", dir=sidecar.parent
    )
    try:
        with os.fdopen(fd, "wb") as f:
            tree.write(f, encoding="utf-8", xml_declaration=False)
            f.write(b"\n")
        os.replace(temporary, sidecar)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True
