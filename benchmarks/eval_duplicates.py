"""Pair precision and recall of the duplicate finder on a held-out set (docs/duplicates.md).

The set (tests/support/copies.py, a seed the tests do not use) has, per original photo, five
derived copies (resize 50 %, JPEG quality 60, 5 % crop, stored sideways with an EXIF
orientation tag, PNG export), burst frames a second apart (subject moved, camera shake,
exposure changed, fresh noise) and a distinct photo of the same subject a month later.

Two measurements:
- the whole pipeline (index with the image model, kNN candidates, pixel check, union-find),
  as ``mclip-desktop duplicates [--similar]`` runs it;
- the pixel check alone on every pair, which shows what the candidate generator costs.

    python benchmarks/eval_duplicates.py [--originals 40] [--seed 1000] [--image-model PATH]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from mclip_desktop.core import images  # noqa: E402
from mclip_desktop.core.query import duplicates as dup  # noqa: E402
from tests.support.copies import write_set  # noqa: E402


def pr(predicted: set[frozenset[str]], truth: set[frozenset[str]]) -> dict[str, float]:
    hits = len(predicted & truth)
    return {
        "precision": round(hits / len(predicted), 4) if predicted else 1.0,
        "recall": round(hits / len(truth), 4) if truth else 1.0,
        "predicted_pairs": len(predicted),
        "true_pairs": len(truth),
    }


def group_pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--originals", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--image-model", default=str(ROOT / "tests" / "models" / "tiny-image"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth = write_set(root / "photos", args.originals, seed=args.seed)
        os.environ["HF_HUB_OFFLINE"] = "1"
        from mclip_desktop.core.library import Library, LibraryConfig

        config = LibraryConfig(root / "data", args.image_model, args.image_model)
        with Library(config) as library:
            library.indexer().run([library.add_folder(root / "photos")])
            index = library.vector_index()
            found = dup.find_duplicates(
                library.catalog, index, library.image_model_id, similar=True
            )
        name = {str(truth.root.resolve() / f): f for f in truth.files}
        dup_groups = [
            [name[m.path] for m in g.members] for g in found.groups if g.kind != "similar"
        ]
        units = {g.keep.path: [name[m.path] for m in g.members] for g in found.groups
                 if g.kind != "similar"}  # fmt: skip
        similar_pairs: set[frozenset[str]] = set()
        for g in found.groups:
            if g.kind == "similar":
                expanded = [units.get(m.path, [name[m.path]]) for m in g.members]
                for a, b in itertools.combinations(expanded, 2):
                    similar_pairs |= {frozenset((x, y)) for x in a for y in b}
        pipeline = {
            "duplicates": pr(group_pairs(dup_groups), truth.duplicate_pairs),
            "similar": pr(similar_pairs, truth.burst_pairs),
        }

        # The pixel check alone, on every pair (no candidates, no capture times).
        thumbs = np.stack([
            np.frombuffer(dup.make_print(images.read_file(truth.root / f)).thumb, np.uint8)
            .reshape(dup.THUMB, dup.THUMB) for f in truth.files
        ])  # fmt: skip
        first, second = np.triu_indices(len(truth.files), 1)
        compared = dup.compare_pairs(thumbs, first, second)
        passed = dup.same_picture(compared.mean, compared.local)
        same = {
            frozenset((truth.files[i], truth.files[j]))
            for i, j in zip(compared.a[passed].tolist(), compared.b[passed].tolist(), strict=True)
        }
        missed = sorted(tuple(sorted(p)) for p in truth.duplicate_pairs - same)
        wrong = sorted(tuple(sorted(p)) for p in same - truth.duplicate_pairs)
        report = {
            "photos": len(truth.files),
            "originals": args.originals,
            "seed": args.seed,
            "image_model": args.image_model,
            "thresholds": {
                "duplicate_mean": dup.DUPLICATE_DIFFERENCE,
                "duplicate_local": dup.DUPLICATE_LOCAL,
                "similar_mean": dup.SIMILAR_DIFFERENCE,
                "similar_seconds": dup.SIMILAR_SECONDS,
                "neighbours": dup.NEIGHBOURS,
            },
            "pipeline": pipeline,
            "pixel_check_all_pairs": pr(same, truth.duplicate_pairs),
            "missed_examples": missed[:5],
            "wrong_examples": wrong[:5],
        }
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
