"""Precision and recall of smart albums on held-out generated photos, per label language.

A fresh collection (``--seed``, not one the calibration was chosen on) of the 16 colour x
shape classes is indexed with the tiny trained model pair. For each of the eight caption
languages, an album is made for every one of the 24 caption classes (16 colour+shape, 4
colour-only, 4 shape-only) from its first noun phrase, at the default strictness; precision
and recall are measured against the known content. A second pass leaves four classes
without any album (green and yellow squares and triangles) and counts how many of their
photos land in the albums of the others ("leak").

    python -m benchmarks.eval_albums [--per-class 8] [--seed 97]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

ORPHANS = {("green", "square"), ("green", "triangle"), ("yellow", "square"), ("yellow", "triangle")}


def run(per_class: int, seed: int, strictness: float) -> dict[str, object]:
    from mclip_desktop.core.albums import AlbumService, make_request
    from mclip_desktop.core.library import Library, LibraryConfig

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth = synthetic.write_photo_collection(root / "photos", per_class=per_class, seed=seed)
        config = LibraryConfig(root / "data", str(TINY_IMAGE), str(TINY_TEXT))
        report: dict[str, object] = {"photos": len(truth), "strictness": strictness}
        with Library(config) as library:
            library.add_folder(root / "photos")
            library.indexer().run()
            service = AlbumService(library)
            per_language: dict[str, dict[str, float]] = {}
            for lang in synthetic.LANGUAGES:
                rows = {"cs": [], "c": [], "s": []}  # type: dict[str, list[tuple[float, float]]]
                leaked: set[str] = set()
                orphan_paths = {str(p) for p, cls in truth.items() if cls in ORPHANS}
                for colour, shape in synthetic.caption_classes():
                    label = synthetic.caption(lang, colour, shape)
                    name = f"{lang}:{label}"
                    service.add(make_request(name, [label], strictness=strictness))
                    members = {m.path for m in service.members(name)}
                    wanted = {
                        str(p) for p, cls in truth.items() if synthetic.matches(colour, shape, *cls)
                    }
                    hits = len(members & wanted)
                    precision = hits / len(members) if members else 1.0
                    kind = "cs" if colour and shape else "c" if colour else "s"
                    rows[kind].append((precision, hits / len(wanted)))
                    targets_orphan = any(synthetic.matches(colour, shape, *cls) for cls in ORPHANS)
                    if not targets_orphan:
                        leaked |= members & orphan_paths
                    service.remove(name)
                summary = {}
                for kind, values in rows.items():
                    p, r = np.mean(values, axis=0)
                    summary[f"{kind}_precision"] = round(float(p), 3)
                    summary[f"{kind}_recall"] = round(float(r), 3)
                every = [v for values in rows.values() for v in values]
                p, r = np.mean(every, axis=0)
                summary["precision"], summary["recall"] = round(float(p), 3), round(float(r), 3)
                summary["orphan_leak"] = round(len(leaked) / len(orphan_paths), 3)
                per_language[lang] = summary
            report["languages"] = per_language
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=8)
    parser.add_argument("--seed", type=int, default=97)
    parser.add_argument("--strictness", type=float, default=0.5)
    args = parser.parse_args()
    print(json.dumps(run(args.per_class, args.seed, args.strictness), ensure_ascii=False))


if __name__ == "__main__":
    main()
